package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// readQuadsData are the quads TestReadQuads and TestDeleteQuads import:
// two subjects, two predicates, a literal object and two labels.
const readQuadsData = `<https://e.example/ada> <https://e.example/worksFor> <https://e.example/veltrix> <https://e.example/a1> .
<https://e.example/ada> <https://e.example/name> "Ada Okafor" <https://e.example/a1> .
<https://e.example/ben> <https://e.example/worksFor> <https://e.example/veltrix> <https://e.example/a2> .
<https://e.example/ben> <https://e.example/name> "Ben Mwangi" .
`

func mustImportText(tb testing.TB, s *Store, text string) {
	tb.Helper()
	src := ImportSource{Name: "t.nq", R: strings.NewReader(text)}
	if _, err := s.Import(context.Background(), []ImportSource{src}, ImportOptions{TempDir: tb.TempDir()}); err != nil {
		tb.Fatalf("Import: %v", err)
	}
}

func TestReadQuads(t *testing.T) {
	iri := func(s string) quad.Value { return quad.IRI("https://e.example/" + s) }
	tests := []struct {
		name string
		f    QuadFilter
		want []int // lines of readQuadsData
	}{
		{"all", QuadFilter{}, []int{0, 1, 2, 3}},
		{"subject", QuadFilter{Subject: []quad.Value{iri("ada")}}, []int{0, 1}},
		{"two subjects", QuadFilter{Subject: []quad.Value{iri("ada"), iri("ben")}}, []int{0, 1, 2, 3}},
		{"predicate", QuadFilter{Predicate: []quad.Value{iri("worksFor")}}, []int{0, 2}},
		{"literal object", QuadFilter{Object: []quad.Value{quad.String("Ben Mwangi")}}, []int{3}},
		{"label", QuadFilter{Label: []quad.Value{iri("a2")}}, []int{2}},
		{"subject and predicate", QuadFilter{Subject: []quad.Value{iri("ben")}, Predicate: []quad.Value{iri("name")}}, []int{3}},
		{"unknown value", QuadFilter{Subject: []quad.Value{iri("nobody")}}, nil},
	}
	lines := strings.SplitAfter(strings.TrimSpace(readQuadsData), "\n")
	for _, kind := range backends {
		s := mustOpen(t, kind)
		mustImportText(t, s, readQuadsData)
		for _, tt := range tests {
			t.Run(kind+"/"+tt.name, func(t *testing.T) {
				var got []quad.Quad
				n, more, err := s.ReadQuads(context.Background(), tt.f, 10, func(q quad.Quad) error {
					got = append(got, q)
					return nil
				})
				if err != nil || n != len(got) || more {
					t.Fatalf("ReadQuads = %d, %v, %v; want %d quads, no more", n, more, err, len(got))
				}
				var want string
				for _, i := range tt.want {
					want += lines[i]
				}
				quadtest.AssertSameKeys(t, "quads read", quadtest.Keys(got), quadtest.Keys(quadtest.ReadNQuads(t, want)))
			})
		}
	}
}

// TestReadQuadsMax: past max quads ReadQuads stops and says more matched.
func TestReadQuadsMax(t *testing.T) {
	s := mustOpen(t, "mem")
	mustImportText(t, s, readQuadsData)
	calls := 0
	n, more, err := s.ReadQuads(context.Background(), QuadFilter{}, 3, func(quad.Quad) error { calls++; return nil })
	if err != nil || n != 3 || calls != 3 || !more {
		t.Errorf("ReadQuads(max 3) = %d, %v, %v with %d calls; want 3, more, no error", n, more, err, calls)
	}
	if _, _, err := s.ReadQuads(context.Background(), QuadFilter{}, 0, func(quad.Quad) error { return nil }); err == nil {
		t.Error("ReadQuads(max 0) succeeded, want an error")
	}
}

func TestDeleteQuads(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustImportText(t, s, readQuadsData)
			before, err := s.LastCommit(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.SplitAfter(readQuadsData, "\n")
			gone := quadtest.ReadNQuads(t, lines[1]+lines[3]+
				"<https://e.example/nobody> <https://e.example/name> \"Nemo\" .\n")
			n, err := s.DeleteQuads(context.Background(), append(gone, gone[0]))
			if err != nil || n != 2 {
				t.Fatalf("DeleteQuads = %d, %v; want 2 (the third is not in the store)", n, err)
			}
			quadtest.AssertSameKeys(t, "store after delete", storeKeys(t, s, ""),
				quadtest.Keys(quadtest.ReadNQuads(t, lines[0]+lines[2])))
			commits, err := s.CommitsSince(context.Background(), before, 10)
			if err != nil || len(commits) != 1 || !commits[0].Invalidates {
				t.Errorf("commits after the delete = %+v, %v; want one that invalidates", commits, err)
			}
		})
	}
}
