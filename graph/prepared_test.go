package graph

import (
	"reflect"
	"testing"
	"time"

	graphlog "github.com/cayleygraph/cayley/graph/log"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// TestSplitAddsEqualsCayley: splitAdds gives what Cayley's InsertQuads
// gives, node updates, reference counts and quad hashes, for the quads of
// a load (values repeated across articles) and for values of every type,
// repeated, triples among them.
func TestSplitAddsEqualsCayley(t *testing.T) {
	var qs []quad.Quad
	for _, d := range quadtest.BenchDocs(t, 20) {
		qs = append(qs, d.Quads()...)
	}
	s, label := quad.IRI("http://example.org/thing/1"), quad.IRI("http://example.org/import/1")
	for _, o := range []quad.Value{quad.Int(7), quad.Float(2.5), quad.Bool(true), quad.String("seven"),
		quad.LangString{Value: "sept", Lang: "fr"}, quad.TypedString{Value: "7", Type: "http://example.org/t"},
		quad.Time(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)), quad.BNode("b1"), s} {
		qs = append(qs, quad.Make(s, quad.IRI("http://example.org/p"), o, label), quad.Make(s, quad.IRI("http://example.org/q"), o, nil))
	}
	if len(qs) < 1000 {
		t.Fatalf("only %d quads", len(qs))
	}
	got, want := splitAdds(qs), graphlog.InsertQuads(qs)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("splitAdds differs from InsertQuads: %d/%d nodes, %d/%d quads", len(got.IncNode), len(want.IncNode), len(got.QuadAdd), len(want.QuadAdd))
	}
}
