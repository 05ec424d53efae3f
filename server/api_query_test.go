package server_test

import (
	"strings"
	"testing"
)

// TestPathCellsLinked: every entity and article of a path chain is among
// the answer's refs, so the console links each.
func TestPathCellsLinked(t *testing.T) {
	srv := mustExampleServer(t)
	var res struct {
		Rows []map[string]any
		Refs map[string]struct{ Kind, Key string }
	}
	getJSON(t, srv, "/api/queries/path?from=Okafor&to=Kenya", &res)
	if len(res.Rows) == 0 {
		t.Fatal("no path from Okafor to Kenya")
	}
	chain, _ := res.Rows[0]["path"].(string)
	if res.Refs["Ada Okafor"].Key != "person/ada-okafor" || res.Refs["Kenya"].Key != "country/kenya" {
		t.Errorf("the chain's ends are not linked: %v", res.Refs)
	}
	_, rest, ok := strings.Cut(chain, "article(")
	id, _, _ := strings.Cut(rest, ")")
	if !ok || res.Refs[id].Kind != "article" {
		t.Errorf("the article of %q is not linked: %v", chain, res.Refs[id])
	}
}

// TestSearchByKindOrDates: a kind of document or a date range alone lists
// those documents, newest first; nothing at all is still refused.
func TestSearchByKindOrDates(t *testing.T) {
	srv := mustExampleServer(t)
	var arts struct {
		Hits  []struct{ Kind, Date string }
		Total int
	}
	getJSON(t, srv, "/api/search?kind=article&limit=100", &arts)
	if arts.Total != 11 || len(arts.Hits) != 11 {
		t.Errorf("kind=article alone: %d hits of %d, want the 11 articles", len(arts.Hits), arts.Total)
	}
	for i, h := range arts.Hits {
		if h.Kind != "article" || (i > 0 && h.Date > arts.Hits[i-1].Date) {
			t.Errorf("hit %d: %s of %s, want articles newest first", i, h.Kind, h.Date)
		}
	}
	var some struct{ Hits []struct{ Date string } }
	getJSON(t, srv, "/api/search?from=2025-07-01&to=2025-07-31", &some)
	if len(some.Hits) == 0 {
		t.Error("a date range alone found nothing")
	}
	for _, h := range some.Hits {
		if h.Date < "2025-07-01" || h.Date > "2025-07-31" {
			t.Errorf("hit of %s outside July", h.Date)
		}
	}
}
