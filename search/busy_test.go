package search

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOpenBusyIndex: an index held by another opener (another process, on
// PostgreSQL stores) makes OpenIndex fail with ErrBusy after its timeout
// instead of waiting for ever, and opens once the holder closes it.
func TestOpenBusyIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "search.bleve")
	held, err := openIndex(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if x, err := openIndex(path, 100*time.Millisecond); !errors.Is(err, ErrBusy) {
		if x != nil {
			x.Close()
		}
		t.Fatalf("opening a held index: %v, want ErrBusy", err)
	}
	held.Close()
	x, err := openIndex(path, 100*time.Millisecond)
	if err != nil {
		t.Fatalf("opening the index once let go: %v", err)
	}
	x.Close()
}

// TestOpenBrokenIndex: an index a killed process left half made (its
// mapping cut short) is made again, empty, instead of failing every later
// command: the next Follow fills it from the store.
func TestOpenBrokenIndex(t *testing.T) {
	path := filepath.Join(t.TempDir(), "search.bleve")
	x, err := openIndex(path, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	x.Close()
	if err := os.WriteFile(filepath.Join(path, "index_meta.json"), []byte(`{"storage":"sco`), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err = openIndex(path, time.Second)
	if err != nil {
		t.Fatalf("opening a half-made index: %v", err)
	}
	defer x.Close()
	if n, err := x.Articles(); err != nil || n != 0 {
		t.Errorf("the index made again holds %d articles (%v), want an empty one", n, err)
	}
}
