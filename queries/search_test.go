package queries_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// TestSearchFromIndex: on a bolt store that keeps a search index, the
// search query answers from the index (rows as the whole-store Catalog
// gives them), catching up first with the articles loaded without it or
// by Load; it follows removals, and rebuilds the index after a write it
// could not follow (an import).
func TestSearchFromIndex(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "news.db")
	docs := fixtureDocs()
	// The first article is loaded without the index: the index must
	// notice it is behind.
	storeOf(t, dir, docs[:1]).Close()
	s, err := graph.Open(ctx, dir, graph.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := search.KeepIndexOf(s); err != nil {
		t.Fatal(err)
	}
	// The second comes through Load, which leaves it for the index to
	// catch up with; the third through AddDocument, indexed at once.
	seq := func(yield func(schema.Document, error) bool) { yield(*docs[1], nil) }
	if _, err := s.Load(ctx, seq, graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDocument(ctx, docs[2]); err != nil {
		t.Fatal(err)
	}
	mem := storeOf(t, graph.MemDSN, fixtureDocs()) // no index: the Catalog
	for _, args := range []map[string]string{
		{"q": "satellites"}, {"q": "ready"}, {"q": "miles"}, {"q": "mentions:Kenya"}, {"q": "org:Veltrix"},
		{"q": "speaker:Vos"}, {"q": "Okafor"},
	} {
		got, want := searchRows(t, s, args), searchRows(t, mem, args)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("search %v on the index:\n%v\nwant (Catalog):\n%v", args, got, want)
		}
	}

	// Once caught up, the index follows AddDocument and RemoveArticle
	// without comparing itself with the store again.
	extra := fixtureDocs()[2]
	extra.ID, extra.Text = "telescope-grant", "Bram Vos said Ukraine needs telescopes."
	extra.Statements[0].Text = "Ukraine needs telescopes."
	if _, err := s.AddDocument(ctx, extra); err != nil {
		t.Fatal(err)
	}
	assertInStep(t, s)
	if rows := searchRows(t, s, map[string]string{"q": "telescopes"}); len(rows) != 2 {
		t.Errorf("search telescopes after AddDocument: %v, want the article and its statement", rows)
	}
	if _, err := s.RemoveArticle(ctx, "telescope-grant"); err != nil {
		t.Fatal(err)
	}
	assertInStep(t, s)

	if _, err := s.RemoveArticle(ctx, "ukraine-grant"); err != nil {
		t.Fatal(err)
	}
	if rows := searchRows(t, s, map[string]string{"q": "satellites"}); len(rows) != 0 {
		t.Errorf("after removing the only article about satellites, search finds %v", rows)
	}
	imported := quad.Make(schema.ArticleIRI("imported"), schema.PredType, schema.TypeNewsArticle, schema.ArticleIRI("imported"))
	headline := quad.Make(schema.ArticleIRI("imported"), schema.PredHeadline, quad.String("Satellites for everyone"), schema.ArticleIRI("imported"))
	if _, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{imported, headline})); err != nil {
		t.Fatal(err)
	}
	if rows := searchRows(t, s, map[string]string{"q": "satellites"}); len(rows) != 1 || rows[0] != "article imported" {
		t.Errorf("after importing an article about satellites, search finds %v, want it (the index rebuilt)", rows)
	}
}

// searchRows runs the search query and spells its rows "kind key".
func searchRows(t *testing.T, s *graph.Store, args map[string]string) []string {
	t.Helper()
	res, err := queries.Run(context.Background(), s, "search", args, queries.RunOptions{})
	if err != nil {
		t.Fatalf("search %v: %v", args, err)
	}
	var out []string
	for _, row := range res.Rows {
		out = append(out, fmt.Sprint(row["kind"], " ", row["key"]))
	}
	slices.Sort(out)
	return out
}

// assertInStep checks that the store's search index knows itself in step.
func assertInStep(t *testing.T, s *graph.Store) {
	t.Helper()
	x := s.Index().(*search.Index)
	err := s.Read(func(qs cgraph.QuadStore) error {
		stale, err := x.Stale(context.Background(), qs)
		if err == nil && stale {
			t.Error("the index thinks it is behind the store")
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
