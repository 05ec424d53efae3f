package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // Cayley's "bolt" backend, what `cayley load --db bolt` writes
	_ "github.com/cayleygraph/cayley/writer"        // registers the "single" quad writer Cayley's CLI opens
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/nquads" // registers the N-Quads format, found by the file's extension

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

type logFunc func(format string, a ...any)

// progressEvery is how often long phases log progress.
const progressEvery = 10 * time.Second

// runExtract extracts every article of the corpus on every core, as
// `newsgraph load` does, and writes nothing: what extraction alone can feed.
func runExtract(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	start := time.Now()
	last := start
	articles := loaders.Articles(ctx, []string{j.Corpus}, loaders.Options{})
	for d, err := range loaders.Extract(ctx, articles, extract.New(), j.Workers) {
		if err != nil {
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
			r.Failed++
			continue
		}
		r.Articles++
		r.Words += int64(extract.CountWords(d.Text))
		if time.Since(last) > progressEvery {
			last = time.Now()
			logf("%d articles, %.0f articles/s", r.Articles, float64(r.Articles)/time.Since(start).Seconds())
		}
	}
	r.Seconds = time.Since(start).Seconds()
	return r, nil
}

// documents is the docs sequence `newsgraph load` feeds the store.
func documents(ctx context.Context, j job) func(func(schema.Document, error) bool) {
	return loaders.Extract(ctx, loaders.Articles(ctx, []string{j.Corpus}, loaders.Options{}), extract.New(), j.Workers)
}

// runNewsgraph loads the corpus into the store at j.DSN through the path of
// `newsgraph load`: graph.Open with the default options, then Store.Load
// (the search index follows afterwards: runIndex).
func runNewsgraph(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	graph.LimitLoadMemory()
	store, err := graph.Open(ctx, j.DSN, graph.Options{})
	if err != nil {
		return r, err
	}
	defer store.Close()
	start := time.Now()
	last := start
	st, err := store.Load(ctx, documents(ctx, j), graph.LoadOptions{
		OnError: func(err error) { logf("%v", err) },
		OnBatch: func(st graph.LoadStats) {
			if time.Since(last) < progressEvery {
				return
			}
			last = time.Now()
			secs := time.Since(start).Seconds()
			logf("%d articles, %d quads: %.0f articles/s, %.0f quads/s, %s resident",
				st.Articles, st.Quads, float64(st.Articles)/secs, float64(st.Quads)/secs, mib(currentRSS(os.Getpid())))
		},
	})
	if err != nil {
		return r, err
	}
	r.Seconds = time.Since(start).Seconds()
	r.Articles, r.Skipped, r.Unchanged, r.Failed, r.Quads = st.Articles, st.Skipped, st.Unchanged, st.Failed, st.Quads
	err = store.Read(func(qs cgraph.QuadStore) (err error) {
		r.StoreQuads, err = quadCount(ctx, qs)
		return err
	})
	if err != nil {
		return r, err
	}
	return r, store.Close()
}

// openStore opens the store at dsn and its search index as newsgraph
// does: with the default options, the index where search.OpenFor puts it.
func openStore(ctx context.Context, dsn string) (*graph.Store, *search.Index, error) {
	store, err := graph.Open(ctx, dsn, graph.Options{})
	if err != nil {
		return nil, nil, err
	}
	x, err := search.OpenFor(store)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, x, nil
}

// runIndex brings the store's search index up to the store's commits, as
// newsgraph load does after writing the graph (search.Index.Follow): it
// indexes the articles the load added, reading them back from the store.
func runIndex(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	store, x, err := openStore(ctx, j.DSN)
	if err != nil {
		return r, err
	}
	defer store.Close()
	defer x.Close()
	start, last := time.Now(), time.Now()
	err = x.Follow(ctx, store, func(done, total int) {
		r.Articles = done
		if time.Since(last) >= progressEvery {
			last = time.Now()
			logf("%d of %d articles: %.0f articles/s, %s resident", done, total, float64(done)/time.Since(start).Seconds(), mib(currentRSS(os.Getpid())))
		}
	})
	r.Seconds = time.Since(start).Seconds()
	if err != nil {
		return r, err
	}
	return r, store.Close()
}

