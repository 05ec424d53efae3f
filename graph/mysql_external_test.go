//go:build external

package graph

import (
	"context"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/internal/mysqltest"
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
