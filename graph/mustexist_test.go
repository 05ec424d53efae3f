package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestMustExist: with MustExist, Open fails with ErrNoStore on a bolt
// directory that is missing or holds no store, and creates nothing; an
// existing store opens.
func TestMustExist(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty")
	if err := os.Mkdir(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{filepath.Join(tmp, "missing"), empty} {
		s, err := Open(ctx, dir, Options{MustExist: true})
		if !errors.Is(err, ErrNoStore) {
			t.Errorf("Open(%s, MustExist) = %v, want ErrNoStore", dir, err)
		}
		if s != nil {
			s.Close()
		}
		if _, err := os.Stat(filepath.Join(dir, boltFile)); !os.IsNotExist(err) {
			t.Errorf("Open(%s, MustExist) created %s (stat: %v)", dir, boltFile, err)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "missing")); !os.IsNotExist(err) {
		t.Errorf("Open(MustExist) created the missing directory (stat: %v)", err)
	}
	s, err := Open(ctx, empty, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, empty, Options{MustExist: true})
	if err != nil {
		t.Fatalf("Open(existing store, MustExist) = %v", err)
	}
	s.Close()
}
