package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// DeleteQuads deletes the given quads, as one transaction, and returns how
// many were in the store. Quads that are not there are skipped. It is the
// delete of Cayley's HTTP API: the caller holds every quad in memory, so it
// bounds how many (the server's request body limit).
//
// The write is recorded as a commit that invalidates the views derived
// from the store, as Import's are: the quads may be about any article or
// entity.
func (s *Store) DeleteQuads(ctx context.Context, quads []quad.Quad) (deleted int, err error) {
	for _, q := range quads {
		if !q.IsValid() {
			return 0, fmt.Errorf("delete quads: invalid quad %v", q)
		}
	}
	quads = dedupe(quads)
	if len(quads) == 0 {
		return 0, nil
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		s.entities.reset() // a deleted quad may have been an entity's last type, name or key
		if err := s.entityCountsDrift(quads, true); err != nil {
			return err
		}
		if _, err := s.record(ctx, Commit{Invalidates: true}); err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		shrunk, err := s.apply(ctx, qs, deltas(quads, cgraph.Delete))
		deleted = int(-shrunk)
		return err
	})
	if err != nil {
		return deleted, fmt.Errorf("delete quads: %w", err)
	}
	return deleted, nil
}
