package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// testDecider takes the tests' decisions at a fixed time, so that two
// stores given the same decisions export the same bytes.
var testDecider = Decider{By: "tester", At: time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)}

// fillMergeCase stores Ada Okafor and Adaeze Okafor-Bell: an article each
// (b with a statement of hers), an article naming both (whose mention of
// her becomes one into already had), and an alias of hers added by hand.
func fillMergeCase(tb testing.TB, s *Store) {
	tb.Helper()
	mustAdd(tb, s, personDoc("a", "Ada Okafor"))
	b := personDoc("b", "Adaeze Okafor-Bell")
	b.Statements = []schema.Statement{{Speaker: "Adaeze Okafor-Bell", Text: "we grow", Date: "2025-01-01"}}
	mustAdd(tb, s, b)
	mustAdd(tb, s, personDoc("c", "Ada Okafor", "Adaeze Okafor-Bell"))
	if _, err := s.AddAliases(context.Background(), schema.Entity{Type: schema.Person, Name: "Adaeze Okafor-Bell", Aliases: []string{"Daze"}}); err != nil {
		tb.Fatal(err)
	}
}

// withoutDecisions drops the decision history's lines from an export.
func withoutDecisions(export []byte) []byte {
	var out []string
	for _, l := range strings.SplitAfter(string(export), "\n") {
		if !strings.Contains(l, "<"+string(DecisionsLabel)+">") {
			out = append(out, l)
		}
	}
	return []byte(strings.Join(out, ""))
}

// TestUnmergeGivesBackTheExport: after a merge and its unmerge the store
// exports the bytes it exported before the merge, but for the decisions,
// which record both with who and when; a second unmerge finds nothing to
// undo.
func TestUnmergeGivesBackTheExport(t *testing.T) {
	into, from := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			s := mustOpen(t, kind)
			fillMergeCase(t, s)
			before := exportNQuads(t, s)
			if moved, err := s.MergeEntities(ctx, into, from, testDecider); err != nil || moved == 0 {
				t.Fatalf("MergeEntities = %d, %v", moved, err)
			}
			merged := exportNQuads(t, s)
			if bytes.Equal(withoutDecisions(merged), before) {
				t.Fatal("the merge changed nothing: the test undoes nothing")
			}
			undoer := Decider{By: "reviewer", At: testDecider.At.Add(time.Hour)}
			restored, err := s.Unmerge(ctx, into, from, undoer)
			if err != nil || restored == 0 {
				t.Fatalf("Unmerge = %d, %v", restored, err)
			}
			after := exportNQuads(t, s)
			assertSameExport(t, "merge then unmerge", withoutDecisions(after), before)
			for _, want := range []string{"MergeDecision", "UnmergeDecision", `"tester"`, `"reviewer"`, `"2026-03-01T10:30:00Z"`} {
				if !bytes.Contains(after, []byte(want)) {
					t.Errorf("the export's decisions do not say %s", want)
				}
			}
			if _, err := s.Unmerge(ctx, into, from, undoer); !errors.Is(err, ErrNoMerge) {
				t.Errorf("a second Unmerge = %v, want ErrNoMerge", err)
			}
			ds, err := s.Decisions(ctx, from)
			if err != nil || len(ds) != 2 || ds[0].Kind != KindUnmerge || ds[1].Kind != KindMerge || !ds[1].Undone || ds[1].By != "tester" {
				t.Errorf("Decisions(from) = %+v, %v; want the unmerge, then the merge it undid", ds, err)
			}
			// The same merge again, by the same person in the same second
			// (Merge, Undo, Merge on the page), is a decision of its own.
			if _, err := s.MergeEntities(ctx, into, from, testDecider); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Unmerge(ctx, into, from, testDecider); err != nil {
				t.Fatalf("unmerge of the second merge: %v", err)
			}
			assertSameExport(t, "merge, unmerge, merge, unmerge", withoutDecisions(exportNQuads(t, s)), before)
		})
	}
}

