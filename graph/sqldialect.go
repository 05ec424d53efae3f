package graph

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/go-sql-driver/mysql"
)

// sqlDialect is what differs between the SQL servers a store can live in,
// for the SQL newsgraph writes itself (commits, counts); Cayley's SQL
// backend has its own flavours for the quads.
type sqlDialect struct {
	backend string // Cayley's backend, and the database/sql driver
	// commitsTable creates the commits table; seq numbers the commits.
	commitsTable string
	// insertCommit appends a commit's record, its one parameter.
	insertCommit string
	// insertLogID writes the log's name (LogID), its one parameter, in
	// the row numbered logIDSeq, unless the table has one.
	insertLogID string
	// returning: insertCommit returns the commit's seq as a row
	// (PostgreSQL); otherwise the driver's LastInsertId is it (MySQL).
	returning bool
	// retryable tells the errors after which a write is tried again; nil
	// for none.
	retryable func(error) bool
}

var (
	postgresDialect = &sqlDialect{
		backend:      backendPostgres,
		commitsTable: `CREATE TABLE IF NOT EXISTS ` + commitsTable + ` (seq BIGSERIAL PRIMARY KEY, record TEXT NOT NULL)`,
		insertCommit: `INSERT INTO ` + commitsTable + ` (record) VALUES ($1) RETURNING seq`,
		insertLogID:  `INSERT INTO ` + commitsTable + ` (seq, record) VALUES (` + logIDSeq + `, $1) ON CONFLICT DO NOTHING`,
		returning:    true,
	}
	mysqlDialect = &sqlDialect{
		backend: backendMySQL,
		commitsTable: `CREATE TABLE IF NOT EXISTS ` + commitsTable + ` (seq BIGINT NOT NULL PRIMARY KEY, record LONGTEXT NOT NULL)
			ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`,
		// Not AUTO_INCREMENT: Galera steps it by the cluster's size
		// (commits 1, 4, 7 on three nodes, whatever the session sets).
		// Numbered here, commits are 1, 2, 3 as on the other stores; two
		// writers taking the same number fail one with a duplicate key or
		// a certification conflict, which is retried.
		// Rows numbered 0 or less are not commits.
		insertCommit: `INSERT INTO ` + commitsTable + ` (seq, record) SELECT LAST_INSERT_ID(COALESCE(MAX(seq), 0) + 1), ? FROM ` + commitsTable + ` WHERE seq > 0`,
		insertLogID:  `INSERT IGNORE INTO ` + commitsTable + ` (seq, record) VALUES (` + logIDSeq + `, ?)`,
		retryable:    mysqlRetryable,
	}
)

// dialectOf returns the dialect of a server's DSN, nil for bolt and memory.
func dialectOf(dsn string) *sqlDialect {
	switch {
	case isPostgres(dsn):
		return postgresDialect
	case isMySQL(dsn):
		return mysqlDialect
	}
	return nil
}

// ph is the n-th (from 1) placeholder of a statement.
func (d *sqlDialect) ph(n int) string {
	if d.returning {
		return fmt.Sprintf("$%d", n)
	}
	return "?"
}

// phs is n placeholders from the first, comma-separated.
func (d *sqlDialect) phs(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(d.ph(from + i))
	}
	return b.String()
}

// Retries of a write: 8 attempts, 100 ms apart then twice as long each
// time, 12.7 s in all. Galera takes about 5 s to evict a node that
// stopped answering (measured in issue 16's trial: one write stalled 5 s);
// a failover to the next host takes one refused dial.
const (
	retryAttempts = 8
	retryFirst    = 100 * time.Millisecond
)

// withRetry runs fn, again after an error the dialect calls retryable.
// fn must be safe to repeat: newsgraph's writes are (adds ignore quads
// that exist, deletes ones that do not).
func withRetry(ctx context.Context, d *sqlDialect, fn func() error) error {
	wait := retryFirst
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil || d.retryable == nil || !d.retryable(err) || attempt == retryAttempts {
			return err
		}
		slog.Debug("retrying a write to the store", "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// isConnLost tells the errors of a connection that broke or could not be
// made: the server went away. Cayley's SQL iterators flatten the driver's
// error into their own text ("sql query failed: %v", graph/sql/iterator.go),
// so the driver's two connection errors are also recognised by their text.
func isConnLost(err error) bool {
	var ne net.Error
	return errors.Is(err, driver.ErrBadConn) || errors.Is(err, mysql.ErrInvalidConn) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.EPIPE) || errors.As(err, &ne) ||
		strings.Contains(err.Error(), mysql.ErrInvalidConn.Error()) ||
		strings.Contains(err.Error(), driver.ErrBadConn.Error())
}
