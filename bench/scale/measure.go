package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	_ "github.com/lib/pq" // the driver of Cayley's postgres backend; here to create, size and drop databases

	"github.com/newsgraph/newsgraph/bench/internal/corpus"
	"github.com/newsgraph/newsgraph/search"
)

// report is everything measure found.
type report struct {
	Machine  machine
	Backend  string // "bolt", "postgres" or "mysql"
	Corpus   corpusInfo
	Extract  *result
	Load     *result
	Index    *result // the search index's catch-up after the load, as newsgraph load runs it
	Export   *result
	Cayley   *result
	Queries  *result
	Workers  int
	CayleyDB string // Cayley's backend
	Notes    []string
	Store    string // -store: the existing store the queries ran on
}

type corpusInfo struct {
	Path     string
	Articles int
	Bytes    int64 // file size
	Reused   bool
	Seconds  float64
}

type machine struct {
	Cores    int
	CPU      string
	MemTotal int64 // bytes
	Go       string
}

// measure runs the phases c asks for, each in a child process.
func measure(ctx context.Context, c config, stderr io.Writer) (*report, error) {
	logf := func(format string, a ...any) {
		fmt.Fprintf(stderr, "%s [scale] %s\n", time.Now().Format("15:04:05"), fmt.Sprintf(format, a...))
	}
	rep := &report{Machine: thisMachine(), Backend: "bolt", Workers: c.Workers, CayleyDB: c.CayleyBackend}
	if rep.Workers <= 0 {
		rep.Workers = runtime.GOMAXPROCS(0)
	}
	work := c.Work
	if work == "" {
		dir, err := os.MkdirTemp("", "ngscale-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		work = dir
	} else if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, err
	}

	if c.Store != "" {
		return measureQueries(ctx, c, rep, stderr)
	}

	// The corpus.
	rep.Corpus.Path = c.Corpus
	if rep.Corpus.Path == "" {
		rep.Corpus.Path = filepath.Join(work, "corpus.jsonl")
	}
	if fi, err := os.Stat(rep.Corpus.Path); err == nil && fi.Size() > 0 {
		n, err := countLines(rep.Corpus.Path)
		if err != nil {
			return nil, err
		}
		rep.Corpus.Articles, rep.Corpus.Bytes, rep.Corpus.Reused = n, fi.Size(), true
		logf("reusing corpus %s: %d articles", rep.Corpus.Path, n)
	} else {
		logf("generating %d articles into %s", c.Articles, rep.Corpus.Path)
		start := time.Now()
		st, err := corpus.WriteFile(rep.Corpus.Path, corpus.Options{Articles: c.Articles})
		if err != nil {
			return nil, err
		}
		fi, err := os.Stat(rep.Corpus.Path)
		if err != nil {
			return nil, err
		}
		rep.Corpus.Articles, rep.Corpus.Bytes, rep.Corpus.Seconds = st.Articles, fi.Size(), time.Since(start).Seconds()
	}

	// The stores.
	j := job{Corpus: rep.Corpus.Path, Workers: c.Workers, NQuads: filepath.Join(work, "export.nq"),
		CayleyBackend: c.CayleyBackend, CayleyAddr: filepath.Join(work, "cayley.db"),
		K: c.K, QueryBudget: c.QueryBudget, QueryLimit: c.QueryLimit, QueryOnly: c.QueryOnly, QueryTimeout: c.QueryTimeout}
	var size func(dsn string) (int64, error) = dirSize
	if c.DB != "" {
		backend, srv, err := openServer(c.DB)
		if err != nil {
			return nil, err
		}
		defer srv.Close()
		rep.Backend, rep.CayleyDB = backend, backend
		if j.DSN, _, err = srv.fresh(ctx, "ngscale_newsgraph", c.Keep == ""); err != nil {
			return nil, err
		}
		if !c.SkipCayley {
			if _, j.CayleyAddr, err = srv.fresh(ctx, "ngscale_cayley", c.Keep == ""); err != nil {
				return nil, err
			}
		}
		j.CayleyBackend = backend
		size = srv.size
	} else if c.Keep != "" {
		if entries, err := os.ReadDir(c.Keep); err == nil && len(entries) > 0 {
			return nil, fmt.Errorf("-keep %s: not empty (the newsgraph phase needs a fresh store)", c.Keep)
		}
		j.DSN = c.Keep
	} else {
		j.DSN = filepath.Join(work, "newsgraph.db")
	}

	phase := func(name string, sized string) (*result, error) {
		logf("phase %s", name)
		r, err := runChild(ctx, name, j, c.MaxRSS, stderr)
		if err != nil {
			return nil, err
		}
		if r.Killed != "" {
			logf("phase %s %s", name, r.Killed)
			rep.Notes = append(rep.Notes, fmt.Sprintf("The %s phase was %s after %.0f s.", name, r.Killed, r.Seconds))
			return &r, nil
		}
		if sized != "" {
			if r.Size, err = size(sized); err != nil {
				return nil, err
			}
		}
		logf("phase %s done in %.1f s, peak RSS %s", name, r.Seconds, mib(r.PeakRSS))
		return &r, nil
	}
	var err error
	if !c.SkipExtract {
		if rep.Extract, err = phase(phaseExtract, ""); err != nil {
			return nil, err
		}
	}
	if rep.Load, err = phase(phaseNewsgraph, j.DSN); err != nil {
		return nil, err
	}
	if rep.Load.Killed != "" {
		return rep, nil
	}
	if c.DB == "" {
		if rep.Index, err = phase(phaseIndex, filepath.Join(j.DSN, search.IndexDir)); err != nil {
			return nil, err
		}
	}
	if !c.SkipCayley {
		if rep.Export, err = phase(phaseExport, ""); err != nil {
			return nil, err
		}
		if fi, err := os.Stat(j.NQuads); err == nil {
			rep.Export.Size = fi.Size()
		}
		if rep.Export.Killed == "" {
			if rep.Cayley, err = phase(phaseCayley, j.CayleyAddr); err != nil {
				return nil, err
			}
		}
		os.Remove(j.NQuads)
		if c.DB == "" {
			os.RemoveAll(j.CayleyAddr)
		}
	}
	if c.Queries {
		if rep.Queries, err = phase(phaseQueries, ""); err != nil {
			return nil, err
		}
	}
	if c.Keep != "" {
		rep.Notes = append(rep.Notes, "The newsgraph store is kept at "+redact(j.DSN)+".")
	}
	return rep, nil
}

