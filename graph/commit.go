package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// commit writes the batch, adds first and deletes second in their own
// transactions (see AddDocument for the Cayley bug this avoids), and
// returns how many quads were new. It takes the lock that keeps readers
// out but not the writers' lock, which Load holds while it stages the next
// batch; settle must follow. After a failed delete the adds stay written.
func (s *Store) commit(ctx context.Context, b *batch) (int64, error) {
	defer func() { b.prepared.discard(); b.prepared = nil }() // unless applyAdds finished it
	if len(b.adds) == 0 && len(b.stale) == 0 {
		return 0, nil
	}
	if err := s.writable(); err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return 0, ErrClosed
	}
	defer s.generation.Add(1)
	before, hasStats := boltTxStats(s.dsn)
	start := time.Now()
	// Quads of distinct articles carry distinct labels, and each article's
	// are deduplicated, so the batch has no duplicates, which Cayley's kv
	// writer would not notice.
	if _, err := s.record(ctx, b.commit); err != nil {
		return 0, fmt.Errorf("record commit: %w", err)
	}
	grown, err := s.applyBatch(ctx, b)
	if err = errors.Join(err, s.closeRecord()); err != nil {
		return grown, err
	}
	if after, ok := boltTxStats(s.dsn); ok && hasStats {
		slog.Debug("commit", "quads", len(b.adds), "pages", after.GetPageCount()-before.GetPageCount(),
			"page_mib", (after.GetPageAlloc()-before.GetPageAlloc())>>20, "nodes", after.GetNodeCount()-before.GetNodeCount(),
			"took", time.Since(start).Round(time.Millisecond))
	}
	return grown, nil
}

// applyBatch writes a batch's adds and, when it ends with a changed
// article, replaces that article's facts in four transactions: its old
// content hash is deleted first, then the adds are written, then its stale
// facts deleted, then its new hash written. Cayley's kv ApplyDeltas
// corrupts adds mixed with deletes, so a replace cannot be one
// transaction; in this order the store holds the new hash only once the
// replace is complete, and a replace cut short anywhere leaves the article
// without a hash, which the next load (with or without Resume) stages again.
func (s *Store) applyBatch(ctx context.Context, b *batch) (int64, error) {
	var oldHash, rest []quad.Quad
	for _, q := range b.stale {
		if q.Predicate == schema.PredContentHash {
			oldHash = append(oldHash, q)
		} else {
			rest = append(rest, q)
		}
	}
	if len(b.stale) > 0 {
		if err := s.entityCountsDrift(b.stale, true); err != nil {
			return 0, err
		}
	}
	if len(oldHash) > 0 {
		if _, err := s.apply(ctx, s.qs, deltas(oldHash, cgraph.Delete)); err != nil {
			return 0, fmt.Errorf("delete old content hash: %w", err)
		}
	}
	grown, err := s.applyAdds(ctx, b)
	if err != nil || len(b.stale) == 0 {
		return grown, err
	}
	if s.failDeletes != nil {
		return grown, s.failDeletes
	}
	if len(rest) > 0 {
		if _, err := s.apply(ctx, s.qs, deltas(rest, cgraph.Delete)); err != nil {
			return grown, fmt.Errorf("delete stale facts: %w", err)
		}
	}
	n, err := s.apply(ctx, s.qs, deltas(b.rehash, cgraph.Add))
	if err != nil {
		return grown, fmt.Errorf("write content hash: %w", err)
	}
	return grown + n, nil
}

// settle folds a committed batch's entities into the Store's index, or
// forgets the index if the batch deleted facts (a deleted fact may have
// been an entity's last type, name or key).
func (s *Store) settle(b *batch) {
	s.writers.Lock()
	defer s.writers.Unlock()
	if len(b.stale) > 0 {
		s.entities.reset()
		return
	}
	s.entities.fold(b.pending)
}
