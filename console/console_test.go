package console_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/console"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/search/searchtest"
)

// article reads a made-up article of testdata: its first line is the
// title.
func article(t *testing.T, file, id, date string) schema.Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	title, _, _ := strings.Cut(string(b), "\n")
	return schema.Article{ID: id, Date: date, Title: title, Text: string(b), Origin: file}
}

// newModel loads articles into a fresh memstore and returns a model of
// it, its name table built, and the store.
func newModel(t *testing.T, arts ...schema.Article) (*console.Model, *graph.Store) {
	t.Helper()
	return newModelOf(t, searchtest.MustOpen(t), arts...)
}

// newModelOf is newModel on a given store.
func newModelOf(t *testing.T, s *graph.Store, arts ...schema.Article) (*console.Model, *graph.Store) {
	t.Helper()
	searchtest.Load(t, s, arts)
	x := searchtest.Index(t, s)
	m, err := console.New(console.Config{Store: s, Index: x,
		CatchUp: func(ctx context.Context) error { return x.Follow(ctx, s, nil) }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); m.Wait() }) // before the store closes
	m.Start(ctx)
	if err := m.Ready(ctx); err != nil {
		t.Fatal(err)
	}
	return m, s
}

func TestPagesShowTheArticlesFacts(t *testing.T) {
	m, _ := newModel(t, article(t, "harbour.txt", "harbour-1", "2025-03-04"), article(t, "visa.txt", "visa-1", "2025-03-07"))
	checkPages(t, m)
}

