package server_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/server"
)

// reviewServer serves a store of two Eberles and a country, with writes
// allowed or not.
func reviewServer(t *testing.T, allowWrites bool) *server.Server {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for i, names := range [][]string{{"Tomas Eberle"}, {"T. Eberle"}, {"Ines Eberle"}} {
		id := string(rune('a' + i))
		d := &schema.Document{Article: schema.Article{ID: id, Date: "2025-06-0" + string(rune('1'+i)), Text: "text " + id},
			Entities: []schema.Entity{{Name: names[0], Type: schema.Person, Mentions: 1}, {Name: "Austria", Type: schema.Country, Mentions: 1}}}
		if _, err := s.AddDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	srv, err := server.New(ctx, withIndex(t, server.Config{Store: s, AllowedHosts: []string{testHost}, AllowWrites: allowWrites}))
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// send makes a request to srv; headers go on as given.
func send(srv *server.Server, method, path, body string, headers map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	req.Host = testHost
	req.Header.Set("Content-Type", "application/json")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec
}

type reviewBody struct {
	Candidates []struct{ Key string } `json:"candidates"`
	Merges     []struct{ From, By string }
	KeptApart  []string `json:"kept_apart"`
	CanWrite   bool     `json:"can_write"`
}

func getReview(t *testing.T, srv *server.Server) reviewBody {
	t.Helper()
	rec := send(srv, "GET", "/api/review/person/tomas-eberle", "", nil)
	if rec.Code != 200 {
		t.Fatalf("GET review = %d: %s", rec.Code, rec.Body)
	}
	var b reviewBody
	if err := json.Unmarshal(rec.Body.Bytes(), &b); err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReviewWritesRefused: the review's POST routes answer 403 on a
// read-only console, without the token, with a wrong one, and from
// another origin even with the token.
func TestReviewWritesRefused(t *testing.T) {
	ro, rw := reviewServer(t, false), reviewServer(t, true)
	pair := `{"a":"person/tomas-eberle","b":"person/t-eberle"}`
	tests := []struct {
		name    string
		srv     *server.Server
		headers map[string]string
	}{
		{"read-only console, with the token", ro, map[string]string{server.TokenHeader: ro.Token(), "Sec-Fetch-Site": "same-origin"}},
		{"no token", rw, map[string]string{"Sec-Fetch-Site": "same-origin"}},
		{"wrong token", rw, map[string]string{server.TokenHeader: ro.Token()}},
		{"another origin, with the token", rw, map[string]string{server.TokenHeader: rw.Token(), "Origin": "http://evil.example"}},
		{"cross-site, with the token", rw, map[string]string{server.TokenHeader: rw.Token(), "Sec-Fetch-Site": "cross-site"}},
		{"another loopback port, with the token", rw, map[string]string{server.TokenHeader: rw.Token(), "Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"}},
	}
	for _, tt := range tests {
		for _, route := range []string{"merge", "keep-apart", "unmerge", "undo-keep-apart"} {
			t.Run(tt.name+"/"+route, func(t *testing.T) {
				rec := send(tt.srv, "POST", "/api/review/"+route, pair, tt.headers)
				if rec.Code != 403 || !strings.Contains(rec.Body.String(), `"kind":"forbidden"`) {
					t.Errorf("POST %s = %d %s, want 403 forbidden", route, rec.Code, rec.Body)
				}
			})
		}
	}
	if b := getReview(t, rw); len(b.Candidates) != 1 || len(b.Merges) != 0 {
		t.Errorf("after refused writes the review is %+v, want T. Eberle still a candidate and no merge", b)
	}
	if getReview(t, ro).CanWrite || !getReview(t, rw).CanWrite {
		t.Error("can_write does not follow --allow-writes")
	}
}

// TestReviewMergeUndoKeepApart: from the page, a merge, its undo and a
// keep-apart, each showing in the review that follows.
func TestReviewMergeUndoKeepApart(t *testing.T) {
	srv := reviewServer(t, true)
	page := map[string]string{server.TokenHeader: srv.Token(), "Origin": "http://" + testHost, "Sec-Fetch-Site": "same-origin"}
	post := func(route, body string, want int) {
		t.Helper()
		if rec := send(srv, "POST", "/api/review/"+route, body, page); rec.Code != want {
			t.Fatalf("POST %s %s = %d %s, want %d", route, body, rec.Code, rec.Body, want)
		}
	}
	b := getReview(t, srv)
	if len(b.Candidates) != 1 || b.Candidates[0].Key != "person/t-eberle" {
		t.Fatalf("candidates = %+v, want person/t-eberle only", b.Candidates)
	}
	post("merge", `{"a":"person/tomas-eberle","b":"person/t-eberle"}`, 200)
	b = getReview(t, srv)
	if len(b.Candidates) != 0 || len(b.Merges) != 1 || b.Merges[0].From != "person/t-eberle" || b.Merges[0].By != "console" {
		t.Fatalf("after merge: %+v, want no candidate and the merge by console", b)
	}
	post("unmerge", `{"a":"person/tomas-eberle","b":"person/t-eberle"}`, 200)
	post("unmerge", `{"a":"person/tomas-eberle","b":"person/t-eberle"}`, 404)
	if b = getReview(t, srv); len(b.Candidates) != 1 || len(b.Merges) != 0 {
		t.Fatalf("after unmerge: %+v, want T. Eberle back as a candidate", b)
	}
	post("keep-apart", `{"a":"person/t-eberle","b":"Tomas Eberle"}`, 200)
	if b = getReview(t, srv); len(b.Candidates) != 0 || len(b.KeptApart) != 1 {
		t.Fatalf("after keep-apart: %+v, want no candidate, one kept apart", b)
	}
	post("merge", `{"a":"person/tomas-eberle","b":"country/austria"}`, 400)
	post("merge", `{"a":"person/tomas-eberle"}`, 400)
	post("merge", `not json`, 400)
	post("keep-apart", `{"a":"person/tomas-eberle","b":"person/nobody-here"}`, 404)
}

// TestReviewUndoKeepApart: a keep-apart undone from the page lists the
// entity as a likely duplicate again; without the token or from another
// origin the undo is refused (403) and the two stay apart; undoing again,
// or two entities never kept apart, is a 404.
func TestReviewUndoKeepApart(t *testing.T) {
	srv := reviewServer(t, true)
	page := map[string]string{server.TokenHeader: srv.Token(), "Origin": "http://" + testHost, "Sec-Fetch-Site": "same-origin"}
	pair := `{"a":"person/tomas-eberle","b":"person/t-eberle"}`
	if rec := send(srv, "POST", "/api/review/keep-apart", pair, page); rec.Code != 200 {
		t.Fatalf("keep-apart = %d %s", rec.Code, rec.Body)
	}
	for name, headers := range map[string]map[string]string{
		"no token":                       {"Sec-Fetch-Site": "same-origin"},
		"another origin, with the token": {server.TokenHeader: srv.Token(), "Origin": "http://evil.example"},
	} {
		if rec := send(srv, "POST", "/api/review/undo-keep-apart", pair, headers); rec.Code != 403 {
			t.Errorf("%s: undo-keep-apart = %d %s, want 403", name, rec.Code, rec.Body)
		}
	}
	if b := getReview(t, srv); len(b.Candidates) != 0 || len(b.KeptApart) != 1 {
		t.Fatalf("after refused undos: %+v, want the two still kept apart", b)
	}
	rec := send(srv, "POST", "/api/review/undo-keep-apart", `{"a":"person/t-eberle","b":"Tomas Eberle"}`, page)
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"a":"person/t-eberle","b":"person/tomas-eberle"`) {
		t.Fatalf("undo-keep-apart = %d %s, want 200 naming both", rec.Code, rec.Body)
	}
	if b := getReview(t, srv); len(b.Candidates) != 1 || b.Candidates[0].Key != "person/t-eberle" || len(b.KeptApart) != 0 {
		t.Fatalf("after the undo: %+v, want T. Eberle a candidate again and nothing kept apart", b)
	}
	for _, body := range []string{pair, `{"a":"person/tomas-eberle","b":"person/ines-eberle"}`} {
		if rec := send(srv, "POST", "/api/review/undo-keep-apart", body, page); rec.Code != 404 || !strings.Contains(rec.Body.String(), "not kept apart") {
			t.Errorf("undo-keep-apart %s = %d %s, want 404 not kept apart", body, rec.Code, rec.Body)
		}
	}
	if rec := send(srv, "POST", "/api/review/undo-keep-apart", `{"a":"person/tomas-eberle"}`, page); rec.Code != 400 {
		t.Errorf("undo-keep-apart with one entity = %d, want 400", rec.Code)
	}
}

// TestReviewUnmergeChain: T. Eberle merged into Tomas Eberle, then Tomas
// into Ines: asked to undo T. Eberle's merge from Ines, the server says
// which merge into Ines there is to undo; undone latest first, both
// answer 200.
func TestReviewUnmergeChain(t *testing.T) {
	srv := reviewServer(t, true)
	page := map[string]string{server.TokenHeader: srv.Token(), "Origin": "http://" + testHost, "Sec-Fetch-Site": "same-origin"}
	for _, step := range []struct {
		route, body string
		want        int
		says        string
	}{
		{"merge", `{"a":"person/tomas-eberle","b":"person/t-eberle"}`, 200, ""},
		{"merge", `{"a":"person/ines-eberle","b":"person/tomas-eberle"}`, 200, ""},
		{"unmerge", `{"a":"person/ines-eberle","b":"person/t-eberle"}`, 404, "merged into it: person/tomas-eberle"},
		{"unmerge", `{"a":"person/ines-eberle","b":"person/tomas-eberle"}`, 200, ""},
		{"unmerge", `{"a":"person/tomas-eberle","b":"person/t-eberle"}`, 200, ""},
	} {
		rec := send(srv, "POST", "/api/review/"+step.route, step.body, page)
		if rec.Code != step.want || !strings.Contains(rec.Body.String(), step.says) {
			t.Errorf("POST %s %s = %d %s, want %d saying %q", step.route, step.body, rec.Code, rec.Body, step.want, step.says)
		}
	}
}
