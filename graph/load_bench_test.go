//go:build unix

package graph

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// BenchmarkLoad writes the same documents into a fresh bolt store (fsync on,
// as the CLI runs) one article per transaction through AddDocument, in
// batches through Load, and as plain quads the way "cayley load" does
// (quad.CopyBatch into Cayley's single writer, 10,000 quads per
// transaction), and reports quads/s and articles/s.
//
//	go test -run - -bench Load -benchtime 1x ./graph/
//	NEWSGRAPH_BENCH_CORPUS=/tmp/c.jsonl NEWSGRAPH_BENCH_ARTICLES=10000 go test -run - -bench Load -benchtime 1x ./graph/
//
// NEWSGRAPH_BENCH_BATCHES=50,500 sets the batch sizes tried (articles), and
// NEWSGRAPH_BENCH_QUADS the quad cap of a batch (Options.BatchSize).
func BenchmarkLoad(b *testing.B) {
	docs := quadtest.BenchDocs(b, quadtest.BenchArticles())
	b.Run("AddDocument", func(b *testing.B) {
		benchWrite(b, docs, func(ctx context.Context, s *Store) (int64, error) {
			var quads int64
			for i := range docs {
				d := quadtest.CloneDoc(docs[i])
				n, err := s.AddDocument(ctx, &d)
				if err != nil {
					return quads, err
				}
				quads += int64(n)
			}
			return quads, nil
		})
	})
	b.Run("CayleyBulk", func(b *testing.B) {
		quads := benchQuads(b, docs)
		benchWrite(b, docs, func(ctx context.Context, s *Store) (int64, error) {
			qw, err := writer.NewSingle(s.QuadStore(), ignore)
			if err != nil {
				return 0, err
			}
			w := cgraph.NewWriter(qw)
			n, err := quad.CopyBatch(w, quad.NewReader(quads), quad.DefaultBatch)
			if err != nil {
				return int64(n), err
			}
			return int64(n), w.Close()
		})
	})
	for _, n := range benchBatchSizes() {
		b.Run(fmt.Sprintf("Load/batch=%d", n), func(b *testing.B) {
			benchWrite(b, docs, benchLoad(docs, n, false))
		})
		if benchStore() == "postgres" || benchStore() == "mysql" {
			// The same load through Cayley's writer, one INSERT per quad and
			// per node: the figure before bulkAdd.
			b.Run(fmt.Sprintf("LoadQuadByQuad/batch=%d", n), func(b *testing.B) {
				benchWrite(b, docs, benchLoad(docs, n, true))
			})
		}
	}
}

// benchLoad loads docs in batches of n articles, through Cayley's writer
// on PostgreSQL if quadByQuad.
func benchLoad(docs []schema.Document, n int, quadByQuad bool) func(context.Context, *Store) (int64, error) {
	return func(ctx context.Context, s *Store) (int64, error) {
		if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_QUADS")); err == nil {
			s.opt.BatchSize = n // quads per transaction
		}
		if s.counter != nil {
			s.counter.quadByQuad = quadByQuad
		}
		st, err := s.Load(ctx, quadtest.CloneDocs(docs), LoadOptions{BatchArticles: n})
		return st.Quads, err
	}
}

// benchStore is the kind of store BenchmarkLoad writes to: bolt, or
// NEWSGRAPH_BENCH_STORE (postgres needs -tags external and
// NEWSGRAPH_TEST_POSTGRES).
func benchStore() string {
	if k := os.Getenv("NEWSGRAPH_BENCH_STORE"); k != "" {
		return k
	}
	return "bolt"
}

// benchQuads returns the quads of docs as newsgraph stores them, in load
// order: what "cayley load" would read from an N-Quads export.
func benchQuads(tb testing.TB, docs []schema.Document) []quad.Quad {
	s := mustOpenDSN(tb, MemDSN)
	var quads []quad.Quad
	for i := range docs {
		d := quadtest.CloneDoc(docs[i])
		if _, err := s.AddDocument(context.Background(), &d); err != nil {
			tb.Fatal(err)
		}
		quads = append(quads, dedupe(d.Quads())...)
	}
	return quads
}

// benchBatchSizes are the batch sizes BenchmarkLoad tries:
// NEWSGRAPH_BENCH_BATCHES (comma-separated) or a few around the default.
func benchBatchSizes() []int {
	var out []int
	for _, f := range strings.Split(os.Getenv("NEWSGRAPH_BENCH_BATCHES"), ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(f)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	if len(out) == 0 {
		out = []int{50, DefaultBatchArticles}
	}
	return out
}

func benchWrite(b *testing.B, docs []schema.Document, write func(context.Context, *Store) (int64, error)) {
	ctx := context.Background()
	var quads int64
	var elapsed, cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s := mustOpen(b, benchStore())
		b.StartTimer()
		start, cpu0 := time.Now(), cpuTime()
		n, err := write(ctx, s)
		elapsed += time.Since(start)
		cpu += cpuTime() - cpu0
		if err != nil {
			b.Fatal(err)
		}
		quads += n
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
	b.ReportMetric(float64(len(docs)*b.N)/elapsed.Seconds(), "articles/s")
	// Other processes on a shared machine stretch the wall clock; quads per
	// second of this process's CPU time compares runs made under load.
	b.ReportMetric(float64(quads)/cpu.Seconds(), "quads/cpu-s")
}

// cpuTime is the user and system CPU time of this process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
