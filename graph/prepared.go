package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// A load into PostgreSQL writes one batch while it stages the next (see
// loader), and a batch's write was three parts in a row: the client
// splitting its quads into node and quad rows (SplitDeltas, 85 ms for
// 50,000 quads), copying them into staging tables (COPY, 150–190 ms), and
// the server upserting them into nodes and quads (600–770 ms). Only the
// last must wait for the batch before: the first two touch no table
// another transaction reads. So the batch's transaction is begun and its
// staging tables filled while the batch before is still being written, on
// another connection of the pool (prepareAdds), and its commit only runs
// the upserts (preparedAdds.finish). The upserts see the batch before:
// they run after its commit, each statement with a snapshot of its own
// (READ COMMITTED, asked for explicitly: a server whose default is
// REPEATABLE READ would take the snapshot at the staging, before the
// batch before was in). A prepared transaction that is never finished
// (the batch before failed, the store closed) is rolled back (discard).

// preparedAdds is a transaction holding a batch's adds in its staging
// tables, ready to be upserted.
type preparedAdds struct {
	c     *quadCounter
	tx    *sql.Tx
	quads int // how many adds it holds
}

// prepareAdds begins the transaction that will write adds and copies them
// into its staging tables. It returns nil, nil where writes are not
// staged: MySQL (which inserts straight into its tables), and stores whose
// tests write quad by quad.
func (c *quadCounter) prepareAdds(ctx context.Context, adds []quad.Quad) (*preparedAdds, error) {
	if c == nil || c.d != postgresDialect || c.quadByQuad || len(adds) == 0 {
		return nil, nil
	}
	ctx = context.WithoutCancel(ctx) // as bulkAdd: a cancelled load's last batch is still written
	d := splitAdds(adds)
	tx, err := c.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelReadCommitted})
	if err != nil {
		return nil, fmt.Errorf("prepare write: %w", err)
	}
	if err := stageAddsTx(ctx, tx, d); err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("prepare write: %w", err)
	}
	return &preparedAdds{c: c, tx: tx, quads: len(adds)}, nil
}

// finish upserts the staged adds, commits, and returns how many quads were
// new.
func (p *preparedAdds) finish(ctx context.Context) (int64, error) {
	grown, err := upsertStagedTx(context.WithoutCancel(ctx), p.tx, &p.c.metStored)
	if err != nil {
		p.tx.Rollback()
		return 0, fmt.Errorf("bulk write: %w", err)
	}
	if err := p.tx.Commit(); err != nil {
		return 0, fmt.Errorf("bulk write: commit: %w", err)
	}
	return grown, nil
}

// discard rolls back a prepared write that will not be finished.
func (p *preparedAdds) discard() {
	if p != nil {
		p.tx.Rollback()
	}
}

// prepare stages b's adds for its commit where the store can (see
// prepareAdds). It is a head start only: when it fails, commit writes the
// adds the usual way, and says what is wrong if the failure lasts. A
// batch that deletes stale facts is written before anything else happens
// and gains nothing.
func (s *Store) prepare(ctx context.Context, b *batch) {
	if s.counter == nil || len(b.stale) > 0 {
		return
	}
	p, err := s.counter.prepareAdds(ctx, b.adds)
	if err != nil {
		slog.Debug("prepare write", "err", err)
		return
	}
	b.prepared = p
}

// applyAdds writes b's adds: through its prepared transaction if it has
// one, else as any write.
func (s *Store) applyAdds(ctx context.Context, b *batch) (int64, error) {
	if p := b.prepared; p != nil {
		b.prepared = nil
		if p.quads != len(b.adds) {
			p.discard()
			return 0, fmt.Errorf("bulk write: prepared %d quads, the batch has %d", p.quads, len(b.adds))
		}
		return p.finish(ctx)
	}
	return s.apply(ctx, s.qs, deltas(b.adds, cgraph.Add))
}

