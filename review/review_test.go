package review

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

func TestCompare(t *testing.T) {
	person := func(name string, aliases ...string) Names {
		return Names{Type: schema.Person, Name: name, Aliases: aliases}
	}
	tests := []struct {
		name string
		a, b Names
		want []string // evidence kinds
	}{
		{"initial and full given name", person("A. Okafor"), person("Ada Okafor"), []string{EvidenceSurname}},
		{"full and initial, the other way", person("Ada Okafor"), person("A Okafor"), []string{EvidenceSurname}},
		{"different given names", person("Ada Okafor"), person("Ben Okafor"), nil},
		{"initial of another name", person("B. Okafor"), person("Ada Okafor"), nil},
		{"surname only", person("Okafor"), person("Ada Okafor"), []string{EvidenceSurname}},
		{"same given name, middle initial", person("Ada N. Okafor"), person("Ada Okafor"), []string{EvidenceSurname}},
		{"spelling folded", person("Volodymyr Zelenskyy"), person("Volodymyr Zelensky"), []string{EvidenceMatchKey}},
		{"alias is the other's name", person("Volodymyr Zelenskyy", "Green Man"), person("Green Man"), []string{EvidenceAlias}},
		{"other surnames", person("Ada Okafor"), person("Ada Mensah"), nil},
		{"generational suffixes are no surname", person("William E. Trotter II"), person("William H. Hudnut III"), nil},
		{"same surname past a suffix", person("W. Trotter"), person("William E. Trotter Jr."), []string{EvidenceSurname}},
		{"types differ", person("Kenya"), Names{Type: schema.Country, Name: "Kenya"}, nil},
		{"companies by legal form", Names{Type: schema.Company, Name: "Veltrix Corp."}, Names{Type: schema.Company, Name: "Veltrix"}, []string{EvidenceMatchKey}},
		{"companies share no surname", Names{Type: schema.Company, Name: "Ada Okafor"}, Names{Type: schema.Company, Name: "A. Okafor"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Compare(tt.a, tt.b) {
				got = append(got, e.Kind)
				if e.Detail == "" {
					t.Errorf("evidence %s has no detail", e.Kind)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Compare(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func doc(id string, names ...string) *schema.Document {
	d := &schema.Document{Article: schema.Article{ID: id, Date: "2025-01-01", Text: "text of " + id}}
	for _, n := range names {
		d.Entities = append(d.Entities, schema.Entity{ID: schema.EntityKey(schema.Person, n), Name: n, Type: schema.Person, Mentions: 1})
	}
	return d
}

// TestDuplicates: A. Okafor is a likely duplicate of Ada Okafor, Ben
// Okafor is not; once kept apart she is not listed any more, and a merge
// into Ada Okafor is listed as one to undo; the keep-apart undone, she is
// listed again.
func TestDuplicates(t *testing.T) {
	t.Run("mem", func(t *testing.T) { testDuplicates(t, graph.MemDSN) })
	t.Run("bolt", func(t *testing.T) { testDuplicates(t, t.TempDir()) })
}

func testDuplicates(t *testing.T, dsn string) {
	ctx := context.Background()
	s, err := graph.Open(ctx, dsn, graph.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, d := range []*schema.Document{doc("a", "Ada Okafor"), doc("b", "A. Okafor"), doc("c", "Ben Okafor"), doc("d", "Ada N. Okafor")} {
		if _, err := s.AddDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	ada := schema.EntityIRI(schema.Person, "Ada Okafor")
	keys := func(r *Report) []string {
		var out []string
		for _, c := range r.Candidates {
			out = append(out, c.Key)
		}
		return out
	}
	r, err := Duplicates(ctx, s, ada)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := keys(r), []string{"person/a-okafor", "person/ada-n-okafor"}; !slices.Equal(got, want) {
		t.Errorf("duplicates of Ada Okafor = %v, want %v", got, want)
	}
	by := graph.Decider{By: "tester", At: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := s.KeepApart(ctx, ada, schema.EntityIRI(schema.Person, "A. Okafor"), by); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeEntities(ctx, ada, schema.EntityIRI(schema.Person, "Ada N. Okafor"), by); err != nil {
		t.Fatal(err)
	}
	r, err = Duplicates(ctx, s, ada)
	if err != nil {
		t.Fatal(err)
	}
	if got := keys(r); len(got) != 0 {
		t.Errorf("after keep-apart and merge, duplicates = %v, want none", got)
	}
	want := []Merge{{From: "person/ada-n-okafor", By: "tester", At: "2026-03-01T00:00:00Z"}}
	if !slices.Equal(r.Merges, want) || !slices.Equal(r.KeptApart, []string{"person/a-okafor"}) {
		t.Errorf("merges = %v, kept apart = %v; want %v and [person/a-okafor]", r.Merges, r.KeptApart, want)
	}
	// The keep-apart undone, A. Okafor is a likely duplicate again.
	if _, err := s.UndoKeepApart(ctx, ada, schema.EntityIRI(schema.Person, "A. Okafor"), by); err != nil {
		t.Fatal(err)
	}
	if r, err = Duplicates(ctx, s, ada); err != nil {
		t.Fatal(err)
	}
	if got := keys(r); !slices.Equal(got, []string{"person/a-okafor"}) || len(r.KeptApart) != 0 {
		t.Errorf("after the keep-apart is undone, duplicates = %v, kept apart = %v; want [person/a-okafor] and none", got, r.KeptApart)
	}
	if _, err := Duplicates(ctx, s, schema.EntityIRI(schema.Person, "Nobody")); !errors.Is(err, queries.ErrNotFound) {
		t.Errorf("Duplicates of no entity = %v, want ErrNotFound", err)
	}
}
