package graph

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/schema"
)

// FuzzExportRoundTrip drives arbitrary article fields through the schema's
// quads, the N-Quads export writer and two parsers. Properties: every IRI
// is valid and needs no escaping; the export has one line per quad; the
// strict reader takes every line and gives back every quad identically,
// in order; Cayley's own reader takes the export without error and reads
// the same quads. Seeds are in testdata/fuzz/FuzzExportRoundTrip:
//
//	go test -run - -fuzz FuzzExportRoundTrip -fuzztime 1m ./graph/
func FuzzExportRoundTrip(f *testing.F) {
	f.Add("veltrix-orbital", "https://news.example/veltrix", "Veltrix signs", "Example News", "Ada Okafor said: \"orbit\".", "2025-06-02")
	f.Fuzz(func(t *testing.T, id, url, title, publisher, text, date string) {
		d := &schema.Document{
			Article:  schema.Article{ID: id, URL: url, Title: title, Publisher: publisher, Text: text, Date: date, Origin: title},
			Entities: []schema.Entity{{Name: title, Type: schema.Person, Aliases: []string{publisher}}},
		}
		want := d.Quads()
		for _, q := range want {
			for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
				if iri, ok := v.(quad.IRI); ok {
					if got, err := schema.IRI(string(iri)); err != nil || got != iri {
						t.Fatalf("quad %v holds IRI %q: IRI() = %q, %v", q, iri, got, err)
					}
				}
			}
		}
		var buf bytes.Buffer
		w := newNQuadsWriter(&buf)
		if _, err := w.WriteQuads(want); err != nil {
			t.Fatalf("write: %v", err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if n := strings.Count(out, "\n"); n != len(want) {
			t.Fatalf("%d quads written as %d lines:\n%s", len(want), n, out)
		}
		got := readAllNQuads(t, out)
		if len(got) != len(want) {
			t.Fatalf("read %d quads, wrote %d", len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("quad %d read back as %#v, want %#v", i, got[i], want[i])
			}
		}
		assertSameKeys(t, "cayley's reader", keys(readCayley(t, out)), keys(want))
	})
}

// readCayley reads N-Quads with Cayley's own (lenient) reader.
func readCayley(tb testing.TB, text string) []quad.Quad {
	tb.Helper()
	return readAll(tb, "cayley's reader", nquads.NewReader(strings.NewReader(text), false))
}

// FuzzNQuadsReader feeds arbitrary text to the strict reader. Properties:
// no panic; a quad it takes is one the export writer can write, and that
// line reads back as the same quad.
//
//	go test -run - -fuzz FuzzNQuadsReader -fuzztime 1m ./graph/
func FuzzNQuadsReader(f *testing.F) {
	f.Add("<https://e.example/a> <https://e.example/p> \"x\\u0000\\n\"@en-GB <https://e.example/g> .\n_:b <https://e.example/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
	f.Add("<https://e.example/a> <https://e.example/b \"oops\" .")
	f.Fuzz(func(t *testing.T, text string) {
		r := NewNQuadsReader(strings.NewReader(text), "f.nq")
		for {
			q, err := r.ReadQuad()
			if err != nil {
				var pe *ParseError
				if !errors.Is(err, io.EOF) && !errors.As(err, &pe) {
					t.Fatalf("error %v is not a *ParseError", err)
				}
				return
			}
			line, err := appendNQuad(nil, q)
			if err != nil {
				t.Fatalf("read %#v, which the writer refuses: %v", q, err)
			}
			again := readAllNQuads(t, string(line))
			if len(again) != 1 || again[0] != q {
				t.Fatalf("%#v written as %q reads back as %#v", q, line, again)
			}
		}
	})
}
