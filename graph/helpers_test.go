package graph

import (
	"context"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// mustOpen opens a store of the given kind ("mem", "bolt" in a temporary
// directory, or "postgres" or "mysql" in a fresh database, see
// postgres_external_test.go and mysql_external_test.go) and closes it when
// the test ends.
func mustOpen(tb testing.TB, kind string) *Store {
	tb.Helper()
	switch kind {
	case "bolt":
		return mustOpenDSN(tb, boltDir(tb))
	case "postgres":
		return mustOpenDSN(tb, freshPostgres(tb))
	case "mysql":
		return mustOpenDSN(tb, freshMySQL(tb))
	}
	return mustOpenDSN(tb, MemDSN)
}

// freshPostgres is set by postgres_external_test.go, which also adds
// "postgres" to backends.
var freshPostgres = func(tb testing.TB) string {
	tb.Fatal("postgres tests need -tags external and NEWSGRAPH_TEST_POSTGRES")
	return ""
}

// freshMySQL is set by mysql_external_test.go, which also adds "mysql" to
// backends.
var freshMySQL = func(tb testing.TB) string {
	tb.Fatal("mysql tests need -tags external and NEWSGRAPH_TEST_MYSQL")
	return ""
}

// boltDir returns a fresh directory for a bolt store.
func boltDir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "test.db")
}

func mustOpenDSN(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		tb.Fatalf("Open(%q): %v", dsn, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func mustAdd(tb testing.TB, s *Store, d *schema.Document) int {
	tb.Helper()
	n, err := s.AddDocument(context.Background(), d)
	if err != nil {
		tb.Fatalf("AddDocument(%s): %v", d.ID, err)
	}
	return n
}

// storeQuads returns the store's quads, or those labelled with one
// article's IRI (readQuads), failing the test on an error.
func storeQuads(tb testing.TB, s *Store, article string) []quad.Quad {
	tb.Helper()
	qs, err := readQuads(s, article)
	if err != nil {
		tb.Fatalf("read the store's quads: %v", err)
	}
	return qs
}

// readQuads reads the store's quads, or those labelled with one article's
// IRI, under Store.Read the way package export reads them.
func readQuads(s *Store, article string) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.Read(func(qs cgraph.QuadStore) error {
		it := qs.QuadsAllIterator()
		if article != "" {
			ref, err := qs.ValueOf(schema.ArticleIRI(article))
			if err != nil || ref == nil {
				return err
			}
			it = qs.QuadIterator(quad.Label, ref)
		}
		return iterator.Iterate(context.Background(), it).Paths(false).Each(func(r cgraph.Ref) error {
			q, err := qs.Quad(r)
			out = append(out, q)
			return err
		})
	})
	return out, err
}

// storeKeys returns the store's quads (or one article's) as sorted keys.
func storeKeys(tb testing.TB, s *Store, article string) []string {
	tb.Helper()
	return quadtest.Keys(storeQuads(tb, s, article))
}

// storedQuads are the quads the store holds for d once loaded: its facts
// and its content hash.
func storedQuads(d *schema.Document) []quad.Quad {
	return append(d.Quads(), hashQuad(d.Article))
}
