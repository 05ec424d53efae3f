package pgtest

import (
	"database/sql"
	"net/url"
	"os"
	"testing"
	"time"
)

// StandbyEnv names the environment variable holding the URL of a hot
// standby of the server at Env (scripts/postgres.sh standby).
const StandbyEnv = "NEWSGRAPH_TEST_POSTGRES_STANDBY"

// replayWait bounds how long WaitReplayed waits for the standby: on
// loopback it replays a load of the examples in well under a second.
const replayWait = 60 * time.Second

// Standby returns the URL of database db (a URL from Database) on the
// standby, once the standby has replayed its creation. A missing standby
// fails the test.
func Standby(tb testing.TB, db string) string {
	tb.Helper()
	base := os.Getenv(StandbyEnv)
	if base == "" {
		tb.Fatalf("%s is not set: run scripts/test.sh, which starts a standby of PostgreSQL", StandbyEnv)
	}
	p, err := url.Parse(db)
	if err != nil {
		tb.Fatal(err)
	}
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = p.Path
	WaitReplayed(tb, db, base)
	return u.String()
}

// WaitReplayed waits until the standby at standby has replayed every change
// the primary at primary has written so far: its pg_last_wal_replay_lsn
// reaches the primary's pg_current_wal_lsn.
func WaitReplayed(tb testing.TB, primary, standby string) {
	tb.Helper()
	var lsn string
	query(tb, primary, func(db *sql.DB) error {
		return db.QueryRow(`SELECT pg_current_wal_lsn()::text`).Scan(&lsn)
	})
	query(tb, standby, func(db *sql.DB) error {
		deadline := time.Now().Add(replayWait)
		for {
			var done bool
			if err := db.QueryRow(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn`, lsn).Scan(&done); err != nil || done {
				return err
			}
			if time.Now().After(deadline) {
				tb.Fatalf("standby %s has not replayed the primary's WAL up to %s after %v", standby, lsn, replayWait)
			}
			time.Sleep(20 * time.Millisecond)
		}
	})
}

func query(tb testing.TB, dsn string, fn func(*sql.DB) error) {
	tb.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	if err := fn(db); err != nil {
		tb.Fatalf("%s: %v", dsn, err)
	}
}
