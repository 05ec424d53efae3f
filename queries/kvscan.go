package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
)

// kvScan builds, on the kv stores (bolt), the scan of the index whose key
// begins with the directions f fixes: [S,P] for a node's quads or its
// values of one predicate, [O,P,S] for the quads pointing to a node, with
// one predicate, from one subject. Cayley's own optimizer uses an index
// only when the pattern fixes every direction of its key, and otherwise
// intersects single-direction scans, one of which, for a predicate, reads
// every quad of the store (there is no predicate index). newsgraph's stores
// have Cayley's default indexes (kv.DefaultQuadIndexes); counts is true when
// f fixes a whole key, whose entry the store can count without reading.
func kvScan(qs cgraph.QuadStore, f fixed) (it iterator.Shape, counts, ok bool) {
	if _, isKV := cgraph.Unwrap(qs).(*kv.QuadStore); !isKV || len(f) == 0 {
		return nil, false, false
	}
	for _, ind := range kv.DefaultQuadIndexes {
		scan := kv.IndexScan{Index: ind}
		for _, d := range ind.Dirs {
			ref, has := f[d]
			if !has {
				break
			}
			v, isInt := ref.(kv.Int64Value)
			if !isInt {
				return nil, false, false
			}
			scan.Values = append(scan.Values, uint64(v))
		}
		if len(scan.Values) == len(f) {
			return scan.BuildIterator(cgraph.Unwrap(qs)), len(scan.Values) == len(ind.Dirs), true
		}
	}
	return nil, false, false
}
