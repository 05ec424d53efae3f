package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	cjson "github.com/cayleygraph/quad/json"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// The requests below are shaped as Cayley's clients send them: the curl
// examples of its docs (docs/http.md: POST the script or JSON quads as the
// body; curl -d sends application/x-www-form-urlencoded), its OpenAPI spec
// (docs/api/swagger.yml: lang, qu, format, sub, pred, obj, label, iri;
// Accept and Content-Type choose formats) and its Go client (client.go:
// GET /api/v2/read?format=pquads, POST /api/v2/write with
// application/x-protobuf).

const (
	ukraine = "<https://newsgraph.dev/id/country/ukraine>"
	name    = "<http://schema.org/name>"
)

// mustCayleyServer serves the bundled examples from a memstore, writes
// allowed or not.
func mustCayleyServer(tb testing.TB, allowWrites bool, maxRows int) *server.Server {
	tb.Helper()
	srv, err := server.New(context.Background(), withIndex(tb, server.Config{Store: searchtest.Examples(tb),
		QueryTimeout: 2 * time.Second, MaxRows: maxRows, AllowWrites: allowWrites, AllowedHosts: []string{testHost, "127.0.0.1"}}))
	if err != nil {
		tb.Fatal(err)
	}
	if err := srv.Ready(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return srv
}

type cayleyRequest struct {
	method, path, body string
	header             map[string]string
}

func (c cayleyRequest) do(srv http.Handler) *httptest.ResponseRecorder {
	method := c.method
	if method == "" {
		method = "GET"
	}
	req := httptest.NewRequest(method, c.path, strings.NewReader(c.body))
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec
}

func TestCayleyQueryV2(t *testing.T) {
	script := `g.V("` + ukraine + `").Out("` + name + `").All()`
	tests := []struct {
		name   string
		req    cayleyRequest
		status int
		ctype  string
		want   []string // regexps
	}{
		{name: "POST body, JSON", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo", body: script,
			header: map[string]string{"Content-Type": "application/x-www-form-urlencoded"}},
			status: 200, ctype: "application/json", want: []string{`^\{"result":\[\{"id":"Ukraine"\}(,\{"id":"Ukraine"\})*\]\}\n$`}},
		{name: "GET qu", req: cayleyRequest{path: "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(script)},
			status: 200, ctype: "application/json", want: []string{`^\{"result":\[\{"id":"Ukraine"\}`}},
		{name: "JSON-LD", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo",
			body: `g.V("` + ukraine + `").All()`, header: map[string]string{"Accept": "application/ld+json"}},
			status: 200, ctype: "application/ld+json", want: []string{`^\{"result":\[\{"id":\{"@id":"https://newsgraph.dev/id/country/ukraine"\}\}\]\}`}},
		{name: "JSON preferred by q", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo",
			body: `g.V("` + ukraine + `").All()`, header: map[string]string{"Accept": "application/ld+json;q=0.5, application/json"}},
			status: 200, ctype: "application/json", want: []string{`"id":"\\u003chttps://newsgraph.dev/id/country/ukraine\\u003e"`}},
		{name: "limit", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo&limit=2",
			body: `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").All()`},
			status: 200, want: []string{`^\{"result":\[\{"id":"[^"]+"\},\{"id":"[^"]+"\}\]\}`}},
		{name: "no language", req: cayleyRequest{method: "POST", path: "/api/v2/query", body: script},
			status: 400, want: []string{`^\{"error":"query language not specified"\}`}},
		{name: "unknown language", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=cobol", body: script},
			status: 400, want: []string{`^\{"error":"unknown query language"\}`}},
		{name: "language not served", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=graphql", body: "{ nodes { id } }"},
			status: 400, want: []string{`^\{"error":"query language graphql is not served here: use gizmo"\}`}},
		{name: "empty query", req: cayleyRequest{path: "/api/v2/query?lang=gizmo"},
			status: 400, want: []string{`^\{"error":"query is empty"\}`}},
		{name: "syntax error", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo", body: "g.V("},
			status: 400, want: []string{`^\{"error":"gizmo: line 1`}},
		{name: "bad limit", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo&limit=-3", body: script},
			status: 400, want: []string{`^\{"error":"limit`}},
		{name: "runaway script stops", req: cayleyRequest{method: "POST", path: "/api/v2/query?lang=gizmo", body: "while(true){}"},
			status: 504, want: []string{`^\{"error":"`}},
	}
	srv := mustCayleyServer(t, false, 500)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := tt.req.do(srv)
			assertAnswer(t, rec, tt.status, tt.ctype, tt.want)
		})
	}
}

