//go:build external

package graph

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/internal/mysqltest"
	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// With -tags external every backend test also runs on MariaDB.
func init() {
	backends = append(backends, "mysql")
	freshMySQL = mysqltest.Database
}

// TestOpenRefusesCayleySchema: a database initialised by Cayley itself has
// the unique key that drops the same fact from a second article; Open
// says so instead of loading into it.
func TestOpenRefusesCayleySchema(t *testing.T) {
	dsn := mysqltest.Database(t)
	cfg, err := mysqlConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	if err := cgraph.InitQuadStore(backendMySQL, cfg.FormatDSN(), nil); err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), dsn, Options{})
	if err == nil {
		s.Close()
		t.Fatal("Open on Cayley's own schema succeeded")
	}
	if !strings.Contains(err.Error(), "spo_unique") {
		t.Errorf("Open = %v, want an error naming spo_unique", err)
	}
}

// TestOpenDropsMySQLForeignKeys: a store made by an earlier newsgraph, whose
// quads table had foreign keys (and the index InnoDB adds for the label's)
// and ops_index, loses them on open and loads as a fresh store does.
func TestOpenDropsMySQLForeignKeys(t *testing.T) {
	dsn := mysqltest.Database(t)
	cfg, err := mysqlConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	withKeys := strings.Replace(mysqlSchema[1], "KEY osp_index (object_hash, subject_hash, predicate_hash)", `KEY osp_index (object_hash, subject_hash, predicate_hash),
	KEY ops_index (object_hash, predicate_hash, subject_hash),
	CONSTRAINT subject_hash_fk FOREIGN KEY (subject_hash) REFERENCES nodes (hash),
	CONSTRAINT predicate_hash_fk FOREIGN KEY (predicate_hash) REFERENCES nodes (hash),
	CONSTRAINT object_hash_fk FOREIGN KEY (object_hash) REFERENCES nodes (hash),
	CONSTRAINT label_hash_fk FOREIGN KEY (label_hash) REFERENCES nodes (hash)`, 1)
	for _, stmt := range []string{mysqlSchema[0], withKeys} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	keys := func() string {
		return tableRows(t, db, `SELECT constraint_name FROM information_schema.table_constraints
			WHERE table_schema = DATABASE() AND table_name = 'quads' AND constraint_type = 'FOREIGN KEY'
			UNION ALL SELECT DISTINCT index_name FROM information_schema.statistics
			WHERE table_schema = DATABASE() AND table_name = 'quads' AND index_name IN ('label_hash_fk', 'ops_index')`)
	}
	if got := strings.Count(keys(), "\n"); got != 6 {
		t.Fatalf("the old schema has %d foreign keys, label index and ops_index, want 6:\n%s", got, keys())
	}
	s := mustOpenDSN(t, dsn)
	if got := keys(); got != "" {
		t.Errorf("foreign keys after Open:\n%s", got)
	}
	fresh := mustOpen(t, "mysql")
	for _, st := range []*Store{s, fresh} {
		mustLoad(t, st, resolutionDocs(), LoadOptions{BatchArticles: 4})
	}
	quadtest.AssertSameKeys(t, "store", storeKeys(t, s, ""), storeKeys(t, fresh, ""))
}
