package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// isSQL tells a store behind Cayley's SQL backend (PostgreSQL), where every
// index scan is a round trip to the server: there the queries ask for many
// nodes' values in one SELECT rather than one node at a time.
func isSQL(qs cgraph.QuadStore) bool {
	_, ok := cgraph.Unwrap(qs).(*sql.QuadStore)
	return ok
}

// sqlLiterals sets out[i], for i in idx, to the text of the smallest pred
// value of nodes[i], asking for a thousand nodes per query.
func (r *reader) sqlLiterals(nodes []cgraph.Ref, idx []int, pred quad.IRI, out []string) error {
	const chunk = 1000
	p := r.ref(pred)
	if p == nil {
		return nil
	}
	for from := 0; from < len(idx); from += chunk {
		part := idx[from:min(from+chunk, len(idx))]
		at := make(map[any][]int, len(part))
		fixed := make(shape.Fixed, 0, len(part))
		for _, i := range part {
			k := nodes[i].Key()
			if at[k] == nil {
				fixed = append(fixed, nodes[i])
			}
			at[k] = append(at[k], i)
		}
		s := shape.Save{Tags: []string{"o"}, From: shape.NodesFrom{Dir: quad.Object, Quads: shape.Quads{
			{Dir: quad.Subject, Values: shape.Save{Tags: []string{"n"}, From: fixed}},
			{Dir: quad.Predicate, Values: shape.Fixed{p}},
		}}}
		err := iterator.Iterate(r.ctx, shape.BuildIterator(r.ctx, r.qs, s)).TagEach(func(m map[string]cgraph.Ref) error {
			n, o := m["n"], m["o"]
			if n == nil || o == nil {
				return nil
			}
			v := plainString(r.value(o))
			for _, i := range at[n.Key()] {
				if out[i] == "" || v < out[i] {
					out[i] = v
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
