package graph

import (
	"context"
	"errors"
	"fmt"
)

// On PostgreSQL and MySQL a commit's record is inserted before its write,
// as on every store, but in a transaction that stays open until the write
// ends
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
//
// MySQL needs no explicit lock: its insertCommit reads MAX(seq) with
// INSERT … SELECT, which in InnoDB's REPEATABLE READ locks the rows and
// gap it read, so a second writer's record waits for the first to commit
// (plain SELECTs are consistent reads and wait for nothing). A writer
// waits at most innodb_lock_wait_timeout (50 s by default) and is then
// tried again (error 1205, see withRetry). On Galera two writers on two
// nodes take the same number and one fails its commit with a
// certification conflict: closeRecord then inserts the record again, in
// a transaction of its own, after the quads, which are in.

// lockCommits is the lock a record's transaction takes on PostgreSQL.
const lockCommits = `LOCK TABLE ` + commitsTable + ` IN SHARE ROW EXCLUSIVE MODE`

// openRecord inserts record in a transaction left open in s.recordTx, and
// returns its sequence number. Writers call it under mu, once per write.
func (s *Store) openRecord(ctx context.Context, record string) (uint64, error) {
	var seq int64
	err := withRetry(ctx, s.counter.d, func() (err error) {
		seq, err = s.beginRecord(ctx, record)
		return err
	})
	return uint64(seq), err
}

func (s *Store) beginRecord(ctx context.Context, record string) (int64, error) {
	// Not ctx: database/sql rolls a transaction back when its context is
	// done, and a cancelled load's last batch is still written.
	tx, err := s.counter.db.BeginTx(context.WithoutCancel(ctx), nil)
	if err != nil {
		return 0, err
	}
	var seq int64
	switch d := s.counter.d; {
	case d.returning:
		if _, err = tx.ExecContext(ctx, lockCommits); err == nil {
			err = tx.QueryRowContext(ctx, d.insertCommit, record).Scan(&seq)
		}
	default:
		res, execErr := tx.ExecContext(ctx, d.insertCommit, record)
		if err = execErr; err == nil {
			seq, err = res.LastInsertId()
		}
	}
	if err != nil {
		tx.Rollback()
		return 0, err
	}
	s.recordTx, s.recordText = tx, record
	return seq, nil
}

// closeRecord commits the record openRecord left open, if any, once the
// write it describes has ended, failed or not: a failed write may have
// changed some of its articles. write and commit call it before they count
// the write in Generation, so that whoever sees the new generation sees
// the commit too. On MySQL a record whose commit fails (a certification
// conflict, its node gone) is inserted again on its own: a write no view
// hears of would leave them behind for good.
func (s *Store) closeRecord() error {
	tx := s.recordTx
	if tx == nil {
		return nil
	}
	s.recordTx = nil
	err := tx.Commit()
	if err != nil && s.counter.d.retryable != nil {
		ctx := context.Background()
		again := withRetry(ctx, s.counter.d, func() error {
			_, err := insertCommit(ctx, s.counter, s.recordText)
			return err
		})
		if again == nil {
			return nil
		}
		err = errors.Join(err, again)
	}
	if err != nil {
		return fmt.Errorf("record commit: %w", err)
	}
	return nil
}