// TestUnmergeCutShortIsFinished: an unmerge stopped between its two
// transactions is completed by FinishUnmerge on the reopened store, into
// the export of an uninterrupted one.
func TestUnmergeCutShortIsFinished(t *testing.T) {
	ctx := context.Background()
	into, from := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
	ref := mustOpen(t, "bolt")
	fillMergeCase(t, ref)
	if _, err := ref.MergeEntities(ctx, into, from, testDecider); err != nil {
		t.Fatal(err)
	}
	if _, err := ref.Unmerge(ctx, into, from, testDecider); err != nil {
		t.Fatal(err)
	}
	want := exportNQuads(t, ref)

	dir := boltDir(t)
	s := mustOpenDSN(t, dir)
	fillMergeCase(t, s)
	if _, err := s.MergeEntities(ctx, into, from, testDecider); err != nil {
		t.Fatal(err)
	}
	s.failDeletes = errors.New("killed between the adds and the deletes")
	if _, err := s.Unmerge(ctx, into, from, testDecider); err == nil {
		t.Fatal("the cut-short unmerge did not fail")
	}
	if half := exportNQuads(t, s); !bytes.Contains(half, []byte(string(unmergeNode))) {
		t.Fatal("the cut-short unmerge left no journal entry: the test cuts nothing")
	}
	s.Close()
	s = mustOpenDSN(t, dir)
	gotInto, gotFrom, ok, err := s.FinishUnmerge(ctx)
	if err != nil || !ok || gotInto != into || gotFrom != from {
		t.Fatalf("FinishUnmerge = %v, %v, %v, %v; want %v, %v, true", gotInto, gotFrom, ok, err, into, from)
	}
	assertSameExport(t, "the finished unmerge", exportNQuads(t, s), want)
	if _, _, ok, err := s.FinishUnmerge(ctx); ok || err != nil {
		t.Errorf("FinishUnmerge with none pending = %v, %v; want false, nil", ok, err)
	}
}

// TestKeepApartHonouredByLoad: "Okafor" and "Ada Okafor" kept apart, an
// article naming only "Okafor" loaded once the first Okafor is gone stays
// an Okafor of its own, where without the decision it joins Ada Okafor,
// the only Okafor left.
func TestKeepApartHonouredByLoad(t *testing.T) {
	okafor, ada := schema.EntityIRI(schema.Person, "Okafor"), schema.EntityIRI(schema.Person, "Ada Okafor")
	for _, keep := range []bool{false, true} {
		for _, kind := range backends {
			t.Run(fmt.Sprintf("kept apart %v/%s", keep, kind), func(t *testing.T) {
				ctx := context.Background()
				s := mustOpen(t, kind)
				mustAdd(t, s, personDoc("a1", "Okafor"))
				mustAdd(t, s, personDoc("a2", "Ada Okafor"))
				if keep {
					if _, err := s.KeepApart(ctx, ada, okafor, testDecider); err != nil {
						t.Fatal(err)
					}
				}
				if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
					t.Fatal(err)
				}
				d := personDoc("a3", "Okafor")
				mustAdd(t, s, d)
				want := "Ada Okafor"
				if keep {
					want = "Okafor"
				}
				if got := d.Entities[0].Name; got != want {
					t.Errorf("kept apart %v: a later \"Okafor\" resolved to %q, want %q", keep, got, want)
				}
			})
		}
	}
}

// TestKeepApartRecorded: the decision names both entities, sorted, with
// who and when; entities of different types, or one with itself, are
// refused.
func TestKeepApartRecorded(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "mem")
	mustAdd(t, s, personDoc("a", "Ada Okafor", "A. Okafor"))
	a, b := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "A. Okafor")
	if _, err := s.KeepApart(ctx, a, b, testDecider); err != nil {
		t.Fatal(err)
	}
	ds, err := s.Decisions(ctx, a)
	if err != nil || len(ds) != 1 {
		t.Fatalf("Decisions = %+v, %v; want one", ds, err)
	}
	if again, err := s.KeepApart(ctx, b, a, testDecider); err != nil || again.IRI != "" {
		t.Errorf("keeping them apart again = %+v, %v; want nothing written", again, err)
	}
	if ds, _ := s.Decisions(ctx, a); len(ds) != 1 {
		t.Errorf("after keeping them apart twice, %d decisions; want 1", len(ds))
	}
	d := ds[0]
	if d.Kind != KindKeepApart || d.A != b || d.B != a || d.By != "tester" || !d.At.Equal(testDecider.At) {
		t.Errorf("decision = %+v; want keep-apart of %s and %s by tester at %v", d, b, a, testDecider.At)
	}
	mustAdd(t, s, &schema.Document{Article: schema.Article{ID: "k", Date: "2025-01-01", Text: "k"},
		Entities: []schema.Entity{{Name: "Kenya", Type: schema.Country}}})
	if _, err := s.KeepApart(ctx, a, schema.EntityIRI(schema.Country, "Kenya"), testDecider); err == nil {
		t.Error("keeping a person apart from a country did not fail")
	}
	if _, err := s.KeepApart(ctx, a, a, testDecider); err == nil {
		t.Error("keeping an entity apart from itself did not fail")
	}
	for _, by := range []string{"mal\nlory", strings.Repeat("x", maxDeciderName+1), "bad\xffutf8"} {
		if _, err := s.KeepApart(ctx, a, b, Decider{By: by}); err == nil {
			t.Errorf("a decision by %.20q did not fail", by)
		}
	}
}

