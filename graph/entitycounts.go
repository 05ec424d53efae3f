package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"path/filepath"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/newsgraph/newsgraph/schema"
)

// NodeCount is a node of the store and a count.
type NodeCount struct {
	Node  cgraph.Ref
	Count int
}

// TypeCounts returns every node of type t, an entity type's IRI or
// schema.TypeRole, with the number of articles that state its type: for an
// entity, the articles that mention it; for a role, those that state it.
// Each article restates the type under its own label, and the counts are
// read from bolt's index rather than from the quads: one index entry per
// node instead of one quad read per article, which is seconds on a store
// of 100,000 articles. Call it inside Read, with the qs Read gives.
//
// ok is false when the index cannot give the answer: on memstore and
// PostgreSQL, and on a bolt store where an entity's type quads may not all
// be live and labelled by an article. Cayley's kv index keeps deleted quads
// in its lists, and aliases added by hand or imported quads carry other
// labels; the store records, before any such write, that its counts have
// drifted (entityCountsDrift), and so does every store made before
// newsgraph kept that record.
func (s *Store) TypeCounts(qs cgraph.QuadStore, t quad.IRI) (counts []NodeCount, ok bool, err error) {
	db := s.boltDB()
	if db == nil || !countedTypes[t] {
		return nil, false, nil
	}
	typ, err := qs.ValueOf(t)
	if err != nil {
		return nil, false, err
	}
	pred, err := qs.ValueOf(schema.PredType)
	if err != nil {
		return nil, false, err
	}
	tv, tok := typ.(kv.Int64Value)
	pv, pok := pred.(kv.Int64Value)
	err = db.View(func(tx *bolt.Tx) error {
		if meta := tx.Bucket(metaBucket); meta == nil || meta.Get(countsExactKey) == nil {
			return nil
		}
		ok = true
		if typ == nil || pred == nil {
			return nil // no entity of the type yet
		}
		if !tok || !pok {
			return fmt.Errorf("type counts: unexpected refs %T, %T", typ, pred)
		}
		ops := tx.Bucket(opsIndex)
		if ops == nil {
			return nil
		}
		prefix := binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, uint64(tv)), uint64(pv))
		c := ops.Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			if len(k) != 24 {
				return fmt.Errorf("type counts: index key of %d bytes", len(k))
			}
			n := 0
			for len(v) > 0 {
				_, w := binary.Uvarint(v)
				if w <= 0 {
					return fmt.Errorf("type counts: bad quad list in the index")
				}
				v, n = v[w:], n+1
			}
			counts = append(counts, NodeCount{Node: kv.Int64Value(binary.BigEndian.Uint64(k[16:])), Count: n})
		}
		return nil
	})
	if err != nil || !ok {
		return nil, false, err
	}
	return counts, true, nil
}

// Where the record of exact counts lives: a bucket of newsgraph's own in
// the bolt file, next to Cayley's, and Cayley's [O,P,S] index bucket
// (kv.DefaultQuadIndexes, keys of three big-endian node ids, values the
// varint ids of the quads).
var (
	metaBucket     = []byte("newsgraph")
	countsExactKey = []byte("entity-counts-exact")
	opsIndex       = []byte("ops")
)

// boltDB is the store's bolt database, or nil on other backends.
func (s *Store) boltDB() *bolt.DB {
	if s.dsn == MemDSN || isServer(s.dsn) {
		return nil
	}
	v, ok := openBolts.Load(filepath.Clean(s.dsn))
	if !ok {
		return nil
	}
	return v.(*bolt.DB)
}

// markCountsExact records, on a bolt store just created, that its type
// counts can be read from the index.
func (s *Store) markCountsExact() error {
	return s.updateMeta(func(meta *bolt.Bucket) error { return meta.Put(countsExactKey, []byte("1")) })
}

// updateMeta runs fn on the store's own bolt bucket (metaBucket) in a
// transaction of its own, synced; on other backends it does nothing.
func (s *Store) updateMeta(fn func(meta *bolt.Bucket) error) error {
	db := s.boltDB()
	if db == nil {
		return nil
	}
	return db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(metaBucket)
		if err != nil {
			return err
		}
		return fn(meta)
	})
}

// entityCountsDrift records, before a write that would make them wrong,
// that the index's type counts are no longer exact: quads is what
// the write adds (deleting false) or deletes. It is written and synced
// before the write, so a crash between the two leaves the store merely
// slower to count.
func (s *Store) entityCountsDrift(quads []quad.Quad, deleting bool) error {
	db := s.boltDB()
	if db == nil {
		return nil
	}
	drifts := false
	for _, q := range quads {
		if isCountedType(q) && (deleting || !schema.IsArticleIRI(q.Label)) {
			drifts = true
			break
		}
	}
	if !drifts {
		return nil
	}
	return s.countsDrifted()
}

// countsDrifted records that the index's type counts are no longer exact
// (see entityCountsDrift).
func (s *Store) countsDrifted() error {
	return s.updateMeta(func(meta *bolt.Bucket) error {
		if meta.Get(countsExactKey) == nil {
			return nil
		}
		return meta.Delete(countsExactKey)
	})
}

// countedTypes are the types TypeCounts counts, and whose quads make the
// counts drift.
var countedTypes = func() map[quad.IRI]bool {
	m := map[quad.IRI]bool{schema.TypeRole: true}
	for _, t := range schema.EntityTypes {
		m[t.IRI()] = true
	}
	return m
}()

func isCountedType(q quad.Quad) bool {
	t, ok := q.Object.(quad.IRI)
	return ok && q.Predicate == schema.PredType && countedTypes[t]
}
