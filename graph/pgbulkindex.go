package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/lib/pq"
)

// Cayley's PostgreSQL schema indexes the quads table seven times: the
// primary key (horizon), two partial unique indexes, spo_unique (s, p, o)
// for triples and spol_unique (s, p, o, l) for quads, and spo, ops, pos
// and osp with a fill factor of 50. Every labelled quad inserted updates
// six of them, and keeping them was the bulk insert's main cost (the
// INSERT … SELECT from staging: 7.7 s of a 13.2 s load of 2,000 articles,
// pg_stat_statements). newsgraph keeps four:
//
//   - On PostgreSQL 15 and later, one unique index (s, p, o, l) NULLS NOT
//     DISTINCT does what the two partial ones do (a triple's NULL label
//     collides with another NULL), and, its first three columns being
//     spo's, serves every lookup spo_index served: spo_unique,
//     spol_unique and spo_index give way to it. Cayley's writer and
//     bulkAdd insert with ON CONFLICT DO NOTHING without a conflict
//     target, so any unique index serves them, and Cayley's deletes name
//     all four columns (or label IS NULL), which the new index finds.
//   - ops_index goes: osp_index serves every lookup by object as well,
//     and PostgreSQL chose osp_index every time: after loading 2,000
//     articles and running every saved query 3 times on typical and top
//     entities (bench/scale -queries), pg_stat_user_indexes counted 0
//     scans of ops_index, 50,255 of osp_index. A lookup by object and
//     predicate reads the object's quads through osp_index, as a lookup
//     by object alone does.
//
// Inserting 336,000 quads into an empty table took 10.8 server
// CPU-seconds and 400 MB of WAL with Cayley's indexes, 5.9 s and 282 MB
// with these (EXPLAIN (ANALYZE, WAL); the machine shared). Loads of 2,000
// articles (bench/scale) ran at 37,271–41,400 quads/s instead of
// 25,234–30,472, three runs (bolt: 84,407 on the quietest).
const (
	spolIndex  = `ng_spol_unique`
	createSPOL = `CREATE UNIQUE INDEX IF NOT EXISTS ` + spolIndex + ` ON quads (subject_hash, predicate_hash, object_hash, label_hash) NULLS NOT DISTINCT`
	// nullsNotDistinct is the first server_version_num with NULLS NOT
	// DISTINCT; older servers keep Cayley's spo indexes.
	nullsNotDistinct = 150000
)

// fitQuadsTable adapts the quads table of Cayley's PostgreSQL schema to
// newsgraph's bulk writes, once per store: its foreign keys go (see
// dropForeignKeys), and its indexes become four (see spolIndex). Each
// step looks before it locks, so that opening a store adapted already
// does not queue behind its readers.
func fitQuadsTable(ctx context.Context, db *sql.DB) error {
	if err := dropForeignKeys(ctx, db); err != nil {
		return err
	}
	var version int
	if err := db.QueryRowContext(ctx, `SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		return fmt.Errorf("server version: %w", err)
	}
	drop, create := []string{"ops_index"}, ""
	if version >= nullsNotDistinct {
		drop, create = append(drop, "spo_unique", "spol_unique", "spo_index"), createSPOL
	}
	if n, err := countIndexes(ctx, db, drop); err != nil || n == 0 {
		return err
	}
	return replaceIndexes(ctx, db, drop, create)
}

// replaceIndexes runs create, if not "", and drops the indexes drop, in
// one transaction: a process killed meanwhile leaves Cayley's indexes,
// and the next open tries again. The lock, which conflicts with itself,
// makes a second process opening the store at the same time wait, then
// find the work done.
func replaceIndexes(ctx context.Context, db *sql.DB, drop []string, create string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("replace quads indexes: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `LOCK TABLE quads IN SHARE ROW EXCLUSIVE MODE`); err != nil {
		return fmt.Errorf("replace quads indexes: lock quads: %w", err)
	}
	if n, err := countIndexes(ctx, tx, drop); err != nil || n == 0 {
		return err
	}
	if create != "" {
		if _, err := tx.ExecContext(ctx, create); err != nil {
			return fmt.Errorf("create index %s: %w", spolIndex, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DROP INDEX IF EXISTS `+strings.Join(drop, ", ")); err != nil {
		return fmt.Errorf("drop indexes %s: %w", strings.Join(drop, ", "), err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("replace quads indexes: commit: %w", err)
	}
	return nil
}

// queryer is what countIndexes reads through: the pool or a transaction.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// countIndexes counts which of names the quads table has.
func countIndexes(ctx context.Context, db queryer, names []string) (int, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()
		AND tablename = 'quads' AND indexname = ANY($1)`, pq.Array(names)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("look for the quads table's indexes: %w", err)
	}
	return n, nil
}
