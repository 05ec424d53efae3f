package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ignore makes writes idempotent: adding a quad that exists, or deleting one
// that does not, is not an error.
var ignore = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// AddDocument writes d's quads and returns how many were new: Load with a
// batch of one. First the entities of d are resolved against the store (see
// canonicalize), so the same person spelt differently by two articles is one
// node; d is updated in place to the names it was stored under. Loading the
// same document twice adds nothing. If the article was loaded before with
// different facts (its text changed, or the extractor did), the facts of the
// old version that the new one lacks are deleted, so the article's label
// carries exactly d.Quads() afterwards.
//
// Adds and deletes are two transactions, adds first: Cayley's kv
// ApplyDeltas corrupts added quads when the same call also deletes quads
// that share a node with them (a node whose reference count goes down
// overall is left out of the new quads). A crash between the two leaves the
// old facts next to the new ones until the article is loaded again.
func (s *Store) AddDocument(ctx context.Context, d *schema.Document) (added int, err error) {
	if d.ID == "" {
		return 0, errors.New("add document: empty article id")
	}
	b := s.newBatch()
	var grown int64
	if _, err = s.stage(ctx, b, nil, d, false, nil); err == nil {
		if grown, err = s.commit(ctx, b); err == nil {
			s.settle(b)
		}
	}
	if err != nil {
		return 0, fmt.Errorf("add article %s: %w", d.ID, err)
	}
	return int(grown), nil
}

// AddQuads writes every quad r yields, in transactions of Options.BatchSize
// quads, and returns how many were new. Quads that exist already are skipped,
// so importing the same file twice adds nothing. A failure leaves the earlier
// batches written: an import is not atomic.
func (s *Store) AddQuads(ctx context.Context, r quad.Reader) (added int, err error) {
	n := s.opt.batchSize()
	for read := 0; ; {
		batch, rerr := readBatch(r, n)
		read += len(batch)
		if len(batch) > 0 {
			var grown int64
			werr := s.write(func(qs cgraph.QuadStore) (err error) {
				quads := dedupe(batch)
				if err := s.entityCountsDrift(quads, false); err != nil {
					return err
				}
				// Imported quads may be about any article or entity.
				if _, err := s.record(ctx, Commit{Invalidates: true}); err != nil {
					return fmt.Errorf("record commit: %w", err)
				}
				if grown, err = s.apply(ctx, qs, deltas(quads, cgraph.Add)); err == nil {
					s.entities.observe(quads)
				}
				return err
			})
			added += int(grown)
			if werr != nil {
				return added, fmt.Errorf("add quads: %w", werr)
			}
		}
		if rerr == io.EOF {
			return added, nil
		}
		if rerr != nil {
			return added, fmt.Errorf("add quads: after quad %d: %w", read, rerr)
		}
		if err := ctx.Err(); err != nil {
			return added, fmt.Errorf("add quads: %w", err)
		}
	}
}

// deltas makes one delta of the given action per quad.
func deltas(qs []quad.Quad, a cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: a}
	}
	return out
}

// readBatch reads up to n valid quads; its error is io.EOF at the end.
func readBatch(r quad.Reader, n int) ([]quad.Quad, error) {
	batch := make([]quad.Quad, 0, n)
	for len(batch) < n {
		q, err := r.ReadQuad()
		if err != nil {
			return batch, err
		}
		if !q.IsValid() {
			return batch, fmt.Errorf("invalid quad %v", q)
		}
		batch = append(batch, q)
	}
	return batch, nil
}