func assertAnswer(t *testing.T, rec *httptest.ResponseRecorder, status int, ctype string, want []string) {
	t.Helper()
	got := rec.Body.String()
	if rec.Code != status {
		t.Fatalf("status %d, want %d\n%.600s", rec.Code, status, got)
	}
	if ctype == "" {
		ctype = "application/json"
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, ctype) {
		t.Errorf("Content-Type = %q, want %s", ct, ctype)
	}
	for _, w := range want {
		if !regexp.MustCompile(w).MatchString(got) {
			t.Errorf("body does not match %s\n%.800s", w, got)
		}
	}
}

// readQuads parses a read's answer in the given format with the format's
// reader: the strict N-Quads reader, or Cayley's.
func readQuads(t *testing.T, format string, body string) []quad.Quad {
	t.Helper()
	switch format {
	case "nquads":
		return quadtest.ReadNQuads(t, body)
	case "json":
		return quadtest.ReadAll(t, "json", cjson.NewReader(strings.NewReader(body)))
	case "json-stream":
		return quadtest.ReadAll(t, "json-stream", cjson.NewStreamReader(strings.NewReader(body)))
	case "pquads":
		return quadtest.ReadAll(t, "pquads", pquads.NewReader(strings.NewReader(body), pquads.DefaultMaxSize))
	}
	t.Fatalf("no reader for %s", format)
	return nil
}

// TestCayleyRead reads with each filter in each format, parses the answer
// with the format's reader, and compares it with the quads of the whole
// export that match the filter.
func TestCayleyRead(t *testing.T) {
	ada := "<https://newsgraph.dev/id/person/ada-okafor>"
	article := schema.ArticleIRI("f94c49e092e7b6f1")
	filters := []struct {
		name, query string
		match       func(q quad.Quad) bool
	}{
		{"sub", "sub=" + url.QueryEscape(ukraine), func(q quad.Quad) bool { return quad.StringOf(q.Subject) == ukraine }},
		{"sub and pred", "sub=" + url.QueryEscape(ukraine) + "&pred=" + url.QueryEscape(name), func(q quad.Quad) bool {
			return quad.StringOf(q.Subject) == ukraine && quad.StringOf(q.Predicate) == name
		}},
		{"obj literal", "obj=Ukraine", func(q quad.Quad) bool { return q.Object == quad.String("Ukraine") }},
		{"two subjects", "sub=" + url.QueryEscape(ukraine+","+ada), func(q quad.Quad) bool {
			return quad.StringOf(q.Subject) == ukraine || quad.StringOf(q.Subject) == ada
		}},
		{"label and pred", "label=" + url.QueryEscape(quad.StringOf(article)) + "&pred=" + url.QueryEscape(name), func(q quad.Quad) bool {
			return q.Label == article && quad.StringOf(q.Predicate) == name
		}},
	}
	formats := []struct {
		name   string
		param  string // format=
		accept string
		ctype  string
	}{
		{"nquads", "", "", "application/n-quads"},
		{"nquads", "", "application/n-quads", "application/n-quads"},
		{"json", "json", "", "application/json"},
		{"json", "", "text/html;q=0.9, application/json", "application/json"},
		{"json-stream", "json-stream", "", "application/x-json-stream"},
		{"pquads", "", "application/x-protobuf", "application/x-protobuf"},
	}
	srv := mustCayleyServer(t, false, 5000)
	all := quadtest.ReadNQuads(t, cayleyRequest{path: "/api/export?format=nquads"}.do(srv).Body.String())
	for _, f := range filters {
		var want []quad.Quad
		for _, q := range all {
			if f.match(q) {
				want = append(want, q)
			}
		}
		if len(want) == 0 {
			t.Fatalf("filter %s matches nothing in the export", f.name)
		}
		for _, ft := range formats {
			t.Run(f.name+"/"+ft.name+"/"+ft.accept, func(t *testing.T) {
				path := "/api/v2/read?" + f.query
				if ft.param != "" {
					path += "&format=" + ft.param
				}
				rec := cayleyRequest{path: path, header: map[string]string{"Accept": ft.accept}}.do(srv)
				if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), ft.ctype) {
					t.Fatalf("status %d, Content-Type %q; want 200, %s\n%.400s", rec.Code, rec.Header().Get("Content-Type"), ft.ctype, rec.Body.String())
				}
				got := readQuads(t, ft.name, rec.Body.String())
				quadtest.AssertSameKeys(t, "quads read", quadtest.Keys(got), quadtest.Keys(want))
				if tr := rec.Result().Trailer.Get("X-Newsgraph-Truncated"); tr != "false" {
					t.Errorf("trailer X-Newsgraph-Truncated = %q, want false", tr)
				}
			})
		}
	}
}

