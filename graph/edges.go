package graph

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// Edge is one step out of a node over the live quads around it: the
// predicate and the node at the other end, as the store's refs; Out is
// true when the node is the quads' subject.
type Edge struct {
	Pred, Other cgraph.Ref
	Out         bool
}

// EdgesOf lists, on a bolt store, the distinct edges of each node over its
// live quads, as subject then as object, leaving out the predicates skip
// names (by ref key); reads counts the quads it read. ok is false on
// memstore and the SQL stores, and where a node is not a bolt ref. Call it
// inside Read.
//
// It reads Cayley's bolt layout itself, in one transaction: the [S,P] and
// [O,P,S] index entries by a cursor over each node's prefix, and the quads
// they list from the log by one cursor that steps forward rather than
// seeking anew, since the quads of one article were written together and
// have neighbouring ids. Through Cayley's iterators each quad costs a bucket
// lookup and a search from the root: at 100,000 articles, the path between
// the most mentioned person and organisation read 144,000 quads so, at
// about 4 µs each, 38% of its time in those searches.
func (s *Store) EdgesOf(nodes []cgraph.Ref, skip map[any]bool) (edges [][]Edge, reads int64, ok bool, err error) {
	db := s.boltDB()
	if db == nil {
		return nil, 0, false, nil
	}
	ids := make([]uint64, len(nodes))
	for i, n := range nodes {
		v, isInt := n.(kv.Int64Value)
		if !isInt {
			return nil, 0, false, nil
		}
		ids[i] = uint64(v)
	}
	err = db.View(func(tx *bolt.Tx) error {
		r := newEdgeReader(tx, skip)
		if r == nil {
			return nil
		}
		var err error
		edges, err = r.edgesOf(ids)
		reads = r.reads
		return err
	})
	if err != nil {
		return nil, 0, false, fmt.Errorf("edges: %w", err)
	}
	return edges, reads, true, nil
}

// logIndex is Cayley's bucket of primitives (quads and values) by id.
var logIndex = []byte("log")

// edgeReader reads edges within one bolt transaction.
type edgeReader struct {
	sp, ops *bolt.Cursor
	log     logCursor
	skip    map[any]bool
	reads   int64
	prim    cproto.Primitive
	// quads holds what the log says of the quads read: their object, or
	// dead for one deleted or missing.
	quads map[uint64]uint64
}

// dead marks in edgeReader.quads a quad that is deleted or missing
// (Cayley's ids start at 1).
const dead = 0

func newEdgeReader(tx *bolt.Tx, skip map[any]bool) *edgeReader {
	sp, ops, log := tx.Bucket(spIndex), tx.Bucket(opsIndex), tx.Bucket(logIndex)
	if sp == nil || ops == nil || log == nil {
		return nil
	}
	return &edgeReader{sp: sp.Cursor(), ops: ops.Cursor(), log: logCursor{c: log.Cursor()}, skip: skip}
}

// entry is one index entry of a node: out of it ([S,P]: the quads give
// the objects) or into it ([O,P,S]: the key gives the subject, the quads
// only whether one is live).
type entry struct {
	node      int
	pred, sub uint64
	out       bool
	ids       []byte // the entry's quad ids, uvarints
}

// edgesOf lists the edges of each node: it gathers their index entries,
// reads the quads they list in the order of their ids (one forward pass
// over the log for nodes written together), then joins the two.
func (r *edgeReader) edgesOf(ids []uint64) ([][]Edge, error) {
	var entries []entry
	var want []uint64
	for i, id := range ids {
		var err error
		if entries, want, err = r.entries(entries, want, i, id); err != nil {
			return nil, err
		}
	}
	r.quads = make(map[uint64]uint64, len(want))
	if err := r.readQuads(want); err != nil {
		return nil, err
	}
	edges := make([][]Edge, len(ids))
	seen := map[[3]uint64]bool{}
	for _, e := range entries {
		if e.out {
			err := eachIndexID(e.ids, func(q uint64) (bool, error) {
				o := r.quads[q]
				if k := [3]uint64{uint64(e.node), e.pred, o}; o != dead && !seen[k] {
					seen[k] = true
					edges[e.node] = append(edges[e.node], Edge{Pred: kv.Int64Value(e.pred), Other: kv.Int64Value(o), Out: true})
				}
				return true, nil
			})
			if err != nil {
				return nil, err
			}
			continue
		}
		live, err := r.anyLive(e.ids)
		if err != nil {
			return nil, err
		}
		if live {
			edges[e.node] = append(edges[e.node], Edge{Pred: kv.Int64Value(e.pred), Other: kv.Int64Value(e.sub)})
		}
	}
	return edges, nil
}

