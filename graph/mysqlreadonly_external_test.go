//go:build external

package graph

import (
	"context"
	"database/sql"
	"errors"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestMySQLReplicaOpensReadOnly: a MariaDB server with read_only=ON (as a
// replica is set) opens read-only, as a PostgreSQL hot standby does: reads
// answer, every write fails with ErrReadOnly naming the server, nothing
// changes; without a store on it, Open says so. The server is the test's
// own (scripts/galera.sh, one node), since read_only is global and the
// shared test server serves other tests meanwhile.
func TestMySQLReplicaOpensReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := ownMariaDB(t)
	primary := mustOpenDSN(t, dsn)
	mustAdd(t, primary, quadtest.Veltrix())
	want := storeKeys(t, primary, "")
	if err := primary.Close(); err != nil {
		t.Fatal(err)
	}
	cfg, err := mysqlConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	admin, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`CREATE DATABASE empty_store`); err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(`SET GLOBAL read_only = ON`); err != nil {
		t.Fatal(err)
	}

	replica := mustOpenDSN(t, dsn)
	why, ok := replica.ReadOnly()
	if !ok || !strings.Contains(why, "read-only MySQL server") || !strings.Contains(why, cfg.Addr) {
		t.Errorf("ReadOnly() = %q, %v; want true, naming the server %s", why, ok, cfg.Addr)
	}
	quadtest.AssertSameKeys(t, "replica", storeKeys(t, replica, ""), want)
	_, err = replica.Load(ctx, docSeq([]*schema.Document{quadtest.Kenya()}, nil), LoadOptions{})
	if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), cfg.Addr) {
		t.Errorf("Load on the replica = %v, want ErrReadOnly naming %s", err, cfg.Addr)
	}
	if _, err := replica.AddDocument(ctx, quadtest.Kenya()); !errors.Is(err, ErrReadOnly) {
		t.Errorf("AddDocument on the replica = %v, want ErrReadOnly", err)
	}
	quadtest.AssertSameKeys(t, "replica after refused writes", storeKeys(t, replica, ""), want)

	empty := strings.TrimSuffix(dsn, "/newsgraph") + "/empty_store"
	if s, err := Open(ctx, empty, Options{}); err == nil {
		s.Close()
		t.Error("Open on a read-only server without a store succeeded")
	} else if !strings.Contains(err.Error(), "holds no newsgraph store") {
		t.Errorf("Open on a read-only server without a store = %v, want it to say so", err)
	}
}

// ownMariaDB starts a MariaDB of the test's own on a free loopback port
// and returns its DSN; it is stopped when the test ends.
func ownMariaDB(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "ng-mariadb-")
	if err != nil {
		t.Fatal(err)
	}
	// The server runs as the mysql user, who must reach its directory.
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(freeAddr(t))
	t.Cleanup(func() {
		if out, err := exec.Command("../scripts/galera.sh", "stop", dir).CombinedOutput(); err != nil {
			t.Errorf("galera.sh stop: %v\n%s", err, out)
		}
		os.RemoveAll(dir)
	})
	out, err := exec.Command("../scripts/galera.sh", "start", dir, "1", port).Output()
	if err != nil {
		t.Fatalf("galera.sh start: %v", err)
	}
	dsn := strings.TrimSpace(string(out))
	if _, err := strconv.Atoi(port); err != nil || !strings.Contains(dsn, ":"+port+"/") {
		t.Fatalf("galera.sh start printed %q, want a DSN on port %s", dsn, port)
	}
	return dsn
}
