package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// RemoveArticle deletes exactly the quads labelled with the article's IRI
// (its own description and every fact extracted from it) and returns how
// many it deleted. Facts that other articles also state keep their own
// labelled copies, so entities mentioned elsewhere stay. Removing an
// article that is not in the store deletes nothing.
func (s *Store) RemoveArticle(ctx context.Context, id string) (int, error) {
	if id == "" {
		return 0, errors.New("remove article: empty article id")
	}
	label := schema.ArticleIRI(id)
	removed := 0
	err := s.write(func(qs cgraph.QuadStore) error {
		old, err := labelledQuads(ctx, qs, label)
		if err != nil || len(old) == 0 {
			return err
		}
		s.entities.reset() // the article may have held an entity's last facts
		if err := s.entityCountsDrift(old, true); err != nil {
			return err
		}
		if _, err := s.record(ctx, Commit{Removed: []quad.IRI{label}}); err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		shrunk, err := s.apply(ctx, qs, deltas(dedupe(old), cgraph.Delete))
		removed = int(-shrunk)
		return err
	})
	if err != nil {
		return removed, fmt.Errorf("remove article %s: %w", id, err)
	}
	return removed, nil
}
