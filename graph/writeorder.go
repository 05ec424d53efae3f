package graph

import (
	"context"
	"fmt"
	"reflect"

	cgraph "github.com/cayleygraph/cayley/graph"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/lib/pq"
)

// WriteOrder returns, for each node, a number that orders the nodes as the
// store first wrote them: Cayley's node ids on bolt and memstore (they
// grow with every new node), and on PostgreSQL the smallest horizon (the
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

// firstHorizons is WriteOrder on PostgreSQL: one query for all the nodes.
func (c *quadCounter) firstHorizons(ctx context.Context, nodes []cgraph.Ref) ([]int64, error) {
	hashes := make(pq.ByteaArray, 0, len(nodes))
	index := make(map[string][]int, len(nodes))
	for i, n := range nodes {
		h, ok := n.(csql.NodeHash)
		if !ok {
			return nil, fmt.Errorf("write order: a node ref of type %T on PostgreSQL", n)
		}
		k := string(h.ValueHash[:])
		if _, seen := index[k]; !seen {
			hashes = append(hashes, h.ValueHash[:])
		}
		index[k] = append(index[k], i)
	}
	rows, err := c.db.QueryContext(ctx, `SELECT subject_hash, min(horizon) FROM quads WHERE subject_hash = ANY($1::bytea[]) GROUP BY subject_hash`, hashes)
	if err != nil {
		return nil, fmt.Errorf("write order: %w", err)
	}
	defer rows.Close()
	out := make([]int64, len(nodes))
	for rows.Next() {
		var h []byte
		var horizon int64
		if err := rows.Scan(&h, &horizon); err != nil {
			return nil, fmt.Errorf("write order: %w", err)
		}
		for _, i := range index[string(h)] {
			out[i] = horizon
		}
	}
	return out, rows.Err()
}
