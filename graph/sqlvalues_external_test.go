//go:build external

package graph

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/newsgraph/newsgraph/schema"
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

// TestArticleQuadsReadAsCayley: on PostgreSQL and MySQL, ArticleQuads'
// batched statements give each article the quads Cayley's path and subject
// lookups give it, and none to an article the store does not hold.
func TestArticleQuadsReadAsCayley(t *testing.T) {
	ctx := context.Background()
	for _, kind := range []string{"postgres", "mysql"} {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			writeEverything(t, s)
			articles := []quad.IRI{"https://newsgraph.dev/id/article/never-loaded"}
			err := s.Read(func(qs cgraph.QuadStore) error {
				return EachQuadOf(ctx, qs, quad.Object, schema.TypeNewsArticle, func(q quad.Quad) bool {
					if iri, ok := q.Subject.(quad.IRI); ok && !slices.Contains(articles, iri) {
						articles = append(articles, iri)
					}
					return true
				})
			})
			if err != nil || len(articles) < 30 {
				t.Fatalf("%d articles, %v", len(articles), err)
			}
			got, err := s.ArticleQuads(ctx, articles)
			if err != nil {
				t.Fatal(err)
			}
			statements := 0
			err = s.Read(func(qs cgraph.QuadStore) error {
				for _, a := range articles {
					want, err := articleQuadsOf(ctx, qs, a)
					if err != nil {
						return err
					}
					if g, w := sortedNQuads(got[a]), sortedNQuads(want); g != w {
						t.Errorf("%s: %s", a, firstDiff(g, w))
					}
					for _, q := range want {
						if !SameValue(q.Subject, a) {
							statements++
						}
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if statements < 50 || len(got[articles[0]]) != 0 {
				t.Errorf("%d quads of statements; %d of an article never loaded", statements, len(got[articles[0]]))
			}
		})
	}
}

func sortedNQuads(qs []quad.Quad) string {
	lines := make([]string, len(qs))
	for i, q := range qs {
		lines[i] = q.String()
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
