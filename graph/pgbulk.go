package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync/atomic"

	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// Added quads go into PostgreSQL in bulk: Cayley's SQL writer
// (graph/sql/postgres RunTx) sends one INSERT per node and one per quad,
// 4,558 quads/s on the 500 example articles against bolt's 42,988. bulkAdd
// writes the same rows into temporary staging tables (the nodes by COPY,
// lib/pq's CopyIn; the quads as one bytea, see unpackQuads) and then with
// two set-based upserts, in one transaction: 25,976 quads/s against
// Cayley's writer's 6,573 and bolt's 56,301 (bench/scale, 2,000 articles;
// a load now prepares the staging ahead, see prepared.go). Deletes, rare
// (an article's stale facts), still go through Cayley.
//
// The rows are exactly those Cayley's writer leaves, so that every read
// and export answers the same (TestBulkEqualsQuadByQuad):
//   - nodes: one row per value, its columns from Cayley's own NodeValues;
//     refs grows by the value's uses in the batch, counted as Cayley's
//     SplitDeltas counts them (splitAdds), also for quads that exist
//     already (Cayley counts those too: its node upsert runs before the
//     quad's ON CONFLICT DO NOTHING);
//   - quads: inserted in the batch's order with ON CONFLICT DO NOTHING, so
//     each takes one number of the horizon sequence, duplicates included,
//     as Cayley's one INSERT per quad does; ts is the transaction's now().

// Cayley's schema makes each quad's four hashes foreign keys of nodes: four
// trigger calls per inserted quad, which took 42% of the bulk insert
// (EXPLAIN ANALYZE, 50,000 quads: 950 ms of 2,270). Without them the 500
// example articles load at 34,292 quads/s instead of 16,740 (bolt: 62,707,
// same run). bulkAdd writes a quad's nodes in the same transaction before
// it, and Cayley's delete path only removes nodes whose refs (counted as
// Cayley counts them) fell to 0, so the keys guard nothing newsgraph's
// writes could break; dropForeignKeys removes them, once per store.
const foreignKeys = `SELECT conname FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f' ORDER BY conname`

// dropForeignKeys drops the foreign keys of Cayley's quads table, if it has
// any: a table lock only when there is something to drop, so that opening
// a store does not queue behind readers.
func dropForeignKeys(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, foreignKeys)
	if err != nil {
		return fmt.Errorf("list foreign keys: %w", err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return fmt.Errorf("list foreign keys: %w", err)
		}
		names = append(names, n)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("list foreign keys: %w", err)
	}
	for _, n := range names {
		if _, err := db.ExecContext(ctx, `ALTER TABLE quads DROP CONSTRAINT IF EXISTS `+pq.QuoteIdentifier(n)); err != nil {
			return fmt.Errorf("drop foreign key %s: %w", n, err)
		}
	}
	return nil
}

// Staging tables live in the session and drop with the transaction.
const (
	bulkNodesTable = `ng_stage_nodes`
	bulkQuadsTable = `ng_stage_quads`

	createStageNodes = `CREATE TEMP TABLE ` + bulkNodesTable + ` (LIKE nodes) ON COMMIT DROP`
	createStageQuads = `CREATE TEMP TABLE ` + bulkQuadsTable + ` (ord INT NOT NULL,
		s BYTEA NOT NULL, p BYTEA NOT NULL, o BYTEA NOT NULL, l BYTEA) ON COMMIT DROP`

	// Ordered by hash as Cayley's writer (SplitDeltas sorts its nodes), so
	// that concurrent writers lock rows in one order.
	upsertNodes = `INSERT INTO nodes SELECT * FROM ` + bulkNodesTable + ` ORDER BY hash
		ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
	insertQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM ` + bulkQuadsTable + ` ORDER BY ord ON CONFLICT DO NOTHING`
	// insertNewQuads is insertQuads for quads expected to be new (see
	// insertNewStagedQuads).
	insertNewQuads = `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM ` + bulkQuadsTable + ` ORDER BY ord`
)

// nodeColumns are the columns of Cayley's nodes table, in its order.
var nodeColumns = []string{"hash", "refs", "value", "value_string", "datatype", "language",
	"iri", "bnode", "value_int", "value_bool", "value_float", "value_time"}

// bulkAddIn writes the adds of d in one transaction, by write (bulkAddTx
// on PostgreSQL, bulkAddMySQLTx on MySQL), and returns how many were new.
func (c *quadCounter) bulkAddIn(ctx context.Context, d *graphlog.Deltas, write func(context.Context, *sql.Tx, *graphlog.Deltas) (int64, error)) (int64, error) {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("bulk write: %w", err)
	}
	grown, err := write(ctx, tx, d)
	if err != nil {
		tx.Rollback()
		return 0, fmt.Errorf("bulk write: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("bulk write: commit: %w", err)
	}
	return grown, nil
}

