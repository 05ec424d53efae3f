package graph

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Three Okafors for merges into one: article c names both Adaeze and
// Chidi, not Ada, so that merging both into Ada gives Ada's mention in c
// twice over.
var (
	okaforInto = schema.EntityIRI(schema.Person, "Ada Okafor")
	okaforA    = schema.EntityIRI(schema.Person, "Adaeze Okafor-Bell")
	okaforC    = schema.EntityIRI(schema.Person, "Chidi Okafor")
)

func fillThreeOkafors(tb testing.TB, s *Store) {
	tb.Helper()
	mustAdd(tb, s, personDoc("a", "Ada Okafor"))
	mustAdd(tb, s, personDoc("b", "Adaeze Okafor-Bell"))
	mustAdd(tb, s, personDoc("c", "Adaeze Okafor-Bell", "Chidi Okafor"))
	mustAdd(tb, s, personDoc("d", "Chidi Okafor"))
}

// TestUnmergeAnyOrder: with Adaeze, then Chidi merged into Ada, either
// merge can be undone first: the store then exports what a store in which
// only the other merge was made exports (but for the decisions), undoing
// the other too gives back the export from before both, and merging
// Adaeze again and undoing it does as well.
func TestUnmergeAnyOrder(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		for _, first := range []quad.IRI{okaforA, okaforC} {
			second := okaforC
			if first == okaforC {
				second = okaforA
			}
			t.Run(kind+"/first "+string(first[strings.LastIndex(string(first), "/")+1:]), func(t *testing.T) {
				ref := mustOpen(t, kind)
				fillThreeOkafors(t, ref)
				if _, err := ref.MergeEntities(ctx, okaforInto, second, testDecider); err != nil {
					t.Fatal(err)
				}
				onlySecond := withoutDecisions(exportNQuads(t, ref))

				s := mustOpen(t, kind)
				fillThreeOkafors(t, s)
				before := exportNQuads(t, s)
				for _, from := range []quad.IRI{okaforA, okaforC} {
					if _, err := s.MergeEntities(ctx, okaforInto, from, testDecider); err != nil {
						t.Fatal(err)
					}
				}
				undoer := Decider{By: "reviewer", At: testDecider.At.Add(time.Hour)}
				if n, err := s.Unmerge(ctx, okaforInto, first, undoer); err != nil || n == 0 {
					t.Fatalf("Unmerge of %s = %d, %v", first, n, err)
				}
				assertSameExport(t, "both merged, the first undone", withoutDecisions(exportNQuads(t, s)), onlySecond)
				if n, err := s.Unmerge(ctx, okaforInto, second, undoer); err != nil || n == 0 {
					t.Fatalf("Unmerge of %s = %d, %v", second, n, err)
				}
				assertSameExport(t, "both merges undone", withoutDecisions(exportNQuads(t, s)), before)
				if _, err := s.MergeEntities(ctx, okaforInto, okaforA, testDecider); err != nil {
					t.Fatal(err)
				}
				if _, err := s.Unmerge(ctx, okaforInto, okaforA, undoer); err != nil {
					t.Fatalf("Unmerge of the merge made again: %v", err)
				}
				assertSameExport(t, "merged again and undone", withoutDecisions(exportNQuads(t, s)), before)
			})
		}
	}
}

// TestUnmergeOfMergedOnRefused: Adaeze merged into Ada, then Ada into
// Chidi: the merge of Adaeze cannot be undone while Ada's facts are on
// Chidi; the error says which merge to undo first, and nothing changes.
// Undoing the two in that order gives back the export from before.
func TestUnmergeOfMergedOnRefused(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			fillThreeOkafors(t, s)
			before := exportNQuads(t, s)
			if _, err := s.MergeEntities(ctx, okaforInto, okaforA, testDecider); err != nil {
				t.Fatal(err)
			}
			if _, err := s.MergeEntities(ctx, okaforC, okaforInto, testDecider); err != nil {
				t.Fatal(err)
			}
			merged := exportNQuads(t, s)
			_, err := s.Unmerge(ctx, okaforInto, okaforA, testDecider)
			if !errors.Is(err, ErrMergedOn) || !strings.Contains(err.Error(), "unmerge "+okaforInto.String()+" from "+okaforC.String()+" first") {
				t.Errorf("Unmerge of a merged-on entity = %v; want ErrMergedOn naming the merge into %s", err, okaforC)
			}
			assertSameExport(t, "after the refused unmerge", exportNQuads(t, s), merged)
			if _, err := s.Unmerge(ctx, okaforC, okaforInto, testDecider); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Unmerge(ctx, okaforInto, okaforA, testDecider); err != nil {
				t.Fatalf("Unmerge once the later merge is undone: %v", err)
			}
			assertSameExport(t, "both undone, latest first", withoutDecisions(exportNQuads(t, s)), before)
		})
	}
}

// TestUnmergeInterleaved: Adaeze and Chidi merged into Ada, Adaeze
// unmerged (the mention of Ada in the article naming both is left for
// Chidi, and the unmerge records it as ng:leftFact), Adaeze merged again,
// then Chidi unmerged and Adaeze too: the export of before all of it.
func TestUnmergeInterleaved(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			fillThreeOkafors(t, s)
			before := exportNQuads(t, s)
			steps := []struct {
				merge    bool
				from     quad.IRI
				leftFact bool // the export has an ng:leftFact after the step
			}{
				{true, okaforA, false}, {true, okaforC, false}, {false, okaforA, true},
				{true, okaforA, true}, {false, okaforC, true}, {false, okaforA, true},
			}
			for i, st := range steps {
				var err error
				if st.merge {
					_, err = s.MergeEntities(ctx, okaforInto, st.from, testDecider)
				} else {
					_, err = s.Unmerge(ctx, okaforInto, st.from, testDecider)
				}
				if err != nil {
					t.Fatalf("step %d (merge %v of %s): %v", i, st.merge, st.from, err)
				}
				if got := strings.Contains(string(exportNQuads(t, s)), string(schema.PredLeftFact)); got != st.leftFact {
					t.Errorf("step %d: the export has an ng:leftFact: %v, want %v", i, got, st.leftFact)
				}
			}
			assertSameExport(t, "after the interleaved merges and unmerges", withoutDecisions(exportNQuads(t, s)), before)
		})
	}
}
