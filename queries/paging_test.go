package queries_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// pagingDocs are n articles that all mention Kenya, on dates that repeat
// (ties for the date orders), by five speakers, with roles that several
// articles state.
func pagingDocs(n int) []*schema.Document {
	people := []string{"Ada Okafor", "Bram Vos", "Chidi Eze", "Dara Lind", "Emil Sato"}
	orgs := []string{"Veltrix Corp", "Kestrel Foundation", "Nairobi Port"}
	docs := make([]*schema.Document, n)
	for i := range docs {
		date := fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+(i*7)%28)
		who, org := people[i%len(people)], orgs[i%len(orgs)]
		roles := []schema.Role{{Person: who, Title: "director", Org: org, Span: &schema.Span{Start: 0, End: len(who)}}}
		if i%2 == 0 { // two spans in one article: two rows of explain
			roles = append(roles, schema.Role{Person: who, Title: "director", Org: org, Span: &schema.Span{Start: len(who) + 1, End: len(who) + 6}})
		}
		docs[i] = &schema.Document{
			Article: schema.Article{ID: fmt.Sprintf("story-%03d", i), Date: date, Title: fmt.Sprintf("Story %d", i),
				Text: who + " spoke in Kenya."},
			Entities: []schema.Entity{
				{Name: "Kenya", Type: schema.Country},
				{Name: who, Type: schema.Person},
				{Name: org, Type: schema.Organization},
			},
			Roles: roles,
			Statements: []schema.Statement{
				{Speaker: who, Text: fmt.Sprintf("Kenya is ready, part %d.", i), Date: date, Mentions: []string{"Kenya"}},
				{SpeakerOrg: org, Text: fmt.Sprintf("We agree, part %d.", i%4), Date: date, Indirect: true},
			},
		}
	}
	return docs
}

func pagingStore(tb testing.TB, n int) *graph.Store {
	tb.Helper()
	return storeOf(tb, graph.MemDSN, pagingDocs(n))
}

func withArgs(args map[string]string, kv ...string) map[string]string {
	out := map[string]string{}
	for k, v := range args {
		out[k] = v
	}
	for i := 0; i+1 < len(kv); i += 2 {
		out[kv[i]] = kv[i+1]
	}
	return out
}

// pagingRole is the fact key of Ada Okafor's post at Veltrix Corp, stated
// by one article in 15 of pagingDocs, with one or two spans each.
var pagingRole = strings.TrimPrefix(string(schema.RoleIRI(schema.EntityIRI(schema.Person, "Ada Okafor"), "director",
	schema.EntityIRI(schema.Organization, "Veltrix Corp"))), schema.IDBase)

// pagingCases are the paged queries, with arguments that give many rows.
var pagingCases = []struct {
	query string
	args  map[string]string
	order []string // the documented order: columns, '-' for descending
}{
	{"entities", nil, []string{"-articles", "name", "entity"}},
	{"entities", map[string]string{"type": "person"}, []string{"-articles", "name", "entity"}},
	{"statements", nil, []string{}}, // the most recently written first: TestNewestStatements
	{"statements", map[string]string{"speaker": "Ada Okafor"}, []string{"-date", "speaker", "text", "article"}},
	{"statements", map[string]string{"speaker": "Veltrix Corp"}, []string{"-date", "speaker", "text", "article"}},
	{"statements", map[string]string{"mentions": "Kenya"}, []string{"-date", "speaker", "text", "article"}},
	{"roles", nil, []string{"-articles"}}, // then in the order written: TestPageRows
	{"roles", map[string]string{"org": "Veltrix Corp"}, []string{"-articles", "person", "title", "org"}},
	{"roles", map[string]string{"person": "Ada Okafor"}, []string{"date", "org", "title", "article"}},
	{"mentions", map[string]string{"entity": "Kenya"}, []string{"-date", "article"}},
	{"explain", map[string]string{"fact": pagingRole}, []string{"-date", "article", "span"}},
	{"neighbors", map[string]string{"entity": "Kenya"}, nil},
	{"neighbors", map[string]string{"entity": "Ada Okafor"}, nil},
}

// TestPages checks, for every paged query, that the default page is the
// first 100 rows, that pages of any size put end to end give the whole
// answer (limit=0) in the documented order, and that More tells whether
// rows follow.
func TestPages(t *testing.T) {
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, pagingDocs(130))
		for _, tc := range pagingCases {
			t.Run(fmt.Sprint(backend, "/", tc.query, tc.args), func(t *testing.T) {
				checkPages(t, s, tc.query, tc.args, tc.order)
			})
		}
	}
}

