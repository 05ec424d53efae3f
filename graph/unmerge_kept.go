package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// What an unmerge does with a fact the merge put on into.
type keptFact int

const (
	dropped       keptFact = iota // the merge alone brought it: it comes off
	keptNative                    // into had it before any merge: it stays
	leftForOthers                 // another merge that stands brought it too: it stays, recorded as ng:leftFact
)

// keptOnInto returns, by quadKey, what undoing the merge decision merge
// does with each of rewritten (the facts it moved, as they are on into).
// A fact stays when another merge into into that is not undone moved or
// shared it too (an article naming both merged entities: without this,
// undoing the first of the two merges took the article's mention of into
// away from the second), and when into had it before any merge. A fact
// was not into's own when a merge that stands recorded it as moved (new to
// into), or when an unmerge left it for another merge (ng:leftFact); a
// merge already undone is not read, so that the cost of an unmerge grows
// with the merges that stand and not with the history of the pair.
//
// rewritten holds first the moved facts of merge (moved of them), then its
// shared ones, as unmergeSteps read them.
func keptOnInto(ctx context.Context, qs cgraph.QuadStore, merge, into quad.IRI, rewritten []quad.Quad, moved int) (map[string]keptFact, error) {
	want := make(map[string]bool, len(rewritten))
	notOwn, held := map[string]bool{}, map[string]bool{}
	for i, q := range rewritten {
		want[quadKey(q)] = true
		notOwn[quadKey(q)] = notOwn[quadKey(q)] || i < moved
	}
	ds, err := decisionsAbout(ctx, qs, into)
	if err != nil {
		return nil, err
	}
	for _, d := range ds {
		switch {
		case d.Kind == KindMerge && d.A == into && d.IRI != merge && !d.Undone:
			moved, shared, err := mergeFacts(ctx, qs, d.IRI, d.B)
			if err != nil {
				return nil, fmt.Errorf("merge of %s: %w", d.B, err)
			}
			for i, q := range slices.Concat(moved, shared) {
				k := quadKey(replaceNode(q, d.B, into))
				notOwn[k] = notOwn[k] || (want[k] && i < len(moved))
				held[k] = held[k] || want[k]
			}
		case d.Kind == KindUnmerge && d.A == into:
			left, err := readFacts(ctx, qs, d.IRI, into, schema.PredLeftFact)
			if err != nil {
				return nil, fmt.Errorf("unmerge of %s: %w", d.B, err)
			}
			for _, q := range left[schema.PredLeftFact] {
				notOwn[quadKey(q)] = true
			}
		}
	}
	out := make(map[string]keptFact, len(want))
	for k := range want {
		switch {
		case held[k] && notOwn[k]:
			out[k] = leftForOthers
		case held[k] || !notOwn[k]:
			out[k] = keptNative
		default:
			out[k] = dropped
		}
	}
	return out, nil
}

// leftRecord returns the quads by which the unmerge decision u records
// the facts it left on into for other merges (ng:leftFact, in N-Quads).
func leftRecord(u quad.IRI, left []quad.Quad) ([]quad.Quad, error) {
	if len(left) == 0 {
		return nil, nil
	}
	facts := factsNode(u)
	out := []quad.Quad{quad.Make(u, schema.PredFacts, facts, DecisionsLabel)}
	for _, q := range left {
		line, err := nquads.AppendQuad(nil, q)
		if err != nil {
			return nil, fmt.Errorf("record %v: %w", q, err)
		}
		out = append(out, quad.Make(facts, schema.PredLeftFact, quad.String(strings.TrimSuffix(string(line), "\n")), DecisionsLabel))
	}
	return out, nil
}

// readFacts reads back the facts the decision d recorded under preds, by
// predicate, each of which names node: a fact that does not (an import can
// bring any decision) is an error.
func readFacts(ctx context.Context, qs cgraph.QuadStore, d, node quad.IRI, preds ...quad.IRI) (map[quad.IRI][]quad.Quad, error) {
	out := map[quad.IRI][]quad.Quad{}
	var parseErr error
	err := EachQuadOf(ctx, qs, quad.Subject, factsNode(d), func(q quad.Quad) bool {
		if !SameValue(q.Label, DecisionsLabel) || !slices.ContainsFunc(preds, func(p quad.IRI) bool { return q.Predicate == p }) {
			return true
		}
		line, _ := q.Object.(quad.String)
		fact, err := nquads.NewReader(strings.NewReader(string(line)+"\n"), string(d)).ReadQuad()
		switch {
		case err != nil && !errors.Is(err, io.EOF):
			parseErr = fmt.Errorf("a fact of the decision: %w", err)
		case fact.Subject != node && fact.Object != node:
			parseErr = fmt.Errorf("a fact of the decision does not name %s: %.200s", node, line)
		default:
			p := q.Predicate.(quad.IRI)
			out[p] = append(out[p], fact)
		}
		return parseErr == nil
	})
	return out, errors.Join(err, parseErr)
}
