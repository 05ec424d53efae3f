// Command serveload is a load test of the web console's JSON API on
// loopback, bounded in time. It opens a store (by default a fresh bolt store
// in a temporary directory), loads articles into it (by default examples/),
// starts the console's HTTP server in this process on 127.0.0.1:0, and runs
// N clients for a fixed duration. Each client cycles through a mix of API
// routes (overview, entity and article pages, entity lookup, search, saved
// queries, a query the run saves in the store, Gizmo and Cayley's v1 Gizmo
// route) with entity keys, article ids and words discovered in the store at
// startup.
//
// Every answer is checked, not only its status: a page must be the entity
// or article asked for, and a query must return at least the rows it
// returned before the clients started (writes only add articles), so a read
// that saw a half-written store would count as a wrong answer.
//
// It prints requests/s and p50/p95/p99 latency per route and the errors by
// kind (non-2xx, timeouts, transport errors, wrong answers), and exits with
// status 1 if there was any error.
//
// With -serve BIN it measures instead a session of the console as a user
// meets it (session.go): `BIN serve` on the store -db in a process of its
// own, the time to its first answer, p50/p99 of every page over -rounds
// rounds, and the server's peak resident memory. Give it the binary before
// and after a change to compare them.
//
// With -write, a writer keeps loading generated articles (new ids, texts
// varied from the loaded articles) into the same Store the server reads,
// and asks the server to catch its console up every -reindex-every;
// at the end every written article must be in the store and served. With
// -load-process and a PostgreSQL -db, the writer is instead a separate
// `newsgraph load` process run in a loop on the same database (a bolt store
// cannot be shared: bolt locks its file to one process).
//
//	go run ./bench/serveload -clients 50 -duration 30s
//	go run ./bench/serveload -clients 50 -duration 30s -write
//	go run ./bench/serveload -db 'postgres://postgres@127.0.0.1:54329/bench?sslmode=disable' -write
//	go run ./bench/serveload -db 'postgres://…' -load-process
//	go run ./bench/serveload -serve ./newsgraph -db /tmp/store100k -rounds 50
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"
)

// Exit codes.
const (
	exitOK     = 0
	exitErrors = 1 // the run finished, but some requests or writes failed
	exitSetup  = 2 // bad flags, or the store or server could not be set up
)

// Defaults of the flags.
const (
	defaultClients      = 50
	defaultDuration     = 30 * time.Second
	defaultTimeout      = 15 * time.Second
	defaultReindexEvery = 5 * time.Second
	defaultLoadBatch    = 20
	defaultArticles     = "examples"
)

// config is what one run does; flags fill it.
type config struct {
	Clients      int
	Duration     time.Duration
	DB           string   // "" is a fresh bolt store in a temporary directory
	Articles     []string // loaded before serving; the writers vary their texts
	Write        bool     // an in-process writer on the server's Store
	LoadProcess  bool     // a `newsgraph load` process in a loop (PostgreSQL only)
	Newsgraph    string   // the binary -load-process runs; "" builds one
	LoadBatch    int      // articles per `newsgraph load` run
	Timeout      time.Duration
	ReindexEvery time.Duration
	Seed         uint64
	Serve        string        // -serve: measure a session of this binary's serve instead
	Rounds       int           // rounds of a session
	Settle       time.Duration // wait of a session before its rounds
	StartTimeout time.Duration // how long a session waits for the server's first answer
	Out          io.Writer     // the report
	Log          io.Writer     // progress and the server's warnings
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run parses args, runs the load test and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "serveload: %v\n", err)
		return exitSetup
	}
	cfg.Out, cfg.Log = stdout, stderr
	if cfg.Serve != "" {
		err := runSession(ctx, sessionConfig{Bin: cfg.Serve, DB: cfg.DB, Rounds: cfg.Rounds, Settle: cfg.Settle,
			StartTimeout: cfg.StartTimeout, Timeout: cfg.Timeout, Out: stdout, Log: stderr})
		if err != nil {
			fmt.Fprintf(stderr, "serveload: %v\n", err)
			return exitErrors
		}
		return exitOK
	}
	res, err := loadTest(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "serveload: %v\n", err)
		return exitSetup
	}
	if res.failed() {
		return exitErrors
	}
	return exitOK
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	cfg := config{}
	fs := flag.NewFlagSet("serveload", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&cfg.Clients, "clients", defaultClients, "concurrent API clients")
	fs.DurationVar(&cfg.Duration, "duration", defaultDuration, "how long the clients run")
	fs.StringVar(&cfg.DB, "db", "", "store to serve: a bolt directory or postgres://… (default: a fresh bolt store in a temporary directory, removed at the end)")
	fs.Var((*pathList)(&cfg.Articles), "articles", "articles to load before serving, repeatable (default "+defaultArticles+"); loading is idempotent")
	fs.BoolVar(&cfg.Write, "write", false, "keep loading generated articles into the served Store while the clients read")
	fs.BoolVar(&cfg.LoadProcess, "load-process", false, "keep running `newsgraph load` in another process on the same store (needs a postgres:// -db)")
	fs.StringVar(&cfg.Newsgraph, "newsgraph", "", "newsgraph binary for -load-process (default: go build ./cmd/newsgraph into a temporary directory)")
	fs.IntVar(&cfg.LoadBatch, "load-batch", defaultLoadBatch, "articles per `newsgraph load` run with -load-process")
	fs.DurationVar(&cfg.Timeout, "timeout", defaultTimeout, "client time limit of one request (the server stops queries after 10s)")
	fs.DurationVar(&cfg.ReindexEvery, "reindex-every", defaultReindexEvery, "with writes: how often the server's console is caught up and recounted (POST /api/reindex)")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "seed of the clients' random choices")
	fs.StringVar(&cfg.Serve, "serve", "", "measure a session of `BIN serve` on -db instead: time to first answer, p50/p99 of every page, peak RSS")
	fs.IntVar(&cfg.Rounds, "rounds", 30, "with -serve: rounds of every page")
	fs.DurationVar(&cfg.Settle, "settle", 0, "with -serve: wait this long after the first overview before the rounds (the server's background work after start shares the cores)")
	fs.DurationVar(&cfg.StartTimeout, "start-timeout", 15*time.Minute, "with -serve: how long to wait for the server's first answer")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: go run ./bench/serveload [-clients N] [-duration D] [-db DSN] [-articles PATH]... [-write] [-load-process]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	cfg.Articles = append(cfg.Articles, fs.Args()...)
	if len(cfg.Articles) == 0 {
		cfg.Articles = []string{defaultArticles}
	}
	return cfg, cfg.validate()
}

func (c config) validate() error {
	switch {
	case c.Clients <= 0 || c.Duration <= 0 || c.Timeout <= 0 || c.ReindexEvery <= 0 || c.LoadBatch <= 0:
		return errors.New("-clients, -duration, -timeout, -reindex-every and -load-batch must be positive")
	case c.Serve != "" && (c.DB == "" || c.Rounds <= 0 || c.StartTimeout <= 0):
		return errors.New("-serve needs -db (the store to serve) and a positive -rounds and -start-timeout")
	case c.LoadProcess && !isPostgres(c.DB):
		return errors.New("-load-process needs -db postgres://…: a bolt store is locked by the process that opens it, so `newsgraph load` cannot write it while it is served (see the README)")
	}
	return nil
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// pathList is a repeatable string flag.
type pathList []string

func (p *pathList) String() string     { return strings.Join(*p, " ") }
func (p *pathList) Set(v string) error { *p = append(*p, v); return nil }
