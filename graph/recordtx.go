package graph

import (
	"context"
	"fmt"
)

// On PostgreSQL a commit's record is inserted before its write, as on every
// store, but in a transaction that stays open until the write ends
// (openRecord, closeRecord): readers in other processes, and a hot standby
// replaying the primary, see a commit only once its quads are there. A
// record committed at once let them apply the commit first and never read
// its articles again: a search index following a standby during a load of
// 600 articles in batches of 200 held 0 of them once the load was replayed.
//
// The transaction locks the commits table against other writers (SHARE ROW
// EXCLUSIVE, which plain SELECTs ignore), so that commits become visible in
// the order of their numbers: a view that applied commit 6 never finds 5
// appear after it. Writers in several processes take turns per write, as
// they already do within one.

// lockCommits is the lock a record's transaction takes.
const lockCommits = `LOCK TABLE ` + commitsTable + ` IN SHARE ROW EXCLUSIVE MODE`

// openRecord inserts record in a transaction left open in s.recordTx, and
// returns its sequence number. Writers call it under mu, once per write.
func (s *Store) openRecord(ctx context.Context, record string) (uint64, error) {
	// Not ctx: database/sql rolls a transaction back when its context is
	// done, and a cancelled load's last batch is still written.
	tx, err := s.counter.db.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		return 0, err
	}
	var seq int64
	if _, err = tx.ExecContext(ctx, lockCommits); err == nil {
		err = tx.QueryRowContext(ctx, s.counter.d.insertCommit, record).Scan(&seq)
	}
	if err != nil {
		tx.Rollback()
		return 0, err
	}
	s.recordTx = tx
	return uint64(seq), nil
}

// closeRecord commits the record openRecord left open, if any, once the
// write it describes has ended, failed or not: a failed write may have
// changed some of its articles. write and commit call it before they count
// the write in Generation, so that whoever sees the new generation sees
// the commit too.
func (s *Store) closeRecord() error {
	tx := s.recordTx
	if tx == nil {
		return nil
	}
	s.recordTx = nil
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record commit: %w", err)
	}
	return nil
}
