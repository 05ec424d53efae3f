package search

import (
	"errors"
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
