package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// mysqlSchema is Cayley's SQL schema (graph/sql/database.go, the mysql
// flavour's types) with what newsgraph needs fixed. newsgraph creates it,
// and Cayley's Init is never run on MySQL: its CREATE TABLE has no IF NOT
// EXISTS, so on an existing store it fails with a raw error 1050, and its
// indexes cannot be changed after the fact without a table rebuild.
// Cayley's queries name their columns, so an extra column is harmless.
// Measured on MariaDB 10.11 with Cayley's own schema (Init, then
// ApplyDeltas as newsgraph calls it):
//
//   - a second Init fails with "Error 1050 (42S01): Table 'nodes' already
//     exists";
//   - its unique key spo_unique is (subject, predicate, object), without
//     the label, and quads are written with INSERT IGNORE: the same triple
//     from a second article is silently dropped (10 facts under each of
//     100 article labels: 1,000 quads written, 10 stored). The unique key
//     here is the label-aware one; label_key makes a triple's NULL label a
//     value, since NULLs in a unique key never collide (a triple written
//     twice would be stored twice);
//   - value_string is TEXT, 64 KiB: an 80,000-byte article body fails the
//     write (error 1406, "Data too long"; 1366 when the cut falls inside a
//     character) — LONGTEXT here, LONGBLOB for value;
//   - the tables take the database's default character set, which may be
//     latin1 or utf8mb3 (three bytes a character: no emoji): utf8mb4 here,
//     with the binary collation so that strings compare as on bolt and
//     PostgreSQL ("Kenya" and "kenya" are different names);
//   - the quads table has no foreign keys, as on PostgreSQL (see
//     dropForeignKeys): four lookups in nodes per inserted quad, and an
//     index InnoDB adds for label_hash's key alone, guarding nothing
//     newsgraph's writes could break. Stores made with them lose them on
//     open (fitMySQLQuads). Bulk loads of 300 articles then ran at
//     27,810 quads/s on one MariaDB and 15,139 on Galera, against
//     7,133–12,240 and 3,846–12,270 with them (BenchmarkLoad; one run
//     after, three before, on a shared machine);
//   - no ops_index (object, predicate, subject), as on PostgreSQL (see
//     spolIndex): osp_index serves every lookup by object, and every
//     index is one more insert per quad. Without it a load of 2,000
//     articles into one MariaDB ran at 20,406–22,582 quads/s against
//     13,944–15,418 (bench/scale, two runs each, alternated, machine
//     shared: load average 5–6). Stores made with it lose it on open.
var mysqlSchema = []string{
	`CREATE TABLE IF NOT EXISTS nodes (
	hash BINARY(` + fmt.Sprint(quad.HashSize) + `) PRIMARY KEY,
	refs INT NOT NULL,
	value LONGBLOB,
	value_string LONGTEXT,
	datatype TEXT,
	language TEXT,
	iri BOOLEAN,
	bnode BOOLEAN,
	value_int BIGINT,
	value_bool BOOLEAN,
	value_float DOUBLE PRECISION,
	value_time DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
	`CREATE TABLE IF NOT EXISTS quads (
	horizon SERIAL PRIMARY KEY,
	subject_hash BINARY(` + fmt.Sprint(quad.HashSize) + `) NOT NULL,
	predicate_hash BINARY(` + fmt.Sprint(quad.HashSize) + `) NOT NULL,
	object_hash BINARY(` + fmt.Sprint(quad.HashSize) + `) NOT NULL,
	label_hash BINARY(` + fmt.Sprint(quad.HashSize) + `),
	label_key VARBINARY(` + fmt.Sprint(quad.HashSize) + `) AS (IFNULL(label_hash, '')) PERSISTENT,
	ts TIMESTAMP NULL,
	UNIQUE KEY spol_unique (subject_hash, predicate_hash, object_hash, label_key),
	KEY pos_index (predicate_hash, object_hash, subject_hash),
	KEY osp_index (object_hash, subject_hash, predicate_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
}

// createMySQLSchema creates the quad tables and the commits table, unless
// they exist. A store made by Cayley's own init (spo_unique) is refused:
// it would drop facts.
func createMySQLSchema(ctx context.Context, db *sql.DB) error {
	for _, stmt := range mysqlSchema {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.statistics
		WHERE table_schema = DATABASE() AND table_name = 'quads' AND index_name = 'spo_unique'`).Scan(&n)
	if err != nil {
		return err
	}
	if n > 0 {
		return fmt.Errorf("the quads table has Cayley's own unique key spo_unique, which drops a fact found in a second article: load into a new database")
	}
	if err := fitMySQLQuads(ctx, db); err != nil {
		return err
	}
	return createCommitsTable(ctx, mysqlDialect, db)
}

// fitMySQLQuads brings the quads table of a store made by an earlier
// newsgraph to mysqlSchema, in one ALTER TABLE: its foreign keys go, with
// the index InnoDB made for label_hash_fk, and so does ops_index. It looks
// first, so that opening a store already fitted takes no lock.
func fitMySQLQuads(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT constraint_name FROM information_schema.table_constraints
		WHERE table_schema = DATABASE() AND table_name = 'quads' AND constraint_type = 'FOREIGN KEY' ORDER BY constraint_name`)
	if err != nil {
		return fmt.Errorf("list foreign keys: %w", err)
	}
	var drops []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return fmt.Errorf("list foreign keys: %w", err)
		}
		drops = append(drops, "DROP FOREIGN KEY `"+strings.ReplaceAll(name, "`", "``")+"`")
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("list foreign keys: %w", err)
	}
	indexes := []string{"ops_index"}
	if len(drops) > 0 {
		indexes = append(indexes, "label_hash_fk")
	}
	for _, name := range indexes {
		var n int
		err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.statistics
			WHERE table_schema = DATABASE() AND table_name = 'quads' AND index_name = ?`, name).Scan(&n)
		if err != nil {
			return fmt.Errorf("look for index %s: %w", name, err)
		}
		if n > 0 {
			drops = append(drops, "DROP INDEX "+name)
		}
	}
	if len(drops) == 0 {
		return nil
	}
	if _, err := db.ExecContext(ctx, "ALTER TABLE quads "+strings.Join(drops, ", ")); err != nil {
		return fmt.Errorf("fit the quads table: %w", err)
	}
	return nil
}
