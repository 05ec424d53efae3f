package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnMissingStore: the commands that read fail on a store that does
// not exist, with a hint, and leave nothing behind; load creates it.
func TestReadOnMissingStore(t *testing.T) {
	tests := [][]string{
		{"stats"},
		{"query", "statements"},
		{"query", "list"},
		{"export", "--format", "nquads"},
		{"explain", "statement/0000"},
		{"serve", "--addr", "127.0.0.1:0"},
		{"remove", "some-article"},
		{"draw", "Nadia Ferrant", "--out", "x.svg"},
		{"aliases", "add", "Nadia Ferrant", "N. Ferrant"},
		{"aliases", "add", "--type", "company", "Corvane Systems", "Corvane"},
		{"query", "save", "people", "-"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "typo.db")
			code, stdout, stderr := runCmd(t, append([]string{"--db", db}, args...)...)
			if code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			want := "newsgraph: no store at " + db + " — run 'newsgraph load DIR' first"
			if !strings.HasPrefix(stderr, want) {
				t.Errorf("stderr %q, want it to start %q", stderr, want)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("%s was created (stat: %v)", db, err)
			}
		})
	}
}

// TestMissingDefaultStoreHint: the default store is named as ./newsgraph.db,
// the path the user would look for.
func TestMissingDefaultStoreHint(t *testing.T) {
	t.Chdir(t.TempDir())
	code, _, stderr := runCmd(t, "stats")
	if code != exitError || !strings.Contains(stderr, "no store at ./newsgraph.db — run 'newsgraph load DIR' first") {
		t.Errorf("stats without a store = %d %q", code, stderr)
	}
	if _, err := os.Stat("newsgraph.db"); !os.IsNotExist(err) {
		t.Errorf("newsgraph.db was created (stat: %v)", err)
	}
}

// TestLoadCreatesStore: load and import make the store the others read.
func TestLoadCreatesStore(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(article, []byte("date 2025-03-04\nNadia Ferrant, chief executive of Corvane Systems, visited Kenya.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"load", "--no-index", article}, {"import", "-"}} {
		db := filepath.Join(t.TempDir(), "new.db")
		if code, _, stderr := runCmd(t, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("%s: exit %d %s", args[0], code, stderr)
		}
		code, stdout, stderr := runCmd(t, "--db", db, "stats")
		if code != 0 || !strings.Contains(stdout, "articles") {
			t.Errorf("stats after %s = %d %q %q", args[0], code, stdout, stderr)
		}
	}
}
