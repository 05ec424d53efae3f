package nquads_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
)

// FuzzReader feeds arbitrary text to the strict reader. Properties:
// no panic; a quad it takes is one the export writer can write, and that
// line reads back as the same quad.
//
//	go test -run - -fuzz FuzzReader -fuzztime 1m ./nquads/
func FuzzReader(f *testing.F) {
	f.Add("<https://e.example/a> <https://e.example/p> \"x\\u0000\\n\"@en-GB <https://e.example/g> .\n_:b <https://e.example/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
	f.Add("<https://e.example/a> <https://e.example/b \"oops\" .")
	f.Fuzz(func(t *testing.T, text string) {
		r := nquads.NewReader(strings.NewReader(text), "f.nq")
		for {
			q, err := r.ReadQuad()
			if err != nil {
				var pe *nquads.ParseError
				if !errors.Is(err, io.EOF) && !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				return
			}
			line, err := nquads.AppendQuad(nil, q)
			if err != nil {
				t.Fatalf("read %#v, which the writer refuses: %v", q, err)
			}
			again := quadtest.ReadNQuads(t, string(line))
			if len(again) != 1 || again[0] != q {
				t.Fatalf("%#v written as %q reads back as %#v", q, line, again)
			}
		}
	})
}
