package search_test

import (
	"context"
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

// catalogLookup answers an Index's questions from a Catalog, so that the
// index can be checked against the catalog's own search.
type catalogLookup struct{ c *search.Catalog }

func (l catalogLookup) Resolve(alias string) ([]string, error) {
	ids, err := l.c.Resolve(alias)
	var keys []string
	for _, i := range ids {
		keys = append(keys, l.c.Entities[i].Key)
	}
	return keys, err
}

func (l catalogLookup) Holders(orgs []string) ([]string, error) {
	var out []string
	for _, r := range l.c.Roles {
		if r.Holder >= 0 && r.Org >= 0 && slices.Contains(orgs, l.c.Entities[r.Org].Key) {
			out = append(out, l.c.Entities[r.Holder].Key)
		}
	}
	return out, nil
}

func (l catalogLookup) Name(key string) string {
	if e, ok := l.c.EntityByKey(key); ok {
		return e.Name
	}
	return key
}

func (l catalogLookup) Article(key string) (id, headline, body string) {
	for _, a := range l.c.Articles {
		if strings.TrimPrefix(a.IRI, schema.IDBase) == key {
			return a.ID, a.Headline, a.Body
		}
	}
	return "", "", ""
}

// mustIndex indexes every article of the example store, as the first
// Follow of a new index does.
func mustIndex(t *testing.T) (*search.Index, *search.Catalog, *graph.Store) {
	t.Helper()
	s := searchtest.Examples(t)
	c, err := search.Build(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	x, err := search.OpenIndex(filepath.Join(t.TempDir(), "search.bleve"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	mustFollow(t, x, s, true)
	return x, c, s
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

// TestIndexAgreesWithCatalog: the on-disk index finds the same statements
// and articles as the in-memory catalog, for words, prefixes and each
// filter.
func TestIndexAgreesWithCatalog(t *testing.T) {
	x, c, _ := mustIndex(t)
	if n, err := x.Articles(); err != nil || int(n) != len(c.Articles) {
		t.Fatalf("index holds %d articles (%v), want %d", n, err, len(c.Articles))
	}
	for _, args := range []map[string]string{
		{"q": "satellite loan"},
		{"q": "Олена Гриценко"},
		{"q": "escap"},
		{"q": "the"},
		{"q": "org:Veltrix mentions:Kenya"},
		{"q": "speaker:Okafor"},
		{"q": "mentions:Україна", "kind": "article"},
		{"q": "government", "kind": "statement"},
	} {
		req, err := search.ParseRequest(args)
		if err != nil {
			t.Fatal(err)
		}
		req.Limit = 1000
		want, err := c.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := x.Search(req, catalogLookup{c})
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if len(want.Hits) == 0 {
			t.Fatalf("%v: the catalog finds nothing: a useless case", args)
		}
		if g, w := hitKeys(got), hitKeys(want); !slices.Equal(g, w) || got.Total != want.Total {
			t.Errorf("%v: index hits (%d) %v\ncatalog hits (%d) %v", args, got.Total, g, want.Total, w)
		}
		if top := got.Hits[0]; top.Text == "" || top.Article == nil || top.Article.Name == "" || top.Date == "" {
			t.Errorf("%v: top hit %+v lacks text, article or date", args, top)
		}
	}
}

// TestIndexFollowsCommits: the index follows the store's commits: an
// article loaded again with other words is found by its new words only
// (no statement twice), a removed one is found no more, and after an
// import (which may change any article) it is rebuilt whole.
func TestIndexFollowsCommits(t *testing.T) {
	ctx := context.Background()
	x, c, s := mustIndex(t)
	req := search.Request{Q: "satellite", Limit: 1000}
	before, err := x.Search(req, catalogLookup{c})
	if err != nil || len(before.Hits) == 0 {
		t.Fatalf("search: %v, %v", before, err)
	}
	arts := searchtest.ExampleArticles(t)
	changed := arts[0]
	changed.Text += "\n\nThe zeppelin fleet of Quorvant Airships grew by nine."
	searchtest.Load(t, s, []schema.Article{changed})
	mustFollow(t, x, s, true)
	if got := hitKeys(mustSearch(t, x, c, "zeppelin")); len(got) != 1 || got[0] != "article "+changed.ID {
		t.Errorf("after loading %s with a new sentence, zeppelin finds %v", changed.ID, got)
	}
	if again := hitKeys(mustSearch(t, x, c, "satellite")); len(again) != len(hitKeys(before)) {
		t.Errorf("after loading %s again: %d satellite hits, want %d", changed.ID, len(again), len(before.Hits))
	}
	if _, err := s.RemoveArticle(ctx, changed.ID); err != nil {
		t.Fatal(err)
	}
	mustFollow(t, x, s, true)
	if got := hitKeys(mustSearch(t, x, c, "zeppelin")); len(got) != 0 {
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
	if got := hitKeys(mustSearch(t, x, c, "dirigible")); len(got) != 1 {
		t.Errorf("after the import, dirigible finds %v", got)
	}
	mustFollow(t, x, s, false)
}

func mustSearch(t *testing.T, x *search.Index, c *search.Catalog, q string) *search.Results {
	t.Helper()
	res, err := x.Search(search.Request{Q: q, Limit: 1000}, catalogLookup{c})
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
	c, err := search.Build(context.Background(), b)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitKeys(mustSearch(t, x, c, "zeppelin")); len(got) != 1 {
		t.Errorf("zeppelin finds %v in the index of the second store", got)
	}
}
