package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ErrNotKeptApart is returned by UndoKeepApart when no keep-apart decision
// that is not undone yet names the two entities.
var ErrNotKeptApart = errors.New("not kept apart")

// KeepApart records that a and b are different entities: resolution never
// joins one to the other (see canonicalize), and the console stops listing
// them as likely duplicates. Both must be entities of the same type. Two
// entities kept apart already are left as they are (the Decision returned
// has no IRI).
func (s *Store) KeepApart(ctx context.Context, a, b quad.IRI, by Decider) (Decision, error) {
	if a == b {
		return Decision{}, errors.New("keep apart: an entity is not a duplicate of itself")
	}
	if b < a {
		a, b = b, a
	}
	d, err := by.decision(KindKeepApart, a, b)
	if err != nil {
		return Decision{}, fmt.Errorf("keep %s and %s apart: %w", a, b, err)
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		if err := checkSameType(ctx, qs, a, b); err != nil {
			return err
		}
		if apart, err := keptApart(ctx, qs, a, b); err != nil || apart {
			d.IRI = "" // kept apart already: nothing to write
			return err
		}
		seq, err := s.record(ctx, Commit{Entities: []quad.IRI{a, b}})
		if err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		d.name(seq)
		_, err = s.apply(ctx, qs, deltas(d.quads(), cgraph.Add))
		return err
	})
	if err != nil {
		return Decision{}, fmt.Errorf("keep %s and %s apart: %w", a, b, err)
	}
	return d, nil
}

// UndoKeepApart lifts the keep-apart of a and b: it records a decision
// (ng:UndoKeepApartDecision, taken by by) that undoes every keep-apart
// decision naming the two, after which loads may join them again and the
// console lists them as likely duplicates again, as before the keep-apart.
// Keeping them apart again afterwards is a decision of its own. Two
// entities not kept apart are an ErrNotKeptApart error. Neither entity
// needs to be in the store still: a keep-apart outlives its entities.
func (s *Store) UndoKeepApart(ctx context.Context, a, b quad.IRI, by Decider) (Decision, error) {
	if b < a {
		a, b = b, a
	}
	d, err := by.decision(KindUndoKeepApart, a, b)
	if err != nil {
		return Decision{}, fmt.Errorf("undo the keep-apart of %s and %s: %w", a, b, err)
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		kept, err := apartDecisions(ctx, qs, a, b)
		if err != nil {
			return err
		}
		if len(kept) == 0 || a == b {
			return fmt.Errorf("%w: no keep-apart decision names both, or it was undone", ErrNotKeptApart)
		}
		seq, err := s.record(ctx, Commit{Entities: []quad.IRI{a, b}})
		if err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		d.name(seq)
		quads := d.quads()
		for _, k := range kept {
			quads = append(quads, quad.Make(d.IRI, schema.PredUndoes, k, DecisionsLabel))
		}
		_, err = s.apply(ctx, qs, deltas(quads, cgraph.Add))
		return err
	})
	if err != nil {
		return Decision{}, fmt.Errorf("undo the keep-apart of %s and %s: %w", a, b, err)
	}
	return d, nil
}

// keptApart tells whether a keep-apart decision that no decision undid
// names a and b.
func keptApart(ctx context.Context, qs cgraph.QuadStore, a, b quad.IRI) (bool, error) {
	kept, err := apartDecisions(ctx, qs, a, b)
	return len(kept) > 0, err
}

// apartDecisions returns the keep-apart decisions naming a and b that no
// decision undid (one, but for imports: KeepApart writes none while one
// stands).
func apartDecisions(ctx context.Context, qs cgraph.QuadStore, a, b quad.IRI) ([]quad.IRI, error) {
	var nodes []quad.IRI
	err := EachQuadOf(ctx, qs, quad.Object, anyURI(a), func(q quad.Quad) bool {
		if d, ok := q.Subject.(quad.IRI); ok && q.Predicate == schema.PredApart && SameValue(q.Label, DecisionsLabel) {
			nodes = append(nodes, d)
		}
		return len(nodes) < maxDecisionsRead
	})
	if err != nil {
		return nil, err
	}
	other := anyURI(b)
	var out []quad.IRI
	for _, n := range nodes {
		found := false
		err := EachQuadOf(ctx, qs, quad.Subject, n, func(q quad.Quad) bool {
			found = q.Predicate == schema.PredApart && SameValue(q.Object, other) && SameValue(q.Label, DecisionsLabel)
			return !found
		})
		if err != nil {
			return nil, err
		}
		if !found {
			continue
		}
		lifted, err := undone(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		if !lifted {
			out = append(out, n)
		}
	}
	return out, nil
}
