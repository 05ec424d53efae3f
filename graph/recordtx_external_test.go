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

// TestCommitVisibleWithItsQuads: while one store loads articles in
// batches, a second store on the same database (another process's view)
// reads the commits as fast as it can; every article a visible commit
// says was added is in the graph already. A record committed before its
// write would let the reader see the commit of a batch still being
// written (it did on MySQL before its record was held open: "commit 6 is
// visible, its article … is not in the graph"), and a view following the
// log would never read its articles.
func TestCommitVisibleWithItsQuads(t *testing.T) {
	for _, kind := range []string{"postgres", "mysql"} {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			writer := mustOpen(t, kind)
			reader := mustOpenDSN(t, writer.DSN())
			done := make(chan error, 1)
			go func() {
				_, err := writer.Load(ctx, quadtest.CloneDocs(quadtest.BenchDocs(t, 60)), LoadOptions{BatchArticles: 10})
				done <- err
			}()
			checked, loading := map[quad.IRI]bool{}, true
			for loading {
				select {
				case err := <-done:
					if err != nil {
						t.Fatal(err)
					}
					loading = false // one more look at the end
				default:
				}
				commits, err := reader.CommitsSince(ctx, 0, 1000)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range commits {
					for _, a := range c.Added {
						if checked[a] {
							continue
						}
						checked[a] = true
						var in bool
						err := reader.Read(func(qs cgraph.QuadStore) (err error) {
							in, err = hasQuad(ctx, qs, quad.Make(a, schema.PredType, schema.TypeNewsArticle, a))
							return err
						})
						if err != nil {
							t.Fatal(err)
						}
						if !in {
							t.Errorf("commit %d is visible, its article %s is not in the graph", c.Seq, a)
						}
					}
				}
			}
			if len(checked) != 60 {
				t.Errorf("the commits name %d articles, want 60", len(checked))
			}
		})
	}
}
