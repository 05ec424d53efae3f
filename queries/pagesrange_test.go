package queries_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
)

// TestEntityPageWithin: given a set of articles, an entity page's roles
// are those the articles state, counted and sourced there; past
// MaxStatements they stay of all dates and the set is not asked for.
func TestEntityPageWithin(t *testing.T) {
	for name, dsn := range backends(t) {
		s := storeOf(t, dsn, fixtureDocs())
		for _, tc := range []struct {
			name     string
			articles []string // nil: no Within
			max      int
			roles    string // title@org×count[articles]
			allDates bool
		}{
			{"all articles", nil, 0, "ceo@company/veltrix-corp×2[article/veltrix-orbital article/kenya-launch]", false},
			{"one of them", []string{"article/kenya-launch"}, 100, "ceo@company/veltrix-corp×1[article/kenya-launch]", false},
			{"both and another", []string{"article/kenya-launch", "article/veltrix-orbital", "article/ukraine-grant"}, 100,
				"ceo@company/veltrix-corp×2[article/veltrix-orbital article/kenya-launch]", false},
			{"none that states it", []string{"article/ukraine-grant"}, 100, "", false},
			{"stated more than the bound", []string{"article/kenya-launch"}, 1,
				"ceo@company/veltrix-corp×2[article/veltrix-orbital article/kenya-launch]", true},
		} {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				var within *queries.Within
				asked := false
				if tc.articles != nil {
					within = &queries.Within{MaxStatements: tc.max, Articles: func() (map[string]bool, error) {
						asked = true
						set := map[string]bool{}
						for _, a := range tc.articles {
							set[a] = true
						}
						return set, nil
					}}
				}
				e, err := queries.EntityPage(context.Background(), s, "Ada Okafor", 10, within)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, r := range e.Roles {
					got = append(got, fmt.Sprintf("%s@%s×%d%v", r.Title, r.Org, r.ArticleCount, r.Articles))
				}
				if g := strings.Join(got, " "); g != tc.roles || e.RolesTotal != len(got) {
					t.Errorf("roles %q (total %d), want %q", g, e.RolesTotal, tc.roles)
				}
				if e.RolesOfAllDates != tc.allDates || asked == tc.allDates && tc.articles != nil {
					t.Errorf("of all dates: %v, articles asked for: %v; want %v", e.RolesOfAllDates, asked, tc.allDates)
				}
			})
		}
	}
}
