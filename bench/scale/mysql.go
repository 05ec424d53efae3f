package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	"github.com/go-sql-driver/mysql" // the driver of Cayley's mysql backend; here to create, size and drop databases
)

// server creates, sizes and drops the benchmark's databases on a database
// server (-db): fresh returns the URL newsgraph opens and the address
// Cayley's backend of the same name takes.
type server interface {
	fresh(ctx context.Context, name string, drop bool) (newsgraphDSN, cayleyAddr string, err error)
	size(dsn string) (int64, error)
	Close() error
}

func isMySQL(dsn string) bool { return strings.HasPrefix(dsn, "mysql://") }

// mysqlServer is server on a mysql:// URL: a MariaDB or MySQL, or a
// Galera cluster named by several hosts. The databases are created and
// dropped on the first host (Galera replicates the statements to every
// node), newsgraph gets every host (it fails over between them, as
// `newsgraph load` does), and Cayley's loader, which takes one address,
// the first. Cayley's own loader runs on its own schema
// there (cayley init), which drops the same fact under a second label (see
// graph's mysqlSchema): its store then holds fewer quads than newsgraph's,
// and the report says so.
type mysqlServer struct {
	base  *url.URL
	cfg   *mysql.Config
	admin *sql.DB
	drop  []string
}

func newMySQL(dsn string) (*mysqlServer, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("-db: %w", err)
	}
	first, _, _ := strings.Cut(u.Host, ",")
	cfg := mysql.NewConfig()
	cfg.Net, cfg.Addr, cfg.User = "tcp", first, u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.Params = map[string]string{"charset": "utf8mb4"}
	admin, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return nil, err
	}
	if err := admin.Ping(); err != nil {
		admin.Close()
		return nil, fmt.Errorf("-db %s: %w", u.Redacted(), err)
	}
	return &mysqlServer{base: u, cfg: cfg, admin: admin}, nil
}

func (m *mysqlServer) fresh(ctx context.Context, name string, drop bool) (string, string, error) {
	if _, err := m.admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name); err != nil {
		return "", "", fmt.Errorf("drop database %s: %w", name, err)
	}
	if _, err := m.admin.ExecContext(ctx, "CREATE DATABASE "+name+" CHARACTER SET utf8mb4"); err != nil {
		return "", "", fmt.Errorf("create database %s: %w", name, err)
	}
	if drop {
		m.drop = append(m.drop, name)
	}
	u := *m.base
	u.Path = "/" + name
	cfg := m.cfg.Clone()
	cfg.DBName = name
	return u.String(), cfg.FormatDSN(), nil
}

// size is a database's data and indexes (information_schema.tables).
func (m *mysqlServer) size(dsn string) (int64, error) {
	name := dsn
	if u, err := url.Parse(dsn); err == nil && u.Scheme == "mysql" {
		name = strings.TrimPrefix(u.Path, "/")
	} else if cfg, err := mysql.ParseDSN(dsn); err == nil {
		name = cfg.DBName
	}
	var n sql.NullInt64
	err := m.admin.QueryRow(`SELECT SUM(data_length + index_length) FROM information_schema.tables WHERE table_schema = ?`, name).Scan(&n)
	return n.Int64, err
}

func (m *mysqlServer) Close() error {
	for _, name := range m.drop {
		m.admin.Exec("DROP DATABASE IF EXISTS " + name)
	}
	return m.admin.Close()
}
