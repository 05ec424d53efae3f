package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/server"
)

// The bundled examples are dated from May to September 2025; June and July
// hold some of them, not all.
const (
	rangeFrom = "2025-06-01"
	rangeTo   = "2025-07-31"
	inRange   = "from=" + rangeFrom + "&to=" + rangeTo
)

func getJSON(t *testing.T, srv *server.Server, path string, v any) {
	t.Helper()
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != 200 {
		t.Fatalf("GET %s: status %d: %.300s", path, rec.Code, rec.Body.String())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

func within(date string) bool { return date >= rangeFrom && date <= rangeTo }

func TestStatsDateRange(t *testing.T) {
	srv := mustExampleServer(t)
	type overview struct {
		Articles, Statements int
		Entities             map[string]int
		Timeline             []struct {
			Date  string
			Count int
		}
		Latest []struct{ Date string }
		Top    []struct{ Key string }
	}
	var all, some overview
	getJSON(t, srv, "/api/stats", &all)
	getJSON(t, srv, "/api/stats?"+inRange, &some)
	want := 0
	for _, d := range all.Timeline {
		if within(d.Date) {
			want += d.Count
		}
	}
	if some.Statements != want || want == 0 || want == all.Statements {
		t.Errorf("statements from %s to %s: %d, want %d of the timeline's (all: %d)", rangeFrom, rangeTo, some.Statements, want, all.Statements)
	}
	if some.Articles == 0 || some.Articles >= all.Articles {
		t.Errorf("articles in range: %d of %d", some.Articles, all.Articles)
	}
	for _, d := range some.Timeline {
		if !within(d.Date) {
			t.Errorf("timeline day %s outside the range", d.Date)
		}
	}
	for _, a := range some.Latest {
		if !within(a.Date) {
			t.Errorf("latest article of %s outside the range", a.Date)
		}
	}
	if len(some.Top) == 0 || some.Entities["person"] == 0 || some.Entities["person"] > all.Entities["person"] {
		t.Errorf("top %d, people %d (all %d)", len(some.Top), some.Entities["person"], all.Entities["person"])
	}
}

func TestEntityDateRange(t *testing.T) {
	srv := mustExampleServer(t)
	type stmt struct{ Date string }
	type entity struct {
		SaidTotal    int    `json:"said_total"`
		Said         []stmt `json:"said"`
		ArticleCount int    `json:"article_count"`
		Articles     []stmt `json:"articles"`
	}
	type timeline struct {
		Timeline []stmt `json:"timeline"`
	}
	var all, some entity
	var allPosts, somePosts timeline
	getJSON(t, srv, "/api/entity/person/ada-okafor", &all)
	getJSON(t, srv, "/api/entity/person/ada-okafor?"+inRange, &some)
	getJSON(t, srv, "/api/entity/person/ada-okafor?list=timeline", &allPosts)
	getJSON(t, srv, "/api/entity/person/ada-okafor?list=timeline&"+inRange, &somePosts)
	want := 0
	for _, s := range all.Said {
		if within(s.Date) {
			want++
		}
	}
	if some.SaidTotal != want || len(some.Said) != want || want == all.SaidTotal {
		t.Errorf("said in range: %d (%d rows), want %d of %d", some.SaidTotal, len(some.Said), want, all.SaidTotal)
	}
	for _, list := range [][]stmt{some.Articles, somePosts.Timeline} {
		for _, s := range list {
			if !within(s.Date) {
				t.Errorf("row of %s outside the range", s.Date)
			}
		}
	}
	if len(allPosts.Timeline) == 0 || len(somePosts.Timeline) >= len(allPosts.Timeline) {
		t.Errorf("a person's posts: %d, in the range %d", len(allPosts.Timeline), len(somePosts.Timeline))
	}
	var page struct{ Total int }
	getJSON(t, srv, "/api/entity/person/ada-okafor?list=said&"+inRange, &page)
	if page.Total != want {
		t.Errorf("said list in range: %d, want %d", page.Total, want)
	}
}

func TestSearchAndStatementsDateRange(t *testing.T) {
	srv := mustExampleServer(t)
	type found struct {
		Hits  []struct{ Date string }
		Total int
	}
	var allHits, hits found
	getJSON(t, srv, "/api/search?q=mentions:Kenya", &allHits)
	getJSON(t, srv, "/api/search?q=mentions:Kenya&"+inRange, &hits)
	if hits.Total >= allHits.Total {
		t.Errorf("search in range: %d hits, all dates: %d", hits.Total, allHits.Total)
	}
	for _, h := range hits.Hits {
		if !within(h.Date) {
			t.Errorf("search hit of %s outside the range", h.Date)
		}
	}
	type rows struct {
		Rows []map[string]any
	}
	var all, some rows
	getJSON(t, srv, "/api/queries/statements?limit=0&speaker=Okafor", &all)
	getJSON(t, srv, "/api/queries/statements?limit=0&speaker=Okafor&"+inRange, &some)
	want := 0
	for _, r := range all.Rows {
		if d, _ := r["date"].(string); within(d) {
			want++
		}
	}
	if len(some.Rows) != want || want == 0 || want == len(all.Rows) {
		t.Errorf("statements in range: %d rows, want %d of %d", len(some.Rows), want, len(all.Rows))
	}
	var unfiltered rows
	getJSON(t, srv, "/api/queries/statements?limit=0&"+inRange, &unfiltered)
	for _, r := range unfiltered.Rows {
		if d, _ := r["date"].(string); !within(d) {
			t.Errorf("statement of %q outside the range", d)
		}
	}
	if len(unfiltered.Rows) < want {
		t.Errorf("statements in range without a speaker: %d rows, fewer than Okafor's %d", len(unfiltered.Rows), want)
	}
}

func TestBadDates(t *testing.T) {
	srv := mustExampleServer(t)
	for _, tt := range []struct{ path, field string }{
		{"/api/stats?from=2025-13-01", "from"},
		{"/api/stats?to=yesterday", "to"},
		{"/api/stats?from=2025-07-01&to=2025-06-01", "from"},
		{"/api/entity/person/ada-okafor?from=2025-6-1", "from"},
		{"/api/entity/person/ada-okafor?list=said&to=2025-02-30", "to"},
		{"/api/search?q=Kenya&from=01/06/2025", "from"},
		{"/api/queries/statements?to=2025-06", "to"},
		{"/api/queries/search?q=Kenya&from=x", "from"},
	} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		var body struct{ Error, Kind string }
		json.Unmarshal(rec.Body.Bytes(), &body)
		if rec.Code != 400 || body.Kind != "invalid" || !strings.Contains(body.Error, "parameter "+tt.field) {
			t.Errorf("GET %s: %d %+v, want 400 naming parameter %s", tt.path, rec.Code, body, tt.field)
		}
	}
}
