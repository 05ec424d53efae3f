package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/client"
	"github.com/cayleygraph/quad"
	cjson "github.com/cayleygraph/quad/json"
	"github.com/cayleygraph/quad/pquads"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/server"
)

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
