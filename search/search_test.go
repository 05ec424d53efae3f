package search_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/search/searchtest"
)

func mustCatalog(tb testing.TB) *search.Catalog {
	tb.Helper()
	c, err := search.Build(context.Background(), searchtest.Examples(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func TestCatalogCounts(t *testing.T) {
	c := mustCatalog(t)
	if len(c.Articles) != 11 || len(c.Statements) == 0 || len(c.Entities) < 40 || c.Quads == 0 {
		t.Fatalf("catalog: %d articles, %d statements, %d entities, %d quads",
			len(c.Articles), len(c.Statements), len(c.Entities), c.Quads)
	}
	okafor, ok := c.EntityByKey("person/ada-okafor")
	if !ok || okafor.Name != "Ada Okafor" || len(okafor.Said) == 0 || len(okafor.Roles) == 0 {
		t.Fatalf("Ada Okafor = %+v, %v", okafor, ok)
	}
	for i := 1; i < len(okafor.Said); i++ {
		if c.Statements[okafor.Said[i-1]].Date < c.Statements[okafor.Said[i]].Date {
			t.Fatalf("statements not newest first")
		}
	}
}

func TestLookupPrefix(t *testing.T) {
	c := mustCatalog(t)
	tests := []struct{ prefix, want string }{
		{"Україна", "country/ukraine"},
		{"укр", "country/ukraine"},
		{"okaf", "person/ada-okafor"},
		{"@adaokafor", "person/ada-okafor"},
		{"veltrix", "company/veltrix-corp"},
	}
	for _, tt := range tests {
		ids := c.LookupPrefix(tt.prefix, 5)
		if len(ids) == 0 || c.Entities[ids[0]].Key != tt.want {
			var got []string
			for _, id := range ids {
				got = append(got, c.Entities[id].Key)
			}
			t.Errorf("LookupPrefix(%q) = %v, want %s first", tt.prefix, got, tt.want)
		}
	}
}

func TestSearch(t *testing.T) {
	c := mustCatalog(t)
	tests := []struct {
		name    string
		args    map[string]string
		wantHit string // a substring of some hit's text or title
		check   func(*search.Results) string
	}{
		{name: "words rank articles and statements", args: map[string]string{"q": "satellite loan"}, wantHit: "loan"},
		{name: "cyrillic words", args: map[string]string{"q": "Олена Гриценко"}, wantHit: "Ukraine"},
		{name: "prefix of the last word", args: map[string]string{"q": "escap"}, wantHit: "Escaping"},
		{name: "role at org and mentions", args: map[string]string{"q": "org:Veltrix mentions:Kenya"},
			check: func(r *search.Results) string {
				for _, h := range r.Hits {
					if h.Kind != "statement" {
						return "non-statement hit " + h.Key
					}
				}
				if len(r.Hits) == 0 {
					return "no hits"
				}
				return ""
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := search.ParseRequest(tt.args)
			if err != nil {
				t.Fatal(err)
			}
			res, err := c.Search(req)
			if err != nil {
				t.Fatal(err)
			}
			if tt.check != nil {
				if msg := tt.check(res); msg != "" {
					t.Fatal(msg)
				}
				return
			}
			for _, h := range res.Hits {
				if strings.Contains(h.Text, tt.wantHit) || strings.Contains(h.Title, tt.wantHit) {
					return
				}
			}
			t.Errorf("Search(%v): no hit with %q in %d hits", tt.args, tt.wantHit, len(res.Hits))
		})
	}
}

func TestSearchErrors(t *testing.T) {
	c := mustCatalog(t)
	tests := []struct {
		args map[string]string
		want error
	}{
		{map[string]string{"q": ""}, search.ErrInvalid},
		{map[string]string{"q": "x", "mentions": "Atlantis"}, search.ErrNotFound},
		{map[string]string{"q": "x", "kind": "planet"}, search.ErrInvalid},
	}
	for _, tt := range tests {
		req, err := search.ParseRequest(tt.args)
		if err == nil {
			_, err = c.Search(req)
		}
		if !errors.Is(err, tt.want) {
			t.Errorf("Search(%v) error = %v, want %v", tt.args, err, tt.want)
		}
	}
}
