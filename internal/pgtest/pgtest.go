// Package pgtest gives tests a fresh PostgreSQL database on the server that
// scripts/test.sh starts on loopback.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Env names the environment variable holding the server's URL.
const Env = "NEWSGRAPH_TEST_POSTGRES"

// Database creates an empty database for one test, returns its URL, and
// drops it when the test ends. A missing server fails the test: a silent
// skip would hide the backend's breakage.
func Database(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(Env)
	if base == "" {
		tb.Fatalf("%s is not set: run scripts/test.sh, which starts PostgreSQL", Env)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	name := "newsgraph_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			tb.Errorf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
