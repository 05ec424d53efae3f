package export

import (
	"context"
	"errors"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// ErrNoEntity reports an --entity name that no entity is known by.
var ErrNoEntity = errors.New("no entity with that name")

// DefaultDepth is the neighbourhood depth of Options.Entity when
// Depth is 0.
const DefaultDepth = 1

// isSelection reports whether opts select nodes rather than quads.
func (o Options) isSelection() bool { return o.Entity != "" || o.Type != "" }

func (o Options) depth() int {
	if o.Depth > 0 {
		return o.Depth
	}
	return DefaultDepth
}

// attributePredicates point at IRIs that are values, not nodes of the graph:
// a node's type and an article's URL.
func isAttributePredicate(p quad.Value) bool {
	return graph.SameValue(p, schema.PredType) || graph.SameValue(p, schema.PredURL)
}

// isNodeValue reports whether v can be a node of the selection graph.
func isNodeValue(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// writeSelection writes the quads of the nodes opts select, node by node in
// IRI order: every quad whose subject is selected and whose object is a
// literal, a type, a URL or another selected node.
func writeSelection(ctx context.Context, s *graph.Store, w quad.Writer, opts Options) (int, error) {
	n := 0
	err := s.Read(func(qs cgraph.QuadStore) error {
		nodes, err := selectNodes(ctx, qs, opts)
		if err != nil {
			return err
		}
		keys := make([]string, 0, len(nodes))
		for k := range nodes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var buf []quad.Quad
		for _, k := range keys {
			buf = buf[:0]
			err := graph.EachQuadOf(ctx, qs, quad.Subject, nodes[k], func(q quad.Quad) bool {
				if isAttributePredicate(q.Predicate) || !isNodeValue(q.Object) {
					buf = append(buf, q)
				} else if _, ok := nodes[q.Object.String()]; ok {
					buf = append(buf, q)
				}
				return true
			})
			if err != nil {
				return err
			}
			k, err := w.WriteQuads(buf)
			n += k
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// selectNodes returns the selected nodes by their N-Quads spelling.
//
//   - Entity: the entities known by that name (any alias, through ng:key),
//     and every node within Depth hops of them, following edges both ways
//     (types and URLs are not edges);
//   - Type: entities of that type, and the roles and statements linked to
//     at least one of them. With Entity, the neighbourhood is filtered the
//     same way: other entities and articles are dropped.
func selectNodes(ctx context.Context, qs cgraph.QuadStore, opts Options) (map[string]quad.Value, error) {
	nodes := map[string]quad.Value{}
	if opts.Entity != "" {
		seeds, err := entitiesNamed(ctx, qs, opts.Entity)
		if err != nil {
			return nil, err
		}
		if len(seeds) == 0 {
			return nil, fmt.Errorf("%w: %q", ErrNoEntity, opts.Entity)
		}
		frontier := seeds
		for _, v := range seeds {
			nodes[v.String()] = v
		}
		for d := 0; d < opts.depth() && len(frontier) > 0; d++ {
			var next []quad.Value
			for _, v := range frontier {
				err := neighbours(ctx, qs, v, func(u quad.Value) {
					if _, seen := nodes[u.String()]; !seen {
						nodes[u.String()] = u
						next = append(next, u)
					}
				})
				if err != nil {
					return nil, err
				}
			}
			frontier = next
		}
	}
	if opts.Type == "" {
		return nodes, nil
	}
	return filterType(ctx, qs, nodes, opts.Entity == "", opts.Type)
}

// entitiesNamed finds the entities with ng:key NormalizeName(name).
func entitiesNamed(ctx context.Context, qs cgraph.QuadStore, name string) ([]quad.Value, error) {
	key := schema.NormalizeName(name)
	var out []quad.Value
	seen := map[string]bool{}
	err := graph.EachQuadOf(ctx, qs, quad.Object, quad.String(key), func(q quad.Quad) bool {
		if graph.SameValue(q.Predicate, schema.PredKey) && !seen[q.Subject.String()] {
			seen[q.Subject.String()] = true
			out = append(out, q.Subject)
		}
		return true
	})
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, err
}

// neighbours calls fn with every node linked to v by an edge, either way.
func neighbours(ctx context.Context, qs cgraph.QuadStore, v quad.Value, fn func(quad.Value)) error {
	err := graph.EachQuadOf(ctx, qs, quad.Subject, v, func(q quad.Quad) bool {
		if !isAttributePredicate(q.Predicate) && isNodeValue(q.Object) {
			fn(q.Object)
		}
		return true
	})
	if err != nil {
		return err
	}
	return graph.EachQuadOf(ctx, qs, quad.Object, v, func(q quad.Quad) bool {
		if !isAttributePredicate(q.Predicate) && isNodeValue(q.Subject) {
			fn(q.Subject)
		}
		return true
	})
}

// filterType keeps the entities of type t and the roles and statements
// linked to one of them. With all, the entities of type t are taken from the
// whole store (and their facts added); else only nodes already in nodes are
// kept.
func filterType(ctx context.Context, qs cgraph.QuadStore, nodes map[string]quad.Value, all bool, t schema.EntityType) (map[string]quad.Value, error) {
	out := map[string]quad.Value{}
	var entities []quad.Value
	if all {
		err := graph.EachQuadOf(ctx, qs, quad.Object, t.IRI(), func(q quad.Quad) bool {
			if graph.SameValue(q.Predicate, schema.PredType) {
				entities = append(entities, q.Subject)
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	} else {
		for _, v := range nodes {
			ok, err := hasType(ctx, qs, v, t.IRI())
			if err != nil {
				return nil, err
			}
			if ok {
				entities = append(entities, v)
			}
		}
	}
	for _, e := range entities {
		out[e.String()] = e
	}
	for _, e := range entities {
		err := neighbours(ctx, qs, e, func(u quad.Value) {
			if _, ok := out[u.String()]; ok {
				return
			}
			if _, ok := nodes[u.String()]; !all && !ok {
				return
			}
			if fact, _ := isFactNode(ctx, qs, u); fact {
				out[u.String()] = u
			}
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// isFactNode reports whether v is a role or a statement.
func isFactNode(ctx context.Context, qs cgraph.QuadStore, v quad.Value) (bool, error) {
	for _, t := range []quad.IRI{schema.TypeRole, schema.TypeStatement} {
		if ok, err := hasType(ctx, qs, v, t); ok || err != nil {
			return ok, err
		}
	}
	return false, nil
}

func hasType(ctx context.Context, qs cgraph.QuadStore, v quad.Value, t quad.IRI) (bool, error) {
	found := false
	err := graph.EachQuadOf(ctx, qs, quad.Subject, v, func(q quad.Quad) bool {
		found = graph.SameValue(q.Predicate, schema.PredType) && graph.SameValue(q.Object, t)
		return !found
	})
	return found, err
}