// measureQueries runs the queries phase alone on the existing store c.Store.
func measureQueries(ctx context.Context, c config, rep *report, stderr io.Writer) (*report, error) {
	rep.Store = redact(c.Store)
	if isPostgres(c.Store) {
		rep.Backend = "postgres"
	} else if isMySQL(c.Store) {
		rep.Backend = "mysql"
	}
	j := job{DSN: c.Store, K: c.K, QueryBudget: c.QueryBudget, QueryLimit: c.QueryLimit, QueryOnly: c.QueryOnly, QueryTimeout: c.QueryTimeout}
	fmt.Fprintf(stderr, "%s [scale] phase queries on %s\n", time.Now().Format("15:04:05"), rep.Store)
	r, err := runChild(ctx, phaseQueries, j, c.MaxRSS, stderr)
	if err != nil {
		return nil, err
	}
	rep.Queries = &r
	return rep, nil
}

// countLines counts the lines of a file (articles of a JSON-lines corpus).
func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	buf := make([]byte, 1<<20)
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		k, err := r.Read(buf)
		n += bytes.Count(buf[:k], []byte{'\n'})
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// thisMachine describes the machine: cores, CPU model, RAM, Go.
func thisMachine() machine {
	m := machine{Cores: runtime.NumCPU(), Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(line, "MemTotal:"); ok {
				kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
				m.MemTotal = kb << 10
			}
		}
	}
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	return m
}

// openServer opens the server of -db, postgres:// or mysql://, and names
// its backend.
func openServer(dsn string) (string, server, error) {
	if isMySQL(dsn) {
		m, err := newMySQL(dsn)
		if err != nil {
			return "", nil, err
		}
		return "mysql", m, nil
	}
	p, err := newPostgres(dsn)
	if err != nil {
		return "", nil, err
	}
	return "postgres", p, nil
}

// postgres is server on the server of a postgres:// URL.
type postgres struct {
	base  *url.URL
	admin *sql.DB
	drop  []string
}

func newPostgres(dsn string) (*postgres, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return nil, fmt.Errorf("-db: %w", err)
	}
	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	if err := admin.Ping(); err != nil {
		admin.Close()
		return nil, fmt.Errorf("-db %s: %w", u.Redacted(), err)
	}
	return &postgres{base: u, admin: admin}, nil
}

// fresh (re)creates an empty database and returns its URL, which Cayley's
// backend takes too; drop says to drop it on Close.
func (p *postgres) fresh(ctx context.Context, name string, drop bool) (string, string, error) {
	if _, err := p.admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
		return "", "", fmt.Errorf("drop database %s: %w", name, err)
	}
	if _, err := p.admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", "", fmt.Errorf("create database %s: %w", name, err)
	}
	if drop {
		p.drop = append(p.drop, name)
	}
	u := *p.base
	u.Path = "/" + name
	return u.String(), u.String(), nil
}

// size is a database's size on disk (pg_database_size).
func (p *postgres) size(dsn string) (int64, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return 0, err
	}
	var n int64
	err = p.admin.QueryRow("SELECT pg_database_size($1)", strings.TrimPrefix(u.Path, "/")).Scan(&n)
	return n, err
}

func (p *postgres) Close() error {
	for _, name := range p.drop {
		p.admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	}
	return p.admin.Close()
}

// redact hides a URL's password.
func redact(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		return u.Redacted()
	}
	return dsn
}
