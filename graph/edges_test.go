package graph

import (
	"context"
	"fmt"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestEdgesOf checks EdgesOf against Cayley's own reads on bolt: for every
// node, the same (predicate, other end, direction) edges over the live
// quads, after an article was removed (its quads stay in Cayley's index
// lists, marked dead), with rdf:type left out; memstore says it cannot.
func TestEdgesOf(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "bolt")
	docs := append([]*schema.Document{quadtest.Veltrix(), quadtest.Kenya()}, quadtest.Hostile()...)
	for _, d := range docs {
		if _, err := s.AddDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RemoveArticle(ctx, docs[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	err := s.Read(func(qs cgraph.QuadStore) error {
		typ, _ := qs.ValueOf(schema.PredType)
		skip := map[any]bool{typ.Key(): true}
		var nodes []cgraph.Ref
		err := iterator.Iterate(ctx, qs.NodesAllIterator()).EachValue(qs, func(v quad.Value) error {
			ref, err := qs.ValueOf(v)
			nodes = append(nodes, ref)
			return err
		})
		if err != nil {
			return err
		}
		got, reads, ok, err := s.EdgesOf(nodes, skip)
		if err != nil || !ok {
			return fmt.Errorf("EdgesOf = %v, %v", ok, err)
		}
		if reads == 0 {
			t.Error("EdgesOf read no quad")
		}
		dead := 0
		for i, n := range nodes {
			want := cayleyEdges(t, qs, n, skip)
			have := edgeStrings(t, qs, got[i])
			if !slices.Equal(have, want) {
				t.Errorf("edges of %v:\n got %q\nwant %q", mustName(t, qs, n), have, want)
			}
			if len(want) == 0 {
				dead++
			}
		}
		if dead == 0 {
			t.Error("no node lost its edges with the removed article: the test reads no dead quad")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mem := mustOpen(t, "mem")
	err = mem.Read(func(qs cgraph.QuadStore) error {
		if _, _, ok, _ := mem.EdgesOf(nil, nil); ok {
			t.Error("EdgesOf on memstore says it can")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// cayleyEdges lists n's edges over its live quads as Cayley reads them.
func cayleyEdges(t *testing.T, qs cgraph.QuadStore, n cgraph.Ref, skip map[any]bool) []string {
	var out []string
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		other := quad.Object
		if d == quad.Object {
			other = quad.Subject
		}
		var es []Edge
		err := iterator.Iterate(context.Background(), qs.QuadIterator(d, n)).Each(func(q cgraph.Ref) error {
			p, err := qs.QuadDirection(q, quad.Predicate)
			if err != nil || skip[p.Key()] {
				return err
			}
			o, err := qs.QuadDirection(q, other)
			es = append(es, Edge{Pred: p, Other: o, Out: d == quad.Subject})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, edgeStrings(t, qs, es)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// edgeStrings names edges for comparison, sorted.
func edgeStrings(t *testing.T, qs cgraph.QuadStore, es []Edge) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%v %v %v", e.Out, mustName(t, qs, e.Pred), mustName(t, qs, e.Other)))
	}
	slices.Sort(out)
	return out
}

func mustName(t *testing.T, qs cgraph.QuadStore, r cgraph.Ref) string {
	v, err := qs.NameOf(r)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(v)
}
