package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// Predicates returns the predicates of the quads that have node as subject
// (d quad.Subject) or object (quad.Object), read from the keys of Cayley's
// bolt indexes ([S,P] and [O,P,S], kv.DefaultQuadIndexes) without reading
// a quad: one seek per predicate. Call it inside Read, with the qs Read
// gives.
//
// It lets a walk skip what it does not follow without reading it: a
// country in 10,000 articles is the subject of some 50,000 quads of its
// name, type and keys (one per article that restates them), and the path
// query wants none of them. A predicate whose quads were all deleted may
// still be listed (Cayley keeps deleted quads in its index lists); reading
// its quads then gives none. ok is false on memstore and PostgreSQL.
func (s *Store) Predicates(qs cgraph.QuadStore, node cgraph.Ref, d quad.Direction) (preds []cgraph.Ref, ok bool, err error) {
	db := s.boltDB()
	n, isInt := node.(kv.Int64Value)
	if db == nil || !isInt {
		return nil, false, nil
	}
	bucket, width := spIndex, 16
	if d == quad.Object {
		bucket, width = opsIndex, 24
	} else if d != quad.Subject {
		return nil, false, nil
	}
	prefix := binary.BigEndian.AppendUint64(nil, uint64(n))
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); {
			if len(k) != width {
				return fmt.Errorf("predicates: index key of %d bytes", len(k))
			}
			p := binary.BigEndian.Uint64(k[8:16])
			preds = append(preds, kv.Int64Value(p))
			if p == ^uint64(0) {
				break
			}
			k, _ = c.Seek(binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), p+1))
		}
		return nil
	})
	if err != nil {
		return nil, false, err
	}
	return preds, true, nil
}

// spIndex is Cayley's [S,P] index bucket (keys of two big-endian node ids).
var spIndex = []byte("sp")
