package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// ErrNoMerge is returned by Unmerge when no merge of from into into is
// left to undo.
var ErrNoMerge = errors.New("no merge to undo")

// ErrMergedOn is returned by Unmerge when into was itself merged into
// another entity since: the merge of into must be undone first.
var ErrMergedOn = errors.New("the entity merged into was merged on since")

// The journal entry of an unmerge in progress: <journal/unmerge>
// ng:undoes <merge decision>.
var unmergeNode = quad.IRI(schema.IDBase + "journal/unmerge")

// Unmerge undoes the latest merge of from into into that is not undone
// yet, whatever merges into into came after it or were undone before:
// every quad the merge moved goes back to from, as its article wrote it,
// and what the merge added to into (from's names, keys, types) comes off,
// but for what into holds without it: what it had before any merge, and
// what another merge into it that stands brought too (an article naming
// both entities merged into it). A fact the merge moved that is no
// longer on into (its article was removed or changed since) stays as it
// is now; an into merged on into another entity since is an ErrMergedOn
// error;
// facts of articles loaded after the merge stay on into, where the alias
// resolved them. The unmerge is recorded as a decision taken by by, and
// returns how many quads it put back.
//
// Like a merge it is all or nothing across a crash: the restored quads, the
// decision and a journal entry are added in one transaction, and into's
// quads from the merge and the entry deleted in a second; FinishUnmerge
// completes one cut between the two.
func (s *Store) Unmerge(ctx context.Context, into, from quad.IRI, by Decider) (restored int, err error) {
	u, err := by.decision(KindUnmerge, into, from)
	if err != nil {
		return 0, fmt.Errorf("unmerge %s from %s: %w", from, into, err)
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		merge, err := latestMerge(ctx, qs, into, from)
		if err != nil {
			return err
		}
		restored, err = s.unmergeSteps(ctx, qs, merge, &u)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("unmerge %s from %s: %w", from, into, err)
	}
	return restored, nil
}

// FinishUnmerge completes an unmerge that a crash cut between its two
// transactions, if the store holds one, and returns the entities it
// separated; ok is false when there was none.
func (s *Store) FinishUnmerge(ctx context.Context) (into, from quad.IRI, ok bool, err error) {
	if s.readOnly != "" {
		return "", "", false, nil
	}
	err = s.write(func(qs cgraph.QuadStore) error {
		var merge quad.IRI
		if err := EachQuadOf(ctx, qs, quad.Subject, unmergeNode, func(q quad.Quad) bool {
			if iri, isIRI := q.Object.(quad.IRI); isIRI && q.Predicate == schema.PredUndoes && SameValue(q.Label, JournalLabel) {
				merge = iri
			}
			return true
		}); err != nil || merge == "" {
			return err
		}
		d, err := readDecision(ctx, qs, merge)
		if err != nil {
			return err
		}
		into, from, ok = d.A, d.B, true
		_, err = s.unmergeSteps(ctx, qs, merge, nil)
		return err
	})
	if err != nil {
		return "", "", false, fmt.Errorf("finish the unmerge of %s from %s: %w", from, into, err)
	}
	return into, from, ok, nil
}

// unmergeSteps writes an unmerge of the merge decision merge: the quads it
// moved, back as they were, with the unmerge decision u and the journal
// entry; then the deletes of what the merge added to into and of the
// entry. Run again after a crash between the two (u nil: it was written
// with the first), it finds the merge's quads still on into and finishes.
func (s *Store) unmergeSteps(ctx context.Context, qs cgraph.QuadStore, merge quad.IRI, u *Decision) (int, error) {
	d, err := readDecision(ctx, qs, merge)
	if err != nil {
		return 0, err
	}
	moved, shared, err := mergeFacts(ctx, qs, merge, d.B)
	if err != nil {
		return 0, err
	}
	all := slices.Concat(moved, shared)
	rewritten := make([]quad.Quad, len(all))
	for i, q := range all {
		rewritten[i] = replaceNode(q, d.B, d.A)
	}
	present, err := presentAround(ctx, qs, d.A, rewritten)
	if err != nil {
		return 0, err
	}
	kept, err := keptOnInto(ctx, qs, merge, d.A, rewritten, len(moved))
	if err != nil {
		return 0, err
	}
	restore, drop, left := sortFacts(all, rewritten, present, kept)
	if len(restore) == 0 {
		return 0, fmt.Errorf("%w: none of the facts the merge moved is still on %s", ErrNoMerge, d.A)
	}
	journal := []quad.Quad{quad.Make(unmergeNode, schema.PredUndoes, merge, JournalLabel)}
	if err := s.entityCountsDrift(drop, true); err != nil {
		return 0, err
	}
	seq, err := s.record(ctx, Commit{Invalidates: true})
	if err != nil {
		return 0, fmt.Errorf("record commit: %w", err)
	}
	var undo []quad.Quad
	if u != nil {
		u.name(seq)
		undo = append(u.quads(), quad.Make(u.IRI, schema.PredUndoes, merge, DecisionsLabel))
		record, err := leftRecord(u.IRI, dedupe(left))
		if err != nil {
			return 0, err
		}
		undo = append(undo, record...)
	}
	if _, err := s.apply(ctx, qs, deltas(dedupe(slices.Concat(restore, undo, journal)), cgraph.Add)); err != nil {
		return 0, err
	}
	s.entities.reset()
	if s.failDeletes != nil {
		return 0, s.failDeletes
	}
	if _, err := s.apply(ctx, qs, deltas(dedupe(append(drop, journal...)), cgraph.Delete)); err != nil {
		return 0, err
	}
	return len(restore), nil
}

