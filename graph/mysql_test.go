package graph

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"sync/atomic"
	"testing"

	"github.com/go-sql-driver/mysql"
)

func TestMySQLConfig(t *testing.T) {
	tests := []struct {
		dsn, addr, user, pass, db string
		params                    map[string]string
	}{
		{"mysql://news:s3cr%40t@db1:3307,db2,db3:3309/graph", "db1:3307,db2:3306,db3:3309", "news", "s3cr@t", "graph", nil},
		{"mysql://news@127.0.0.1/graph?tls=false&wsrep_sync_wait=3", "127.0.0.1:3306", "news", "", "graph", map[string]string{"wsrep_sync_wait": "3"}},
		{"mysql://[::1]:3310/g", "[::1]:3310", "", "", "g", nil},
	}
	for _, tt := range tests {
		t.Run(tt.dsn, func(t *testing.T) {
			cfg, err := mysqlConfig(tt.dsn)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Net != failoverNet || cfg.Addr != tt.addr || cfg.User != tt.user || cfg.Passwd != tt.pass || cfg.DBName != tt.db {
				t.Errorf("net %q addr %q user %q pass %q db %q; want %q %q %q %q %q",
					cfg.Net, cfg.Addr, cfg.User, cfg.Passwd, cfg.DBName, failoverNet, tt.addr, tt.user, tt.pass, tt.db)
			}
			if cfg.Params["charset"] != "utf8mb4" {
				t.Errorf("charset %q, want utf8mb4", cfg.Params["charset"])
			}
			for k, v := range tt.params {
				if cfg.Params[k] != v {
					t.Errorf("param %s = %q, want %q", k, cfg.Params[k], v)
				}
			}
		})
	}
}

func TestMySQLConfigErrors(t *testing.T) {
	for _, dsn := range []string{"mysql://db1:3306/", "mysql://db1", "mysql://db1,,db2/g", "mysql://db1/g?timeout=soon"} {
		if _, err := mysqlConfig(dsn); err == nil {
			t.Errorf("mysqlConfig(%q) succeeded, want an error", dsn)
		}
	}
}

func TestRedactMySQL(t *testing.T) {
	for dsn, want := range map[string]string{
		"mysql://news:s3cret@db1:3306,db2:3306/graph?tls=true": "mysql://news:xxxxx@db1:3306,db2:3306/graph?tls=true",
		"mysql://news@db1/graph":                               "mysql://news@db1/graph",
		"mysql://db1/graph":                                    "mysql://db1/graph",
	} {
		if got := redact(dsn); got != want {
			t.Errorf("redact(%q) = %q, want %q", dsn, got, want)
		}
	}
}

// TestFailoverDial: the dialer skips a host that refuses, stays on the one
// that answered even once the first is back, and fails naming every host
// when none answers.
func TestFailoverDial(t *testing.T) {
	down := freeAddr(t)
	up, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer up.Close()
	go func() {
		for {
			c, err := up.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	f := &failover{current: map[string]*atomic.Int64{}}
	hosts := down + "," + up.Addr().String()
	for i := range 2 {
		c, err := f.dial(context.Background(), hosts)
		if err != nil {
			t.Fatalf("dial %d: %v", i, err)
		}
		if got := c.RemoteAddr().String(); got != up.Addr().String() {
			t.Errorf("dial %d went to %s, want %s", i, got, up.Addr())
		}
		c.Close()
	}
	back, err := net.Listen("tcp", down)
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	c, err := f.dial(context.Background(), hosts)
	if err != nil {
		t.Fatal(err)
	}
	if got := c.RemoteAddr().String(); got != up.Addr().String() {
		t.Errorf("after the first host came back, dial went to %s, want %s (the writer stays put)", got, up.Addr())
	}
	c.Close()
	other := freeAddr(t)
	if _, err := f.dial(context.Background(), other+","+freeAddr(t)); err == nil {
		t.Error("dial to two closed ports succeeded")
	}
}

// freeAddr is a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestMySQLRetryable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{&mysql.MySQLError{Number: 1213, Message: "Deadlock found when trying to get lock"}, true},
		{fmt.Errorf("write: %w", &mysql.MySQLError{Number: 1047, Message: "WSREP has not yet prepared node for application use"}), true},
		{&mysql.MySQLError{Number: 1406, Message: "Data too long for column"}, false},
		{&mysql.MySQLError{Number: 1146, Message: "Table doesn't exist"}, false},
		{mysql.ErrInvalidConn, true},
		{fmt.Errorf("add: %w", driver.ErrBadConn), true},
		// Cayley's iterators keep only the driver error's text.
		{fmt.Errorf("sql query failed: %v\nquery: SELECT 1", mysql.ErrInvalidConn), true},
		{errors.New("resolve entities: no such article"), false},
	}
	for _, tt := range tests {
		if got := mysqlRetryable(tt.err); got != tt.want {
			t.Errorf("mysqlRetryable(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

// TestWithRetry: a retryable error is tried again until it clears; any
// other error, or a dialect without retries, returns at once.
func TestWithRetry(t *testing.T) {
	conflict := &mysql.MySQLError{Number: 1213, Message: "Deadlock"}
	done, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name  string
		ctx   context.Context
		d     *sqlDialect
		errs  []error // returned by the tries in turn, then nil
		tries int
		fails bool
	}{
		{"conflict twice", context.Background(), mysqlDialect, []error{conflict, conflict}, 3, false},
		{"not retryable", context.Background(), mysqlDialect, []error{errors.New("bad input")}, 1, true},
		{"postgres", context.Background(), postgresDialect, []error{conflict}, 1, true},
		{"canceled", done, mysqlDialect, []error{conflict, conflict}, 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tries := 0
			err := withRetry(tt.ctx, tt.d, func() error {
				tries++
				if tries <= len(tt.errs) {
					return tt.errs[tries-1]
				}
				return nil
			})
			if tries != tt.tries || (err != nil) != tt.fails {
				t.Errorf("%d tries, error %v; want %d tries, failing %v", tries, err, tt.tries, tt.fails)
			}
		})
	}
}
