//go:build external

package graph

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// TestEachQuadReadsAsCayley: on PostgreSQL and MySQL, EachQuad's one
// statement gives the quads Cayley's iterator gives, every kind of value
// included (typed, language-tagged, blank nodes, times, a NUL byte,
// triples), in the order of the quads table's horizons.
func TestEachQuadReadsAsCayley(t *testing.T) {
	for _, kind := range []string{"postgres", "mysql"} {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			writeEverything(t, s)
			var got bytes.Buffer
			w := nquads.NewWriter(&got)
			var labels []quad.Value
			err := s.EachQuad(context.Background(), func(q quad.Quad) error {
				if q.Label != nil && !slices.ContainsFunc(labels, func(l quad.Value) bool { return SameValue(l, q.Label) }) {
					labels = append(labels, q.Label)
				}
				return w.WriteQuad(q)
			})
			if err != nil || w.Close() != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(got.String(), "\n")
			slices.Sort(lines)
			if sorted, want := strings.Join(lines, ""), string(exportAll(t, s)); sorted != want {
				t.Errorf("EachQuad and Cayley differ: %s", firstDiff(sorted, want))
			}
			// The articles' labels come in the order they were loaded:
			// resolutionDocs first (a1 …), bench-0000000 … after them.
			if len(labels) < 10 || labels[0] != quad.IRI("https://newsgraph.dev/id/article/a1") {
				t.Errorf("labels in the order %v", labels[:min(3, len(labels))])
			}
			if n := strings.Count(got.String(), "\n"); n < 1000 {
				t.Errorf("only %d quads", n)
			}
		})
	}
}
