package graph

import (
	"context"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// BenchmarkMergeUnmerge merges the most mentioned person of a store of
// NEWSGRAPH_BENCH_ARTICLES articles (300 by default) into the second and
// undoes it, on bolt, and reports the quads moved per second of each cycle
// (a merge and its unmerge move them twice). At 300 articles a cycle moves
// 1,900 quads in 6 s (1.9 s of CPU, the rest fsync on a busy machine);
// 85% of the CPU is Cayley's kv ApplyDeltas, which reads the log of every
// quad it deletes, and 15% the decision's record (presentAround,
// mergeRecord, mergeFacts). At 2,000 articles a cycle took minutes.
//
//	go test -run - -bench MergeUnmerge -benchtime 2x ./graph/
func BenchmarkMergeUnmerge(b *testing.B) {
	n := 300
	if os.Getenv("NEWSGRAPH_BENCH_ARTICLES") != "" {
		n = quadtest.BenchArticles()
	}
	docs := quadtest.BenchDocs(b, n)
	counts := map[string]int{}
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Type == schema.Person {
				counts[e.Name]++
			}
		}
	}
	var first, second string
	for n, c := range counts {
		switch {
		case first == "" || c > counts[first] || (c == counts[first] && n < first):
			first, second = n, first
		case second == "" || c > counts[second] || (c == counts[second] && n < second):
			second = n
		}
	}
	ctx := context.Background()
	s := mustOpen(b, "bolt")
	if _, err := s.Load(ctx, quadtest.CloneDocs(docs), LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	into, from := schema.EntityIRI(schema.Person, second), schema.EntityIRI(schema.Person, first)
	moved := 0
	for b.Loop() {
		n, err := s.MergeEntities(ctx, into, from, testDecider)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Unmerge(ctx, into, from, testDecider); err != nil {
			b.Fatal(err)
		}
		moved += n
	}
	b.ReportMetric(float64(moved)/b.Elapsed().Seconds(), "quads/s")
}