func bulkAddTx(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) (int64, error) {
	if err := stageAddsTx(ctx, tx, d); err != nil {
		return 0, err
	}
	return upsertStagedTx(ctx, tx, nil)
}

// stageAddsTx copies the nodes and quads of d into staging tables of tx.
func stageAddsTx(ctx context.Context, tx *sql.Tx, d *graphlog.Deltas) error {
	for _, stmt := range []string{createStageNodes, createStageQuads} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("staging table: %w", err)
		}
	}
	if err := copyRows(ctx, tx, bulkNodesTable, nodeColumns, len(d.IncNode), func(i int) ([]any, error) {
		return nodeRow(d.IncNode[i])
	}); err != nil {
		return fmt.Errorf("stage nodes: %w", err)
	}
	if _, err := tx.ExecContext(ctx, unpackQuads, packQuads(d.QuadAdd), len(d.QuadAdd)); err != nil {
		return fmt.Errorf("stage quads: %w", err)
	}
	return nil
}

// upsertStagedTx writes what stageAddsTx staged into nodes and quads, and
// returns how many quads were new. With metStored, the quads are first
// inserted as if none were stored (see insertNewStagedQuads).
func upsertStagedTx(ctx context.Context, tx *sql.Tx, metStored *atomic.Int64) (int64, error) {
	if _, err := tx.ExecContext(ctx, upsertNodes); err != nil {
		return 0, fmt.Errorf("upsert nodes: %w", err)
	}
	if metStored != nil {
		return insertNewStagedQuads(ctx, tx, metStored)
	}
	res, err := tx.ExecContext(ctx, insertQuads)
	if err != nil {
		return 0, fmt.Errorf("insert quads: %w", err)
	}
	return res.RowsAffected()
}

// A batch's quads go to the server as one bytea, quadRowSize bytes a
// quad: its subject, predicate, object and label hashes, then 1 if it has
// a label (a triple's label_hash is NULL). COPY sent them a row at a time
// through database/sql, which took 0.73 of the load's 4.2 client
// CPU-seconds (2,000 articles, 336,594 quads, pprof); slicing the bytea on
// the server is a statement of its own.
const (
	quadRowSize = 4*quad.HashSize + 1
	unpackQuads = `INSERT INTO ` + bulkQuadsTable + ` (ord, s, p, o, l)
		SELECT i, substring(b FROM i*81 + 1 FOR 20), substring(b FROM i*81 + 21 FOR 20), substring(b FROM i*81 + 41 FOR 20),
			CASE WHEN get_byte(b, i*81 + 80) = 1 THEN substring(b FROM i*81 + 61 FOR 20) END
		FROM (SELECT $1::bytea AS b) AS packed, generate_series(0, $2::int - 1) AS i`
)

// packQuads packs the hashes of qs as unpackQuads reads them.
func packQuads(qs []graphlog.QuadUpdate) []byte {
	buf := make([]byte, 0, len(qs)*quadRowSize)
	for _, q := range qs {
		buf = append(buf, q.Quad.Subject[:]...)
		buf = append(buf, q.Quad.Predicate[:]...)
		buf = append(buf, q.Quad.Object[:]...)
		buf = append(buf, q.Quad.Label[:]...)
		if q.Quad.Label.Valid() {
			buf = append(buf, 1)
		} else {
			buf = append(buf, 0)
		}
	}
	return buf
}

// copyRows copies n rows, made by row, into table's columns.
func copyRows(ctx context.Context, tx *sql.Tx, table string, cols []string, n int, row func(int) ([]any, error)) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range n {
		vals, err := row(i)
		if err != nil {
			return err
		}
		if _, err := stmt.ExecContext(ctx, vals...); err != nil {
			return err
		}
	}
	_, err = stmt.ExecContext(ctx)
	return err
}

// nodeRow is a node's row in nodeColumns' order, its value in the columns
// Cayley's NodeValues chooses.
func nodeRow(n graphlog.NodeUpdate) ([]any, error) {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
	if err != nil {
		return nil, fmt.Errorf("node %v: %w", n.Val, err)
	}
	row := make([]any, len(nodeColumns))
	row[0], row[1] = vals[0], n.RefInc
	for i, col := range typ.Columns() {
		row[nodeColumnIndex[col]] = vals[i+1]
	}
	return row, nil
}

var nodeColumnIndex = func() map[string]int {
	m := make(map[string]int, len(nodeColumns))
	for i, c := range nodeColumns {
		m[c] = i
	}
	return m
}()
