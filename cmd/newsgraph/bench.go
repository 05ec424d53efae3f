package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
)

type benchExtractOptions struct {
	App   *App
	Paths []string
}

func newBenchCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure extraction speed and memory on a corpus",
		// A tool of newsgraph's developers, not of its users: runnable,
		// not listed in --help.
		Hidden: true,
		Long: `Bench prints speed and memory figures. Make a corpus first (it is generated,
never committed):

  go run ./bench/corpus -mb 50 -out /tmp/corpus.jsonl`,
	}
	cmd.AddCommand(newBenchExtractCmd(app, nil))
	return cmd
}

func newBenchExtractCmd(app *App, runF func(context.Context, *benchExtractOptions, io.Writer) error) *cobra.Command {
	opts := &benchExtractOptions{App: app}
	return &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract every article of PATH on one core, then on every core, and print words/s, articles/s and peak heap",
		Example: `  go run ./bench/corpus -mb 50 -out /tmp/corpus.jsonl
  newsgraph bench extract /tmp/corpus.jsonl`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runBenchExtract(cmd.Context(), opts, app.IO.Out)
		},
	}
}

// extractRun is the outcome of one pass over the corpus.
type extractRun struct {
	cores, workers  int
	articles, words int
	bytes           int64
	elapsed         time.Duration
	peakHeap        uint64
}

func runBenchExtract(ctx context.Context, opts *benchExtractOptions, out io.Writer) error {
	x := extract.New()
	all := runtime.GOMAXPROCS(0)
	fmt.Fprintf(out, "%-6s %-8s %9s %12s %11s %13s %12s %10s\n", "cores", "workers", "articles", "words", "seconds", "words/s", "articles/s", "peak heap")
	for _, cores := range []int{1, all} {
		r, err := benchExtractPass(ctx, opts, x, cores)
		if err != nil {
			return err
		}
		secs := r.elapsed.Seconds()
		fmt.Fprintf(out, "%-6d %-8d %9d %12d %11.2f %13.0f %12.0f %8.0fMB\n", r.cores, r.workers, r.articles, r.words, secs,
			float64(r.words)/secs, float64(r.articles)/secs, float64(r.peakHeap)/(1<<20))
		if all == 1 {
			break
		}
	}
	return nil
}

// benchExtractPass extracts the corpus with GOMAXPROCS set to cores and one
// worker per core, sampling the heap as it goes.
func benchExtractPass(ctx context.Context, opts *benchExtractOptions, x *extract.Extractor, cores int) (extractRun, error) {
	prev := runtime.GOMAXPROCS(cores)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	r := extractRun{cores: cores, workers: cores}
	stop := sampleHeap(&r.peakHeap)
	start := time.Now()
	articles := loaders.Articles(ctx, opts.Paths, loaders.Options{Stdin: opts.App.IO.In})
	for d, err := range loaders.Extract(ctx, articles, x, cores) {
		if err != nil {
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
			continue
		}
		r.articles++
		r.words += extract.CountWords(d.Text)
		r.bytes += int64(len(d.Text))
	}
	r.elapsed = time.Since(start)
	stop()
	return r, nil
}

// sampleHeap records the largest live heap every 20 ms until stopped.
func sampleHeap(peak *uint64) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > *peak {
				*peak = ms.HeapInuse
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-finished }
}
