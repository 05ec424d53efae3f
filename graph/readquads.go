package graph

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// QuadFilter selects quads by their values: a quad matches when, in each
// direction with values, it holds one of them. No values in a direction
// match any; the zero QuadFilter matches every quad.
type QuadFilter struct {
	Subject, Predicate, Object, Label []quad.Value
}

// errEnough stops the iteration of ReadQuads once it has max quads.
var errEnough = errors.New("enough quads")

// ReadQuads calls fn with each quad f matches, in the store's order, at
// most max of them (max > 0), and returns how many it passed and whether
// more matched. It stops at fn's first error, which it returns. The read
// lock is held throughout (see Read), so fn should be quick: Cayley's HTTP
// read streams each quad to its client from fn.
//
// The filter is Cayley's own (shape.FilterQuads, as its v2 read API
// builds it), optimised for the backend: a subject, predicate or object
// is an index lookup on every backend, while a label alone is a scan of
// every quad on kv stores (they have no label index), which max and ctx
// bound.
func (s *Store) ReadQuads(ctx context.Context, f QuadFilter, max int, fn func(quad.Quad) error) (n int, more bool, err error) {
	if max <= 0 {
		return 0, false, fmt.Errorf("read quads: max %d is not positive", max)
	}
	err = s.Read(func(qs cgraph.QuadStore) error {
		filter := shape.FilterQuads(f.Subject, f.Predicate, f.Object, f.Label)
		it := shape.BuildIterator(ctx, qs, filter)
		return iterator.Iterate(ctx, it).Paths(false).Each(func(r cgraph.Ref) error {
			if n == max {
				more = true
				return errEnough
			}
			q, err := qs.Quad(r)
			if err != nil {
				return err
			}
			n++
			return fn(q)
		})
	})
	if errors.Is(err, errEnough) {
		err = nil
	}
	if err != nil {
		return n, more, fmt.Errorf("read quads: %w", err)
	}
	return n, more, nil
}