// TestDecisionsTravelWithTheExport: a store that imports another's export
// keeps its decisions: the keep-apart is honoured by its next load, and a
// merge made before the export can be undone after the import.
func TestDecisionsTravelWithTheExport(t *testing.T) {
	ctx := context.Background()
	okafor, ada := schema.EntityIRI(schema.Person, "Okafor"), schema.EntityIRI(schema.Person, "Ada Okafor")
	src := mustOpen(t, "mem")
	mustAdd(t, src, personDoc("a1", "Okafor"))
	mustAdd(t, src, personDoc("a2", "Ada Okafor"))
	fillMergeCase(t, src)
	if _, err := src.KeepApart(ctx, okafor, ada, testDecider); err != nil {
		t.Fatal(err)
	}
	into, from := ada, schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
	if _, err := src.MergeEntities(ctx, into, from, testDecider); err != nil {
		t.Fatal(err)
	}
	if _, err := src.RemoveArticle(ctx, "a1"); err != nil {
		t.Fatal(err)
	}
	dst := mustOpen(t, "bolt")
	if _, err := dst.Import(ctx, []ImportSource{{Name: "export.nq", R: bytes.NewReader(exportNQuads(t, src))}}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	d := personDoc("a3", "Okafor")
	mustAdd(t, dst, d)
	if got := d.Entities[0].Name; got != "Okafor" {
		t.Errorf("after the import, a later \"Okafor\" resolved to %q, want an Okafor of its own (kept apart from Ada Okafor)", got)
	}
	if n, err := dst.Unmerge(ctx, into, from, testDecider); err != nil || n == 0 {
		t.Errorf("Unmerge after the import = %d, %v; want the merge undone", n, err)
	}
}

// TestForgedMergeDecisionRefused: an imported merge decision whose facts
// do not name the merged entity makes Unmerge fail and change nothing,
// rather than delete into's own facts.
func TestForgedMergeDecisionRefused(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "mem")
	mustAdd(t, s, personDoc("a", "Ada Okafor"))
	into := schema.EntityIRI(schema.Person, "Ada Okafor")
	const d = "<https://newsgraph.dev/id/decision/forged>"
	const g = " <https://newsgraph.dev/id/decisions> .\n"
	forged := d + " <" + schema.RDF + "type> <https://newsgraph.dev/ns#MergeDecision>" + g +
		d + ` <https://newsgraph.dev/ns#into> "` + string(into) + `"^^<http://www.w3.org/2001/XMLSchema#anyURI>` + g +
		d + ` <https://newsgraph.dev/ns#from> "https://newsgraph.dev/id/person/ghost"^^<http://www.w3.org/2001/XMLSchema#anyURI>` + g +
		d + ` <https://newsgraph.dev/ns#decidedAt> "2026-01-01T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>` + g +
		d + " <https://newsgraph.dev/ns#facts> <https://newsgraph.dev/id/decision/forged/facts>" + g +
		`<https://newsgraph.dev/id/decision/forged/facts> <https://newsgraph.dev/ns#movedFact> "<` + string(into) +
		`> <http://schema.org/name> \"Ada Okafor\" <` + string(schema.ArticleIRI("a")) + `> ."` + g
	if _, err := s.Import(ctx, []ImportSource{{Name: "forged.nq", R: strings.NewReader(forged)}}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	before := exportNQuads(t, s)
	if _, err := s.Unmerge(ctx, into, schema.EntityIRI(schema.Person, "ghost"), testDecider); err == nil || !strings.Contains(err.Error(), "does not name") {
		t.Errorf("Unmerge of a forged decision = %v, want an error naming the fact", err)
	}
	assertSameExport(t, "after the refused unmerge", exportNQuads(t, s), before)
}
