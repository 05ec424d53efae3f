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

// SubjectsNewestFirst calls fn with the subject of every quad (subject,
// pred, obj), each once, read from the keys of bolt's [O,P,S] index from
// the last to the first: in the reverse of the order in which the store
// first wrote the subjects (Cayley's kv node ids grow with every new
// node), without reading a quad. fn returns false to stop. Call it inside
// Read, with the qs Read gives.
//
// It lets a query page through all the nodes of a type, newest first, in
// proportion to the rows it skips and shows rather than to the nodes of
// the type: the first page of 300,000 statements reads 101 keys. A subject
// whose quads were all deleted is still listed (Cayley keeps deleted quads
// in its index lists): the caller checks. ok is false on memstore and
// PostgreSQL.
func (s *Store) SubjectsNewestFirst(qs cgraph.QuadStore, pred, obj cgraph.Ref, fn func(subject cgraph.Ref) bool) (ok bool, err error) {
	db := s.boltDB()
	p, pok := pred.(kv.Int64Value)
	o, ook := obj.(kv.Int64Value)
	if db == nil || !pok || !ook {
		return false, nil
	}
	prefix := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, uint64(o)), uint64(p))
	err = db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(opsIndex)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		k, _ := c.Seek(binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), ^uint64(0)))
		switch {
		case k == nil: // past the last key of the index
			k, _ = c.Last()
		case !bytes.HasPrefix(k, prefix):
			k, _ = c.Prev()
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Prev() {
			if len(k) != 24 {
				return fmt.Errorf("subjects: index key of %d bytes", len(k))
			}
			if !fn(kv.Int64Value(binary.BigEndian.Uint64(k[16:]))) {
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	return true, nil
}
