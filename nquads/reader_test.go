package nquads_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

func TestReaderAccepts(t *testing.T) {
	const a, p, g = "<https://e.example/a>", "<https://e.example/p>", "<https://e.example/g>"
	tests := []struct {
		name, line string
		want       quad.Quad
	}{
		{"triple", a + " " + p + " " + a + " .", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
		{"quad, tabs, comment", "\t" + a + "\t" + p + ` "x" ` + g + " . # note", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("x"), quad.IRI("https://e.example/g"))},
		{"no spaces", a + p + `"x"` + g + ".", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("x"), quad.IRI("https://e.example/g"))},
		{"escapes", a + " " + p + ` "q\"b\\n\nt\tu\u00e9U\U0001F680z\u0000" .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.String("q\"b\\n\nt\tuéU🚀z\x00"), nil)},
		{"typed", a + " " + p + ` "2025-06-01"^^<http://www.w3.org/2001/XMLSchema#date> .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), schema.Date("2025-06-01"), nil)},
		{"language", a + " " + p + ` "Лена"@ru-Cyrl .`, quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.LangString{Value: "Лена", Lang: "ru-Cyrl"}, nil)},
		{"blank nodes", "_:b1 " + p + " _:b.2.", quad.Make(quad.BNode("b1"), quad.IRI("https://e.example/p"), quad.BNode("b.2"), nil)},
		{"uchar in IRI", `<https://e.example/\u00E9> ` + p + " " + a + " .", quad.Make(quad.IRI("https://e.example/é"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
		{"crlf", a + " " + p + " " + a + " .\r", quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), quad.IRI("https://e.example/a"), nil)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quadtest.ReadNQuads(t, "# comment\n\n"+tt.line+"\n")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("read %q = %#v, want %#v", tt.line, got, tt.want)
			}
		})
	}
}

// TestReaderRejects: every line Cayley's lenient reader takes as
// something else, and every IRI that is not valid, is an error with the
// file and line.
func TestReaderRejects(t *testing.T) {
	const a, p = "<https://e.example/a>", "<https://e.example/p>"
	tests := []struct{ name, line, want string }{
		{"unterminated predicate", a + ` <https://e.example/b "oops" .`, "not allowed in an IRI"},
		{"bare word object", a + " " + p + " c .", "want an IRI, a blank node or a literal"},
		{"space in IRI", `<https://e.example/a b> ` + p + " " + a + " .", "not allowed in an IRI"},
		{"relative IRI", "<s> " + p + " " + a + " .", "not an absolute IRI"},
		{"IRI needing escapes", `<https://e.example/\u007B> ` + p + " " + a + " .", "must be percent-encoded"},
		{"bad percent", `<https://e.example/%zz> ` + p + " " + a + " .", "must be percent-encoded"},
		{"incomplete", a + " " + p + " .", "subject, a predicate and an object"},
		{"no dot", a + " " + p + " " + a, "want '.'"},
		{"text after", a + " " + p + " " + a + " . x", "text after"},
		{"literal subject", `"s" ` + p + " " + a + " .", "subject"},
		{"blank predicate", a + " _:p " + a + " .", "want an IRI"},
		{"literal label", a + " " + p + ` "o" "g" .`, "want an IRI or a blank node"},
		{"invalid utf-8", a + " " + p + " \"\xff\" .", "invalid UTF-8"},
		{"short escape", a + " " + p + ` "\u12" .`, "escape"},
		{"surrogate", a + " " + p + ` "\uD800" .`, "bad escape"},
		{"bad echar", a + " " + p + ` "\x" .`, "bad escape"},
		{"unterminated string", a + " " + p + ` "abc .`, "unterminated string"},
		{"bad language", a + " " + p + ` "x"@1en .`, "language tag"},
		{"bad blank node", "_:-b " + p + " " + a + " .", "blank node"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := nquads.NewReader(strings.NewReader(a+" "+p+" "+a+" .\n\n"+tt.line+"\n"), "bad.nq")
			if _, err := r.ReadQuad(); err != nil {
				t.Fatalf("line 1: %v", err)
			}
			_, err := r.ReadQuad()
			var pe *nquads.ParseError
			if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), "bad.nq:3: ") || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("read %q: error %v, want bad.nq:3: … %s", tt.line, err, tt.want)
			}
		})
	}
}

func TestReaderLongLine(t *testing.T) {
	r := nquads.NewReader(io.MultiReader(strings.NewReader(`<https://e.example/a> <https://e.example/p> "`), zeros{}), "big.nq")
	if _, err := r.ReadQuad(); err == nil || !strings.Contains(err.Error(), "big.nq:1: line longer than") {
		t.Errorf("endless line: %v, want a line-length error", err)
	}
}

// zeros is an endless reader of 'a' bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}
