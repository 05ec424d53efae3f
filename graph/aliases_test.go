package graph

import (
	"bytes"
	"context"
	"errors"
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
			moved, err := s.MergeEntities(ctx, into, from, testDecider)
			if err != nil || moved == 0 {
				t.Fatalf("MergeEntities = %d, %v", moved, err)
			}
			var sawStatement, sawAlias bool
			for _, q := range storeQuads(t, s, "") {
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
			if _, err := s.MergeEntities(ctx, into, into, testDecider); err == nil {
				t.Error("merging an entity into itself did not fail")
			}
			country := schema.EntityIRI(schema.Country, "Kenya")
			mustAdd(t, s, &schema.Document{Article: schema.Article{ID: "c", Date: "2025-01-01", Text: "k"},
				Entities: []schema.Entity{{Name: "Kenya", Type: schema.Country}}})
			if _, err := s.MergeEntities(ctx, into, country, testDecider); err == nil {
				t.Error("merging a country into a person did not fail")
			}
		})
	}
}

// TestMergeCutShortIsFinished: a merge stopped between its two
// transactions (a crash; here a failing delete) leaves a journal entry, and
// FinishMerge on the reopened store completes it into the graph an
// uninterrupted merge gives, and says which merge it finished; with no
// merge pending it does nothing.
func TestMergeCutShortIsFinished(t *testing.T) {
	ctx := context.Background()
	into, from := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
	fill := func(s *Store) {
		mustAdd(t, s, personDoc("a", "Ada Okafor"))
		b := personDoc("b", "Adaeze Okafor-Bell")
		b.Statements = []schema.Statement{{Speaker: "Adaeze Okafor-Bell", Text: "we grow", Date: "2025-01-01"}}
		mustAdd(t, s, b)
	}
	ref := mustOpen(t, "bolt")
	fill(ref)
	if _, err := ref.MergeEntities(ctx, into, from, testDecider); err != nil {
		t.Fatal(err)
	}
	want := exportNQuads(t, ref)
	if _, _, ok, err := ref.FinishMerge(ctx); ok || err != nil {
		t.Errorf("FinishMerge with no merge pending = %v, %v; want false, nil", ok, err)
	}

	dir := boltDir(t)
	s := mustOpenDSN(t, dir)
	fill(s)
	s.failDeletes = errors.New("killed between the adds and the deletes")
	if _, err := s.MergeEntities(ctx, into, from, testDecider); err == nil {
		t.Fatal("the cut-short merge did not fail")
	}
	half := exportNQuads(t, s)
	if !bytes.Contains(half, []byte(string(JournalLabel))) || !bytes.Contains(half, []byte(string(from)+"> <"+schema.RDF+"type>")) {
		t.Fatal("the cut-short merge left no journal entry, or no trace of from: the test cuts nothing")
	}
	s.Close()
	s = mustOpenDSN(t, dir)
	gotInto, gotFrom, ok, err := s.FinishMerge(ctx)
	if err != nil || !ok || gotInto != into || gotFrom != from {
		t.Fatalf("FinishMerge = %v, %v, %v, %v; want %v, %v, true", gotInto, gotFrom, ok, err, into, from)
	}
	assertSameExport(t, "the finished merge", exportNQuads(t, s), want)
}
