package graph

import (
	"context"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// veltrixDoc is a made-up article: fictional people and company, a real
// country.
func veltrixDoc() *schema.Document {
	return &schema.Document{
		Article: schema.Article{
			ID: "veltrix-orbital", Origin: "a.txt", Date: "2025-06-02",
			Title: "Veltrix signs orbital deal", URL: "https://news.example/veltrix",
			Publisher: "Example News", Text: "Veltrix Corp CEO Ada Okafor said on Twitter: \"We are going to orbit.\"",
		},
		Entities: []schema.Entity{
			{Name: "Ada Okafor", Type: schema.Person, Aliases: []string{"Okafor", "@adaokafor"}},
			{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix"}},
			{Name: "Kenya", Type: schema.Country, Aliases: []string{"Кения"}},
			{Name: "Twitter", Type: schema.Company},
		},
		Roles: []schema.Role{{Person: "Ada Okafor", Title: "CEO", Org: "Veltrix Corp"}},
		Statements: []schema.Statement{{
			Speaker: "Ada Okafor", Text: "We are going to orbit.", Date: "2025-06-01",
			Channel: "Twitter", Mentions: []string{"Kenya"},
		}},
	}
}

// kenyaDoc is a second article that shares entities with veltrixDoc.
func kenyaDoc() *schema.Document {
	return &schema.Document{
		Article: schema.Article{ID: "kenya-launch", Date: "2025-06-05", Title: "Kenya hosts launch", Text: "Kenya's space agency praised Veltrix."},
		Entities: []schema.Entity{
			{Name: "Kenya", Type: schema.Country, Aliases: []string{"Kenya's"}},
			{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix"}},
			{Name: "Kenya Space Agency", Type: schema.Organization},
		},
		Statements: []schema.Statement{{SpeakerOrg: "Kenya Space Agency", Text: "a milestone", Date: "2025-06-05", Indirect: true}},
	}
}

// mustOpen opens a store of the given kind ("mem", "bolt" in a temporary
// directory, or "postgres" or "mysql" in a fresh database, see
// postgres_external_test.go and mysql_external_test.go) and closes it when
// the test ends.
func mustOpen(tb testing.TB, kind string) *Store {
	tb.Helper()
	switch kind {
	case "bolt":
		return mustOpenDSN(tb, boltDir(tb))
	case "postgres":
		return mustOpenDSN(tb, freshPostgres(tb))
	case "mysql":
		return mustOpenDSN(tb, freshMySQL(tb))
	}
	return mustOpenDSN(tb, MemDSN)
}

// freshPostgres is set by postgres_external_test.go, which also adds
// "postgres" to backends.
var freshPostgres = func(tb testing.TB) string {
	tb.Fatal("postgres tests need -tags external and NEWSGRAPH_TEST_POSTGRES")
	return ""
}

// freshMySQL is set by mysql_external_test.go, which also adds "mysql" to
// backends.
var freshMySQL = func(tb testing.TB) string {
	tb.Fatal("mysql tests need -tags external and NEWSGRAPH_TEST_MYSQL")
	return ""
}

// boltDir returns a fresh directory for a bolt store.
func boltDir(tb testing.TB) string {
	tb.Helper()
	return filepath.Join(tb.TempDir(), "test.db")
}

func mustOpenDSN(tb testing.TB, dsn string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		tb.Fatalf("Open(%q): %v", dsn, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func mustAdd(tb testing.TB, s *Store, d *schema.Document) int {
	tb.Helper()
	n, err := s.AddDocument(context.Background(), d)
	if err != nil {
		tb.Fatalf("AddDocument(%s): %v", d.ID, err)
	}
	return n
}

// sliceWriter collects what Export writes.
type sliceWriter struct{ quads []quad.Quad }

func (w *sliceWriter) WriteQuad(q quad.Quad) error {
	w.quads = append(w.quads, q)
	return nil
}

func (w *sliceWriter) WriteQuads(qs []quad.Quad) (int, error) {
	w.quads = append(w.quads, qs...)
	return len(qs), nil
}

// storeKeys returns the store's quads (or one article's) as sorted keys.
func storeKeys(tb testing.TB, s *Store, article string) []string {
	tb.Helper()
	var w sliceWriter
	if _, err := s.Export(context.Background(), &w, ExportOptions{Article: article}); err != nil {
		tb.Fatalf("Export: %v", err)
	}
	return keys(w.quads)
}

// keys spells quads as sorted, normalised N-Quads-like strings, so that an
// Int read back from a file equals the TypedString it was written as.
func keys(qs []quad.Quad) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				nv, _ := fullDatatypes(d, v)
				q.Set(d, nv)
			}
		}
		out = append(out, quadKey(q))
	}
	sort.Strings(out)
	return out
}

func diffKeys(got, want []string) (missing, extra []string) {
	g, w := map[string]bool{}, map[string]bool{}
	for _, k := range got {
		g[k] = true
	}
	for _, k := range want {
		w[k] = true
		if !g[k] {
			missing = append(missing, k)
		}
	}
	for _, k := range got {
		if !w[k] {
			extra = append(extra, k)
		}
	}
	return missing, extra
}

func assertSameKeys(tb testing.TB, what string, got, want []string) {
	tb.Helper()
	missing, extra := diffKeys(got, want)
	for _, k := range missing {
		tb.Errorf("%s: missing %s", what, k)
	}
	for _, k := range extra {
		tb.Errorf("%s: unexpected %s", what, k)
	}
}

// storedQuads are the quads the store holds for d once loaded: its facts
// and its content hash.
func storedQuads(d *schema.Document) []quad.Quad {
	return append(d.Quads(), hashQuad(d.Article))
}