// TestPagesOnBolt: the same on bolt, whose counts and walks read the
// index's keys.
func TestPagesOnBolt(t *testing.T) {
	s, err := graph.Open(context.Background(), t.TempDir(), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	m, _ := newModelOf(t, s, article(t, "harbour.txt", "harbour-1", "2025-03-04"), article(t, "visa.txt", "visa-1", "2025-03-07"))
	checkPages(t, m)
}

// checkPages checks the pages of a model of harbour.txt and visa.txt.
func checkPages(t *testing.T, m *console.Model) {
	ctx := context.Background()

	o, err := m.Overview(ctx, search.Dates{})
	if err != nil {
		t.Fatal(err)
	}
	if o.Articles != 2 || o.Statements < 3 || o.Entities["person"] < 2 || o.Entities["company"] < 1 {
		t.Errorf("overview counts %d articles, %d statements, entities %v; want 2, at least 3, 2 people and a company", o.Articles, o.Statements, o.Entities)
	}
	// Every entity is in both articles: ties go by name.
	var top []string
	for _, h := range o.Top {
		top = append(top, fmt.Sprintf("%s %v", h.Title, h.Score))
	}
	if got := strings.Join(top, ", "); got != "Daniel Kiprono 2, Ines Varela 2, Kenya 2, Lumen Harbour Group 2, Tanzania 2" {
		t.Errorf("most mentioned = %s", got)
	}
	if len(o.Latest) != 2 || o.Latest[0].ID != "visa-1" || o.Latest[1].ID != "harbour-1" {
		t.Errorf("latest = %+v, want visa-1 then harbour-1", o.Latest)
	}

	kenya, err := m.Entity(ctx, "Kenya", 0, search.Dates{})
	if err != nil {
		t.Fatal(err)
	}
	if kenya.Key != "country/kenya" || kenya.ArticleCount != 2 || len(kenya.Articles) != 2 || kenya.Articles[0].ID != "visa-1" {
		t.Errorf("Kenya's page: key %s, %d articles %+v; want country/kenya in visa-1 then harbour-1", kenya.Key, kenya.ArticleCount, kenya.Articles)
	}
	if !hasStatement(kenya.MentionedIn, "We will hire four hundred people in Kenya", "person/ines-varela") {
		t.Errorf("Kenya's page lacks Varela's statement that mentions it: %+v", kenya.MentionedIn)
	}
	if !hasCoMention(kenya.CoMentioned, "company/lumen-harbour-group", 2) || kenya.CoMentionSample != 2 {
		t.Errorf("Kenya's co-mentions %+v over %d articles; want Lumen Harbour Group in both", kenya.CoMentioned, kenya.CoMentionSample)
	}

	varela, err := m.Entity(ctx, "person/ines-varela", 0, search.Dates{})
	if err != nil {
		t.Fatal(err)
	}
	if varela.Name != "Ines Varela" || varela.Type != "person" || varela.SaidTotal < 1 ||
		!hasStatement(varela.Said, "We will hire four hundred people in Kenya", "person/ines-varela") {
		t.Errorf("Varela's page: %s (%s), said %+v", varela.Name, varela.Type, varela.Said)
	}
	if !hasRole(varela.Roles, "company/lumen-harbour-group") {
		t.Errorf("Varela's roles %+v, want one at Lumen Harbour Group", varela.Roles)
	}

	checkArticleAndSearch(t, m)
}

// checkArticleAndSearch checks the article page of harbour.txt, a lookup
// and a search.
func checkArticleAndSearch(t *testing.T, m *console.Model) {
	ctx := context.Background()
	a, ok, err := m.Article(ctx, "harbour-1")
	if err != nil || !ok {
		t.Fatalf("article harbour-1: ok %v, %v", ok, err)
	}
	if !hasSegment(a.Segments, "Ines Varela", "person/ines-varela") || !hasEntity(a.Entities, "country/kenya") {
		t.Errorf("article page does not mark Ines Varela or list Kenya: %+v", a.Entities)
	}
	var body strings.Builder
	for _, s := range a.Segments {
		body.WriteString(s.Text)
	}
	if want := article(t, "harbour.txt", "", "").Text; body.String() != want {
		t.Errorf("the segments do not put the body back together:\n%q\nwant\n%q", body.String(), want)
	}

	hits, err := m.Lookup(ctx, "varel", 5)
	if err != nil || len(hits) == 0 || hits[0].Key != "person/ines-varela" {
		t.Errorf("lookup varel = %+v, %v; want Ines Varela first", hits, err)
	}
	res, err := m.Search(ctx, search.Request{Q: "container terminal"})
	if err != nil || res.Total != 2 || res.Hits[0].Kind != "statement" || res.Hits[0].Article.Key != "harbour-1" || res.Hits[1].Key != "harbour-1" {
		t.Errorf("search container terminal = %+v, %v; want the statement of harbour-1 that says it, then the article", res, err)
	}
}

func TestUnknownPages(t *testing.T) {
	ctx := context.Background()
	m, _ := newModel(t, article(t, "harbour.txt", "harbour-1", "2025-03-04"))
	if _, err := m.Entity(ctx, "person/nobody-at-all", 0, search.Dates{}); !errors.Is(err, queries.ErrNotFound) {
		t.Errorf("unknown entity: %v, want ErrNotFound", err)
	}
	if _, ok, err := m.Article(ctx, "no-such-article"); ok || err != nil {
		t.Errorf("unknown article: ok %v, %v", ok, err)
	}
	if _, err := m.EntityList(ctx, "country/kenya", "friends", 0, 10, search.Dates{}); !errors.Is(err, queries.ErrInvalid) {
		t.Errorf("unknown list: %v, want ErrInvalid", err)
	}
}

func TestCountsFollowCommits(t *testing.T) {
	ctx := context.Background()
	m, s := newModel(t, article(t, "harbour.txt", "harbour-1", "2025-03-04"))
	before, err := m.Overview(ctx, search.Dates{})
	if err != nil || before.Articles != 1 {
		t.Fatalf("overview before: %+v, %v", before, err)
	}
	searchtest.Load(t, s, []schema.Article{article(t, "visa.txt", "visa-1", "2025-03-07")})
	if o, _ := m.Overview(ctx, search.Dates{}); o.Articles != 1 {
		t.Errorf("the overview recounted without catching up: %d articles", o.Articles)
	}
	at, changed, err := m.CatchUp(ctx)
	last, _ := s.LastCommit(ctx)
	if err != nil || !changed || at.Generation != s.Generation() || at.Commit != last || at.Commit <= before.Commit || m.Applied() != at {
		t.Fatalf("CatchUp = %+v, %v, %v; want the store's generation %d and last commit %d, changed", at, changed, err, s.Generation(), last)
	}
	after, err := m.Overview(ctx, search.Dates{})
	if err != nil || after.Articles != 2 || after.Statements <= before.Statements || after.Position != at {
		t.Errorf("overview after the commit: %d articles, %d statements (before %d), at %+v; want 2, more, %+v",
			after.Articles, after.Statements, before.Statements, after.Position, at)
	}
	if e, err := m.Entity(ctx, "country/tanzania", 0, search.Dates{}); err != nil || e.ArticleCount != 2 {
		t.Errorf("Tanzania after the commit: %v, %v; want 2 articles", e, err)
	}
	if _, changed, _ := m.CatchUp(ctx); changed {
		t.Error("a second CatchUp without a write changed something")
	}

	// The name table follows the commit: a company only the new article
	// names is found as one types, and Kenya counts one more article.
	if err := m.Ready(ctx); err != nil {
		t.Fatal(err)
	}
	kenya, _ := m.Lookup(ctx, "kenya", 1)
	searchtest.Load(t, s, []schema.Article{article(t, "rail.txt", "rail-1", "2025-03-10")})
	if _, _, err := m.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}
	if err := m.Ready(ctx); err != nil {
		t.Fatal(err)
	}
	if hits, err := m.Lookup(ctx, "corv", 5); err != nil || len(hits) == 0 || hits[0].Key != "company/corvane-rail" {
		t.Errorf("lookup corv after the commit = %+v, %v; want Corvane Rail", hits, err)
	}
	if hits, _ := m.Lookup(ctx, "kenya", 1); len(hits) != 1 || len(kenya) != 1 || hits[0].Score != kenya[0].Score+1 {
		t.Errorf("Kenya's articles after the commit: %+v, before %+v; want one more", hits, kenya)
	}
}

