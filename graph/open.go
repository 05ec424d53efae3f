package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// openBolt initialises the bolt store at dir if needed and opens it. Bolt
// blocks forever on a file another process holds, with no timeout hidalgo
// lets us set, so the open runs in a goroutine; if it does not finish in time
// we give up with ErrLocked and let the goroutine close the store whenever
// the lock is finally released.
func openBolt(ctx context.Context, dir string, opt Options) (cgraph.QuadStore, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("open store %s: not a directory (a bolt store is a directory)", dir)
	}
	type result struct {
		qs  cgraph.QuadStore
		err error
	}
	done := make(chan result, 1)
	go func() {
		qs, err := initAndOpen(dir, opt.cayley())
		done <- result{qs, err}
	}()
	timer := time.NewTimer(opt.lockTimeout())
	defer timer.Stop()
	var cause error
	select {
	case r := <-done:
		if r.err != nil {
			return nil, fmt.Errorf("open store %s: %w", dir, r.err)
		}
		return r.qs, nil
	case <-timer.C:
		cause = fmt.Errorf("open store %s: gave up after %v: %w", dir, opt.lockTimeout(), ErrLocked)
	case <-ctx.Done():
		cause = fmt.Errorf("open store %s: %w", dir, ctx.Err())
	}
	go func() {
		if r := <-done; r.qs != nil {
			r.qs.Close()
		}
	}()
	return nil, cause
}

// initAndOpen opens the bolt store in dir, creating it unless its file
// exists: initialising an existing store opens it read-write, which fails
// on a read-only one with a misleading "init" error.
func initAndOpen(dir string, o cgraph.Options) (cgraph.QuadStore, error) {
	file := filepath.Join(dir, boltFile)
	if _, err := os.Stat(file); err != nil {
		return initAndOpenBackend(backendBolt, dir, o)
	}
	qs, err := cgraph.NewQuadStore(backendBolt, dir, o)
	if errno := syscall.Errno(0); errors.As(err, &errno) && (errno == syscall.EACCES || errno == syscall.EROFS) {
		return nil, fmt.Errorf("read-only (%v on %s); Cayley's bolt backend always opens read-write — query a copy", errno, file)
	}
	return qs, err
}

func initAndOpenBackend(backend, addr string, o cgraph.Options) (cgraph.QuadStore, error) {
	err := cgraph.InitQuadStore(backend, addr, o)
	if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return nil, fmt.Errorf("init: %w", err)
	}
	return cgraph.NewQuadStore(backend, addr, o)
}

// isPostgres recognises PostgreSQL connection URLs. CockroachDB speaks the
// same protocol; Cayley's "cockroach" backend is not wired in (see README).
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// isServer tells a DSN of a store kept by a database server.
func isServer(dsn string) bool { return dialectOf(dsn) != nil }

// openServer opens a store kept by a database server, creating its tables
// on first use, or read-only on a PostgreSQL hot standby (readOnly says
// why; see openStandby). The password, if the URL has one, is kept out of
// errors.
func openServer(ctx context.Context, d *sqlDialect, dsn string) (qs cgraph.QuadStore, counter *quadCounter, readOnly string, err error) {
	driverDSN := dsn
	if d == mysqlDialect {
		driverDSN, counter, readOnly, err = openMySQL(ctx, dsn)
	} else if counter, err = openQuadCounter(d, dsn); err == nil {
		if readOnly, err = openStandby(ctx, counter.db, dsn); err == nil && readOnly == "" {
			err = createCommitsTable(ctx, d, counter.db)
		}
	}
	if err == nil {
		o := cgraph.Options{"maxidleconnections": postgresIdleConnections}
		if d == mysqlDialect || readOnly != "" {
			// The schema is newsgraph's (see mysqlSchema), not Cayley's;
			// a standby's is its primary's, and cannot be written.
			qs, err = cgraph.NewQuadStore(d.backend, driverDSN, o)
		} else if qs, err = initAndOpenBackend(d.backend, driverDSN, o); err == nil {
			if err = fitQuadsTable(ctx, counter.db); err != nil {
				qs.Close()
			}
		}
	}
	if err != nil {
		if counter != nil {
			counter.Close()
		}
		return nil, nil, "", fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	return qs, counter, readOnly, nil
}

// serverStoreExists returns ErrNoStore if the database of dsn has no
// quads table yet, which openServer would create: an empty database is no
// store.
func serverStoreExists(ctx context.Context, d *sqlDialect, dsn string) error {
	driverDSN, schema := dsn, "current_schema()"
	if d == mysqlDialect {
		cfg, err := mysqlConfig(dsn)
		if err != nil {
			return fmt.Errorf("open store %s: %w", redact(dsn), err)
		}
		driverDSN, schema = cfg.FormatDSN(), "DATABASE()"
	}
	db, err := sql.Open(d.backend, driverDSN)
	if err != nil {
		return fmt.Errorf("open store %s: %w", redact(dsn), err)
	}
	defer db.Close()
	var n int
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_name = 'quads' AND table_schema = `+schema).Scan(&n)
	switch {
	case err != nil:
		return fmt.Errorf("open store %s: %w", redact(dsn), err)
	case n == 0:
		return fmt.Errorf("open store %s: %w", redact(dsn), ErrNoStore)
	}
	return nil
}

// redact hides the password of a connection URL.
func redact(dsn string) string {
	if isMySQL(dsn) {
		return redactMySQL(dsn)
	}
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://…"
	}
	return u.Redacted()
}