// TestCayleyReadFormats: the formats that are not quads parse as what
// they are.
func TestCayleyReadFormats(t *testing.T) {
	srv := mustCayleyServer(t, false, 500)
	tests := []struct{ format, ctype, want string }{
		{"jsonld", "application/ld+json", `"@id":\s*"https://newsgraph.dev/id/country/ukraine"`},
		{"nquads&iri=short", "application/n-quads", `<schema:name> "Ukraine"`},
		{"graphml", "application/xml", `<graphml`},
		{"gml", "text/plain", `graph \[`},
		{"graphviz", "text/vnd.graphviz", `digraph`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			rec := cayleyRequest{path: "/api/v2/read?format=" + tt.format + "&sub=" + url.QueryEscape(ukraine)}.do(srv)
			assertAnswer(t, rec, 200, tt.ctype, []string{tt.want})
			if tt.format == "jsonld" {
				// Its @context is inline: Cayley's reader fetches nothing.
				got := quadtest.ReadAll(t, "jsonld", jsonld.NewReader(rec.Body))
				want := quadtest.ReadNQuads(t, cayleyRequest{path: "/api/v2/read?sub=" + url.QueryEscape(ukraine)}.do(srv).Body.String())
				quadtest.AssertSameKeys(t, "JSON-LD read back", quadtest.Keys(got), quadtest.Keys(want))
			}
		})
	}
}

// TestCayleyFormats: every format the formats route lists for reading
// answers a read, and those it lists for writing are taken as bodies.
func TestCayleyFormats(t *testing.T) {
	srv := mustCayleyServer(t, true, 500)
	var formats []struct {
		ID          string
		Read, Write bool
	}
	if err := json.Unmarshal(cayleyRequest{path: "/api/v2/formats"}.do(srv).Body.Bytes(), &formats); err != nil {
		t.Fatal(err)
	}
	reads, writes := 0, 0
	for _, f := range formats {
		if f.Write {
			writes++
			if rec := (cayleyRequest{path: "/api/v2/read?format=" + f.ID + "&sub=" + url.QueryEscape(ukraine)}).do(srv); rec.Code != 200 {
				t.Errorf("read as %s: status %d %.200s", f.ID, rec.Code, rec.Body.String())
			}
		}
		if f.Read {
			reads++
			h := map[string]string{server.TokenHeader: srv.Token()}
			rec := cayleyRequest{method: "POST", path: "/api/v2/write?format=" + f.ID, body: "", header: h}.do(srv)
			if rec.Code != 200 {
				t.Errorf("empty write as %s: status %d %.200s", f.ID, rec.Code, rec.Body.String())
			}
		}
	}
	if reads != 4 || writes != 8 {
		t.Errorf("%d formats for writes and %d for reads, want 4 and 8: %+v", reads, writes, formats)
	}
}

func TestCayleyReadMaxRows(t *testing.T) {
	srv := mustCayleyServer(t, false, 3)
	rec := cayleyRequest{path: "/api/v2/read"}.do(srv)
	if got := len(quadtest.ReadNQuads(t, rec.Body.String())); rec.Code != 200 || got != 3 {
		t.Errorf("status %d, %d quads; want 200 and 3 (--max-rows)", rec.Code, got)
	}
	if tr := rec.Result().Trailer.Get("X-Newsgraph-Truncated"); tr != "true" {
		t.Errorf("trailer X-Newsgraph-Truncated = %q, want true", tr)
	}
}

func TestCayleyReadBadParams(t *testing.T) {
	tests := []struct{ name, query, want string }{
		{"IRI with a space", "sub=" + url.QueryEscape("<https://e.example/a b>"), `sub: IRI`},
		{"IRI that is no IRI", "pred=" + url.QueryEscape("<no iri>"), `pred: .*not an absolute IRI`},
		{"literal predicate", "pred=knows", `literal`},
		{"blank predicate", "pred=_:b1", `blank node`},
		{"bad language tag", "obj=" + url.QueryEscape(`"x"@not a tag`), `language tag`},
		{"too many values", "sub=" + strings.Repeat("a,", 200), `more than 100 values`},
		{"huge value", "obj=" + strings.Repeat("x", 70000), `longer than`},
		{"unknown format", "format=xml", `format \\"xml\\" is not supported`},
		{"unknown iri form", "iri=tiny", `iri \\"tiny\\"`},
	}
	srv := mustCayleyServer(t, false, 500)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := cayleyRequest{path: "/api/v2/read?" + tt.query}.do(srv)
			assertAnswer(t, rec, 400, "application/json", []string{`^\{"error":"`, tt.want})
		})
	}
}