// apply runs deltas (no quad twice) as one transaction and returns by how
// much the store grew. Cayley's ApplyDeltas says nothing about which adds
// were duplicates. Kv stores and memstore keep their quad count, so the
// difference of the count before and after is cheap; on PostgreSQL an exact
// count is a scan of the quads table, so the counter asks instead which of
// the quads were stored before the write (quadCounter). Either way the
// caller holds the write lock, which makes the difference ours alone within
// this process.
func (s *Store) apply(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) (int64, error) {
	if s.counter != nil {
		return s.counter.applyCounted(ctx, qs, deltas)
	}
	before, err := quadCount(ctx, qs)
	if err != nil {
		return 0, err
	}
	if err := qs.ApplyDeltas(deltas, ignore); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	after, err := quadCount(ctx, qs)
	return after - before, err
}

// quadCount returns the exact number of quads. Kv stores fail Stats with
// "no bucket" until the first write, but their Size says 0.
func quadCount(ctx context.Context, qs cgraph.QuadStore) (int64, error) {
	if kv, ok := qs.(interface{ Size() int64 }); ok {
		return kv.Size(), nil
	}
	st, err := qs.Stats(ctx, true) // the SQL estimate is -1 until PostgreSQL analyses the table
	if err != nil {
		return 0, fmt.Errorf("count quads: %w", err)
	}
	return st.Quads.Value, nil
}

// quadKey identifies a quad by its N-Quads spelling, which is what the store
// deduplicates on.
func quadKey(q quad.Quad) string {
	var l string
	if q.Label != nil {
		l = q.Label.String()
	}
	return q.Subject.String() + " " + q.Predicate.String() + " " + q.Object.String() + " " + l
}

// dedupe drops repeated quads, keeping the first; Cayley's kv writer does not
// notice duplicates inside one transaction.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[string]bool, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		if k := quadKey(q); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

// minus returns the quads of a that are not in b.
func minus(a, b []quad.Quad) []quad.Quad {
	inB := make(map[string]bool, len(b))
	for _, q := range b {
		inB[quadKey(q)] = true
	}
	var out []quad.Quad
	for _, q := range a {
		if !inB[quadKey(q)] {
			out = append(out, q)
		}
	}
	return out
}

// ReplaceFacts makes quads the only facts about subject under label: quads
// with that subject and label that are not in quads are deleted, the others
// added. With no quads it deletes the subject's facts under label. Package
// queries keeps saved queries this way.
func (s *Store) ReplaceFacts(ctx context.Context, subject, label quad.Value, quads []quad.Quad) (added int, err error) {
	for _, q := range quads {
		if !SameValue(q.Subject, subject) || !SameValue(q.Label, label) {
			return 0, fmt.Errorf("replace facts of %v: quad %v has another subject or label", subject, q)
		}
	}
	want := dedupe(quads)
	err = s.write(func(qs cgraph.QuadStore) error {
		var old []quad.Quad
		err := EachQuadOf(ctx, qs, quad.Subject, subject, func(q quad.Quad) bool {
			if SameValue(q.Label, label) {
				old = append(old, q)
			}
			return true
		})
		if err != nil {
			return err
		}
		stale := minus(old, want)
		if err := s.entityCountsDrift(want, false); err != nil {
			return err
		}
		var c Commit // facts of no article (saved queries): no view follows them
		if l, ok := label.(quad.IRI); ok && schema.IsArticleIRI(l) {
			c.Changed = []quad.IRI{l}
		}
		if _, err := s.record(ctx, c); err != nil {
			return fmt.Errorf("record commit: %w", err)
		}
		if err := s.entityCountsDrift(stale, true); err != nil {
			return err
		}
		grown, err := s.apply(ctx, qs, deltas(want, cgraph.Add))
		if err != nil {
			return err
		}
		s.entities.observe(want)
		if len(stale) > 0 {
			s.entities.reset()
			if _, err := s.apply(ctx, qs, deltas(stale, cgraph.Delete)); err != nil {
				return err
			}
		}
		added = int(grown)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("replace facts of %v: %w", subject, err)
	}
	return added, nil
}

// SameValue compares values by their N-Quads spelling; nil equals nil. It
// is public for package export, which compares the labels and predicates it
// reads the same way graph does.
func SameValue(a, b quad.Value) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.String() == b.String()
}