func TestEntityListPages(t *testing.T) {
	ctx := context.Background()
	const n = 130
	base := article(t, "visa.txt", "", "")
	arts := make([]schema.Article, n)
	for i := range arts {
		arts[i] = base
		arts[i].ID = fmt.Sprintf("visa-%03d", i)
		arts[i].Date = fmt.Sprintf("2025-%02d-%02d", 1+i%12, 1+i%28)
	}
	m, _ := newModel(t, arts...)
	page, err := m.Entity(ctx, "country/kenya", 50, search.Dates{})
	if err != nil {
		t.Fatal(err)
	}
	// 130 articles, more than the co-mentions' sample: the page says it
	// counted them over the newest 100.
	if page.ArticleCount != n || len(page.Articles) != 50 || page.PageSize != 50 || page.CoMentionSample != 100 {
		t.Errorf("Kenya's page: %d articles, %d shown, page size %d, co-mentions over %d; want %d, 50, 50, 100",
			page.ArticleCount, len(page.Articles), page.PageSize, page.CoMentionSample, n)
	}
	seen := map[string]bool{}
	last := "9999"
	for offset, want := range map[int]int{0: 50, 50: 50, 100: 30, 130: 0} {
		l, err := m.EntityList(ctx, "country/kenya", console.ListArticles, offset, 50, search.Dates{})
		if err != nil || l.Total != n || len(l.Articles) != want {
			t.Fatalf("page at %d: %d rows of %d, %v; want %d of %d", offset, len(l.Articles), l.Total, err, want, n)
		}
		for _, a := range l.Articles {
			seen[a.ID] = true
		}
	}
	for offset := 0; offset < n; offset += 50 {
		l, _ := m.EntityList(ctx, "country/kenya", console.ListArticles, offset, 50, search.Dates{})
		for _, a := range l.Articles {
			if a.Date > last {
				t.Fatalf("page at %d: %s dated %s after %s: not newest first", offset, a.ID, a.Date, last)
			}
			last = a.Date
		}
	}
	if len(seen) != n {
		t.Errorf("the pages hold %d distinct articles, want %d", len(seen), n)
	}
	// Kiprono says two things in each article.
	said, err := m.EntityList(ctx, "Kiprono", console.ListSaid, 2*n-10, 50, search.Dates{})
	if err != nil || said.Total != 2*n || len(said.Statements) != 10 || said.Statements[0].Speaker.Key != "person/daniel-kiprono" {
		t.Errorf("Kiprono's statements from %d: %d of %d, %v; want the last 10 of %d", 2*n-10, len(said.Statements), said.Total, err, 2*n)
	}
}

func hasStatement(list []console.Statement, text, speaker string) bool {
	for _, s := range list {
		if strings.Contains(s.Text, text) && s.Speaker != nil && s.Speaker.Key == speaker {
			return true
		}
	}
	return false
}

func hasCoMention(list []console.CoMention, key string, count int) bool {
	for _, c := range list {
		if c.Key == key && c.Count == count {
			return true
		}
	}
	return false
}

func hasRole(list []console.Role, org string) bool {
	for _, r := range list {
		if r.Org != nil && r.Org.Key == org && r.ArticleCount > 0 && len(r.Articles) > 0 {
			return true
		}
	}
	return false
}

func hasSegment(list []console.Segment, text, entity string) bool {
	for _, s := range list {
		if s.Text == text && s.Entity == entity {
			return true
		}
	}
	return false
}

func hasEntity(list []search.Hit, key string) bool {
	for _, h := range list {
		if h.Key == key {
			return true
		}
	}
	return false
}

// TestFirstOverviewWaitsForTheIndex: a console started on a store whose
// search index has followed none of it yet (a new machine's cache) counts
// its first overview once the index has caught up, not 0 articles.
func TestFirstOverviewWaitsForTheIndex(t *testing.T) {
	s := searchtest.MustOpen(t)
	searchtest.Load(t, s, []schema.Article{article(t, "harbour.txt", "harbour-1", "2025-03-04"), article(t, "visa.txt", "visa-1", "2025-03-07")})
	x, err := search.OpenIndex("")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	m, err := console.New(console.Config{Store: s, Index: x,
		CatchUp: func(ctx context.Context) error { return x.Follow(ctx, s, nil) }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); m.Wait() })
	m.Start(ctx)
	o, err := m.Overview(ctx, search.Dates{})
	if err != nil || o.Articles != 2 {
		t.Fatalf("first overview: %v articles, %v; want 2", o, err)
	}
}
