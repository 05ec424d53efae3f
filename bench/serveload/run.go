package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/server"
)

// result is what a run measured.
type result struct {
	Store    string // the DSN, password hidden
	Backend  string // bolt, postgres or memory
	Articles int    // in the store when the clients started
	Quads    int64
	Entities int
	Mix      *mix
	Routes   map[string]*routeStats
	Elapsed  time.Duration
	Writer   string      // "", "in-process", "load process" or both
	Writes   *writeStats // nil without writers
	Problems []string    // what the check after the writes found
}

// failed reports whether any request, write or final check failed.
func (r *result) failed() bool {
	for _, st := range r.Routes {
		if len(st.Errors) > 0 {
			return true
		}
	}
	return r.Writes != nil && (r.Writes.Errors > 0 || len(r.Writes.Reindex.Errors) > 0) || len(r.Problems) > 0
}

// loadTest sets up the store and the server, runs the clients (and the
// writers) and prints the report to cfg.Out.
func loadTest(ctx context.Context, cfg config) (*result, error) {
	logf := func(format string, args ...any) { fmt.Fprintf(cfg.Log, "serveload: "+format+"\n", args...) }
	store, shown, cleanup, err := openStore(ctx, cfg.DB)
	if err != nil {
		return nil, err
	}
	defer cleanup()
	texts, sum, err := loadArticles(ctx, store, cfg.Articles)
	if err != nil {
		return nil, err
	}
	logf("loaded %d articles (%d already in the store), %d new quads in %v", sum.Articles, sum.Unchanged, sum.Quads, sum.Took.Round(time.Millisecond))
	smp, err := discoverSample(ctx, store)
	if err != nil {
		return nil, err
	}
	if err := saveQuery(ctx, store, smp); err != nil {
		return nil, err
	}
	base, token, stop, err := startServer(ctx, store, cfg)
	if err != nil {
		return nil, err
	}
	defer stop()
	res := &result{Store: shown, Backend: backend(cfg.DB), Articles: smp.Articles, Quads: smp.Quads,
		Entities: len(smp.Entities), Mix: newMix(smp)}
	client := newHTTPClient(cfg.Clients, cfg.Timeout, token)
	if err := setBaselines(client, base, res.Mix); err != nil {
		return nil, err
	}
	bin, removeBin, err := newsgraphBinary(cfg)
	if err != nil {
		return nil, err
	}
	defer removeBin()
	writersDone := startWriters(ctx, cfg, bin, store, texts, client, base, res)
	logf("%d clients for %v on %s", cfg.Clients, cfg.Duration, base)
	res.Routes, res.Elapsed = runClients(ctx, client, base, res.Mix, cfg.Clients, cfg.Duration, cfg.Seed)
	writersDone()
	if res.Writes != nil {
		res.Problems = verifyWrites(ctx, client, base, store, res.Articles, res.Writes)
	}
	printReport(cfg.Out, cfg, res)
	return res, nil
}

// startServer serves the console for store on a free loopback port and
// returns its base URL, its write token and a function that shuts it down.
func startServer(ctx context.Context, store *graph.Store, cfg config) (string, string, func(), error) {
	logger := slog.New(slog.NewTextHandler(cfg.Log, &slog.HandlerOptions{Level: slog.LevelWarn}))
	index, err := search.OpenFor(store)
	if err != nil {
		return "", "", nil, err
	}
	closeIndex := func() { index.Close() }
	srv, err := server.New(ctx, server.Config{Store: store, Index: index, Logger: logger})
	if err != nil {
		closeIndex()
		return "", "", nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", "", nil, err
	}
	sctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln) }()
	stop := func() {
		cancel()
		if err := <-served; err != nil {
			fmt.Fprintf(cfg.Log, "serveload: server: %v\n", err)
		}
		closeIndex()
	}
	return "http://" + ln.Addr().String(), srv.Token(), stop, nil
}

// newsgraphBinary returns the binary -load-process runs: -newsgraph, or
// one built into a temporary directory that cleanup removes.
func newsgraphBinary(cfg config) (bin string, cleanup func(), err error) {
	if !cfg.LoadProcess || cfg.Newsgraph != "" {
		return cfg.Newsgraph, func() {}, nil
	}
	dir, err := os.MkdirTemp("", "serveload-bin-")
	if err != nil {
		return "", nil, err
	}
	if bin, err = buildNewsgraph(dir); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return bin, func() { os.RemoveAll(dir) }, nil
}

// startWriters starts the writers cfg asks for, and the reindex loop, for
// cfg.Duration; the function it returns waits for them to finish.
func startWriters(ctx context.Context, cfg config, bin string, store *graph.Store, texts []schema.Article, client *http.Client, base string, res *result) func() {
	if !cfg.Write && !cfg.LoadProcess {
		return func() {}
	}
	ws := &writeStats{}
	res.Writes = ws
	wctx, cancel := context.WithTimeout(ctx, cfg.Duration)
	var wg sync.WaitGroup
	if cfg.Write {
		res.Writer = "in-process"
		gen := newGenerator(texts)
		wg.Go(func() { writeInProcess(wctx, store, gen, ws) })
	}
	if cfg.LoadProcess {
		res.Writer = strings.TrimPrefix(res.Writer+" + load process", " + ")
		gen := newGenerator(texts)
		gen.prefix += "-p"
		wg.Go(func() { writeProcess(wctx, bin, cfg.DB, gen, cfg.LoadBatch, ws) })
	}
	wg.Go(func() { reindexLoop(wctx, client, base, cfg.ReindexEvery, res.Articles, ws) })
	return func() { wg.Wait(); cancel() }
}

// backend names the kind of store a DSN opens.
func backend(dsn string) string {
	switch {
	case dsn == graph.MemDSN:
		return "memory"
	case isPostgres(dsn):
		return "postgres"
	}
	return "bolt"
}
