package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, IOStreams{In: strings.NewReader(""), Out: &out, Err: &errOut},
		func(string) string { return "" })
	return code, out.String(), errOut.String()
}

// TestStaleServerFile: a server file whose server is gone (killed, not
// stopped) does not stop the commands: they open the store and remove it.
func TestStaleServerFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	if code, _, stderr := runCmd(t, "--db", db, "import", "-"); code != 0 {
		t.Fatalf("import into a new store: %d %s", code, stderr)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	gone := ln.Addr().String()
	ln.Close()
	if _, err := writeServerFile(db, serverFile{Addr: gone, Token: "old", PID: 1}); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCmd(t, "--db", db, "--log-level", "debug", "stats")
	if code != 0 || !strings.Contains(stdout, "articles") {
		t.Errorf("stats with a stale server file = %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	if !strings.Contains(stderr, "stale server file") {
		t.Errorf("stderr %q does not say the server file was stale", stderr)
	}
	if _, err := os.Stat(filepath.Join(db, serverFileName)); !os.IsNotExist(err) {
		t.Errorf("stale server file still there: %v", err)
	}
}

func TestBadServerFile(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	os.MkdirAll(db, 0o700)
	os.WriteFile(filepath.Join(db, serverFileName), []byte("not json"), 0o600)
	code, _, stderr := runCmd(t, "--db", db, "stats")
	if code != exitError || !strings.Contains(stderr, "serve.json: not a server file") {
		t.Errorf("stats with a bad server file = %d %q, want 1 naming the file", code, stderr)
	}
}

func TestServerFile(t *testing.T) {
	dir := t.TempDir()
	remove, err := writeServerFile(dir, serverFile{Addr: "127.0.0.1:1234", Token: "secret", PID: 7})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, serverFileName)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("server file mode %v, want 0600", fi.Mode().Perm())
	}
	got, err := readServerFile(path)
	if err != nil || got != (serverFile{Addr: "127.0.0.1:1234", Token: "secret", PID: 7}) {
		t.Errorf("readServerFile = %+v, %v", got, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the store's directory, want the server file only", len(entries))
	}
	remove()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("server file not removed: %v", err)
	}
}

// TestRemoteCommands: every command and path flag of remoteCommands
// exists, so a renamed one fails here rather than run with a relative path.
func TestRemoteCommands(t *testing.T) {
	root := newRootCmd(&App{})
	for path, spec := range remoteCommands {
		cmd, _, err := root.Find(strings.Fields(path)[1:])
		if err != nil || cmd.CommandPath() != path {
			t.Errorf("%s: no such command", path)
			continue
		}
		for _, f := range spec.flags {
			if cmd.Flags().Lookup(f) == nil {
				t.Errorf("%s: no flag --%s", path, f)
			}
		}
	}
}

func TestRemoteArgs(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	abs := func(p string) string { return filepath.Join(wd, p) }
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--db", "x", "load", "a.txt", "-", "--watch", "in", "--batch", "5"},
			[]string{"load", "--batch=5", "--watch=" + abs("in"), "--", abs("a.txt"), "-"}},
		{[]string{"query", "-a", "speaker=Quill", "--arg", "limit=2", "statements"},
			[]string{"query", "--arg=speaker=Quill", "--arg=limit=2", "--", "statements"}},
		{[]string{"export", "-o", "out.nq", "--format", "csv"},
			[]string{"export", "--format=csv", "--out=" + abs("out.nq"), "--"}},
		{[]string{"query", "save", "q", "q.js"}, []string{"query", "save", "--", "q", abs("q.js")}},
		{[]string{"remove", "--", "-odd-id"}, []string{"remove", "--", "-odd-id"}},
	}
	for _, tt := range tests {
		var got []string
		root := newRootCmd(&App{Getenv: func(string) string { return "" }})
		root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
			got, err = remoteArgs(cmd, args, remoteCommands[cmd.CommandPath()])
			return errStop
		}
		root.SetArgs(tt.args)
		root.Execute()
		if err != nil || strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("remoteArgs(%q) = %q, %v; want %q", tt.args, got, err, tt.want)
		}
	}
}

var errStop = &usageError{os.ErrInvalid}

// TestOnlyRemoteCommandsRunInServer: a command that must not run inside
// the server (serve itself, bench) is refused there.
func TestOnlyRemoteCommandsRunInServer(t *testing.T) {
	store, err := graph.Open(context.Background(), graph.MemDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	for _, args := range [][]string{{"serve"}, {"extract", "x.txt"}} {
		var out, errOut bytes.Buffer
		code := runInServer(context.Background(), store, nil, args, IOStreams{In: strings.NewReader(""), Out: &out, Err: &errOut},
			func(string) string { return "" })
		if code != exitError || !strings.Contains(errOut.String(), "cannot run through the server") {
			t.Errorf("%q in the server = %d %q, want refused", args, code, errOut.String())
		}
	}
	var out bytes.Buffer
	if code := runInServer(context.Background(), store, nil, []string{"stats"}, IOStreams{In: strings.NewReader(""), Out: &out, Err: &out},
		func(string) string { return "" }); code != 0 || !strings.Contains(out.String(), "articles") {
		t.Errorf("stats in the server = %d %q", code, out.String())
	}
	// The command's Close left the server's store open.
	if _, err := store.Stats(context.Background()); err != nil {
		t.Errorf("store after a command ran in the server: %v", err)
	}
}
