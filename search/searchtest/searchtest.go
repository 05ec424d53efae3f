// Package searchtest builds graphs for the tests and benchmarks of search
// and server: the bundled example articles, and any number of generated
// variations of them. It imports loaders and extract, which search and
// server themselves must not; only tests import it.
package searchtest

import (
	"context"
	"fmt"
	"iter"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// ExamplesDir is the repository's examples/ folder.
func ExamplesDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "examples")
}

// MustOpen returns a fresh in-memory store, closed when the test ends.
func MustOpen(tb testing.TB) *graph.Store {
	tb.Helper()
	s, err := graph.Open(context.Background(), graph.MemDSN, graph.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// Examples returns an in-memory store holding the bundled examples.
func Examples(tb testing.TB) *graph.Store {
	tb.Helper()
	s := MustOpen(tb)
	Load(tb, s, ExampleArticles(tb))
	return s
}

// ExampleArticles reads the bundled example articles.
func ExampleArticles(tb testing.TB) []schema.Article {
	tb.Helper()
	var out []schema.Article
	for a, err := range loaders.Articles(context.Background(), []string{ExamplesDir()}, loaders.Options{}) {
		if err != nil {
			tb.Fatalf("read examples: %v", err)
		}
		out = append(out, a)
	}
	return out
}

// Load extracts articles and adds them to s.
func Load(tb testing.TB, s *graph.Store, articles []schema.Article) {
	tb.Helper()
	ctx := context.Background()
	seq := func(yield func(schema.Article, error) bool) {
		for _, a := range articles {
			if !yield(a, nil) {
				return
			}
		}
	}
	for d, err := range loaders.Extract(ctx, iter.Seq2[schema.Article, error](seq), extract.New(), 0) {
		if err != nil {
			tb.Fatalf("extract: %v", err)
		}
		if _, err := s.AddDocument(ctx, &d); err != nil {
			tb.Fatalf("add %s: %v", d.ID, err)
		}
	}
}

// Surnames that replace those of the examples' people in generated
// articles, so that a large graph has many people, not eleven.
var surnames = []string{
	"Okafor", "Adeyemi", "Kamau", "Nowak", "Lindqvist", "Moreau", "Haddad", "Tanaka", "Silva",
	"Kowalski", "Mensah", "Petrov", "Rossi", "Novak", "Ibrahim", "Larsen", "Costa", "Sato",
	"Brennan", "Okoro", "Mbeki", "Fischer", "Dubois", "Yilmaz", "Horvat", "Lind", "Varga",
	"Keller", "Banda", "Otieno", "Chen", "Park", "Singh", "Nakamura", "Ortiz", "Weber", "Jansen",
}

// Generate returns n articles made from the examples: each a copy of one
// example with its own id, a date spread over about three years, and the
// surnames of its best known people replaced from a pool.
func Generate(tb testing.TB, n int) []schema.Article {
	tb.Helper()
	base := ExampleArticles(tb)
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]schema.Article, n)
	for i := range out {
		a := base[i%len(base)]
		a.ID = fmt.Sprintf("gen-%06d", i)
		a.Date = start.AddDate(0, 0, (i*7)%1100).Format(time.DateOnly)
		a.Origin = "generated"
		r := strings.NewReplacer(
			"Okafor", surnames[i%len(surnames)],
			"Wrona", surnames[(i/3+5)%len(surnames)],
			"Mwangi", surnames[(i/7+11)%len(surnames)],
			"Duarte", surnames[(i/5+17)%len(surnames)],
		)
		a.Text, a.Title = r.Replace(a.Text), r.Replace(a.Title)
		out[i] = a
	}
	return out
}
