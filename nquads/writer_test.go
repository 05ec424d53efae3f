package nquads_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
)

// TestWriterLines: the bytes the writer gives each kind of value, and that
// every line reads back as the quad written (natives as their typed
// literals, invalid UTF-8 as U+FFFD).
func TestWriterLines(t *testing.T) {
	a, p := quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p")
	const head = "<https://e.example/a> <https://e.example/p> "
	tests := []struct {
		name string
		obj  quad.Value
		want string
	}{
		{"escapes", quad.String("q\"b\\n\nt\tr\rnul\x00del\x7f"), `"q\"b\\n\nt\tr\rnul\u0000del\u007F"`},
		{"invalid utf-8", quad.String("a\xffb"), "\"a\uFFFDb\""},
		{"boolean", quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{"integer", quad.Int(42), `"42"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{"language", quad.LangString{Value: "Кения", Lang: "ru"}, `"Кения"@ru`},
		{"blank node", quad.BNode("b1"), "_:b1"},
		{"IRI", quad.IRI("https://e.example/é"), "<https://e.example/é>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, err := nquads.AppendQuad(nil, quad.Make(a, p, tt.obj, a))
			if err != nil {
				t.Fatal(err)
			}
			if want := head + tt.want + " <https://e.example/a> .\n"; string(line) != want {
				t.Errorf("wrote %q, want %q", line, want)
			}
			want := nquads.FullDatatypes(tt.obj)
			if s, ok := tt.obj.(quad.String); ok {
				want = quad.String(strings.ToValidUTF8(string(s), "\uFFFD"))
			}
			if got := quadtest.ReadNQuads(t, string(line)); len(got) != 1 || got[0].Object != want {
				t.Errorf("%q reads back as %v, want object %#v", line, got, want)
			}
		})
	}
}

// TestWriterRefuses: a value with no N-Quads form in its place is an
// error, and nothing of the quad is written.
func TestWriterRefuses(t *testing.T) {
	a, p := quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p")
	tests := []struct {
		name string
		q    quad.Quad
		want string
	}{
		{"relative IRI", quad.Make(quad.IRI("s"), p, a, nil), "absolute"},
		{"blank predicate", quad.Make(a, quad.BNode("p"), a, nil), "cannot be written as the predicate"},
		{"literal subject", quad.Make(quad.String("s"), p, a, nil), "cannot be the subject"},
		{"bad language tag", quad.Make(a, p, quad.LangString{Value: "x", Lang: "1en"}, nil), "language tag"},
		{"bad blank node", quad.Make(a, p, quad.BNode("b> ."), nil), "blank node"},
		{"no object", quad.Quad{Subject: a, Predicate: p}, "invalid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w := nquads.NewWriter(&buf)
			err := w.WriteQuad(tt.q)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("WriteQuad(%v) = %v, want an error containing %q", tt.q, err, tt.want)
			}
			if err := w.Close(); err != nil || buf.Len() != 0 {
				t.Errorf("wrote %q (Close: %v), want nothing", buf.String(), err)
			}
		})
	}
}
