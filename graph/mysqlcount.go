package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// storedMySQL is stored on MySQL, which has no arrays to unnest: one
// query per thousand quads, looked up by the unique key spol_unique
// (label_key is a triple's empty label, see mysqlSchema).
func (c *quadCounter) storedMySQL(ctx context.Context, qs []quad.Quad) (int64, error) {
	const chunk = 1000
	var total int64
	for from := 0; from < len(qs); from += chunk {
		part := qs[from:min(from+chunk, len(qs))]
		args := make([]any, 0, 4*len(part))
		tuples := make([]byte, 0, 12*len(part))
		for i, q := range part {
			if i > 0 {
				tuples = append(tuples, ", "...)
			}
			tuples = append(tuples, "(?, ?, ?, ?)"...)
			for _, d := range quad.Directions {
				h := []byte{}
				if v := q.Get(d); v != nil {
					vh := refs.HashOf(v)
					h = vh[:]
				}
				args = append(args, h)
			}
		}
		var n int64
		err := c.db.QueryRowContext(ctx, `SELECT count(*) FROM quads WHERE (subject_hash, predicate_hash, object_hash, label_key) IN (`+
			string(tuples)+`)`, args...).Scan(&n)
		if err != nil {
			return 0, fmt.Errorf("count stored quads: %w", err)
		}
		total += n
	}
	return total, nil
}
