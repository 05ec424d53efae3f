package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Stats counts what the store holds. Nodes are counted once however many
// articles state their type.
type Stats struct {
	Quads      int64
	Articles   int64
	Statements int64
	Roles      int64
	Entities   map[schema.EntityType]int64
}

// Stats counts quads, articles, statements, roles and entities by type.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Entities: make(map[schema.EntityType]int64, len(schema.EntityTypes))}
	err := s.Read(func(qs cgraph.QuadStore) error {
		var err error
		if st.Quads, err = quadCount(ctx, qs); err != nil {
			return err
		}
		counts := []struct {
			typ quad.IRI
			n   *int64
		}{
			{schema.TypeNewsArticle, &st.Articles},
			{schema.TypeStatement, &st.Statements},
			{schema.TypeRole, &st.Roles},
		}
		for _, c := range counts {
			if *c.n, err = countOfType(ctx, qs, c.typ); err != nil {
				return err
			}
		}
		for _, t := range schema.EntityTypes {
			if st.Entities[t], err = countOfType(ctx, qs, t.IRI()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// countOfType counts the distinct nodes of rdf:type typ. It iterates rather
// than calling Count, which memstore gets wrong (CAYLEY-NOTES, trap 6), and
// deduplicates because each article restates the type.
func countOfType(ctx context.Context, qs cgraph.QuadStore, typ quad.IRI) (int64, error) {
	seen := map[any]bool{}
	err := path.StartPath(qs, typ).In(schema.PredType).Iterate(ctx).Paths(false).Each(func(r cgraph.Ref) error {
		seen[r.Key()] = true
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("count %v: %w", typ, err)
	}
	return int64(len(seen)), nil
}
