package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// ErrReadOnly is returned by every write to a store opened on a PostgreSQL
// hot standby: the server refuses every statement that writes, so the
// write must go to the standby's primary, whose changes the standby replays.
var ErrReadOnly = errors.New("store is read-only")

// ReadOnly tells whether the store refuses writes, and why (naming the
// standby it was opened on).
func (s *Store) ReadOnly() (why string, ok bool) { return s.readOnly, s.readOnly != "" }

// writable fails with ErrReadOnly, naming the standby, on a read-only
// store. Every write (write, staging, commit) calls it first.
func (s *Store) writable() error {
	if s.readOnly == "" {
		return nil
	}
	return fmt.Errorf("%s: %w; write to its primary, which the standby follows", s.readOnly, ErrReadOnly)
}

// openStandby checks a PostgreSQL server for being a hot standby
// (pg_is_in_recovery) and, if it is, that it holds a newsgraph store:
// Open then creates nothing (CREATE TABLE IF NOT EXISTS fails there too,
// as does the log name's INSERT) and marks the store read-only. It
// returns the reason the store is read-only, or "" for a primary.
func openStandby(ctx context.Context, db *sql.DB, dsn string) (string, error) {
	var standby bool
	if err := db.QueryRowContext(ctx, `SELECT pg_is_in_recovery()`).Scan(&standby); err != nil {
		return "", fmt.Errorf("ask whether the server is a standby: %w", err)
	}
	if !standby {
		return "", nil
	}
	var commits, quads sql.NullString
	err := db.QueryRowContext(ctx, `SELECT to_regclass($1)::text, to_regclass('quads')::text`, commitsTable).Scan(&commits, &quads)
	if err != nil {
		return "", fmt.Errorf("look for the store's tables on the standby: %w", err)
	}
	if !commits.Valid || !quads.Valid {
		return "", fmt.Errorf("the hot standby holds no newsgraph store yet: open its primary once (any command with --db on the primary creates it), then read from the standby")
	}
	return fmt.Sprintf("%s is a PostgreSQL hot standby", redact(dsn)), nil
}

// standbyPoll is how often a standby's store looks for commits replayed
// from its primary (see followPrimary): the console's own catch-up runs
// every second too, and a look is one primary-key lookup of max(seq).
const standbyPoll = time.Second

// followPrimary counts in Generation, until ctx is done, the commits a
// standby replays from its primary: Generation counts the writes made
// through this Store, and a standby's come from elsewhere, so without it
// a console reading the standby would keep what it built at start. It
// closes done when it returns.
func (s *Store) followPrimary(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(standbyPoll)
	defer t.Stop()
	seen, _ := s.LastCommit(ctx)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if last, err := s.LastCommit(ctx); err == nil && last != seen {
			seen = last
			s.generation.Add(1)
		}
	}
}
