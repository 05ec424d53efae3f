package nquads_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
)

// BenchmarkReader reads the N-Quads of the benchmark documents' facts
// (quadtest.BenchDocs, NEWSGRAPH_BENCH_ARTICLES of them) with the strict
// reader import uses and with Cayley's lenient one:
//
//	go test -run - -bench Reader ./nquads/
func BenchmarkReader(b *testing.B) {
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	for _, d := range quadtest.BenchDocs(b, quadtest.BenchArticles()) {
		if _, err := w.WriteQuads(d.Quads()); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
	text := buf.String()
	readers := map[string]func(string) quad.Reader{
		"strict": func(t string) quad.Reader { return nquads.NewReader(strings.NewReader(t), "bench.nq") },
		"cayley": func(t string) quad.Reader { return cnquads.NewReader(strings.NewReader(t), false) },
	}
	for _, name := range []string{"strict", "cayley"} {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				n, err := quad.Copy(discardQuads{}, readers[name](text))
				if err != nil || n == 0 {
					b.Fatalf("read %d quads: %v", n, err)
				}
			}
		})
	}
}

type discardQuads struct{}

func (discardQuads) WriteQuad(quad.Quad) error              { return nil }
func (discardQuads) WriteQuads(qs []quad.Quad) (int, error) { return len(qs), nil }
