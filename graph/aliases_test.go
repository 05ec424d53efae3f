package graph

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestAddAliasesResolvesLaterArticles(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, personDoc("a", "Volodymyr Zelenskyy"))
	e := schema.Entity{Name: "Volodymyr Zelenskyy", Type: schema.Person, Aliases: []string{"Зеленський", "Green Man"}}
	n, err := s.AddAliases(context.Background(), e)
	if err != nil || n == 0 {
		t.Fatalf("AddAliases = %d, %v", n, err)
	}
	if n, _ := s.AddAliases(context.Background(), e); n != 0 {
		t.Errorf("adding the same aliases again added %d quads", n)
	}
	d := personDoc("b", "Green Man")
	mustAdd(t, s, d)
	if d.Entities[0].Name != "Volodymyr Zelenskyy" {
		t.Errorf("a user alias did not resolve: stored as %q", d.Entities[0].Name)
	}
}

func TestMergeEntitiesKeepsProvenance(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			ctx := context.Background()
			mustAdd(t, s, personDoc("a", "Ada Okafor"))
			b := personDoc("b", "Adaeze Okafor-Bell")
			b.Statements = []schema.Statement{{Speaker: "Adaeze Okafor-Bell", Text: "we grow", Date: "2025-01-01"}}
			mustAdd(t, s, b)
			into, from := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
			moved, err := s.MergeEntities(ctx, into, from)
			if err != nil || moved == 0 {
				t.Fatalf("MergeEntities = %d, %v", moved, err)
			}
			var ws sliceWriter
			if _, err := s.Export(ctx, &ws, ExportOptions{}); err != nil {
				t.Fatal(err)
			}
			var sawStatement, sawAlias bool
			for _, q := range ws.quads {
				if q.Subject == from || q.Object == from {
					t.Errorf("quad still names the merged entity: %v", q)
				}
				if q.Predicate == schema.PredSpeaker && q.Object == into && q.Label == schema.ArticleIRI("b") {
					sawStatement = true
				}
				if q.Subject == into && q.Predicate == schema.PredAlternateName && q.Object.Native() == "Adaeze Okafor-Bell" && q.Label == schema.ArticleIRI("b") {
					sawAlias = true
				}
			}
			if !sawStatement || !sawAlias {
				t.Errorf("after merge: statement moved = %v, old name kept as alias = %v (with article b's label)", sawStatement, sawAlias)
			}
			if _, err := s.MergeEntities(ctx, into, into); err == nil {
				t.Error("merging an entity into itself did not fail")
			}
			country := schema.EntityIRI(schema.Country, "Kenya")
			mustAdd(t, s, &schema.Document{Article: schema.Article{ID: "c", Date: "2025-01-01", Text: "k"},
				Entities: []schema.Entity{{Name: "Kenya", Type: schema.Country}}})
			if _, err := s.MergeEntities(ctx, into, country); err == nil {
				t.Error("merging a country into a person did not fail")
			}
		})
	}
}