// sortFacts splits the facts a merge moved (all, and rewritten as they
// are on into) that into still holds (present): restore are those to put
// back as they were, drop the rewritten ones to take off into, and left
// those into keeps for another merge.
func sortFacts(all, rewritten []quad.Quad, present map[string]bool, kept map[string]keptFact) (restore, drop, left []quad.Quad) {
	for i, q := range all {
		k := quadKey(rewritten[i])
		if !present[k] {
			continue
		}
		restore = append(restore, q)
		switch kept[k] {
		case dropped:
			drop = append(drop, rewritten[i])
		case leftForOthers:
			left = append(left, rewritten[i])
		}
	}
	return restore, drop, left
}

// mergeRecord returns the quads of the merge decision d, which moves the
// quads old from from to into: the decision, and each old quad in
// N-Quads, as ng:movedFact when its rewritten form is new to into, as
// ng:sharedFact when into has it already. The facts hang off a node of
// their own (ng:facts), so that reading a decision never reads them.
func mergeRecord(ctx context.Context, qs cgraph.QuadStore, d Decision, old []quad.Quad, into, from quad.IRI) ([]quad.Quad, error) {
	rewritten := make([]quad.Quad, len(old))
	for i, q := range old {
		rewritten[i] = replaceNode(q, from, into)
	}
	present, err := presentAround(ctx, qs, into, rewritten)
	if err != nil {
		return nil, err
	}
	facts := factsNode(d.IRI)
	out := append(d.quads(), quad.Make(d.IRI, schema.PredFacts, facts, DecisionsLabel))
	for i, q := range old {
		line, err := nquads.AppendQuad(nil, q)
		if err != nil {
			return nil, fmt.Errorf("record %v: %w", q, err)
		}
		pred := schema.PredMovedFact
		if present[quadKey(rewritten[i])] {
			pred = schema.PredSharedFact
		}
		out = append(out, quad.Make(facts, pred, quad.String(strings.TrimSuffix(string(line), "\n")), DecisionsLabel))
	}
	return out, nil
}

// presentAround returns which of want (quads with node as subject or
// object) the store holds, by quadKey: one pass over node's quads that
// keeps only the answers, so that a merge into an entity of 40,000
// articles does not hold all its quads.
func presentAround(ctx context.Context, qs cgraph.QuadStore, node quad.IRI, want []quad.Quad) (map[string]bool, error) {
	wanted := make(map[string]bool, len(want))
	for _, q := range want {
		wanted[quadKey(q)] = true
	}
	present := map[string]bool{}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		err := EachQuadOf(ctx, qs, d, node, func(q quad.Quad) bool {
			if k := quadKey(q); wanted[k] {
				present[k] = true
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	return present, nil
}

// factsNode is the node that holds the facts a merge decision moved.
func factsNode(decision quad.IRI) quad.IRI { return decision + "/facts" }

// mergeFacts reads back the quads a merge decision moved, each of which
// names from: a fact that does not (an import can bring any decision) is
// an error rather than a quad unmerge would delete.
func mergeFacts(ctx context.Context, qs cgraph.QuadStore, merge, from quad.IRI) (moved, shared []quad.Quad, err error) {
	facts, err := readFacts(ctx, qs, merge, from, schema.PredMovedFact, schema.PredSharedFact)
	return facts[schema.PredMovedFact], facts[schema.PredSharedFact], err
}

// latestMerge returns the newest merge decision of from into into that no
// unmerge undid. An into merged on into another entity since cannot give
// anything back (its facts are on that entity): that is an error naming
// the merge to undo first.
func latestMerge(ctx context.Context, qs cgraph.QuadStore, into, from quad.IRI) (quad.IRI, error) {
	ds, err := decisionsAbout(ctx, qs, into)
	if err != nil {
		return "", err
	}
	for _, d := range ds {
		if d.Kind == KindMerge && d.B == into && !d.Undone {
			return "", fmt.Errorf("%w: %s was merged into %s; unmerge %s from %s first", ErrMergedOn, into, d.A, into, d.A)
		}
	}
	for _, d := range ds {
		if d.Kind == KindMerge && d.A == into && d.B == from && !d.Undone {
			return d.IRI, nil
		}
	}
	return "", fmt.Errorf("%w: %s was not merged into %s (or the merge was undone)", ErrNoMerge, from, into)
}
