package queries

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// GraphEdges returns the edges among the nodes with the given keys, so
// that the graph view links a node an expand adds to those it already
// shows. It reads each node's outgoing quads only: every link between
// nodes of the view has an article, a statement or a role as its subject,
// whose outgoing quads are a few per article that states them, where an
// entity's incoming ones are as many as its articles. Reading stops at
// MaxGraphReads quads; partial tells that it did.
func GraphEdges(ctx context.Context, s *graph.Store, keys []string) (edges []GraphEdge, partial bool, err error) {
	among := make(map[string]bool, len(keys))
	for _, k := range keys {
		among[k] = true
	}
	edges = []GraphEdge{}
	err = s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		budget := MaxGraphReads
		for _, k := range keys {
			node := r.ref(quad.IRI(schema.IDBase + k))
			for _, p := range linkPredicates() {
				pred := r.ref(p)
				if node == nil || pred == nil || partial {
					continue
				}
				found, err := r.edgesFrom(k, node, pred, among, &budget)
				if err == errStop {
					partial = true
				} else if err != nil {
					return err
				}
				edges = append(edges, found...)
			}
		}
		return ctx.Err()
	})
	return edges, partial, err
}

// edgesFrom returns the edges of node's pred quads to the nodes among
// keys, counting the quads read off budget; errStop once it is spent.
func (r *reader) edgesFrom(key string, node, pred cgraph.Ref, among map[string]bool, budget *int) ([]GraphEdge, error) {
	byObject := map[string]*linkEdge{}
	var order []string
	err := r.eachQuad(fixed{quad.Subject: node, quad.Predicate: pred}, func(q cgraph.Ref) error {
		if *budget--; *budget < 0 {
			return errStop
		}
		o := r.keyOf(r.value(r.dir(q, quad.Object)))
		if o == key || !among[o] {
			return nil
		}
		e := byObject[o]
		if e == nil {
			e = &linkEdge{pred: pred, forward: true, seen: map[any]bool{}}
			byObject[o] = e
			order = append(order, o)
		}
		e.add(r.dir(q, quad.Label))
		return nil
	})
	out := make([]GraphEdge, 0, len(order))
	for _, o := range order {
		out = append(out, r.graphEdge(key, o, byObject[o]))
	}
	return out, err
}
