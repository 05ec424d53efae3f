package export

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// backends are the stores every backend test runs on; postgres_external_test.go
// adds "postgres".
var backends = []string{"mem", "bolt"}

// mustOpen opens a store of the given kind ("mem", "bolt" in a temporary
// directory, or "postgres" in a fresh database) and closes it when the
// test ends.
func mustOpen(tb testing.TB, kind string) *graph.Store {
	tb.Helper()
	dsn := graph.MemDSN
	switch kind {
	case "bolt":
		dsn = filepath.Join(tb.TempDir(), "test.db")
	case "postgres":
		dsn = freshPostgres(tb)
	}
	s, err := graph.Open(context.Background(), dsn, graph.Options{})
	if err != nil {
		tb.Fatalf("Open(%q): %v", dsn, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// freshPostgres is set by postgres_external_test.go.
var freshPostgres = func(tb testing.TB) string {
	tb.Fatal("postgres tests need -tags external and NEWSGRAPH_TEST_POSTGRES")
	return ""
}

func mustAdd(tb testing.TB, s *graph.Store, d *schema.Document) int {
	tb.Helper()
	n, err := s.AddDocument(context.Background(), d)
	if err != nil {
		tb.Fatalf("AddDocument(%s): %v", d.ID, err)
	}
	return n
}

// sliceWriter collects what Write writes.
type sliceWriter struct{ quads []quad.Quad }

func (w *sliceWriter) WriteQuad(q quad.Quad) error {
	w.quads = append(w.quads, q)
	return nil
}

func (w *sliceWriter) WriteQuads(qs []quad.Quad) (int, error) {
	w.quads = append(w.quads, qs...)
	return len(qs), nil
}

// storeKeys returns what Write gives of the store's quads (or one
// article's) as sorted keys.
func storeKeys(tb testing.TB, s *graph.Store, article string) []string {
	tb.Helper()
	var w sliceWriter
	if _, err := Write(context.Background(), s, &w, Options{Article: article}); err != nil {
		tb.Fatalf("Write: %v", err)
	}
	return quadtest.Keys(w.quads)
}