// A load's quads are new: each carries its article's label, and an
// article's quads that are stored already are not in its batch (stage
// takes them out). INSERT … ON CONFLICT DO NOTHING looks each quad up in
// the unique index before it inserts it, then again as it inserts it;
// a plain INSERT checks uniqueness in the one descent that inserts.
// Measured on 50,000 quads of bench/scale's corpus into 286,594: 720–910
// ms with ON CONFLICT, 580–590 ms without (psql, the same server, two
// runs each). So a prepared batch is inserted plainly, and only if a quad
// turns out to be stored (quads imported under an article's label, a
// second process loading the same articles) is it inserted again with ON
// CONFLICT: the savepoint undoes the plain attempt, and the horizon
// sequence, which a rollback does not undo, is set back where it was,
// so that the horizons are those of one INSERT per quad. The table lock
// (SHARE ROW EXCLUSIVE: readers go on, other writers wait for the commit)
// keeps anyone else from taking horizons meanwhile; a store's writes take
// turns across processes already (see lockCommits).
const (
	lockQuads = `LOCK TABLE quads IN SHARE ROW EXCLUSIVE MODE`
	// Cayley's schema makes horizon a BIGSERIAL, whose sequence this is.
	readHorizon     = `SELECT last_value, is_called FROM quads_horizon_seq`
	resetHorizon    = `SELECT setval('quads_horizon_seq', $1, $2)`
	uniqueViolation = "23505"
)

// insertNewStagedQuads inserts the staged quads expecting each to be new,
// and with ON CONFLICT DO NOTHING if one was not, which it counts in
// metStored.
func insertNewStagedQuads(ctx context.Context, tx *sql.Tx, metStored *atomic.Int64) (int64, error) {
	var last int64
	var called bool
	if _, err := tx.ExecContext(ctx, lockQuads); err != nil {
		return 0, fmt.Errorf("lock quads: %w", err)
	}
	if err := tx.QueryRowContext(ctx, readHorizon).Scan(&last, &called); err != nil {
		return 0, fmt.Errorf("read horizon: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `SAVEPOINT ng_new_quads`); err != nil {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	res, err := tx.ExecContext(ctx, insertNewQuads)
	if err == nil {
		return res.RowsAffected()
	}
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) || pqErr.Code != uniqueViolation {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	metStored.Add(1)
	if _, err := tx.ExecContext(ctx, `ROLLBACK TO SAVEPOINT ng_new_quads`); err != nil {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	if _, err := tx.ExecContext(ctx, resetHorizon, last, called); err != nil {
		return 0, fmt.Errorf("reset horizon: %w", err)
	}
	if res, err = tx.ExecContext(ctx, insertQuads); err != nil {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	return res.RowsAffected()
}

// splitAdds is graphlog.InsertQuads (Cayley's SplitDeltas for adds only),
// with each value hashed once per batch: InsertQuads hashes every value of
// every quad, spelling it out first (IRI.String allocates), and a batch
// names the same labels, predicates, types and entities over and over
// (50,000 quads, 13,600 values). Hashing was 0.37 of a load's 4.2 client
// CPU-seconds (pprof, 2,000 articles). The result is InsertQuads' to the
// byte (TestSplitAddsEqualsCayley).
func splitAdds(in []quad.Quad) *graphlog.Deltas {
	hnodes := make(map[refs.ValueHash]*graphlog.NodeUpdate, len(in)/2)
	hashes := make(map[quad.Value]refs.ValueHash, len(in)/2)
	quadAdd := make([]graphlog.QuadUpdate, 0, len(in))
	for i, qd := range in {
		var q refs.QuadHash
		for _, dir := range quad.Directions {
			v := qd.Get(dir)
			if v == nil {
				continue
			}
			h := hashOnce(hashes, v)
			q.Set(dir, h)
			n := hnodes[h]
			if n == nil {
				n = &graphlog.NodeUpdate{Hash: h, Val: v}
				hnodes[h] = n
			}
			n.RefInc++
		}
		quadAdd = append(quadAdd, graphlog.QuadUpdate{Ind: i, Quad: q})
	}
	incNodes := make([]graphlog.NodeUpdate, 0, len(hnodes))
	for _, n := range hnodes {
		incNodes = append(incNodes, *n)
	}
	slices.SortFunc(incNodes, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
	return &graphlog.Deltas{IncNode: incNodes, QuadAdd: quadAdd}
}

// hashOnce is refs.HashOf, remembered in seen for the value types that
// are plain strings; others (a float could be NaN, a time carries a
// location pointer) are hashed each time.
func hashOnce(seen map[quad.Value]refs.ValueHash, v quad.Value) refs.ValueHash {
	switch v.(type) {
	case quad.IRI, quad.String, quad.BNode:
	default:
		return refs.HashOf(v)
	}
	h, ok := seen[v]
	if !ok {
		h = refs.HashOf(v)
		seen[v] = h
	}
	return h
}
