//go:build external

package queries_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/internal/mysqltest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/queries"
)

// TestPostgresPagesLikeBolt loads the same articles into bolt and into
// PostgreSQL (Cayley's SQL backend builds its own queries, where bolt takes
// index scans) and checks that every paged query gives the same rows, page
// by page, on both.
func TestPostgresPagesLikeBolt(t *testing.T) { pagesLikeBolt(t, pgtest.Database(t)) }

// TestMySQLPagesLikeBolt is TestPostgresPagesLikeBolt on MariaDB, through
// Cayley's mysql flavour.
func TestMySQLPagesLikeBolt(t *testing.T) { pagesLikeBolt(t, mysqltest.Database(t)) }

// TestPostgresMentionsFromIndex is TestMentionsFromIndex on PostgreSQL,
// whose search index is a directory of the user's cache.
func TestPostgresMentionsFromIndex(t *testing.T) {
	mentionsLikeGraph(t, "postgres", pgtest.Database(t))
}

func pagesLikeBolt(t *testing.T, dsn string) {
	ctx := context.Background()
	docs := pagingDocs(30)
	bolt := storeOf(t, backends(t)["bolt"], docs)
	pg := storeOf(t, dsn, docs)
	for _, tc := range pagingCases {
		for _, args := range []map[string]string{tc.args, withArgs(tc.args, "limit", "0"), withArgs(tc.args, "limit", "7", "offset", "5")} {
			t.Run(fmt.Sprint(tc.query, args), func(t *testing.T) {
				want, err := queries.Run(ctx, bolt, tc.query, args, queries.RunOptions{})
				if err != nil {
					t.Fatal(err)
				}
				got, err := queries.Run(ctx, pg, tc.query, args, queries.RunOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if tc.query == "statements" && len(tc.args) == 0 {
					// Without a filter, statements come newest written
					// first in each store's own order of writing, which
					// agrees across stores from one write to the next but
					// not inside one write (bolt numbers a batch's new
					// nodes its own way): the whole list must hold the
					// same rows, and its pages are checked by checkPages.
					if args["limit"] == "0" {
						if !sameRows(got.Rows, want.Rows) {
							t.Errorf("%s rows differ from bolt's\nbolt: %v\nsql:  %v", dsn, want.Rows, got.Rows)
						}
					}
					return
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s answers differ from bolt\nbolt: %v\nsql:  %v", dsn, want, got)
				}
			})
		}
	}
	checkPages(t, pg, "statements", map[string]string{"mentions": "Kenya"}, []string{"-date", "speaker", "text", "article"})
	checkPages(t, pg, "statements", nil, []string{})
}
