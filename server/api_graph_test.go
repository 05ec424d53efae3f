package server_test

import (
	"encoding/json"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

// graphAnswer is what the graph routes answer.
type graphAnswer struct {
	Nodes []struct{ ID, Label, Type string }
	Edges []struct {
		Source, Target, Predicate string
		Dates                     []string
		Articles                  int
	}
	Total   int
	Offset  int
	Partial bool
	More    bool
}

// TestGraphSameOrigin: the graph routes answer only the console's page,
// like the rest of the API (guard.go): another site's script cannot read
// the graph through a visitor's browser.
func TestGraphSameOrigin(t *testing.T) {
	srv := mustExampleServer(t)
	for site, want := range map[string]int{"same-origin": 200, "cross-site": 403, "same-site": 403} {
		req := httptest.NewRequest("GET", "/api/graph/neighbors?id=person/ada-okafor", nil)
		req.Header.Set("Sec-Fetch-Site", site)
		if site != "same-origin" {
			req.Header.Set("Origin", "http://evil.example")
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Sec-Fetch-Site %s: status %d, want %d", site, rec.Code, want)
		}
	}
}

func TestGraphRoutes(t *testing.T) {
	srv := mustExampleServer(t)
	get := func(t *testing.T, path string) (int, string, graphAnswer) {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		var g graphAnswer
		if rec.Code == 200 {
			if err := json.Unmarshal(rec.Body.Bytes(), &g); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
		}
		return rec.Code, rec.Body.String(), g
	}
	t.Run("neighbors page and total", func(t *testing.T) {
		code, body, g := get(t, "/api/graph/neighbors?id=country/kenya&limit=3")
		if code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		// Kenya is mentioned by all 11 articles, and by statements.
		if g.Total <= 11 || len(g.Nodes) != 4 || g.Nodes[0].ID != "country/kenya" || g.Nodes[0].Label != "Kenya" {
			t.Fatalf("total %d, nodes %+v", g.Total, g.Nodes)
		}
		for _, e := range g.Edges {
			if e.Target != "country/kenya" || e.Predicate != "mentions" && e.Predicate != "roleIn" {
				t.Errorf("edge %+v", e)
			}
			for _, d := range e.Dates {
				if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(d) {
					t.Errorf("edge date %q", d)
				}
			}
		}
		_, _, rest := get(t, "/api/graph/neighbors?id=country/kenya&limit=3&offset=3")
		if rest.Offset != 3 || len(rest.Nodes) != 4 || rest.Nodes[1].ID == g.Nodes[1].ID {
			t.Errorf("second page %+v", rest.Nodes)
		}
		_, _, count := get(t, "/api/graph/neighbors?id=country/kenya&limit=0")
		if count.Total != g.Total || len(count.Nodes) != 1 || len(count.Edges) != 0 {
			t.Errorf("count only: total %d, %d nodes", count.Total, len(count.Nodes))
		}
		_, _, def := get(t, "/api/graph/neighbors?id="+url.QueryEscape("<https://newsgraph.dev/id/country/kenya>"))
		if len(def.Nodes) != 1+min(25, g.Total) {
			t.Errorf("default limit: %d nodes of %d", len(def.Nodes), g.Total)
		}
	})
	t.Run("path draws its middle nodes", func(t *testing.T) {
		code, body, g := get(t, "/api/graph/path?from=Okafor&to=Kenya")
		if code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		types := map[string]int{}
		for _, n := range g.Nodes {
			types[n.Type]++
		}
		if types["person"] != 1 || types["country"] != 1 || types["article"] == 0 || len(g.Edges) < 2*types["article"] {
			t.Errorf("types %v, %d edges", types, len(g.Edges))
		}
	})
	t.Run("nodes by key", func(t *testing.T) {
		_, body, g := get(t, "/api/graph/nodes?id=person/ada-okafor&id=article/f94c49e092e7b6f1&id=person/nobody")
		if len(g.Nodes) != 2 || g.Nodes[0].Label != "Ada Okafor" || g.Nodes[1].Type != "article" {
			t.Errorf("nodes %s", body)
		}
	})
	t.Run("edges among nodes", func(t *testing.T) {
		_, body, g := get(t, "/api/graph/edges?id=person/ada-okafor&id=article/f94c49e092e7b6f1&id=country/kenya&id=article/nairobi-ledger-2025-07-14")
		links := map[string]bool{}
		for _, e := range g.Edges {
			links[e.Source+" "+e.Predicate+" "+e.Target] = true
		}
		for _, want := range []string{"article/f94c49e092e7b6f1 mentions person/ada-okafor", "article/nairobi-ledger-2025-07-14 mentions country/kenya"} {
			if !links[want] {
				t.Errorf("no %s in %s", want, body)
			}
		}
		if len(g.Nodes) != 0 || len(g.Edges) != 4 {
			t.Errorf("want 4 edges and no nodes: %s", body)
		}
	})
	bad := []struct {
		path   string
		status int
		want   string
	}{
		{"/api/graph/neighbors", 400, `missing parameter id`},
		{"/api/graph/neighbors?id=", 400, `not a node key`},
		{"/api/graph/neighbors?id=query/q", 400, `not a node key`},
		{"/api/graph/neighbors?id=person/a%20b", 400, `not a node key`},
		{"/api/graph/neighbors?id=person/a%0Ab", 400, `control character`},
		{"/api/graph/neighbors?id=person/%FF", 400, `not UTF-8`},
		{"/api/graph/neighbors?id=person/" + strings.Repeat("a", 600), 400, `longer than 512 bytes`},
		{"/api/graph/neighbors?id=person/ada-okafor&limit=101", 400, `limit=\"101\": want a whole number from 0 to 100`},
		{"/api/graph/neighbors?id=person/ada-okafor&limit=-1", 400, `limit=`},
		{"/api/graph/neighbors?id=person/ada-okafor&offset=x", 400, `offset=`},
		{"/api/graph/neighbors?id=person/ada-okafor&id=person/x", 400, `id given 2 times`},
		{"/api/graph/neighbors?id=person/ada-okafor&depth=9", 400, `unknown parameter \"depth\"`},
		{"/api/graph/neighbors?id=person/nobody-at-all", 404, `no node`},
		{"/api/graph/path?from=Okafor", 400, `missing parameter to`},
		{"/api/graph/path?from=Okafor&to=Kenya&hops=5", 400, `hops=`},
		{"/api/graph/path?from=Okafor&to=Atlantis", 404, `Atlantis`},
		{"/api/graph/nodes", 400, `give from 1 to 250`},
		{"/api/graph/nodes?" + strings.Repeat("id=person/a&", 251), 400, `got 251`},
		{"/api/graph/nodes?id=../etc/passwd", 400, `not a node key`},
		{"/api/graph/edges?id=person/a&limit=3", 400, `unknown parameter`},
		{"/api/graph/edges", 400, `give from 1 to 250`},
	}
	for _, b := range bad {
		t.Run(b.path[:min(len(b.path), 70)], func(t *testing.T) {
			code, body, _ := get(t, b.path)
			if code != b.status || !strings.Contains(body, b.want) {
				t.Errorf("status %d, body %s; want %d and %s", code, body, b.status, b.want)
			}
		})
	}
}
