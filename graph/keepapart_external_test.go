//go:build external

package graph

import (
	"context"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// TestPrefetchedApartPairsHonourUndo: on PostgreSQL, the keep-apart pairs
// prefetch reads answer as keptApart reads them one by one once a
// keep-apart is undone (not apart), and once it is made again (apart).
func TestPrefetchedApartPairsHonourUndo(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "postgres")
	mustLoad(t, s, resolutionDocs(), LoadOptions{BatchArticles: 3})
	ada, okafor := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Chidi Okafor")
	if _, err := s.KeepApart(ctx, ada, okafor, testDecider); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		name  string
		do    func() error
		apart bool
	}{
		{"undone", func() error { _, err := s.UndoKeepApart(ctx, okafor, ada, testDecider); return err }, false},
		{"kept apart again", func() error { _, err := s.KeepApart(ctx, ada, okafor, testDecider); return err }, true},
	} {
		if err := step.do(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		err := s.Read(func(qs cgraph.QuadStore) error {
			pairs, err := readApartPairs(ctx, qs)
			if err != nil || pairs == nil {
				t.Fatalf("%s: readApartPairs = %v, %v", step.name, pairs, err)
			}
			for _, p := range [][2]quad.IRI{{ada, okafor}, {okafor, ada}, {ada, ada}} {
				one, err := keptApart(ctx, qs, p[0], p[1])
				if err != nil {
					return err
				}
				if pairs[p] != one || one != step.apart {
					t.Errorf("%s: kept apart %v: prefetched %v, read one by one %v, want %v", step.name, p, pairs[p], one, step.apart)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
