package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
)

// syncBuffer is a bytes.Buffer safe for the watcher's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestLoadWatch(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	store, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var out, errb syncBuffer
	app := &App{IO: IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, Getenv: func(string) string { return "" },
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		a, err := loaders.ParseText(p, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return a.ID
	}
	has := func(id string) bool {
		ok, err := store.HasArticle(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s\nout: %s\nerr: %s", what, out.String(), errb.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	labelled := func(id string) int {
		var buf bytes.Buffer
		w, _ := export.NewWriter(export.FormatNQuads, &buf)
		if _, err := export.Write(ctx, store, w, export.Options{Article: id}); err != nil {
			t.Fatal(err)
		}
		w.Close()
		return strings.Count(buf.String(), "\n")
	}

	other := write("other.txt", "date 2025-01-01\nLeaders of Chile and Peru met in Lima on Monday.\n")
	done := make(chan error, 1)
	go func() {
		done <- watchLoad(ctx, store, &loadOptions{App: app, Watch: dir, Debounce: 50 * time.Millisecond}, nil, &out)
	}()
	waitFor("the file already there", func() bool { return has(other) })
	waitFor("the watcher to start", func() bool { return strings.Contains(out.String(), "watching") })

	first := write("story.txt", "date 2025-02-03\nPresident Ada Okafor of Kenya said on Monday that talks with Ghana would resume.\n")
	waitFor("a new file", func() bool { return has(first) })
	otherQuads := labelled(other)

	second := write("story.txt", "date 2025-02-04\nPresident Ada Okafor of Kenya said on Tuesday that talks with Nigeria had failed.\n")
	waitFor("the changed file", func() bool { return has(second) && !has(first) })
	if n := labelled(first); n != 0 {
		t.Errorf("%d quads of the old version are left", n)
	}
	if labelled(second) == 0 {
		t.Error("the new version has no facts")
	}
	if n := labelled(other); n != otherQuads {
		t.Errorf("the other file's article has %d quads, had %d", n, otherQuads)
	}

	os.Remove(filepath.Join(dir, "story.txt"))
	waitFor("the removed file", func() bool { return !has(second) })
	if !has(other) {
		t.Error("removing one file removed another's article")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("watchLoad = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("watchLoad did not stop with its context")
	}
}
