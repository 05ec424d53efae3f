package graph

import (
	"context"
	"database/sql"
	"fmt"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// quadCounter tells how many of some quads a PostgreSQL or MySQL store
// holds, with its own connection to the database Cayley's SQL backend
// writes: Cayley's exact quad count is a COUNT(*) over the whole quads
// table, too slow to run around every write. The commits go through it too.
type quadCounter struct {
	db *sql.DB
	d  *sqlDialect
	// quadByQuad, set by tests, writes adds through Cayley's writer, the
	// rows bulkAdd must equal.
	quadByQuad bool
	// metStored counts the prepared writes that found some of their quads
	// stored and were inserted again (see insertNewStagedQuads).
	metStored atomic.Int64
}

// openQuadCounter opens a connection pool on the database of driverDSN
// (the driver's own form of the DSN).
func openQuadCounter(d *sqlDialect, driverDSN string) (*quadCounter, error) {
	db, err := sql.Open(d.backend, driverDSN)
	if err != nil {
		return nil, err
	}
	return &quadCounter{db: db, d: d}, nil
}

func (c *quadCounter) Close() error { return c.db.Close() }

// Cayley's SQL schema keeps each quad once, by the hashes of its values
// (refs.HashOf), with label_hash NULL for a triple; the unique index
// spolIndex (Cayley's spol_unique and spo_unique before PostgreSQL 15)
// serves these lookups.
const (
	countLabelled = `SELECT count(*) FROM unnest($1::bytea[], $2::bytea[], $3::bytea[], $4::bytea[]) AS t(s, p, o, l)
		JOIN quads q ON q.subject_hash = t.s AND q.predicate_hash = t.p AND q.object_hash = t.o AND q.label_hash = t.l`
	countTriples = `SELECT count(*) FROM unnest($1::bytea[], $2::bytea[], $3::bytea[]) AS t(s, p, o)
		JOIN quads q ON q.subject_hash = t.s AND q.predicate_hash = t.p AND q.object_hash = t.o AND q.label_hash IS NULL`
)

// stored returns how many of qs (distinct quads) the store holds.
func (c *quadCounter) stored(ctx context.Context, qs []quad.Quad) (int64, error) {
	if c.d == mysqlDialect {
		return c.storedMySQL(ctx, qs)
	}
	var labelled, triples [4]pq.ByteaArray
	for _, q := range qs {
		cols := &labelled
		if q.Label == nil {
			cols = &triples
		}
		for i, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				h := refs.HashOf(v)
				cols[i] = append(cols[i], h[:])
			}
		}
	}
	var total int64
	if len(labelled[0]) > 0 {
		var n int64
		if err := c.db.QueryRowContext(ctx, countLabelled, labelled[0], labelled[1], labelled[2], labelled[3]).Scan(&n); err != nil {
			return 0, fmt.Errorf("count stored quads: %w", err)
		}
		total += n
	}
	if len(triples[0]) > 0 {
		var n int64
		if err := c.db.QueryRowContext(ctx, countTriples, triples[0], triples[1], triples[2]).Scan(&n); err != nil {
			return 0, fmt.Errorf("count stored triples: %w", err)
		}
		total += n
	}
	return total, nil
}

// applyCounted runs deltas (no quad twice) as one transaction and returns by
// how much the store grew, from how many of the added and deleted quads
// were stored before: one query per transaction, index lookups per quad.
// On MySQL the whole is tried again after a lost connection or a
// certification conflict (see withRetry).
func (c *quadCounter) applyCounted(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) (grown int64, err error) {
	err = withRetry(ctx, c.d, func() (err error) {
		grown, err = c.applyOnce(ctx, qs, deltas)
		return err
	})
	return grown, err
}

func (c *quadCounter) applyOnce(ctx context.Context, qs cgraph.QuadStore, deltas []cgraph.Delta) (int64, error) {
	var adds, dels []quad.Quad
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			dels = append(dels, d.Quad)
		} else {
			adds = append(adds, d.Quad)
		}
	}
	if len(dels) == 0 && !c.quadByQuad {
		return c.bulkAdd(ctx, deltas)
	}
	had, err := c.stored(ctx, adds)
	if err != nil {
		return 0, err
	}
	gone, err := c.stored(ctx, dels)
	if err != nil {
		return 0, err
	}
	if err := qs.ApplyDeltas(deltas, ignore); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	return int64(len(adds)) - had - gone, nil
}

// bulkAdd writes adds (no quad twice) in bulk, as the store's server takes
// them (bulkAddTx, bulkAddMySQLTx), and returns how many were new. Not
// ctx, as Cayley's ApplyDeltas, which takes none: a cancelled load's last
// batch is still written (see openRecord).
func (c *quadCounter) bulkAdd(ctx context.Context, adds []cgraph.Delta) (int64, error) {
	ctx = context.WithoutCancel(ctx)
	qs := make([]quad.Quad, len(adds))
	for i, a := range adds {
		qs[i] = a.Quad
	}
	d := splitAdds(qs)
	if c.d == mysqlDialect {
		return c.bulkAddIn(ctx, d, bulkAddMySQLTx)
	}
	return c.bulkAddIn(ctx, d, bulkAddTx)
}