// entries appends node id's index entries (the i-th node) and the quads to
// read for them: every quad of an [S,P] entry, the first of an [O,P,S] one.
func (r *edgeReader) entries(entries []entry, want []uint64, i int, id uint64) ([]entry, []uint64, error) {
	prefix := binary.BigEndian.AppendUint64(nil, id)
	for k, v := r.sp.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = r.sp.Next() {
		if len(k) != 16 {
			return nil, nil, fmt.Errorf("[S,P] index key of %d bytes", len(k))
		}
		p := binary.BigEndian.Uint64(k[8:])
		if r.skip[kv.Int64Value(p)] {
			continue
		}
		entries = append(entries, entry{node: i, pred: p, out: true, ids: v})
		err := eachIndexID(v, func(q uint64) (bool, error) { want = append(want, q); return true, nil })
		if err != nil {
			return nil, nil, err
		}
	}
	for k, v := r.ops.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = r.ops.Next() {
		if len(k) != 24 {
			return nil, nil, fmt.Errorf("[O,P,S] index key of %d bytes", len(k))
		}
		p := binary.BigEndian.Uint64(k[8:16])
		if r.skip[kv.Int64Value(p)] {
			continue
		}
		entries = append(entries, entry{node: i, pred: p, sub: binary.BigEndian.Uint64(k[16:]), ids: v})
		err := eachIndexID(v, func(q uint64) (bool, error) { want = append(want, q); return false, nil })
		if err != nil {
			return nil, nil, err
		}
	}
	return entries, want, nil
}

// readQuads reads the quads of ids from the log in ascending order.
func (r *edgeReader) readQuads(ids []uint64) error {
	slices.Sort(ids)
	for i, id := range ids {
		if i > 0 && ids[i-1] == id {
			continue
		}
		if err := r.readQuad(id); err != nil {
			return err
		}
	}
	return nil
}

// anyLive tells whether one of the quads of an entry is live, reading
// those readQuads did not (an entry's first quad was deleted).
func (r *edgeReader) anyLive(ids []byte) (live bool, err error) {
	err = eachIndexID(ids, func(q uint64) (bool, error) {
		if _, ok := r.quads[q]; !ok {
			if err := r.readQuad(q); err != nil {
				return false, err
			}
		}
		live = r.quads[q] != dead
		return !live, nil
	})
	return live, err
}

// readQuad reads quad id from the log into r.quads.
func (r *edgeReader) readQuad(id uint64) error {
	r.reads++
	r.quads[id] = dead
	b := r.log.get(id)
	if b == nil {
		return nil
	}
	proto.Reset(&r.prim)
	if err := proto.Unmarshal(b, &r.prim); err != nil {
		return fmt.Errorf("quad %d: %w", id, err)
	}
	if !r.prim.Deleted {
		r.quads[id] = r.prim.Object
	}
	return nil
}

// eachIndexID calls fn with each quad id of an index entry (uvarints, as
// Cayley writes them) until fn returns false.
func eachIndexID(b []byte, fn func(id uint64) (bool, error)) error {
	for len(b) > 0 {
		id, n := binary.Uvarint(b)
		if n <= 0 {
			return fmt.Errorf("index entry: bad varint")
		}
		b = b[n:]
		if more, err := fn(id); err != nil || !more {
			return err
		}
	}
	return nil
}

// logCursor reads the log by id, stepping forward from where it last was
// when the id is a little ahead (logStep entries at most) and seeking
// otherwise. Keys and values stay valid until the transaction ends.
type logCursor struct {
	c    *bolt.Cursor
	k, v []byte // where the cursor is; k nil before the first read
}

// logStep bounds the entries get steps over before it seeks instead.
const logStep = 16

func (l *logCursor) get(id uint64) []byte {
	want := binary.BigEndian.AppendUint64(nil, id)
	k, v := l.k, l.v
	if k == nil || bytes.Compare(k, want) > 0 {
		k, v = l.c.Seek(want)
	} else {
		for i := 0; k != nil && bytes.Compare(k, want) < 0; i++ {
			if i == logStep {
				k, v = l.c.Seek(want)
				break
			}
			k, v = l.c.Next()
		}
	}
	l.k, l.v = k, v
	if !bytes.Equal(k, want) {
		return nil
	}
	return v
}
