package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/client"
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

// written are the quads the write tests send: made-up facts under a
// label of their own.
const written = `<https://e.example/person/lina-voss> <http://schema.org/name> "Lina Voss" <https://e.example/import/1> .
<https://e.example/person/lina-voss> <http://schema.org/worksFor> <https://e.example/org/brightwater-ltd> <https://e.example/import/1> .
<https://e.example/org/brightwater-ltd> <http://schema.org/name> "Brightwater Ltd"@en .
<https://e.example/org/brightwater-ltd> <http://schema.org/foundingDate> "2019-04-01"^^<http://www.w3.org/2001/XMLSchema#date> .
`

// writtenFilter reads back the quads of written.
const writtenFilter = "/api/v2/read?sub=" + "%3Chttps://e.example/person/lina-voss%3E,%3Chttps://e.example/org/brightwater-ltd%3E"

// readWritten reads back the quads of written as N-Quads.
func readWritten(srv http.Handler) string {
	return cayleyRequest{path: writtenFilter}.do(srv).Body.String()
}

// bodies returns written in each body format of Cayley's write, with the
// Content-Type its clients send.
func bodies(t *testing.T) []struct{ name, path, ctype, body string } {
	quads := quadtest.ReadNQuads(t, written)
	var js, stream, pq strings.Builder
	encode := func(w quad.WriteCloser) {
		if _, err := w.WriteQuads(quads); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	encode(cjson.NewWriter(&js))
	encode(cjson.NewStreamWriter(&stream))
	encode(pquads.NewWriter(&pq, nil))
	return []struct{ name, path, ctype, body string }{
		{"v2 N-Quads", "/api/v2/%s", "application/n-quads", written},
		{"v2 N-Quads as curl -d sends it", "/api/v2/%s", "application/x-www-form-urlencoded", written},
		{"v2 N-Quads by format", "/api/v2/%s?format=nquads", "text/plain", written},
		{"v2 JSON", "/api/v2/%s", "application/json", js.String()},
		{"v2 JSON stream", "/api/v2/%s", "application/x-json-stream", stream.String()},
		{"v2 pquads", "/api/v2/%s", "application/x-protobuf", pq.String()},
		{"v1 JSON", "/api/v1/%s", "application/x-www-form-urlencoded", js.String()},
	}
}

func quadCount(t *testing.T, srv http.Handler) int {
	t.Helper()
	var st struct{ Quads int }
	if err := json.Unmarshal(cayleyRequest{path: "/api/stats"}.do(srv).Body.Bytes(), &st); err != nil {
		t.Fatal(err)
	}
	return st.Quads
}

// TestCayleyWriteReadDelete writes the same quads in each format, reads
// them back, sees the console's count follow, deletes them and reads
// nothing back.
func TestCayleyWriteReadDelete(t *testing.T) {
	want := quadtest.Keys(quadtest.ReadNQuads(t, written))
	for _, b := range bodies(t) {
		t.Run(b.name, func(t *testing.T) {
			srv := mustCayleyServer(t, true, 500)
			auth := map[string]string{"Content-Type": b.ctype, server.TokenHeader: srv.Token()}
			before := quadCount(t, srv)
			rec := cayleyRequest{method: "POST", path: fmt.Sprintf(b.path, "write"), body: b.body, header: auth}.do(srv)
			assertAnswer(t, rec, 200, "application/json", []string{`"result":"Successfully wrote 4 quads\."`, `"added":4`})
			if strings.HasPrefix(b.path, "/api/v2") && !strings.Contains(rec.Body.String(), `"count":4`) {
				t.Errorf("v2 write answer has no count: %s", rec.Body.String())
			}
			got := quadtest.ReadNQuads(t, readWritten(srv))
			quadtest.AssertSameKeys(t, "quads read back", quadtest.Keys(got), want)
			if after := quadCount(t, srv); after != before+4 {
				t.Errorf("the console counts %d quads after the write, want %d", after, before+4)
			}
			rec = cayleyRequest{method: "POST", path: fmt.Sprintf(b.path, "delete"), body: b.body, header: auth}.do(srv)
			assertAnswer(t, rec, 200, "application/json", []string{`"result":"Successfully deleted 4 quads\."`, `"deleted":4`})
			if left := readWritten(srv); left != "" {
				t.Errorf("quads left after the delete:\n%s", left)
			}
			if after := quadCount(t, srv); after != before {
				t.Errorf("the console counts %d quads after the delete, want %d", after, before)
			}
		})
	}
}

// TestCayleyWritesRefused: without --allow-writes, the token, or from a
// browser, every write and delete route answers 403 and changes nothing.
func TestCayleyWritesRefused(t *testing.T) {
	open := mustCayleyServer(t, true, 500)
	closed := mustCayleyServer(t, false, 500)
	tests := []struct {
		name   string
		srv    *server.Server
		header map[string]string
		want   string
	}{
		{"no --allow-writes", closed, map[string]string{server.TokenHeader: closed.Token()}, `database is read-only`},
		{"no token", open, nil, `missing or wrong X-Newsgraph-Token`},
		{"wrong token", open, map[string]string{server.TokenHeader: "x" + open.Token()}, `missing or wrong X-Newsgraph-Token`},
		{"the console's own page", open, map[string]string{server.TokenHeader: open.Token(), "Sec-Fetch-Site": "same-origin"},
			`refused to browsers \(Sec-Fetch-Site\)`},
		{"same origin", open, map[string]string{server.TokenHeader: open.Token(), "Origin": "http://" + testHost},
			`refused to browsers \(Origin\)`},
		{"another origin", open, map[string]string{server.TokenHeader: open.Token(), "Origin": "http://evil.example"},
			`answers only its own page`},
	}
	for _, tt := range tests {
		for _, route := range []string{"/api/v1/write", "/api/v1/delete", "/api/v2/write", "/api/v2/delete"} {
			t.Run(tt.name+route, func(t *testing.T) {
				rec := cayleyRequest{method: "POST", path: route, body: written, header: tt.header}.do(tt.srv)
				assertAnswer(t, rec, 403, "application/json", []string{`^\{"error":"`, tt.want})
				if got := readWritten(tt.srv); got != "" {
					t.Errorf("a refused write wrote:\n%s", got)
				}
			})
		}
	}
}

// TestCayleyWriteBadBodies: hostile or malformed bodies are refused whole
// with 400 (413 past the body limit), and nothing is written.
func TestCayleyWriteBadBodies(t *testing.T) {
	good := `<https://e.example/a> <https://e.example/p> "ok" .` + "\n"
	tests := []struct {
		name, path, ctype, body string
		status                  int
		want                    string
	}{
		{"N-Quads bad line", "/api/v2/write", "application/n-quads", good + `<https://e.example/b> <https://e.example/p "x" .` + "\n", 400, `request body:2: `},
		{"N-Quads IRI with a space", "/api/v2/write", "application/n-quads", `<https://e.example/a b> <https://e.example/p> "x" .` + "\n", 400, `request body:1: `},
		{"JSON IRI with a space", "/api/v2/write", "application/json",
			`[{"subject":"<https://e.example/a b>","predicate":"<https://e.example/p>","object":"x"}]`, 400, `quad 1: IRI`},
		{"JSON literal predicate", "/api/v2/write", "application/json",
			`[{"subject":"<https://e.example/a>","predicate":"knows","object":"x"}]`, 400, `literal \\"knows\\" cannot be the predicate`},
		{"JSON NUL in an IRI", "/api/v1/write", "application/json",
			`[{"subject":"<https://e.example/a\u0000>","predicate":"<https://e.example/p>","object":"x"}]`, 400, `quad 1: `},
		{"JSON no object", "/api/v2/write", "application/json", `[{"subject":"<https://e.example/a>","predicate":"<https://e.example/p>"}]`, 400, `quad 1: `},
		{"JSON syntax", "/api/v1/write", "application/json", `[{"subject":`, 400, `unexpected EOF`},
		{"JSON-LD", "/api/v2/write", "application/ld+json", `{"@context":"https://e.example/ctx.jsonld","@id":"https://e.example/a"}`, 400, `JSON-LD is not read`},
		{"unknown format", "/api/v2/write?format=xml", "", good, 400, `format \\"xml\\" is not supported`},
		{"too large", "/api/v2/write", "application/n-quads", strings.Repeat(good, server.MaxBodyBytes/len(good)+1), 413, `larger than`},
	}
	srv := mustCayleyServer(t, true, 500)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := quadCount(t, srv)
			h := map[string]string{"Content-Type": tt.ctype, server.TokenHeader: srv.Token()}
			rec := cayleyRequest{method: "POST", path: tt.path, body: tt.body, header: h}.do(srv)
			assertAnswer(t, rec, tt.status, "application/json", []string{`^\{"error":"`, tt.want})
			if after := quadCount(t, srv); after != before {
				t.Errorf("a refused write changed the count from %d to %d", before, after)
			}
		})
	}
	t.Run("gzip", func(t *testing.T) {
		h := map[string]string{"Content-Encoding": "gzip", server.TokenHeader: srv.Token()}
		rec := cayleyRequest{method: "POST", path: "/api/v2/write", body: good, header: h}.do(srv)
		assertAnswer(t, rec, 415, "application/json", []string{`Content-Encoding`})
	})
}

