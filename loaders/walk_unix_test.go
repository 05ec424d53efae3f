//go:build unix

package loaders

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestFolderSkipsNamedPipes: a named pipe in a folder is skipped and named
// to Options.Skipped, and the folder's articles are read; before, opening
// the pipe waited for a writer forever.
func TestFolderSkipsNamedPipes(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("date 2025-02-03\n\nMarta Quill spoke in Kenya.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fifo, filepath.Join(dir, "c.txt")); err != nil {
		t.Fatal(err)
	}
	var skipped []string
	opt := Options{Skipped: func(path string, why error) {
		if !errors.Is(why, ErrNotRegular) {
			t.Errorf("Skipped(%s, %v): want ErrNotRegular", path, why)
		}
		skipped = append(skipped, path)
	}}
	done := make(chan []string)
	go func() {
		var ids []string
		for a, err := range Articles(context.Background(), []string{dir}, opt) {
			if err != nil {
				t.Errorf("Articles: %v", err)
				continue
			}
			ids = append(ids, a.Origin)
		}
		done <- ids
	}()
	select {
	case ids := <-done:
		if len(ids) != 1 || ids[0] != filepath.Join(dir, "a.txt") {
			t.Errorf("read %v, want only a.txt", ids)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a folder with a named pipe in it did not finish")
	}
	if want := []string{fifo, filepath.Join(dir, "c.txt")}; len(skipped) != 2 || skipped[0] != want[0] || skipped[1] != want[1] {
		t.Errorf("skipped %v, want %v", skipped, want)
	}
}
