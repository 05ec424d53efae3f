package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

func runNeighbors(r *reader, args map[string]string) (*Result, error) {
	nodes, err := r.resolveValues(args["entity"])
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"direction", "predicate", "value", "article"}}
	for _, n := range nodes {
		err := r.quadsOf(quad.Subject, n, func(q quad.Quad) {
			if lookupKey(q.Predicate) {
				return
			}
			res.Rows = append(res.Rows, r.factRow("out", q.Predicate, q.Object, q.Label))
		})
		if err != nil {
			return nil, err
		}
		err = r.quadsOf(quad.Object, n, func(q quad.Quad) {
			res.Rows = append(res.Rows, r.factRow("in", q.Predicate, q.Subject, q.Label))
		})
		if err != nil {
			return nil, err
		}
	}
	res.sortBy("-direction", "predicate", "value", "article")
	return res, nil
}

// lookupKey tells the predicates that only serve alias lookup: they are
// normalised copies of names the row list already shows.
func lookupKey(p quad.Value) bool {
	return p == schema.PredKey || p == schema.PredMatchKey
}

func (r *reader) factRow(dir string, pred, other, label quad.Value) map[string]any {
	val := plain(other)
	if _, ok := other.(quad.IRI); ok {
		val = r.label(other)
	}
	return map[string]any{
		"direction": dir, "predicate": plainString(pred), "value": val, "article": r.article(label),
	}
}

// quadsOf calls fn with every quad that has v in direction d.
func (r *reader) quadsOf(d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref, err := r.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return iterator.Iterate(r.ctx, r.qs.QuadIterator(d, ref)).Paths(false).Each(func(ref cgraph.Ref) error {
		q, err := r.qs.Quad(ref)
		if err == nil {
			fn(q)
		}
		return err
	})
}