// runExport writes the store's quads to j.NQuads with graph's N-Quads
// exporter, as `newsgraph export` does.
func runExport(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	store, err := graph.Open(ctx, j.DSN, graph.Options{})
	if err != nil {
		return r, err
	}
	defer store.Close()
	f, err := os.Create(j.NQuads)
	if err != nil {
		return r, err
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w, err := graph.NewExportWriter(graph.FormatNQuads, bw)
	if err != nil {
		return r, err
	}
	start := time.Now()
	n, err := store.Export(ctx, w, graph.ExportOptions{})
	if err != nil {
		return r, err
	}
	if err := w.Close(); err != nil {
		return r, err
	}
	if err := bw.Flush(); err != nil {
		return r, err
	}
	r.Seconds = time.Since(start).Seconds()
	r.Quads = int64(n)
	return r, f.Close()
}

// runCayley loads j.NQuads into a fresh Cayley store with the calls of
// `cayley load --init` (cmd/cayley/command/database.go and internal/load.go
// at the pinned version, which we cannot import): InitQuadStore and
// NewQuadStore with the CLI's default (empty) options, the "single" quad
// writer as openDatabase makes it, then the store's own bulk writer
// (Handle.NewQuadWriter) fed by quad.CopyBatch with quad.DefaultBatch from
// the reader QuadReaderFor picks by the file's extension.
func runCayley(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	opts := cgraph.Options{}
	start := time.Now()
	if err := cgraph.InitQuadStore(j.CayleyBackend, j.CayleyAddr, opts); err != nil {
		return r, fmt.Errorf("init %s: %w", j.CayleyBackend, err)
	}
	qs, err := cgraph.NewQuadStore(j.CayleyBackend, j.CayleyAddr, opts)
	if err != nil {
		return r, err
	}
	single, err := cgraph.NewQuadWriter("single", qs, opts)
	if err != nil {
		qs.Close()
		return r, err
	}
	h := &cgraph.Handle{QuadStore: qs, QuadWriter: single}
	defer h.Close()
	qw, err := h.NewQuadWriter()
	if err != nil {
		return r, err
	}
	f, err := os.Open(j.NQuads)
	if err != nil {
		return r, err
	}
	defer f.Close()
	format := quad.FormatByExt(filepath.Ext(j.NQuads))
	if format == nil || format.Reader == nil {
		return r, fmt.Errorf("%s: no quad reader for its extension", j.NQuads)
	}
	// internal/decompressor peeks at the stream through a bufio.Reader to
	// detect gzip and bzip2; an uncompressed file is read through it.
	qr := format.Reader(bufio.NewReader(f))
	defer qr.Close()
	cw := &countingWriter{w: qw, start: start, logf: logf}
	n, err := quad.CopyBatch(cw, qr, quad.DefaultBatch)
	if err != nil {
		return r, fmt.Errorf("db: failed to load data: %w", err)
	}
	if err := qw.Close(); err != nil {
		return r, err
	}
	r.Seconds = time.Since(start).Seconds()
	r.Quads = int64(n)
	if r.StoreQuads, err = quadCount(ctx, qs); err != nil {
		return r, err
	}
	return r, h.Close()
}

// countingWriter logs progress, like Cayley's batchLogger at -v 2.
type countingWriter struct {
	w     quad.Writer
	n     int
	start time.Time
	last  time.Time
	logf  logFunc
}

func (w *countingWriter) WriteQuads(qs []quad.Quad) (int, error) {
	n, err := w.w.WriteQuads(qs)
	w.n += n
	if time.Since(w.last) > progressEvery {
		w.last = time.Now()
		w.logf("%d quads: %.0f quads/s, %s resident", w.n, float64(w.n)/time.Since(w.start).Seconds(), mib(currentRSS(os.Getpid())))
	}
	return n, err
}

// quadCount is the exact number of quads in qs: kv stores keep it, the SQL
// store counts them.
func quadCount(ctx context.Context, qs cgraph.QuadStore) (int64, error) {
	if kv, ok := qs.(interface{ Size() int64 }); ok {
		return kv.Size(), nil
	}
	st, err := qs.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return st.Quads.Value, nil
}

// dirSize is the bytes of the files under dir.
func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.Walk(dir, func(_ string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if fi.Mode().IsRegular() {
			n += fi.Size()
		}
		return nil
	})
	return n, err
}
