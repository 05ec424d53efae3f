//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLoadSkipsNamedPipe: 'load DIR' with a named pipe in DIR loads the
// folder's articles, names the pipe on stderr and exits 0.
func TestLoadSkipsNamedPipe(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "quill.jsonl"), []byte(quillArticle+"\n"))
	fifo := filepath.Join(in, "feed.jsonl")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runNewsgraph(t, filepath.Join(dir, "g.db"), "load", in)
	if code != exitOK || !strings.Contains(out, "loaded 1 articles") {
		t.Errorf("load: exit %d, stdout %q, want 0 and 1 article", code, out)
	}
	if want := fifo + ": not a regular file (named pipe); skipped"; !strings.Contains(errs, want) {
		t.Errorf("stderr %q does not say %q", errs, want)
	}
}
