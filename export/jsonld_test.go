package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// jsonldOf writes qs with the streaming JSON-LD writer.
func jsonldOf(tb testing.TB, qs []quad.Quad) (string, error) {
	tb.Helper()
	var buf bytes.Buffer
	w := newJSONLDWriter(&buf)
	if _, err := w.WriteQuads(qs); err != nil {
		return "", err
	}
	err := w.Close()
	return buf.String(), err
}

// readJSONLD expands a JSON-LD document to quads with json-gold (through
// Cayley's reader), failing on anything that is not valid JSON.
func readJSONLD(tb testing.TB, doc string) []quad.Quad {
	tb.Helper()
	if !json.Valid([]byte(doc)) {
		tb.Fatalf("not valid JSON:\n%s", doc)
	}
	got, err := quad.ReadAll(jsonld.NewReader(strings.NewReader(doc)))
	if err != nil {
		tb.Fatalf("reading JSON-LD: %v", err)
	}
	return got
}

func TestJSONLDWriter(t *testing.T) {
	iri := func(s string) quad.IRI { return quad.IRI("https://e.example/" + s) }
	a, b := iri("graph/a"), iri("graph/b")
	tests := []struct {
		name  string
		quads []quad.Quad
	}{
		{"empty", nil},
		{"default graph only", []quad.Quad{quad.Make(iri("s"), iri("p"), "x", nil)}},
		{"graphs interleaved, a subject split", []quad.Quad{
			quad.Make(iri("s"), iri("p"), "1", a),
			quad.Make(iri("s"), iri("q"), iri("o"), a),
			quad.Make(iri("t"), iri("p"), quad.LangString{Value: "Лена", Lang: "ru"}, nil),
			quad.Make(iri("s"), iri("p"), "2", a),
			quad.Make(iri("s"), iri("p"), quad.TypedString{Value: "3", Type: "http://www.w3.org/2001/XMLSchema#integer"}, b),
			quad.Make(quad.BNode("n1"), iri("p"), quad.BNode("n1"), b),
			quad.Make(iri("s"), quad.IRI("http://schema.org/name"), "tab\tNUL\x00 <>&\u2028", nil),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := jsonldOf(t, tt.quads)
			if err != nil {
				t.Fatal(err)
			}
			want := quadtest.Keys(tt.quads)
			got := quadtest.Keys(readJSONLD(t, doc))
			if strings.Contains(strings.Join(want, "\n"), "_:") {
				// JSON-LD names blank nodes anew: compare all but their labels.
				want, got = blankLabelsOut(want), blankLabelsOut(got)
			}
			quadtest.AssertSameKeys(t, "JSON-LD read back", got, want)
		})
	}
}

// blankLabelsOut replaces every blank node label with _:b.
func blankLabelsOut(ks []string) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		f := strings.Fields(k)
		for j, w := range f {
			if strings.HasPrefix(w, "_:") {
				f[j] = "_:b"
			}
		}
		out[i] = strings.Join(f, " ")
	}
	return out
}

// TestJSONLDHostileStore: the JSON-LD export of a store of hostile
// articles is valid JSON that expands to the store's quads. json-gold
// drops http(s) IRIs longer than 2,083 characters (its URL check), so the
// 10,000-character url is left to jsonld.js (TestN3AndJSONLDReadHostileExport).
func TestJSONLDHostileStore(t *testing.T) {
	s := mustOpen(t, "bolt")
	for _, d := range quadtest.Hostile() {
		if d.ID != "long" {
			mustAdd(t, s, d)
		}
	}
	got := readJSONLD(t, exportString(t, s, FormatJSONLD, ""))
	quadtest.AssertSameKeys(t, "JSON-LD read back", quadtest.Keys(got), storeKeys(t, s, ""))
}

// TestJSONLDRefusesPrefixScheme: an IRI whose scheme is a prefix of the
// @context would expand to another IRI, so the export fails instead.
func TestJSONLDRefusesPrefixScheme(t *testing.T) {
	q := quad.Make(quad.IRI("schema:x"), quad.IRI("https://e.example/p"), "v", nil)
	if _, err := jsonldOf(t, []quad.Quad{q}); err == nil || !strings.Contains(err.Error(), `JSON-LD prefix "schema"`) {
		t.Errorf("writing <schema:x> = %v, want an error naming the prefix", err)
	}
}
