package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/newsgraph/newsgraph/graph"
)

func TestMain(m *testing.M) {
	testscript.Main(defaultStoreGuard{m}, map[string]func(){
		// main itself: scripts interrupt 'serve' (kill -INT), which must
		// shut down as it does for a user.
		"newsgraph": main,
	})
}

// defaultStoreGuard fails the tests if one of them created the default
// store, ./newsgraph.db, which is the package directory when tests run: a
// command run without --db or $NEWSGRAPH_DB. Such a test would share its
// store with every other run and leave it in the source tree.
type defaultStoreGuard struct{ m *testing.M }

func (g defaultStoreGuard) Run() int {
	_, err := os.Stat(graph.DefaultPath())
	existed := err == nil
	code := g.m.Run()
	if _, err := os.Stat(graph.DefaultPath()); err == nil && !existed {
		fmt.Fprintf(os.Stderr, "FAIL: a test created the default store ./%s in the package directory (removed now); "+
			"give every command --db or $%s in a t.TempDir()\n", graph.DefaultPath(), envDB)
		os.RemoveAll(graph.DefaultPath())
		return 1
	}
	return code
}

// TestScripts runs the end-to-end CLI scripts in testdata/script: each is a
// txtar archive of commands, inputs and expected outputs.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("NEWSGRAPH_DB", env.WorkDir+"/news.db")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"latin1":     writeLatin1,
			"cmpsorted":  cmpSorted,
			"waitserver": waitServer,
			"eventually": eventually,
		},
	})
}

// writeLatin1 writes a text article with a byte that is not UTF-8 on line 2:
// txtar archives are UTF-8, so such a file is made at test time.
func writeLatin1(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: latin1 FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), []byte("date 2025-01-05\ncaf\xe9 au lait\n"), 0o644))
}

// cmpSorted compares two files as sets of lines: quad order is the store's.
func cmpSorted(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: cmpsorted FILE1 FILE2")
	}
	a, b := sortedLines(ts.ReadFile(args[0])), sortedLines(ts.ReadFile(args[1]))
	if (a == b) == neg {
		ts.Fatalf("%s and %s differ as sets of lines (%d and %d bytes)", args[0], args[1], len(a), len(b))
	}
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// waitServer waits until the server of the store in DIR has written its
// server file, for at most a minute (a busy machine starts slowly).
func waitServer(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: waitserver DIR")
	}
	path := filepath.Join(ts.MkAbs(args[0]), serverFileName)
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(path); err == nil {
			return
		}
	}
	ts.Fatalf("no %s after a minute", path)
}

// eventually runs a newsgraph command (in this process) until its standard
// output matches a regular expression, for at most a minute: for what a
// server does in the background, such as serve --watch.
func eventually(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) < 2 || neg {
		ts.Fatalf("usage: eventually REGEXP COMMAND [ARG...]")
	}
	re, err := regexp.Compile("(?m)" + args[0])
	ts.Check(err)
	var out, errOut bytes.Buffer
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		out.Reset()
		errOut.Reset()
		run(context.Background(), args[1:], IOStreams{In: strings.NewReader(""), Out: &out, Err: &errOut}, ts.Getenv)
		if re.Match(out.Bytes()) {
			return
		}
	}
	ts.Fatalf("newsgraph %s never printed %q in a minute; last stdout:\n%s\nstderr:\n%s", strings.Join(args[1:], " "), args[0], &out, &errOut)
}
