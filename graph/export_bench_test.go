//go:build unix

package graph

import (
	"context"
	"io"
	"runtime"
	"sync"
	"testing"
	"time"
)

// BenchmarkExport writes a bolt store of NEWSGRAPH_BENCH_ARTICLES (default
// 2000; the issue measured 1,500) extracted articles in each RDF format to
// io.Discard and reports the peak heap the export added over the heap
// before it (sampled every millisecond) and the bytes written:
//
//	NEWSGRAPH_BENCH_ARTICLES=1500 go test -run - -bench Export -benchtime 1x ./graph/
func BenchmarkExport(b *testing.B) {
	docs := benchDocs(b, benchArticles())
	s := mustOpen(b, "bolt")
	if _, err := s.Load(context.Background(), cloneDocs(docs), LoadOptions{}); err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{FormatNQuads, FormatJSONLD} {
		b.Run(format, func(b *testing.B) {
			var peak, written int64
			for b.Loop() {
				p, n := exportPeakHeap(b, s, format)
				peak, written = max(peak, p), n
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(written)/(1<<20), "MiB-written")
		})
	}
}

// exportPeakHeap exports the store and returns the highest heap in use
// during the export above the heap before it, and the bytes written.
func exportPeakHeap(tb testing.TB, s *Store, format string) (peak, written int64) {
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
	w, err := NewExportWriter(format, cw)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.Export(context.Background(), w, ExportOptions{}); err != nil {
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
