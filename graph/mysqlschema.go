package graph

import (
	"context"
	"database/sql"
	"fmt"

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
//     PostgreSQL ("Kenya" and "kenya" are different names).
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
	KEY ops_index (object_hash, predicate_hash, subject_hash),
	KEY pos_index (predicate_hash, object_hash, subject_hash),
	KEY osp_index (object_hash, subject_hash, predicate_hash),
	CONSTRAINT subject_hash_fk FOREIGN KEY (subject_hash) REFERENCES nodes (hash),
	CONSTRAINT predicate_hash_fk FOREIGN KEY (predicate_hash) REFERENCES nodes (hash),
	CONSTRAINT object_hash_fk FOREIGN KEY (object_hash) REFERENCES nodes (hash),
	CONSTRAINT label_hash_fk FOREIGN KEY (label_hash) REFERENCES nodes (hash)
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
	return createCommitsTable(ctx, mysqlDialect, db)
}
