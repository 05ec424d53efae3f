package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// TestStoreKeepsEveryFact writes what Cayley's own MySQL schema loses (see
// mysqlSchema) and reads it back, on every backend, after reopening the
// store (a second init must not fail): the same fact from three articles,
// a triple written twice (stored once), an 80,000-byte value in several
// scripts, and names that differ only by case or by an emoji.
func TestStoreKeepsEveryFact(t *testing.T) {
	ada, said := quad.IRI("https://newsgraph.dev/id/person/ada-okafor"), quad.IRI("https://newsgraph.dev/ns/said")
	var want []quad.Quad
	for _, a := range []string{"veltrix-orbital", "kenya-launch", "lagos-briefing"} {
		want = append(want, quad.Make(ada, said, quad.String("We are going to orbit."), quad.IRI("https://newsgraph.dev/id/article/"+a)))
	}
	long := strings.Repeat("Кения Kenya 肯尼亚 🚀 ", 2500) // 80,000 bytes
	want = append(want,
		quad.Make(ada, quad.IRI("https://newsgraph.dev/ns/bio"), quad.String(long), nil),
		quad.Make(ada, quad.IRI("https://newsgraph.dev/ns/name"), quad.String("Kenya"), nil),
		quad.Make(ada, quad.IRI("https://newsgraph.dev/ns/name"), quad.String("kenya"), nil),
		quad.Make(ada, quad.IRI("https://newsgraph.dev/ns/name"), quad.String("Kenya 🚀"), nil),
	)
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			s := mustOpen(t, kind)
			if n, err := s.AddQuads(ctx, quad.NewReader(want)); err != nil || n != len(want) {
				t.Fatalf("AddQuads = %d, %v; want %d, nil", n, err, len(want))
			}
			if n, err := s.AddQuads(ctx, quad.NewReader(want[3:4])); err != nil || n != 0 {
				t.Errorf("AddQuads of a stored triple = %d, %v; want 0, nil", n, err)
			}
			if kind != "mem" {
				dsn := s.DSN()
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}
				s = mustOpenDSN(t, dsn)
			}
			quadtest.AssertSameKeys(t, "store", storeKeys(t, s, ""), quadtest.Keys(want))
		})
	}
}
