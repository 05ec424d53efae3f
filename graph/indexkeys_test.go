package graph

import (
	"context"
	"slices"
	"sort"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestIndexKeys checks the reads of bolt's index keys: a node's predicates
// in each direction, each once, and the subjects of a type newest first,
// dead ones included; memstore says it cannot.
func TestIndexKeys(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "bolt")
	for _, d := range []*schema.Document{quadtest.Veltrix(), quadtest.Kenya()} {
		if _, err := s.AddDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	names := func(qs cgraph.QuadStore, refs []cgraph.Ref) []string {
		var out []string
		for _, r := range refs {
			v, err := qs.NameOf(r)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, v.String())
		}
		sort.Strings(out)
		return out
	}
	err := s.Read(func(qs cgraph.QuadStore) error {
		kenya, _ := qs.ValueOf(schema.EntityIRI(schema.Country, "Kenya"))
		for d, want := range map[quad.Direction][]quad.IRI{
			quad.Subject: {schema.PredType, schema.PredName, schema.PredAlternateName, schema.PredKey, schema.PredMatchKey},
			quad.Object:  {schema.PredMentions},
		} {
			preds, ok, err := s.Predicates(qs, kenya, d)
			if err != nil || !ok {
				t.Fatalf("Predicates(%v) = %v, %v", d, ok, err)
			}
			var w []string
			for _, p := range want {
				w = append(w, p.String())
			}
			sort.Strings(w)
			if got := names(qs, preds); !slices.Equal(got, w) {
				t.Errorf("Kenya's predicates as %v = %v, want %v", d, got, w)
			}
		}
		typ, _ := qs.ValueOf(schema.PredType)
		stmt, _ := qs.ValueOf(schema.TypeStatement)
		var got []cgraph.Ref
		ok, err := s.SubjectsNewestFirst(qs, typ, stmt, func(n cgraph.Ref) bool { got = append(got, n); return true })
		if err != nil || !ok || len(got) != 2 {
			t.Fatalf("statements newest first = %v, %v, %v", got, ok, err)
		}
		if v, _ := qs.NameOf(got[0]); v != schema.StatementIRI("kenya-launch", "", "a milestone") {
			t.Errorf("newest statement = %v, want kenya-launch's", v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mem := mustOpen(t, "mem")
	err = mem.Read(func(qs cgraph.QuadStore) error {
		if _, ok, _ := mem.Predicates(qs, nil, quad.Subject); ok {
			t.Error("memstore: Predicates ok")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
