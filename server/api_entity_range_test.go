package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// rangeArticles are made up: Amara Quist chairs Corvel Mining (Peru) in
// February, runs Tessaro Bank (Chile) in March.
var rangeArticles = []schema.Article{
	{ID: "quist-feb", Date: "2025-02-10", Title: "Corvel Mining names a new chair as it expands in Peru",
		Text: `"We will open two copper mines in Peru within three years," said Amara Quist, chair of Corvel Mining. The company said Peru had approved its permits.`},
	{ID: "quist-mar", Date: "2025-03-12", Title: "Tessaro Bank hires Amara Quist to run its lending in Chile",
		Text: `"Chile needs patient lenders for its solar farms," said Amara Quist, chief executive of Tessaro Bank. The bank will open an office in Santiago, Chile.`},
}

func rangeServer(t *testing.T) *server.Server {
	t.Helper()
	store := searchtest.MustOpen(t)
	searchtest.Load(t, store, rangeArticles)
	srv, err := server.New(context.Background(), withIndex(t, server.Config{Store: store,
		QueryTimeout: time.Second, AllowedHosts: []string{testHost}}))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Ready(context.Background()); err != nil {
		t.Fatal(err)
	}
	return srv
}

// TestEntityRolesAndCoMentionsInRange: GET /api/entity/KEY?from=&to=
// answers the roles stated and the entities mentioned in the entity's
// articles of the range only.
func TestEntityRolesAndCoMentionsInRange(t *testing.T) {
	srv := rangeServer(t)
	type ref struct{ Key string }
	type page struct {
		Roles []struct {
			Title        string
			Org          *ref
			Articles     []ref
			ArticleCount int `json:"article_count"`
		}
		RolesTotal  int   `json:"roles_total"`
		RoleSample  int   `json:"role_sample"`
		CoMentioned []ref `json:"co_mentioned"`
	}
	for _, tc := range []struct {
		query, roles, co string
		sample           int // articles of the range the roles were counted over
	}{
		{"", "chair@company/corvel-mining×1[quist-feb] chief executive@company/tessaro-bank×1[quist-mar]",
			"company/corvel-mining company/tessaro-bank country/chile country/peru", 0},
		{"?from=2025-03-01&to=2025-03-31", "chief executive@company/tessaro-bank×1[quist-mar]", "company/tessaro-bank country/chile", 1},
		{"?to=2025-02-28", "chair@company/corvel-mining×1[quist-feb]", "company/corvel-mining country/peru", 1},
		{"?from=2025-04-01", "", "", 0},
	} {
		var p page
		getJSON(t, srv, "/api/entity/person/amara-quist"+tc.query, &p)
		var roles, co []string
		for _, r := range p.Roles {
			var arts []string
			for _, a := range r.Articles {
				arts = append(arts, a.Key)
			}
			roles = append(roles, fmt.Sprintf("%s@%s×%d%v", r.Title, r.Org.Key, r.ArticleCount, arts))
		}
		for _, c := range p.CoMentioned {
			co = append(co, c.Key)
		}
		slices.Sort(roles)
		slices.Sort(co)
		if got := strings.Join(roles, " "); got != tc.roles || p.RolesTotal != len(roles) {
			t.Errorf("GET %s: roles %q (total %d), want %q", tc.query, got, p.RolesTotal, tc.roles)
		}
		if got := strings.Join(co, " "); got != tc.co {
			t.Errorf("GET %s: co-mentions %q, want %q", tc.query, got, tc.co)
		}
		if p.RoleSample != tc.sample {
			t.Errorf("GET %s: roles counted over %d articles, want %d", tc.query, p.RoleSample, tc.sample)
		}
	}
	for _, bad := range []string{"?from=2025-3-01", "?to=2025-02-30", "?from=2025-04-01&to=2025-03-01"} {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/entity/person/amara-quist"+bad, nil))
		var body struct{ Kind string }
		json.Unmarshal(rec.Body.Bytes(), &body)
		if rec.Code != 400 || body.Kind != "invalid" {
			t.Errorf("GET %s: %d %s, want 400 invalid", bad, rec.Code, body.Kind)
		}
	}
}
