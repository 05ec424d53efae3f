package review

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// BenchmarkDuplicates reviews the most mentioned person of a store of
// NEWSGRAPH_BENCH_ARTICLES articles (2,000 by default; the corpus of
// NEWSGRAPH_BENCH_CORPUS if set), on memstore and bolt.
//
//	go test -run - -bench Duplicates ./review/
func BenchmarkDuplicates(b *testing.B) {
	docs := quadtest.BenchDocs(b, quadtest.BenchArticles())
	counts := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Type == schema.Person {
				counts[e.Name]++
			}
		}
	}
	hub := ""
	for n, c := range counts {
		if hub == "" || c > counts[hub] || (c == counts[hub] && n < hub) {
			hub = n
		}
	}
	for _, dsn := range []string{graph.MemDSN, b.TempDir()} {
		name := map[bool]string{true: "mem", false: "bolt"}[dsn == graph.MemDSN]
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			s, err := graph.Open(ctx, dsn, graph.Options{NoSync: true})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			seq := func(yield func(schema.Document, error) bool) {
				for _, d := range docs {
					if !yield(quadtest.CloneDoc(d), nil) {
						return
					}
				}
			}
			if _, err := s.Load(ctx, seq, graph.LoadOptions{}); err != nil {
				b.Fatal(err)
			}
			iris, err := queries.ResolveEntity(ctx, s, hub)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if _, err := Duplicates(ctx, s, iris[0]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
