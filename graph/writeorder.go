package graph

import (
	"context"
	"fmt"
	"reflect"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// WriteOrder returns, for each node, a number that orders the nodes as the
// store first wrote them: Cayley's node ids on bolt and memstore (they
// grow with every new node), and on PostgreSQL and MySQL the smallest horizon (the
// quads table's insertion counter) of the quads that have the node as
// subject. Queries that list nodes "in the order written" (statements and
// roles without a filter) use it so that every store gives the same pages:
// PostgreSQL's refs are value hashes, whose order means nothing.
func (s *Store) WriteOrder(ctx context.Context, nodes []cgraph.Ref) ([]int64, error) {
	out := make([]int64, len(nodes))
	if s.counter == nil {
		for i, n := range nodes {
			v := reflect.ValueOf(n.Key())
			switch {
			case v.CanUint():
				out[i] = int64(v.Uint())
			case v.CanInt():
				out[i] = v.Int()
			default:
				return nil, fmt.Errorf("write order: a node ref of type %T", n.Key())
			}
		}
		return out, nil
	}
	return s.counter.firstHorizons(ctx, nodes)
}

// firstHorizons is WriteOrder on PostgreSQL and MySQL: one query per
// thousand nodes.
func (c *quadCounter) firstHorizons(ctx context.Context, nodes []cgraph.Ref) ([]int64, error) {
	var hashes []any
	index := make(map[string][]int, len(nodes))
	for i, n := range nodes {
		h, ok := n.(csql.NodeHash)
		if !ok {
			return nil, fmt.Errorf("write order: a node ref of type %T on an SQL store", n)
		}
		k := string(h.ValueHash[:])
		if _, seen := index[k]; !seen {
			hashes = append(hashes, h.ValueHash[:])
		}
		index[k] = append(index[k], i)
	}
	out := make([]int64, len(nodes))
	const chunk = 1000
	for from := 0; from < len(hashes); from += chunk {
		part := hashes[from:min(from+chunk, len(hashes))]
		if err := c.horizonsOf(ctx, part, index, out); err != nil {
			return nil, fmt.Errorf("write order: %w", err)
		}
	}
	return out, nil
}

// horizonsOf sets out[i] for the nodes i of hashes, through index.
func (c *quadCounter) horizonsOf(ctx context.Context, hashes []any, index map[string][]int, out []int64) error {
	rows, err := c.db.QueryContext(ctx, `SELECT subject_hash, min(horizon) FROM quads WHERE subject_hash IN (`+
		c.d.phs(1, len(hashes))+`) GROUP BY subject_hash`, hashes...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h []byte
		var horizon int64
		if err := rows.Scan(&h, &horizon); err != nil {
			return err
		}
		for _, i := range index[string(h)] {
			out[i] = horizon
		}
	}
	return rows.Err()
}
