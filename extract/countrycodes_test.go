package extract

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// TestCountryCodes: every country of the gazetteer's table but Kosovo
// (whose code ISO has not assigned) has its codes; the historical states
// the lexicon adds (Yugoslavia) have none, and a Document's country entities
// become nodes that carry them.
func TestCountryCodes(t *testing.T) {
	codes := newCountryCodes()
	n := 0
	for line := range strings.SplitSeq(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, _, _ := strings.Cut(line, "\t")
		if _, ok := codes[name]; !ok && name != "Kosovo" {
			t.Errorf("no codes for %s", name)
		}
		n++
	}
	if n < 190 || len(codes) != n-1 {
		t.Errorf("%d codes for %d countries of the gazetteer, want all but Kosovo's", len(codes), n)
	}
	d := schema.Document{
		Article: schema.Article{ID: "kyiv-talks", Date: "2025-06-02"},
		Entities: []schema.Entity{
			{Name: "Ukraine", Type: schema.Country},
			{Name: "United Kingdom", Type: schema.Country},
			{Name: "Ukraine", Type: schema.Person}, // a name the table knows, on no country
			{Name: "Atlantis", Type: schema.Country},
		},
	}
	setCountryCodes(d.Entities, codes)
	want := map[int][2]string{0: {"UA", "UKR"}, 1: {"GB", "GBR"}, 2: {}, 3: {}}
	for i, w := range want {
		if got := [2]string{d.Entities[i].Alpha2, d.Entities[i].Alpha3}; got != w {
			t.Errorf("entity %d (%s %s): codes %v, want %v", i, d.Entities[i].Type, d.Entities[i].Name, got, w)
		}
	}
	got := map[string]bool{}
	for _, q := range d.Quads() {
		got[q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String()] = true
	}
	uk := schema.EntityIRI(schema.Country, "United Kingdom").String()
	for _, w := range []string{
		uk + " " + schema.PredAlpha2.String() + " " + quad.String("GB").String(),
		uk + " " + schema.PredAlpha3.String() + " " + quad.String("GBR").String(),
	} {
		if !got[w] {
			t.Errorf("missing quad %s", w)
		}
	}
	for k := range got {
		if strings.Contains(k, "iso3166") && !strings.Contains(k, "/country/ukraine") && !strings.HasPrefix(k, uk) {
			t.Errorf("unexpected code quad %s", k)
		}
	}
}
