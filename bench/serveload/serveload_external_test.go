//go:build external

package main

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// The figure is 50 clients for 30 s (go run ./bench/serveload);
// the tests run the same mix for a few seconds.
const (
	testClients  = 50
	testDuration = 3 * time.Second
)

func testConfig(db string) config {
	return config{Clients: testClients, Duration: testDuration, DB: db, Articles: []string{"../../examples"},
		Write: true, Timeout: defaultTimeout, ReindexEvery: time.Second, LoadBatch: 5, Seed: 1}
}

// TestFiftyClientsBolt: 50 clients read a fresh bolt store while an
// in-process writer loads articles into it.
func TestFiftyClientsBolt(t *testing.T) {
	mustLoadTest(t, testConfig(""))
}

// TestFiftyClientsPostgres: the same on PostgreSQL.
func TestFiftyClientsPostgres(t *testing.T) {
	mustLoadTest(t, testConfig(pgtest.Database(t)))
}

// TestFiftyClientsPostgresLoadProcess: 50 clients read a PostgreSQL store
// while `newsgraph load`, in another process, writes to the same database
// (with bolt this cannot work: bolt locks its file to one process).
func TestFiftyClientsPostgresLoadProcess(t *testing.T) {
	cfg := testConfig(pgtest.Database(t))
	cfg.Write, cfg.LoadProcess = false, true
	bin, err := buildNewsgraph(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cfg.Newsgraph = bin
	res := mustLoadTest(t, cfg)
	if res.Writes.Loads == 0 {
		t.Errorf("no `newsgraph load` run finished")
	}
}
