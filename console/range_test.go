package console_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/console"
	"github.com/newsgraph/newsgraph/search"
)

// quistModel is a model of three made-up articles about Amara Quist: in
// February chair of Corvel Mining (Peru), in March twice chief executive of
// Tessaro Bank (Chile).
func quistModel(t *testing.T) *console.Model {
	t.Helper()
	m, _ := newModel(t, article(t, "quist-feb.txt", "quist-feb", "2025-02-10"),
		article(t, "quist-mar.txt", "quist-mar", "2025-03-12"), article(t, "quist-mar2.txt", "quist-mar2", "2025-03-20"))
	return m
}

// TestEntityRolesAndCoMentionsFollowTheRange: over a range, the entity
// page's roles are those stated in its articles of the range, counted and
// sourced there, and its co-mentions those of its articles of the range.
func TestEntityRolesAndCoMentionsFollowTheRange(t *testing.T) {
	m := quistModel(t)
	for _, tc := range []struct {
		name        string
		d           search.Dates
		roles       string // title @ org ×count [articles], by count
		rolesTotal  int
		coMentioned string // key ×count, by count then name
		articles    int
	}{
		{"all dates", search.Dates{},
			"chief executive @ company/tessaro-bank ×2 [quist-mar quist-mar2]; chair @ company/corvel-mining ×1 [quist-feb]", 2,
			"country/chile ×2, company/tessaro-bank ×2, company/corvel-mining ×1, country/peru ×1", 3},
		{"march", search.Dates{From: "2025-03-01", To: "2025-03-31"},
			"chief executive @ company/tessaro-bank ×2 [quist-mar quist-mar2]", 1,
			"country/chile ×2, company/tessaro-bank ×2", 2},
		{"february", search.Dates{From: "2025-02-01", To: "2025-02-28"},
			"chair @ company/corvel-mining ×1 [quist-feb]", 1,
			"company/corvel-mining ×1, country/peru ×1", 1},
		{"from the second march article", search.Dates{From: "2025-03-15"},
			"chief executive @ company/tessaro-bank ×1 [quist-mar2]", 1,
			"country/chile ×1, company/tessaro-bank ×1", 1},
		{"april", search.Dates{From: "2025-04-01", To: "2025-04-30"}, "", 0, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := m.Entity(context.Background(), "Amara Quist", 0, tc.d)
			if err != nil {
				t.Fatal(err)
			}
			if got := roleList(e.Roles); got != tc.roles || e.RolesTotal != tc.rolesTotal {
				t.Errorf("roles = %q (%d in all), want %q (%d)", got, e.RolesTotal, tc.roles, tc.rolesTotal)
			}
			if got := coMentionList(e.CoMentioned); got != tc.coMentioned {
				t.Errorf("co-mentions = %q, want %q", got, tc.coMentioned)
			}
			if e.ArticleCount != tc.articles || e.CoMentionSample != tc.articles {
				t.Errorf("%d articles, co-mentions over %d; want %d", e.ArticleCount, e.CoMentionSample, tc.articles)
			}
			if ranged := tc.d != (search.Dates{}); ranged && e.RoleSample != tc.articles || !ranged && e.RoleSample != 0 {
				t.Errorf("roles counted over %d articles of the range, want %d", e.RoleSample, tc.articles)
			}
		})
	}
}

// TestOrganisationRolesFollowTheRange: an organisation's page lists the
// roles that belong to it by the same rule.
func TestOrganisationRolesFollowTheRange(t *testing.T) {
	m := quistModel(t)
	for d, want := range map[search.Dates]string{
		{}:                                     "chair @ company/corvel-mining ×1 [quist-feb]",
		{From: "2025-02-01", To: "2025-02-28"}: "chair @ company/corvel-mining ×1 [quist-feb]",
		{From: "2025-03-01", To: "2025-03-31"}: "",
	} {
		e, err := m.Entity(context.Background(), "company/corvel-mining", 0, d)
		if err != nil {
			t.Fatal(err)
		}
		if got := roleList(e.Roles); got != want {
			t.Errorf("Corvel Mining's roles %v = %q, want %q", d, got, want)
		}
	}
}

func roleList(roles []console.Role) string {
	var out []string
	for _, r := range roles {
		var arts []string
		for _, a := range r.Articles {
			arts = append(arts, a.Key)
		}
		slices.Sort(arts)
		org := ""
		if r.Org != nil {
			org = r.Org.Key
		}
		out = append(out, fmt.Sprintf("%s @ %s ×%d [%s]", r.Title, org, r.ArticleCount, strings.Join(arts, " ")))
	}
	return strings.Join(out, "; ")
}

func coMentionList(list []console.CoMention) string {
	var out []string
	for _, c := range list {
		out = append(out, fmt.Sprintf("%s ×%d", c.Key, c.Count))
	}
	return strings.Join(out, ", ")
}
