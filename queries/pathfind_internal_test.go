package queries

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// TestPathBound checks that a search stopped by its read bound says so,
// with the hops it ruled out, and returns no chain: with a bound too small
// for the 4 hops between two hubs, ErrTooLarge; with room, the chains.
func TestPathBound(t *testing.T) {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 30 {
		hub := schema.Entity{Name: "Ada Okafor", Type: schema.Person}
		if i%2 == 1 {
			hub = schema.Entity{Name: "Veltrix Corp", Type: schema.Company}
		}
		d := &schema.Document{
			Article:  schema.Article{ID: fmt.Sprintf("hub-%02d", i), Date: "2025-03-01", Title: "Hub", Text: "In Kenya."},
			Entities: []schema.Entity{hub, {Name: "Kenya", Type: schema.Country}},
		}
		if _, err := s.AddDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	from := schema.EntityIRI(schema.Person, "Ada Okafor")
	to := schema.EntityIRI(schema.Company, "Veltrix Corp")
	for _, tc := range []struct {
		reads int64
		found bool
	}{{40, false}, {100000, true}} {
		err := s.Read(func(qs cgraph.QuadStore) error {
			r := newReader(ctx, qs)
			ps := newPathSearch(r, maxHops)
			ps.maxReads = tc.reads
			paths, err := ps.shortest(r.refsOf(nil), nil)
			if err != nil || paths != nil {
				return fmt.Errorf("no ends: %v, %v", paths, err)
			}
			paths, err = ps.shortest([]cgraph.Ref{r.ref(from)}, []cgraph.Ref{r.ref(to)})
			switch {
			case tc.found && (err != nil || len(paths) == 0):
				return fmt.Errorf("bound %d: %d paths, %v; want the 4-hop ones", tc.reads, len(paths), err)
			case !tc.found && (!errors.Is(err, ErrTooLarge) || paths != nil || !strings.Contains(err.Error(), "hops or fewer; the search stopped at its bound")):
				return fmt.Errorf("bound %d: %d paths, %v; want ErrTooLarge, the search stopped at its bound", tc.reads, len(paths), err)
			}
			for _, p := range paths {
				if len(p) != 4 {
					return fmt.Errorf("bound %d: a path of %d hops", tc.reads, len(p))
				}
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	}
}
