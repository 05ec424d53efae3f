package queries_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// fixtureDocs are three made-up articles: fictional people, company and
// foundation, real countries. The first two share Ada Okafor, Veltrix Corp
// and Kenya; the third is about other people entirely.
func fixtureDocs() []*schema.Document {
	return []*schema.Document{
		{
			Article: schema.Article{ID: "veltrix-orbital", Date: "2025-06-02", Title: "Veltrix signs orbital deal",
				Text: "Veltrix Corp CEO Ada Okafor wrote on Twitter: \"We are going to orbit.\""},
			Entities: []schema.Entity{
				{Name: "Ada Okafor", Type: schema.Person, Aliases: []string{"Okafor", "@adaokafor", "Ада Окафор"}},
				{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix"}},
				{Name: "Kenya", Type: schema.Country, Aliases: []string{"Кения"}},
				{Name: "Twitter", Type: schema.Company},
			},
			Roles: []schema.Role{{Person: "Ada Okafor", Title: "CEO", Org: "Veltrix Corp"}},
			Statements: []schema.Statement{{Speaker: "Ada Okafor", Text: "We are going to orbit.", Date: "2025-06-01",
				Channel: "Twitter", Mentions: []string{"Kenya"}}},
		},
		{
			Article: schema.Article{ID: "kenya-launch", Date: "2025-06-05", Title: "Kenya hosts Veltrix launch",
				Text: "The Kenya Space Agency called the launch a milestone. \"Nairobi is ready,\" said Okafor, Veltrix's CEO."},
			Entities: []schema.Entity{
				{Name: "Kenya", Type: schema.Country},
				{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"Veltrix's"}},
				{Name: "Kenya Space Agency", Type: schema.Organization},
				{Name: "Ada Okafor", Type: schema.Person, Aliases: []string{"Okafor"}},
			},
			Roles: []schema.Role{{Person: "Ada Okafor", Title: "CEO", Org: "Veltrix Corp"}},
			Statements: []schema.Statement{
				{SpeakerOrg: "Kenya Space Agency", Text: "the launch was a milestone", Date: "2025-06-05", Indirect: true,
					Mentions: []string{"Veltrix Corp"}},
				{Speaker: "Ada Okafor", Text: "Nairobi is ready.", Date: "2025-06-05"},
			},
		},
		{
			Article: schema.Article{ID: "ukraine-grant", Date: "2025-05-20", Title: "Kestrel funds Ukrainian satellites",
				Text: "Bram Vos, director of the Kestrel Foundation, said Ukraine needs satellites."},
			Entities: []schema.Entity{
				{Name: "Ukraine", Type: schema.Country, Aliases: []string{"Україна"}},
				{Name: "Bram Vos", Type: schema.Person, Aliases: []string{"Vos"}},
				{Name: "Kestrel Foundation", Type: schema.Organization},
			},
			Roles: []schema.Role{{Person: "Bram Vos", Title: "director", Org: "Kestrel Foundation"}},
			Statements: []schema.Statement{{Speaker: "Bram Vos", Text: "Ukraine needs satellites.", Date: "2025-05-20",
				Indirect: true, Mentions: []string{"Ukraine"}}},
		},
	}
}

// fixtureStore is a memstore holding fixtureDocs.
func fixtureStore(tb testing.TB) *graph.Store {
	tb.Helper()
	return storeOf(tb, graph.MemDSN, fixtureDocs())
}

// backends are the DSNs of the stores the query tests run on: memstore, and
// a bolt store in a temporary directory (kv stores take their own index
// scans, see kvscan.go).
func backends(tb testing.TB) map[string]string {
	return map[string]string{"mem": graph.MemDSN, "bolt": filepath.Join(tb.TempDir(), "news.db")}
}

// storeOf opens the store at dsn and adds docs.
func storeOf(tb testing.TB, dsn string, docs []*schema.Document) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, dsn, graph.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	for _, d := range docs {
		if _, err := s.AddDocument(ctx, d); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}
