// Package mysqltest gives tests a fresh MariaDB (or MySQL) database on the
// server that scripts/test.sh starts on loopback (scripts/galera.sh).
package mysqltest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/go-sql-driver/mysql"
)

// Env names the environment variable holding the server's URL,
// mysql://user:pass@host:port/db.
const Env = "NEWSGRAPH_TEST_MYSQL"

// Database creates an empty database for one test, returns its mysql://
// URL, and drops it when the test ends. A missing server fails the test: a
// silent skip would hide the backend's breakage.
func Database(tb testing.TB) string {
	tb.Helper()
	base := os.Getenv(Env)
	if base == "" {
		tb.Fatalf("%s is not set: run scripts/test.sh, which starts MariaDB", Env)
	}
	return Fresh(tb, base)
}

// Fresh creates an empty database on the server of base, a single-host
// mysql:// URL, and drops it when the test ends.
func Fresh(tb testing.TB, base string) string {
	tb.Helper()
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatalf("%s: %v", Env, err)
	}
	cfg := mysql.NewConfig()
	cfg.Net, cfg.Addr = "tcp", u.Host
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	admin, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	name := "newsgraph_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name + " CHARACTER SET utf8mb4"); err != nil {
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name); err != nil {
			tb.Errorf("drop test database: %v", err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