// TestCayleyGoClient writes and reads with Cayley's own Go client (pquads
// both ways), which adds no header: the test's transport adds the token.
func TestCayleyGoClient(t *testing.T) {
	srv := mustCayleyServer(t, true, 100000)
	ts := httptest.NewServer(srv)
	defer ts.Close()
	c := client.New(ts.URL)
	c.SetHTTPClient(&http.Client{Transport: tokenTransport{srv.Token()}})
	qw, err := c.QuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	quads := quadtest.ReadNQuads(t, written)
	if _, err := qw.WriteQuads(quads); err != nil {
		t.Fatal(err)
	}
	if err := qw.Close(); err != nil {
		t.Fatalf("QuadWriter.Close: %v", err)
	}
	qr, err := c.QuadReader()
	if err != nil {
		t.Fatal(err)
	}
	defer qr.Close()
	all := quadtest.ReadAll(t, "QuadReader", qr)
	var got []quad.Quad
	for _, q := range all {
		if s := quad.StringOf(q.Subject); strings.HasPrefix(s, "<https://e.example/") {
			got = append(got, q)
		}
	}
	quadtest.AssertSameKeys(t, "quads the client reads back", quadtest.Keys(got), quadtest.Keys(quads))
}

type tokenTransport struct{ token string }

func (tt tokenTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set(server.TokenHeader, tt.token)
	return http.DefaultTransport.RoundTrip(r)
}
