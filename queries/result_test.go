package queries

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestResultWriters(t *testing.T) {
	r := &Result{Columns: []string{"name", "n"}, Rows: []map[string]any{
		{"name": "Ada\tOkafor\n", "n": int64(2)},
		{"name": "Bram Vos"},
	}}
	var table bytes.Buffer
	if err := r.WriteTable(&table); err != nil {
		t.Fatal(err)
	}
	if want := "name         n\nAda Okafor   2\nBram Vos\n"; table.String() != want {
		t.Errorf("WriteTable = %q, want %q", table.String(), want)
	}
	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatalf("WriteJSON wrote invalid JSON %q: %v", js.String(), err)
	}
	if len(got) != 2 || got[0]["n"] != 2.0 || got[1]["name"] != "Bram Vos" {
		t.Errorf("WriteJSON = %s", js.String())
	}
	js.Reset()
	(&Result{Columns: []string{"x"}}).WriteJSON(&js)
	if js.String() != "[]\n" {
		t.Errorf("empty WriteJSON = %q, want []", js.String())
	}
}

func TestShortIRI(t *testing.T) {
	for in, want := range map[string]string{
		"https://newsgraph.dev/id/person/ada-okafor":      "person/ada-okafor",
		"http://schema.org/name":                          "schema:name",
		"https://newsgraph.dev/ns#holder":                 "ng:holder",
		"http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "rdf:type",
		"https://example.org/x":                           "https://example.org/x",
	} {
		if got := shortIRI(quadIRI(in)); got != want {
			t.Errorf("shortIRI(%s) = %s, want %s", in, got, want)
		}
	}
}

func quadIRI(s string) quad.IRI { return quad.IRI(s) }