// checkPages checks the pages of one query.
func checkPages(t *testing.T, s *graph.Store, query string, args map[string]string, order []string) {
	t.Helper()
	ctx := context.Background()
	all, err := queries.Run(ctx, s, query, withArgs(args, "limit", "0"), queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if all.More {
		t.Errorf("limit=0: More is set")
	}
	if len(all.Rows) < 5 {
		t.Fatalf("limit=0 gave %d rows; the fixture should give more", len(all.Rows))
	}
	checkOrder(t, all, order)
	def, err := queries.Run(ctx, s, query, args, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := all.Rows[:min(len(all.Rows), queries.DefaultPageSize)]
	if !reflect.DeepEqual(def.Rows, want) || def.More != (len(all.Rows) > queries.DefaultPageSize) {
		t.Errorf("default page: %d rows, More %v; want the first %d of %d", len(def.Rows), def.More, len(want), len(all.Rows))
	}
	for _, size := range []int{1, 7, 50} {
		var got []map[string]any
		for off := 0; ; off += size {
			res, err := queries.Run(ctx, s, query, withArgs(args, "limit", strconv.Itoa(size), "offset", strconv.Itoa(off)), queries.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rows) > size {
				t.Fatalf("limit=%d offset=%d gave %d rows", size, off, len(res.Rows))
			}
			got = append(got, res.Rows...)
			if more := off+size < len(all.Rows); res.More != more {
				t.Fatalf("limit=%d offset=%d: More = %v, want %v", size, off, res.More, more)
			}
			if !res.More {
				break
			}
		}
		if !reflect.DeepEqual(got, all.Rows) {
			t.Errorf("pages of %d put end to end: %d rows, differ from the %d of limit=0", size, len(got), len(all.Rows))
		}
	}
	past, err := queries.Run(ctx, s, query, withArgs(args, "offset", strconv.Itoa(len(all.Rows))), queries.RunOptions{})
	if err != nil || len(past.Rows) != 0 || past.More {
		t.Errorf("offset past the end = %d rows, More %v, %v; want none", len(past.Rows), past.More, err)
	}
}

// checkOrder checks that rows are sorted by the given columns; neighbors
// (order nil) checks direction and predicate only; an empty order checks
// nothing (an order the test checks otherwise).
func checkOrder(t *testing.T, res *queries.Result, order []string) {
	t.Helper()
	if order == nil {
		order = []string{"-direction", "predicate"}
	}
	for i := 1; i < len(res.Rows); i++ {
		a, b := res.Rows[i-1], res.Rows[i]
		for _, c := range order {
			desc := c[0] == '-'
			if desc {
				c = c[1:]
			}
			d := compareCells(a[c], b[c])
			if desc {
				d = -d
			}
			if d < 0 {
				break
			}
			if d > 0 {
				t.Fatalf("rows %d and %d out of order on %s: %v then %v", i-1, i, c, a, b)
			}
		}
	}
}

func compareCells(a, b any) int {
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	x, y := fmt.Sprint(a), fmt.Sprint(b)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// TestNewestStatements checks the order of statements without a filter,
// on memstore and bolt: the most recently written first, the last
// article's two statements (its speaker's, then its organisation's)
// ahead of those of the article before it, whatever their dates.
func TestNewestStatements(t *testing.T) {
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, pagingDocs(30))
		res, err := queries.Run(context.Background(), s, "statements", map[string]string{"limit": "3", "offset": "1"}, queries.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, row := range res.Rows {
			got = append(got, fmt.Sprint(row["article"], ": ", row["text"]))
		}
		want := []string{"story-029: Kenya is ready, part 29.", "story-028: We agree, part 0.", "story-028: Kenya is ready, part 28."}
		if !reflect.DeepEqual(got, want) || !res.More {
			t.Errorf("%s: statements limit=3 offset=1 = %q, More %v; want %q, More true", backend, got, res.More, want)
		}
		// A removed article's statements stay in bolt's index lists, dead;
		// they are not rows.
		if _, err := s.RemoveArticle(context.Background(), "story-029"); err != nil {
			t.Fatal(err)
		}
		res, err = queries.Run(context.Background(), s, "statements", map[string]string{"limit": "0"}, queries.RunOptions{})
		if err != nil || len(res.Rows) != 58 || res.Rows[0]["article"] != "story-028" {
			t.Errorf("%s: after removing story-029, statements = %d rows from %v, %v; want 58 from story-028", backend, len(res.Rows), res.Rows[0]["article"], err)
		}
	}
}

func TestPageRows(t *testing.T) {
	s := pagingStore(t, 130)
	ctx := context.Background()
	// 130 articles mention Kenya, newest first; dates repeat, so ties
	// are broken by id.
	res, err := queries.Run(ctx, s, "mentions", map[string]string{"entity": "Kenya", "limit": "3", "offset": "2"}, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{"article": "story-035", "title": "Story 35", "date": "2025-12-22"},
		{"article": "story-047", "title": "Story 47", "date": "2025-12-22"},
		{"article": "story-059", "title": "Story 59", "date": "2025-12-22"},
	}
	if !reflect.DeepEqual(res.Rows, want) || !res.More {
		t.Errorf("mentions limit=3 offset=2 = %v, More %v; want %v, More true", res.Rows, res.More, want)
	}
	// The most stated roles first: each of the 15 person-organisation
	// pairs is stated by 8 or 9 articles.
	res, err = queries.Run(ctx, s, "roles", map[string]string{"limit": "2"}, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 2 || res.Rows[0]["articles"] != int64(9) || res.Rows[1]["articles"] != int64(9) || !res.More {
		t.Errorf("roles limit=2 = %v, More %v", res.Rows, res.More)
	}
	// Roles stated by as many articles come in the order of their IRIs
	// (the fact column), the same on every store.
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, pagingDocs(30))
		res, err := queries.Run(ctx, s, "roles", map[string]string{"limit": "0"}, queries.RunOptions{})
		if err != nil || len(res.Rows) != 15 {
			t.Fatalf("%s: roles = %v, %v", backend, res, err)
		}
		for i := 1; i < len(res.Rows); i++ {
			a, b := res.Rows[i-1], res.Rows[i]
			if a["articles"] == b["articles"] && fmt.Sprint(a["fact"]) >= fmt.Sprint(b["fact"]) {
				t.Errorf("%s: roles rows %d and %d tie at %v articles but %v comes before %v", backend, i-1, i, a["articles"], a["fact"], b["fact"])
			}
		}
	}
	// RunOptions.Limit still caps a page, and says so.
	res, err = queries.Run(ctx, s, "entities", map[string]string{"limit": "5"}, queries.RunOptions{Limit: 2})
	if err != nil || len(res.Rows) != 2 || !res.More || res.Rows[0]["name"] != "Kenya" || res.Rows[0]["articles"] != int64(130) {
		t.Errorf("entities limit=5 with RunOptions.Limit 2 = %v, More %v, %v", res.Rows, res.More, err)
	}
}

func TestPageParamErrors(t *testing.T) {
	s := fixtureStore(t)
	for _, args := range []map[string]string{
		{"limit": "-1"}, {"limit": "ten"}, {"offset": "-5"}, {"offset": "1.5"},
	} {
		_, err := queries.Run(context.Background(), s, "entities", args, queries.RunOptions{})
		if !errors.Is(err, queries.ErrInvalid) {
			t.Errorf("entities %v = %v, want ErrInvalid", args, err)
		}
	}
}

// TestCache checks that a Cache gives the same answers as no cache, keeps
// them until Reset, and empties itself for another store.
func TestCache(t *testing.T) {
	ctx := context.Background()
	s := pagingStore(t, 40)
	c := &queries.Cache{}
	for _, tc := range pagingCases {
		for _, args := range []map[string]string{tc.args, withArgs(tc.args, "limit", "5", "offset", "3")} {
			want, err := queries.Run(ctx, s, tc.query, args, queries.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for range 2 {
				got, err := queries.Run(ctx, s, tc.query, args, queries.RunOptions{Cache: c})
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %v with a cache = %v, want %v", tc.query, args, got.Rows, want.Rows)
				}
			}
		}
	}
	count := func(s *graph.Store) any {
		res, err := queries.Run(ctx, s, "entities", map[string]string{"type": "country"}, queries.RunOptions{Cache: c})
		if err != nil || len(res.Rows) == 0 {
			t.Fatalf("entities = %v, %v", res, err)
		}
		return res.Rows[0]["articles"]
	}
	if got := count(s); got != int64(40) {
		t.Fatalf("Kenya's articles = %v, want 40", got)
	}
	d := pagingDocs(41)[40]
	if _, err := s.AddDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if got := count(s); got != int64(41) {
		t.Errorf("after a write, Kenya's articles = %v, want 41", got)
	}
	// A write the Store did not make (another process on the same
	// PostgreSQL database; here, one straight to Cayley) goes unseen until
	// Reset.
	if err := s.QuadStore().ApplyDeltas([]cgraph.Delta{{Quad: quad.Make(quad.IRI("x"), schema.PredType, schema.Country.IRI(), nil), Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	if got := count(s); got != int64(41) {
		t.Errorf("before Reset, Kenya's articles = %v, want the cached 41", got)
	}
	c.Reset()
	if res, err := queries.Run(ctx, s, "entities", map[string]string{"type": "country"}, queries.RunOptions{Cache: c}); err != nil || len(res.Rows) != 2 {
		t.Errorf("after Reset, countries = %v, %v; want Kenya and the one written past the Store", res, err)
	}
	if got := count(pagingStore(t, 3)); got != int64(3) {
		t.Errorf("on another store, Kenya's articles = %v, want 3", got)
	}
}
