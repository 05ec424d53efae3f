package server_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// testHost is the Host of httptest.NewRequest; the test servers allow it
// as --allowed-host would.
const testHost = "example.com"

// mustExampleServer serves the bundled examples from a memstore, with a
// search index of the test's.
func mustExampleServer(tb testing.TB) *server.Server {
	tb.Helper()
	srv, err := server.New(context.Background(), withIndex(tb, server.Config{Store: searchtest.Examples(tb),
		QueryTimeout: time.Second, MaxRows: 500, AllowedHosts: []string{testHost}}))
	if err != nil {
		tb.Fatal(err)
	}
	if err := srv.Ready(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return srv
}

type routeTest struct {
	name   string
	method string
	path   string
	body   string
	status int
	want   []string // regexps the body must match
	ctype  string   // prefix of Content-Type; default application/json
}

var routeTests = []routeTest{
	{name: "index", path: "/", status: 200, ctype: "text/html",
		want: []string{`<script src="/assets/app.js">`, `<meta name="newsgraph-token" content="[A-Za-z0-9_-]{43}">`}},
	{name: "bundle", path: "/assets/app.js", status: 200, ctype: "text/javascript", want: []string{`cytoscape|Cytoscape`}},
	{name: "style", path: "/assets/style.css", status: 200, ctype: "text/css", want: []string{`--accent`}},
	{name: "missing asset", path: "/assets/nope.js", status: 404, ctype: "text/plain"},
	{name: "query list", path: "/api/queries", status: 200,
		want: []string{`"name":"statements"`, `"name":"search"`, `"required":true`}},
	{name: "run saved query", path: "/api/queries/statements?speaker=Okafor", status: 200,
		want: []string{`"columns":\["speaker","text"`, `"speaker":"Ada Okafor"`, `"refs":\{.*"Ada Okafor":\{"kind":"entity","key":"person/ada-okafor"`}},
	{name: "saved query alias in Cyrillic", path: "/api/queries/mentions?entity=%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%B0", status: 200,
		want: []string{`"anchors":\["country/ukraine"\]`, `"title":"Ukraine signs Veltrix`}},
	{name: "saved query missing parameter", path: "/api/queries/mentions", status: 400,
		want: []string{`"kind":"invalid"`, `missing required parameter entity`}},
	{name: "saved query unknown entity", path: "/api/queries/mentions?entity=Atlantis", status: 404,
		want: []string{`"kind":"not_found"`, `Atlantis`}},
	{name: "unknown saved query", path: "/api/queries/nope", status: 400, want: []string{`unknown query`}},
	{name: "search as saved query", path: "/api/queries/search?q=satellite", status: 200,
		want: []string{`"columns":\["kind","key","title"`, `"kind":"article"`}},
	{name: "gizmo", method: "POST", path: "/api/gizmo", status: 200,
		body: `g.V("<https://newsgraph.dev/id/person/ada-okafor>").Out("<http://schema.org/name>").All()`,
		want: []string{`"columns":\["id"\]`, `"id":"Ada Okafor"`}},
	{name: "gizmo syntax error has its line", method: "POST", path: "/api/gizmo", status: 400,
		body: "g.V()\n.All(;", want: []string{`"kind":"invalid"`, `"line":2`}},
	{name: "gizmo empty", method: "POST", path: "/api/gizmo", status: 400, want: []string{`empty Gizmo script`}},
	{name: "gizmo runaway script stops", method: "POST", path: "/api/gizmo", status: 504,
		body: "while(true){}", want: []string{`"kind":"timeout"`}},
	{name: "gizmo wrong method", path: "/api/gizmo", status: 405, want: []string{`use POST`}},
	{name: "cayley v1 gizmo", method: "POST", path: "/api/v1/query/gizmo", status: 200,
		body: `g.V("<https://newsgraph.dev/id/country/ukraine>").Out("<http://schema.org/name>").All()`,
		want: []string{`^\{"result":\[\{"id":"Ukraine"\}(,\{"id":"Ukraine"\})*\]\}`}},
	{name: "cayley v1 gizmo error", method: "POST", path: "/api/v1/query/gizmo", status: 400,
		body: "g.V(", want: []string{`^\{"error":"`}},
	{name: "entity lookup by prefix", path: "/api/entities?prefix=%D1%83%D0%BA%D1%80", status: 200,
		want: []string{`^\[\{"kind":"entity","key":"country/ukraine"`}},
	{name: "entity lookup by alias", path: "/api/entities?prefix=@adaokafor", status: 200,
		want: []string{`"key":"person/ada-okafor"`}},
	{name: "entity", path: "/api/entity/person/ada-okafor", status: 200,
		want: []string{`"name":"Ada Okafor"`, `"aliases":\[\{"name":"@adaokafor","articles":\[\{"key"`,
			`"roles":\[\{"title":"`, `"said":\[\{"key":"statement/`, `"co_mentioned":\[\{"key":"`,
			`"graph":\{"nodes":\[\{"id":"person/ada-okafor"`}},
	{name: "entity by alias", path: "/api/entity/Okafor", status: 200, want: []string{`"key":"person/ada-okafor"`}},
	{name: "entity first page", path: "/api/entity/country/kenya?limit=2", status: 200,
		want: []string{`"articles":\[\{"id":"[^"]+","title":"[^"]+","date":"[^"]+"\},\{"id":"[^"]+","title":"[^"]+","date":"[^"]+"\}\]`,
			`"article_count":([3-9]|[1-9][0-9]+)`, `"page_size":2`}},
	{name: "entity later page", path: "/api/entity/country/kenya?list=articles&offset=2&limit=1", status: 200,
		want: []string{`^\{"list":"articles","offset":2,"total":([3-9]|[1-9][0-9]+),"articles":\[\{"id":"[^"]+","title":"[^"]+","date":"[^"]+"\}\]\}`}},
	{name: "entity statements page", path: "/api/entity/person/ada-okafor?list=said&offset=1&limit=1", status: 200,
		want: []string{`"list":"said","offset":1,"total":([2-9]|[1-9][0-9]+)`, `"statements":\[\{"key":"statement/[^"]+","text":"(\\.|[^"\\])+","date":"[^"]+","kind":"(quote|reported)","speaker":\{"key":"person/ada-okafor"`}},
	{name: "entity unknown list", path: "/api/entity/country/kenya?list=friends", status: 400, want: []string{`no list \\"friends\\"`}},
	{name: "entity bad offset", path: "/api/entity/country/kenya?list=articles&offset=-1", status: 400, want: []string{`offset=\\"-1\\"`}},
	{name: "entity page too large", path: "/api/entity/country/kenya?limit=100000", status: 400, want: []string{`limit=`}},
	{name: "entity unknown", path: "/api/entity/person/nobody-at-all", status: 404, want: []string{`"kind":"not_found"`}},
	{name: "article escapes nothing itself but keeps the text", path: "/api/article/f94c49e092e7b6f1", status: 200,
		want: []string{`\\u003cscript\\u003ealert\(\\"x\\"\)\\u003c/script\\u003e`, `"e":"company/veltrix-corp"`, `"q":0`}},
	{name: "article unknown", path: "/api/article/nope", status: 404, want: []string{`no article`}},
	{name: "stats", path: "/api/stats", status: 200,
		want: []string{`"articles":11`, `"quads":[1-9]`, `"person":[1-9]`, `"top":\[\{"kind":"entity","key":"`, `"timeline":\[\{"date":"2025-`}},
	{name: "search words", path: "/api/search?q=satellite+loan", status: 200, want: []string{`"hits":\[\{`, `"total":[1-9]`}},
	{name: "search with graph filters", path: "/api/search?q=org:Veltrix+mentions:Kenya", status: 200,
		want: []string{`"hits":\[\{"kind":"statement"`}},
	{name: "search empty", path: "/api/search?q=", status: 400, want: []string{`nothing to search for`}},
	{name: "search unknown filter", path: "/api/search?q=planet:Mars", status: 400, want: []string{`unknown filter`}},
	{name: "export nquads", path: "/api/export?format=nquads", status: 200, ctype: "application/n-quads",
		want: []string{`<https://newsgraph.dev/id/person/ada-okafor> <http://schema.org/name> "Ada Okafor" <https://newsgraph.dev/id/article/`}},
	{name: "export jsonld one article", path: "/api/export?format=jsonld&article=f94c49e092e7b6f1", status: 200,
		ctype: "application/ld+json", want: []string{`"@context"`}},
	{name: "export bad format", path: "/api/export?format=xml", status: 400, want: []string{`unknown export format`}},
	{name: "unknown api route", path: "/api/nope", status: 404, want: []string{`no API route`}},
}

func TestRoutes(t *testing.T) {
	srv := mustExampleServer(t)
	for _, tt := range routeTests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			method := tt.method
			if method == "" {
				method = "GET"
			}
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, httptest.NewRequest(method, tt.path, body))
			got := rec.Body.String()
			if rec.Code != tt.status {
				t.Fatalf("%s %s: status %d, want %d\n%.600s", method, tt.path, rec.Code, tt.status, got)
			}
			ctype := tt.ctype
			if ctype == "" {
				ctype = "application/json"
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, ctype) {
				t.Errorf("Content-Type = %q, want %s", ct, ctype)
			}
			for _, w := range tt.want {
				if !regexp.MustCompile(w).MatchString(got) {
					t.Errorf("%s %s: body does not match %s\n%.800s", method, tt.path, w, got)
				}
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	rec := httptest.NewRecorder()
	mustExampleServer(t).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'self'") || strings.Contains(csp, "http") {
		t.Errorf("Content-Security-Policy = %q: the page must load only from its own origin", csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no X-Content-Type-Options: nosniff")
	}
}

func TestBodyLimit(t *testing.T) {
	big := strings.Repeat("x", server.MaxBodyBytes+10)
	rec := httptest.NewRecorder()
	mustExampleServer(t).ServeHTTP(rec, httptest.NewRequest("POST", "/api/gizmo", strings.NewReader(big)))
	if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), `"kind":"too_large"`) {
		t.Errorf("status %d, body %.200s; want 413 too_large", rec.Code, rec.Body.String())
	}
}

func TestMaxRows(t *testing.T) {
	store := searchtest.Examples(t)
	srv, err := server.New(context.Background(), withIndex(t, server.Config{Store: store, MaxRows: 3, AllowedHosts: []string{testHost}}))
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/queries/entities", nil))
	if n := strings.Count(rec.Body.String(), `"entity":`); n != 3 || !strings.Contains(rec.Body.String(), `"truncated":true`) {
		t.Errorf("got %d rows, want 3 and truncated: %.300s", n, rec.Body.String())
	}
}

func TestAssetsFS(t *testing.T) {
	if err := fstest.TestFS(server.Assets(), "index.html", "app.js", "style.css"); err != nil {
		t.Fatal(err)
	}
}
