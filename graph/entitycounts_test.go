package graph

import (
	"context"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestEntityCounts: on a bolt store made by newsgraph, the index gives each
// entity's and role's article count, the same as counting its type quads; once a
// write could make those counts wrong (a removed article, aliases, an
// import), the store says so and stays so after reopening.
func TestEntityCounts(t *testing.T) {
	ctx := context.Background()
	docs := []*schema.Document{quadtest.Veltrix(), quadtest.Kenya(), personDoc("p1", "Ada Okafor"), personDoc("p2", "Ada Okafor", "Bram Vos")}
	drifts := map[string]func(*Store) error{
		"remove an article": func(s *Store) error { _, err := s.RemoveArticle(ctx, "p1"); return err },
		"add aliases": func(s *Store) error {
			_, err := s.AddAliases(ctx, schema.Entity{Name: "Bram Vos", Type: schema.Person, Aliases: []string{"B. Vos"}})
			return err
		},
		"import quads": func(s *Store) error {
			_, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{quad.Make(quad.IRI("x"), schema.PredType, schema.TypePerson, nil)}))
			return err
		},
		"change an article": func(s *Store) error {
			_, err := s.AddDocument(ctx, personDoc("p1", "Mira Holt"))
			return err
		},
	}
	for name, drift := range drifts {
		t.Run(name, func(t *testing.T) {
			dir := boltDir(t)
			s := mustOpenDSN(t, dir)
			mustLoad(t, s, docs, LoadOptions{})
			got, ok := entityCounts(t, s, schema.TypePerson)
			if !ok {
				t.Fatal("a fresh store's index counts are not used")
			}
			if want := countTypeQuads(t, s, schema.TypePerson); !reflect.DeepEqual(got, want) {
				t.Errorf("index counts = %v, want %v (from the quads)", got, want)
			}
			roles, ok := entityCounts(t, s, schema.TypeRole)
			if want := countTypeQuads(t, s, schema.TypeRole); !ok || len(roles) == 0 || !reflect.DeepEqual(roles, want) {
				t.Errorf("role counts = %v, %v; want %v (from the quads)", roles, ok, want)
			}
			if want := "person/ada-okafor=3"; !strings.Contains(strings.Join(got, " "), want) {
				t.Errorf("index counts = %v, want %s among them", got, want)
			}
			if err := drift(s); err != nil {
				t.Fatal(err)
			}
			if got, ok := entityCounts(t, s, schema.TypePerson); ok {
				t.Errorf("after the write, the index counts are still used: %v", got)
			}
			s.Close()
			s = mustOpenDSN(t, dir)
			if got, ok := entityCounts(t, s, schema.TypePerson); ok {
				t.Errorf("after reopening, the index counts are used again: %v", got)
			}
		})
	}
	t.Run("memstore", func(t *testing.T) {
		s := mustOpen(t, "mem")
		mustLoad(t, s, docs, LoadOptions{})
		if _, ok := entityCounts(t, s, schema.TypePerson); ok {
			t.Error("memstore has index counts")
		}
	})
}

// entityCounts renders EntityCounts as sorted "key=count" strings.
func entityCounts(t *testing.T, s *Store, typ quad.IRI) (out []string, ok bool) {
	t.Helper()
	err := s.Read(func(qs cgraph.QuadStore) error {
		counts, found, err := s.TypeCounts(qs, typ)
		ok = found
		for _, c := range counts {
			v, err := qs.NameOf(c.Node)
			if err != nil {
				return err
			}
			out = append(out, shortKey(v)+"="+strconv.Itoa(c.Count))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out, ok
}

// countTypeQuads counts each entity's type quads labelled by an article.
func countTypeQuads(t *testing.T, s *Store, typ quad.IRI) []string {
	t.Helper()
	n := map[string]int{}
	err := s.Read(func(qs cgraph.QuadStore) error {
		return EachQuadOf(context.Background(), qs, quad.Object, typ, func(q quad.Quad) bool {
			if q.Predicate == schema.PredType && schema.IsArticleIRI(q.Label) {
				n[shortKey(q.Subject)]++
			}
			return true
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for k, c := range n {
		out = append(out, k+"="+strconv.Itoa(c))
	}
	sort.Strings(out)
	return out
}

// shortKey is an entity IRI without schema.IDBase.
func shortKey(v quad.Value) string {
	return strings.TrimPrefix(string(v.(quad.IRI)), schema.IDBase)
}
