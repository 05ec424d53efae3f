// Command scale measures newsgraph at scale, side by side with Cayley's own
// bulk loader, and prints the figures as Markdown tables (issue 5):
//
//  1. corpus: builds N articles with bench/internal/corpus (the WSJ sample
//     of the prose module, the bundled examples and the seed), or reuses
//     -corpus FILE;
//  2. extract: extraction alone on every core (articles/s, words/s), to show
//     whether it limits the load;
//  3. newsgraph: a fresh default bolt store (or -db postgres://…) loaded
//     through the path of `newsgraph load`: graph.Open with the default
//     options, then Store.Load over loaders.Extract(loaders.Articles(…));
//  4. export: the loaded store's quads written as N-Quads (export.Write);
//  5. cayley: that file loaded into a fresh store the way `cayley load`
//     does it (graph.InitQuadStore, NewQuadStore, the "single" writer, the
//     store's bulk writer fed by quad.CopyBatch with quad.DefaultBatch);
//  6. queries (-queries): every saved query, K times, against a typical
//     (median) and the most connected entity of each relevant type, with
//     p50 and p99.
//
// Each phase runs in a child process (the tool re-executes itself with a
// hidden -phase flag), so that its peak RSS, read from the child's rusage,
// is its own. Progress goes to stderr, the report to stdout.
//
//	go run ./bench/scale -articles 10000
//	go run ./bench/scale -articles 100000 -keep /tmp/store100k -queries
//	go run ./bench/scale -corpus /tmp/c100k.jsonl -articles 100000   # made once, reused after
//	go run ./bench/scale -store /tmp/store100k                      # queries only, on a kept store
//	go run ./bench/scale -articles 2000 -db postgres://postgres@127.0.0.1:54329/postgres?sslmode=disable
//	go run ./bench/scale -articles 2000 -db mysql://newsgraph:newsgraph@127.0.0.1:33061/newsgraph
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
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 1 && strings.HasPrefix(os.Args[1], "-"+phaseFlag+"=") {
		os.Exit(childMain(os.Args[1:], os.Stdout, os.Stderr))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "scale:", err)
		}
		os.Exit(1)
	}
}

// config is what the flags set.
type config struct {
	Articles      int
	Corpus        string
	DB            string
	Queries       bool
	Keep          string
	Work          string
	Workers       int
	K             int
	QueryBudget   time.Duration
	QueryLimit    int
	QueryOnly     string
	QueryTimeout  time.Duration
	Store         string
	SkipCayley    bool
	SkipExtract   bool
	CayleyBackend string
	MaxRSS        int64 // bytes; a child above it is killed
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	var maxRSS int
	fs := flag.NewFlagSet("scale", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.Articles, "articles", 100000, "articles in the generated corpus")
	fs.StringVar(&c.Corpus, "corpus", "", "corpus file (JSON lines) to reuse; generated there with -articles if it does not exist")
	fs.StringVar(&c.DB, "db", "", "postgres://… or mysql://… (several hosts: a Galera cluster) server to load into instead of a fresh bolt directory: the tool creates fresh databases ngscale_newsgraph and ngscale_cayley on it (and drops them unless -keep)")
	fs.BoolVar(&c.Queries, "queries", false, "also run every saved query against the loaded store and print p50/p99")
	fs.StringVar(&c.Keep, "keep", "", "keep the loaded newsgraph bolt store in this directory (must not exist or be empty); with -db, keep the databases")
	fs.StringVar(&c.Work, "work", "", "scratch directory for the corpus, the N-Quads file and the stores (default: a new temporary directory, removed at the end)")
	fs.IntVar(&c.Workers, "workers", 0, "extraction goroutines (0: one per CPU, as newsgraph load)")
	fs.IntVar(&c.K, "k", 50, "runs of each query × entity class")
	fs.DurationVar(&c.QueryBudget, "query-budget", 30*time.Second, "stop repeating a query × entity class after this long (at least 3 runs)")
	fs.DurationVar(&c.QueryTimeout, "query-timeout", time.Minute, "give up one query run after this long and report it as a timeout")
	fs.StringVar(&c.Store, "store", "", "measure only the queries, on this existing store (a bolt directory or postgres:// URL): no corpus, no load")
	fs.StringVar(&c.QueryOnly, "query-only", "", "run only these saved queries (comma-separated names, e.g. path,mentions): a before/after of one change in minutes")
	fs.IntVar(&c.QueryLimit, "query-limit", 1000, "row limit of each query run, as newsgraph query --limit (0: none)")
	fs.BoolVar(&c.SkipCayley, "no-cayley", false, "skip the export and the Cayley load")
	fs.BoolVar(&c.SkipExtract, "no-extract", false, "skip the extraction-alone pass")
	fs.StringVar(&c.CayleyBackend, "cayley-backend", "bolt", "Cayley backend for the bulk load on bolt runs (`cayley load --db bolt`; bbolt is newsgraph's)")
	fs.IntVar(&maxRSS, "max-rss-mb", 16<<10, "kill a phase whose resident memory passes this many MiB, and report it")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./bench/scale [flags]\n\nLoads a generated corpus with newsgraph and with Cayley's bulk loader, and prints throughput, memory, store size and query latency.\n\nflags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.Store != "" {
		c.Queries = true
	}
	if c.Articles <= 0 && c.Corpus == "" {
		return c, errors.New("-articles must be positive")
	}
	if c.DB != "" && !isPostgres(c.DB) && !isMySQL(c.DB) {
		return c, fmt.Errorf("-db %s: only postgres:// and mysql:// servers (bolt is the default)", c.DB)
	}
	if c.K <= 0 {
		return c, errors.New("-k must be positive")
	}
	c.MaxRSS = int64(maxRSS) << 20
	return c, nil
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	r, err := measure(ctx, c, stderr)
	if err != nil {
		return err
	}
	return r.write(stdout)
}
