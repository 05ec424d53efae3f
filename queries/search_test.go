package queries_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// TestSearchFromIndex: on a bolt store, the search query answers from the
// store's index on disk (rows as an index built afresh of the same articles
// gives them), following first the commits of the articles loaded while it
// was closed, by Load and by AddDocument; it follows removals, and rebuilds
// itself after an import.
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
	x, err := search.OpenFor(s)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	// The second comes through Load, the third through AddDocument.
	seq := func(yield func(schema.Document, error) bool) { yield(*docs[1], nil) }
	if _, err := s.Load(ctx, seq, graph.LoadOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddDocument(ctx, docs[2]); err != nil {
		t.Fatal(err)
	}
	mem := storeOf(t, graph.MemDSN, fixtureDocs()) // an index of its own for each query
	for _, args := range []map[string]string{
		{"q": "satellites"}, {"q": "ready"}, {"q": "miles"}, {"q": "mentions:Kenya"}, {"q": "org:Veltrix"},
		{"q": "speaker:Vos"}, {"q": "Okafor"},
	} {
		got, want := searchRows(t, s, x, args), searchRows(t, mem, nil, args)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("search %v on the index:\n%v\nwant (an index of the same articles built afresh):\n%v", args, got, want)
		}
	}

	// Once caught up, the index follows AddDocument and RemoveArticle.
	extra := fixtureDocs()[2]
	extra.ID, extra.Text = "telescope-grant", "Bram Vos said Ukraine needs telescopes."
	extra.Statements[0].Text = "Ukraine needs telescopes."
	if _, err := s.AddDocument(ctx, extra); err != nil {
		t.Fatal(err)
	}
	assertBehind(t, x, s, true)
	if rows := searchRows(t, s, x, map[string]string{"q": "telescopes"}); len(rows) != 2 {
		t.Errorf("search telescopes after AddDocument: %v, want the article and its statement", rows)
	}
	assertBehind(t, x, s, false)
	if _, err := s.RemoveArticle(ctx, "telescope-grant"); err != nil {
		t.Fatal(err)
	}
	assertBehind(t, x, s, true)
	if rows := searchRows(t, s, x, map[string]string{"q": "telescopes"}); len(rows) != 0 {
		t.Errorf("search telescopes after RemoveArticle: %v, want nothing", rows)
	}

	if _, err := s.RemoveArticle(ctx, "ukraine-grant"); err != nil {
		t.Fatal(err)
	}
	if rows := searchRows(t, s, x, map[string]string{"q": "satellites"}); len(rows) != 0 {
		t.Errorf("after removing the only article about satellites, search finds %v", rows)
	}
	imported := quad.Make(schema.ArticleIRI("imported"), schema.PredType, schema.TypeNewsArticle, schema.ArticleIRI("imported"))
	headline := quad.Make(schema.ArticleIRI("imported"), schema.PredHeadline, quad.String("Satellites for everyone"), schema.ArticleIRI("imported"))
	if _, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{imported, headline})); err != nil {
		t.Fatal(err)
	}
	if rows := searchRows(t, s, x, map[string]string{"q": "satellites"}); len(rows) != 1 || rows[0] != "article imported" {
		t.Errorf("after importing an article about satellites, search finds %v, want it (the index rebuilt)", rows)
	}
}

// searchRows runs the search query and spells its rows "kind key".
func searchRows(t *testing.T, s *graph.Store, x *search.Index, args map[string]string) []string {
	t.Helper()
	opt := queries.RunOptions{}
	if x != nil {
		opt.Index = x
	}
	res, err := queries.Run(context.Background(), s, "search", args, opt)
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

// assertBehind checks whether the store has commits its search index has
// not applied.
func assertBehind(t *testing.T, x *search.Index, s *graph.Store, want bool) {
	t.Helper()
	if behind, err := x.Behind(context.Background(), s); err != nil || behind != want {
		t.Errorf("index behind the store: %v, %v; want %v", behind, err, want)
	}
}
