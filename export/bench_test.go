//go:build unix

package export

import (
	"context"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
)

// BenchmarkExport writes a bolt store of NEWSGRAPH_BENCH_ARTICLES (default
// 2000; the issue measured 1,500) extracted articles in each RDF format to
// io.Discard and reports the peak heap the export added over the heap
// before it (sampled every millisecond, with the collector at GOGC=5 so
// that the figure is memory the export holds, not garbage awaiting a
// collection) and the bytes written. "jsonld-cayley" is the writer the
// export used before (Cayley's, compacting with json-gold at Close), for
// comparison:
//
//	NEWSGRAPH_BENCH_ARTICLES=1500 go test -run - -bench Export -benchtime 1x ./export/
func BenchmarkExport(b *testing.B) {
	docs := quadtest.BenchDocs(b, quadtest.BenchArticles())
	s := mustOpen(b, "bolt")
	if _, err := s.Load(context.Background(), quadtest.CloneDocs(docs), graph.LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	writers := map[string]func(io.Writer) quad.WriteCloser{
		FormatNQuads: func(w io.Writer) quad.WriteCloser { return nquads.NewWriter(w) },
		FormatJSONLD: func(w io.Writer) quad.WriteCloser { return newJSONLDWriter(w) },
		"jsonld-cayley": func(w io.Writer) quad.WriteCloser {
			jw := jsonld.NewWriter(w)
			jw.SetLdContext(schema.LDContext())
			return jw
		},
	}
	for _, format := range []string{FormatNQuads, FormatJSONLD, "jsonld-cayley"} {
		b.Run(format, func(b *testing.B) {
			var peak, written int64
			for b.Loop() {
				p, n := exportPeakHeap(b, s, writers[format])
				peak, written = max(peak, p), n
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(written)/(1<<20), "MiB-written")
		})
	}
}

// exportPeakHeap exports the store and returns the highest heap in use
// during the export above the heap before it, and the bytes written.
func exportPeakHeap(tb testing.TB, s *graph.Store, newWriter func(io.Writer) quad.WriteCloser) (peak, written int64) {
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := int64(ms.HeapAlloc)
	var (
		mu   sync.Mutex
		top  = base
		stop = make(chan struct{})
		done = make(chan struct{})
	)
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				mu.Lock()
				top = max(top, int64(m.HeapAlloc))
				mu.Unlock()
			}
		}
	}()
	cw := &countWriter{}
	w := newWriter(cw)
	if _, err := Write(context.Background(), s, w, Options{}); err != nil {
		tb.Fatal(err)
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	close(stop)
	<-done
	mu.Lock()
	defer mu.Unlock()
	return top - base, cw.n
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return io.Discard.Write(p)
}
