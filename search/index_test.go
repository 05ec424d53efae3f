package search_test

import (
	"cmp"
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/search/searchtest"
)

// mustIndex indexes every article of the example store, as the first
// Follow of a new index does.
func mustIndex(t *testing.T) (*search.Index, *graph.Store) {
	t.Helper()
	s := searchtest.Examples(t)
	x, err := search.OpenIndex(filepath.Join(t.TempDir(), "search.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	mustFollow(t, x, s, true)
	return x, s
}

// mustFollow brings x up to s, which must (or must not) have had commits
// x had not applied.
func mustFollow(t *testing.T, x *search.Index, s *graph.Store, behind bool) {
	t.Helper()
	ctx := context.Background()
	if b, err := x.Behind(ctx, s); err != nil || b != behind {
		t.Fatalf("index behind the store: %v, %v; want %v", b, err, behind)
	}
	if err := x.Follow(ctx, s, nil); err != nil {
		t.Fatal(err)
	}
	if b, err := x.Behind(ctx, s); err != nil || b {
		t.Fatalf("after Follow: behind %v, %v", b, err)
	}
}

// TestIndexSearch: the index finds every statement and article of the
// examples that holds the words (the last one as a prefix) and passes the
// filters, and no other (expectHits reads them from the store); each case
// also names a hit a reader of the examples can check.
func TestIndexSearch(t *testing.T) {
	x, s := mustIndex(t)
	docs := readDocs(t, s)
	l := storeLookup{s}
	tests := []struct {
		args map[string]string
		want string // "kind|speaker key|text": a hit of that kind whose text or title holds text
	}{
		{map[string]string{"q": "satellite loan"}, "article||Ministry of Trade has agreed to guarantee part of the loan"},
		{map[string]string{"q": "Олена Гриценко"}, "article||Olena Hrytsenko"},
		{map[string]string{"q": "escap"}, "statement|person/marisol-duarte|Escaping user input"},
		{map[string]string{"q": "the"}, "statement|person/ada-okafor|Japan and Kenya are eleven thousand kilometres apart"},
		{map[string]string{"q": "org:Veltrix mentions:Kenya"}, "statement|person/tomasz-wrona|the company is profitable in Kenya"},
		{map[string]string{"q": "speaker:Okafor"}, "statement|person/ada-okafor|We will pay our taxes here"},
		{map[string]string{"q": "mentions:Україна", "kind": "article"}, "article||Ukraine has signed an agreement with Veltrix"},
		{map[string]string{"q": "government", "kind": "statement"}, "statement|person/piotr-kowalczyk|carry government traffic"},
	}
	for _, tt := range tests {
		req, err := search.ParseRequest(tt.args)
		if err != nil {
			t.Fatal(err)
		}
		req.Limit = 1000
		got, err := x.Search(req, l)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		want := expectHits(t, docs, l, req)
		if g := hitKeys(got); !slices.Equal(g, want) || got.Total != len(want) {
			t.Errorf("%v: index hits (%d) %v\nthe articles hold (%d) %v", tt.args, got.Total, g, len(want), want)
		}
		if !slices.ContainsFunc(got.Hits, func(h search.Hit) bool { return hitIs(h, tt.want) }) {
			t.Errorf("%v: no hit %q among %d", tt.args, tt.want, len(got.Hits))
		}
		for _, h := range got.Hits {
			if h.Text == "" || h.Article == nil || h.Article.Name == "" || h.Date == "" {
				t.Errorf("%v: hit %+v lacks text, article or date", tt.args, h)
			}
		}
		if !slices.IsSortedFunc(got.Hits, func(a, b search.Hit) int { return cmp.Compare(b.Score, a.Score) }) {
			t.Errorf("%v: hits not best first", tt.args)
		}
	}
}

// hitIs reports whether h is the hit want describes: "kind|speaker|text".
func hitIs(h search.Hit, want string) bool {
	kind, rest, _ := strings.Cut(want, "|")
	speaker, text, _ := strings.Cut(rest, "|")
	got := ""
	if h.Speaker != nil {
		got = h.Speaker.Key
	}
	return h.Kind == kind && got == speaker && (strings.Contains(h.Text, text) || strings.Contains(h.Title, text))
}

// TestSearchErrors: a request with nothing to search for, an unknown kind
// or a filter naming no entity fails with the error a caller tells apart.
func TestSearchErrors(t *testing.T) {
	x, s := mustIndex(t)
	tests := []struct {
		args map[string]string
		want error
	}{
		{map[string]string{"q": ""}, search.ErrInvalid},
		{map[string]string{"q": "x", "mentions": "Atlantis"}, search.ErrNotFound},
		{map[string]string{"q": "x", "kind": "planet"}, search.ErrInvalid},
		{map[string]string{"q": "colour:blue"}, search.ErrInvalid},
	}
	for _, tt := range tests {
		req, err := search.ParseRequest(tt.args)
		if err == nil {
			_, err = x.Search(req, storeLookup{s})
		}
		if !errors.Is(err, tt.want) {
			t.Errorf("Search(%v) error = %v, want %v", tt.args, err, tt.want)
		}
	}
}

// TestIndexFollowsCommits: the index follows the store's commits: an
// article loaded again with other words is found by its new words only
// (no statement twice), a removed one is found no more, and after an
// import (which may change any article) it is rebuilt whole.
func TestIndexFollowsCommits(t *testing.T) {
	ctx := context.Background()
	x, s := mustIndex(t)
	req := search.Request{Q: "satellite", Limit: 1000}
	before, err := x.Search(req, storeLookup{s})
	if err != nil || len(before.Hits) == 0 {
		t.Fatalf("search: %v, %v", before, err)
	}
	arts := searchtest.ExampleArticles(t)
	changed := arts[0]
	changed.Text += "\n\nThe zeppelin fleet of Quorvant Airships grew by nine."
	searchtest.Load(t, s, []schema.Article{changed})
	mustFollow(t, x, s, true)
	if got := hitKeys(mustSearch(t, x, s, "zeppelin")); len(got) != 1 || got[0] != "article "+changed.ID {
		t.Errorf("after loading %s with a new sentence, zeppelin finds %v", changed.ID, got)
	}
	if again := hitKeys(mustSearch(t, x, s, "satellite")); len(again) != len(hitKeys(before)) {
		t.Errorf("after loading %s again: %d satellite hits, want %d", changed.ID, len(again), len(before.Hits))
	}
	if _, err := s.RemoveArticle(ctx, changed.ID); err != nil {
		t.Fatal(err)
	}
	mustFollow(t, x, s, true)
	if got := hitKeys(mustSearch(t, x, s, "zeppelin")); len(got) != 0 {
		t.Errorf("after removing %s, zeppelin finds %v", changed.ID, got)
	}
	n, _ := x.Articles()
	iri := schema.ArticleIRI("imported-note")
	imported := []quad.Quad{
		quad.Make(iri, schema.PredType, schema.TypeNewsArticle, iri),
		quad.Make(iri, schema.PredArticleBody, "A dirigible crossed Chile.", iri),
	}
	if _, err := s.AddQuads(ctx, quad.NewReader(imported)); err != nil {
		t.Fatal(err)
	}
	mustFollow(t, x, s, true)
	if m, _ := x.Articles(); m != n+1 {
		t.Errorf("after an import of one article the index holds %d articles, want %d", m, n+1)
	}
	if got := hitKeys(mustSearch(t, x, s, "dirigible")); len(got) != 1 {
		t.Errorf("after the import, dirigible finds %v", got)
	}
	mustFollow(t, x, s, false)
}

func mustSearch(t *testing.T, x *search.Index, s *graph.Store, q string) *search.Results {
	t.Helper()
	res, err := x.Search(search.Request{Q: q, Limit: 1000}, storeLookup{s})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func hitKeys(r *search.Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Kind+" "+h.Key)
	}
	slices.Sort(out)
	return out
}

// TestIndexTellsStoresApart: an index that followed one store, given
// another with as many commits (a database dropped and made again under
// the same name), rebuilds itself from the other rather than trust the
// count.
func TestIndexTellsStoresApart(t *testing.T) {
	arts := searchtest.ExampleArticles(t)
	a, b := searchtest.MustOpen(t), searchtest.MustOpen(t)
	other := arts[1]
	other.ID, other.Text = "quorvant-note", "Quorvant Airships flew a zeppelin over Peru."
	searchtest.Load(t, a, arts[:1])
	searchtest.Load(t, b, []schema.Article{other})
	x, err := search.OpenIndex(filepath.Join(t.TempDir(), "search.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	mustFollow(t, x, a, true)
	mustFollow(t, x, b, true)
	if n, err := x.Articles(); err != nil || n != 1 {
		t.Errorf("after following the second store the index holds %d articles (%v), want its 1", n, err)
	}
	if got := hitKeys(mustSearch(t, x, b, "zeppelin")); len(got) != 1 {
		t.Errorf("zeppelin finds %v in the index of the second store", got)
	}
}
