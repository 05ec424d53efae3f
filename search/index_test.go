package search_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
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

// mustIndex indexes every article of the example store, as a rebuild does.
func mustIndex(t *testing.T) (*search.Index, *search.Catalog) {
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
	err = s.Read(func(qs cgraph.QuadStore) error {
		ctx := context.Background()
		if stale, err := x.Stale(ctx, qs); err != nil || !stale {
			return fmt.Errorf("a new index of a store with articles: stale %v, %v; want stale", stale, err)
		}
		if err := x.CatchUp(ctx, qs, nil); err != nil {
			return err
		}
		if stale, err := x.Stale(ctx, qs); err != nil || stale {
			return fmt.Errorf("after CatchUp: stale %v, %v", stale, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return x, c
}

// TestIndexAgreesWithCatalog: the on-disk index finds the same statements
// and articles as the in-memory catalog, for words, prefixes and each
// filter.
func TestIndexAgreesWithCatalog(t *testing.T) {
	x, c := mustIndex(t)
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

// TestIndexReplacesAndRemoves: putting an article again replaces its
// documents (no statement twice), and removing it drops them all.
func TestIndexReplacesAndRemoves(t *testing.T) {
	x, c := mustIndex(t)
	req := search.Request{Q: "satellite", Limit: 1000}
	before, err := x.Search(req, catalogLookup{c})
	if err != nil || len(before.Hits) == 0 {
		t.Fatalf("search: %v, %v", before, err)
	}
	s := searchtest.Examples(t)
	first := before.Hits[0].Article.Key
	art, ok := c.ArticleByID(first)
	if !ok {
		t.Fatalf("no article %s", first)
	}
	var f graph.ArticleFacts
	s.Read(func(qs cgraph.QuadStore) (err error) {
		f, err = search.ArticleFactsOf(context.Background(), qs, quad.IRI(art.IRI))
		return err
	})
	if err := x.Put([]graph.ArticleFacts{f}); err != nil {
		t.Fatal(err)
	}
	again, _ := x.Search(req, catalogLookup{c})
	if !slices.Equal(hitKeys(again), hitKeys(before)) {
		t.Errorf("after indexing %s again: %v, want %v", first, hitKeys(again), hitKeys(before))
	}
	if err := x.Remove(quad.IRI(art.IRI)); err != nil {
		t.Fatal(err)
	}
	after, _ := x.Search(req, catalogLookup{c})
	for _, h := range after.Hits {
		if h.Article.Key == first {
			t.Errorf("after removing %s, hit %s remains", first, h.Key)
		}
	}
	if len(after.Hits) >= len(before.Hits) {
		t.Errorf("removing %s left %d hits of %d", first, len(after.Hits), len(before.Hits))
	}
}

func hitKeys(r *search.Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Kind+" "+h.Key)
	}
	slices.Sort(out)
	return out
}
