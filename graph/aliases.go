package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// AddAliases records more names for an entity, under schema.AliasesLabel:
// e names the entity (type and canonical name, created if the store does not
// have it yet) and e.Aliases are the names to add. Later articles that use
// one of them resolve to the entity, and queries find it by them. Adding the
// same aliases twice adds nothing.
func (s *Store) AddAliases(ctx context.Context, e schema.Entity) (added int, err error) {
	if e.Name == "" || len(e.Aliases) == 0 {
		return 0, errors.New("add aliases: need a name and at least one alias")
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		quads := dedupe(schema.EntityNames(e, schema.AliasesLabel))
		if err := s.entityCountsDrift(quads, false); err != nil {
			return err
		}
		// The names of one entity, under no article's label.
		if _, err := s.record(ctx, Commit{Entities: []quad.IRI{schema.EntityIRI(e.Type, e.Name)}}); err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		n, err := s.apply(ctx, qs, deltas(quads, cgraph.Add))
		added = int(n)
		if err == nil {
			s.entities.observe(quads)
		}
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("add aliases of %s: %w", e.Name, err)
	}
	return added, nil
}

// MergeEntities folds the entity from into the entity into: every quad with
// from as subject or object is rewritten with into in its place, keeping its
// label, so each fact keeps the article it came from; from's canonical names
// become alternate names of into. Both must be entities of the same type.
// It returns how many quads were rewritten. The merge is stored as a
// decision (see DecisionsLabel) taken by by, with the original form of
// every quad it moved, which Unmerge puts back.
//
// A merge is all or nothing across a crash. Cayley's kv ApplyDeltas
// corrupts adds mixed with deletes, so it cannot be one transaction: the
// rewritten quads are added in a first one together with a journal entry
// naming from and into (quads labelled JournalLabel), and the old quads
// and the entry deleted in a second. A merge killed between the two (it
// left 7,540 quads added and from still there, with nothing said) is
// completed by FinishMerge, which Open's callers run.
func (s *Store) MergeEntities(ctx context.Context, into, from quad.IRI, by Decider) (moved int, err error) {
	if into == from {
		return 0, errors.New("merge: an entity cannot be merged into itself")
	}
	d, err := by.decision(KindMerge, into, from)
	if err != nil {
		return 0, fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		if err := checkSameType(ctx, qs, into, from); err != nil {
			return err
		}
		moved, err = s.mergeSteps(ctx, qs, into, from, &d)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	return moved, nil
}

// JournalLabel labels the journal entry of a merge in progress; no such
// quad is left once a merge is complete.
var JournalLabel = quad.IRI(schema.IDBase + "journal")

// The journal entry of a merge: <journal/merge> ng:mergeFrom <from>, and
// ng:mergeInto <into>.
var (
	mergeNode     = quad.IRI(schema.IDBase + "journal/merge")
	predMergeFrom = quad.IRI(schema.NS + "mergeFrom")
	predMergeInto = quad.IRI(schema.NS + "mergeInto")
)

// mergeSteps writes a merge: the rewritten quads, the decision d and the
// journal entry, then the deletes of the old quads and of the entry. Run
// again after a crash between the two (d nil: it was written with the
// first), it finds the old quads still there and finishes.
func (s *Store) mergeSteps(ctx context.Context, qs cgraph.QuadStore, into, from quad.IRI, d *Decision) (int, error) {
	old, err := quadsAround(ctx, qs, from)
	if err != nil {
		return 0, err
	}
	journal := []quad.Quad{
		quad.Make(mergeNode, predMergeFrom, from, JournalLabel),
		quad.Make(mergeNode, predMergeInto, into, JournalLabel),
	}
	rewritten := make([]quad.Quad, 0, len(old)+len(journal))
	for _, q := range old {
		rewritten = append(rewritten, replaceNode(q, from, into))
	}
	if err := s.entityCountsDrift(old, true); err != nil {
		return 0, err
	}
	seq, err := s.record(ctx, Commit{Invalidates: true})
	if err != nil {
		return 0, fmt.Errorf("record commit: %w", err)
	}
	adds := append(rewritten, journal...)
	if d != nil {
		d.name(seq)
		record, err := mergeRecord(ctx, qs, *d, old, into, from)
		if err != nil {
			return 0, err
		}
		adds = append(adds, record...)
	}
	if _, err := s.apply(ctx, qs, deltas(dedupe(adds), cgraph.Add)); err != nil {
		return 0, err
	}
	s.entities.reset()
	if s.failDeletes != nil {
		return 0, s.failDeletes
	}
	if _, err := s.apply(ctx, qs, deltas(append(old, journal...), cgraph.Delete)); err != nil {
		return 0, err
	}
	return len(old), nil
}

// FinishMerge completes a merge that a crash cut between its two
// transactions, if the store holds one, and returns the entities it
// merged; ok is false when there was none. Commands run it when they open
// the store, and say so.
func (s *Store) FinishMerge(ctx context.Context) (into, from quad.IRI, ok bool, err error) {
	if s.readOnly != "" {
		// A standby cannot finish it: its primary's next command does,
		// and the standby replays it.
		return "", "", false, nil
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		if err := EachQuadOf(ctx, qs, quad.Subject, mergeNode, func(q quad.Quad) bool {
			if iri, isIRI := q.Object.(quad.IRI); isIRI && SameValue(q.Label, JournalLabel) {
				switch q.Predicate {
				case predMergeFrom:
					from = iri
				case predMergeInto:
					into = iri
				}
			}
			return true
		}); err != nil || from == "" || into == "" {
			return err
		}
		ok = true
		_, err := s.mergeSteps(ctx, qs, into, from, nil)
		return err
	})
	if err != nil {
		return "", "", false, fmt.Errorf("finish the merge of %s into %s: %w", from, into, err)
	}
	return into, from, ok, nil
}

// quadsAround returns every quad with node as subject or object, but for
// the journal's and the decisions'.
func quadsAround(ctx context.Context, qs cgraph.QuadStore, node quad.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		err := EachQuadOf(ctx, qs, d, node, func(q quad.Quad) bool {
			if !SameValue(q.Label, JournalLabel) && !SameValue(q.Label, DecisionsLabel) {
				out = append(out, q)
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// replaceNode puts into in place of from; a canonical name of from becomes
// an alternate name of into, so into keeps one canonical name.
func replaceNode(q quad.Quad, from, into quad.IRI) quad.Quad {
	if q.Subject == from {
		q.Subject = into
		if q.Predicate == schema.PredName {
			q.Predicate = schema.PredAlternateName
		}
	}
	if q.Object == from {
		q.Object = into
	}
	return q
}

func sameTypes(a, b nodeInfo) bool {
	for _, t := range a.types {
		if b.hasType(t) {
			return true
		}
	}
	return false
}

// Entity returns the type and canonical name of the entity node iri; ok is
// false when the store has no such entity.
func (s *Store) Entity(ctx context.Context, iri quad.IRI) (e schema.Entity, ok bool, err error) {
	err = s.Read(func(qs cgraph.QuadStore) error {
		info, err := describeNode(ctx, qs, iri)
		if err != nil || len(info.names) == 0 {
			return err
		}
		for _, t := range info.types {
			if et, isEntity := schema.TypeOfIRI(t); isEntity {
				e = schema.Entity{ID: schema.EntityKey(et, info.names[0]), Name: info.names[0], Type: et}
				ok = true
			}
		}
		return nil
	})
	return e, ok, err
}
