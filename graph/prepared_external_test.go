//go:build external

package graph

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestPreparedWriteMeetsStoredQuads: quads imported under an article's
// label before the article is loaded, its own node not among them (so that
// the load takes the article for new), make a prepared write's plain
// INSERT fail. The batch is then inserted with ON CONFLICT, and leaves the
// rows, horizons included, and the counts that Cayley's writer leaves.
func TestPreparedWriteMeetsStoredQuads(t *testing.T) {
	ctx := context.Background()
	var docs []*schema.Document
	for _, d := range quadtest.BenchDocs(t, 12) {
		docs = append(docs, &d)
	}
	// The quads the load writes for article 7, from a load into memory.
	mem := mustOpen(t, "mem")
	mustLoad(t, mem, docs, LoadOptions{})
	label := schema.ArticleIRI(docs[7].ID)
	var early []quad.Quad
	err := mem.Read(func(qs cgraph.QuadStore) error {
		return EachQuadOf(ctx, qs, quad.Label, label, func(q quad.Quad) bool {
			if !SameValue(q.Subject, label) {
				early = append(early, q)
			}
			return true
		})
	})
	if err != nil || len(early) < 5 {
		t.Fatalf("%d quads of article 7 about other nodes, %v", len(early), err)
	}

	bulk, perQuad := mustOpen(t, "postgres"), mustOpen(t, "postgres")
	perQuad.counter.quadByQuad = true
	var loaded [2]LoadStats
	for i, s := range []*Store{bulk, perQuad} {
		if _, err := s.AddQuads(ctx, quad.NewReader(early)); err != nil {
			t.Fatal(err)
		}
		loaded[i] = mustLoad(t, s, docs, LoadOptions{BatchArticles: 4})
	}
	if n := bulk.counter.metStored.Load(); n != 1 {
		t.Errorf("%d prepared writes met stored quads, want 1 (the batch of article 7)", n)
	}
	if loaded[0].Quads != loaded[1].Quads {
		t.Errorf("the load counted %d new quads, Cayley's writer %d", loaded[0].Quads, loaded[1].Quads)
	}
	sameRows(t, bulk, perQuad)
}
