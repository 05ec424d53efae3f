package graph

import (
	"context"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// entityIndex holds what entity resolution asks of the store: the types and
// names of a node, and which nodes hold a match key. Every article restates
// these facts under its own label, so reading them from the store costs a
// scan that grows with every article mentioning the entity; a Store keeps
// the answers it has read in an entityIndex and updates them with its own
// writes. Its size is bounded by the distinct nodes and keys looked up, not
// by the number of articles. It is used under the writers' lock, and
// any write that deletes quads resets it.
//
// A batch being written keeps its own facts in a second entityIndex
// (record), entries created as needed, and folds them into the Store's once
// the batch is committed.
type entityIndex struct {
	nodes map[quad.IRI]*nodeInfo
	keys  map[string][]quad.IRI // match key → nodes holding it, sorted
}

func newEntityIndex() *entityIndex {
	return &entityIndex{nodes: map[quad.IRI]*nodeInfo{}, keys: map[string][]quad.IRI{}}
}

// reset forgets everything, for writes that delete or rewrite facts.
func (x *entityIndex) reset() {
	x.nodes = map[quad.IRI]*nodeInfo{}
	x.keys = map[string][]quad.IRI{}
}

// observe updates the entries already read with quads just written. Entries
// not read yet will be read from the store, which has the quads.
func (x *entityIndex) observe(qs []quad.Quad) {
	for _, q := range qs {
		x.apply(q, false)
	}
}

// record adds the resolution facts of quads not written yet, creating
// entries: the batch's own index.
func (x *entityIndex) record(qs []quad.Quad) {
	for _, q := range qs {
		x.apply(q, true)
	}
}

func (x *entityIndex) apply(q quad.Quad, create bool) {
	subj, ok := q.Subject.(quad.IRI)
	if !ok {
		return
	}
	switch q.Predicate {
	case schema.PredType, schema.PredName:
		info := x.nodes[subj]
		if info == nil && create {
			info = &nodeInfo{}
			x.nodes[subj] = info
		}
		if info != nil {
			info.add(q)
		}
	case schema.PredMatchKey:
		key, ok := q.Object.(quad.String)
		if !ok {
			return
		}
		if list, loaded := x.keys[string(key)]; loaded || create {
			x.keys[string(key)] = insertSorted(list, subj)
		}
	}
}

// fold adds the entries of a committed batch's index to x's loaded entries.
func (x *entityIndex) fold(batch *entityIndex) {
	for n, b := range batch.nodes {
		if info := x.nodes[n]; info != nil {
			info.merge(*b)
		}
	}
	for k, nodes := range batch.keys {
		if list, loaded := x.keys[k]; loaded {
			for _, n := range nodes {
				list = insertSorted(list, n)
			}
			x.keys[k] = list
		}
	}
}

// entityView answers resolution's questions about the store as it will be
// once the batch's pending facts are written: stored answers (read from qs
// at most once) merged with pending ones.
type entityView struct {
	qs       cgraph.QuadStore
	stored   *entityIndex
	pending  *entityIndex
	inflight *entityIndex // the batch being committed meanwhile, or nil
	own      ownFacts     // the stored facts of the article being resolved, which it must not see
	apart    apartPairs   // the keep-apart decisions, if prefetched
}

// keptApart tells whether a keep-apart decision names a and b.
func (v *entityView) keptApart(ctx context.Context, a, b quad.IRI) (bool, error) {
	if v.apart != nil {
		return v.apart[[2]quad.IRI{a, b}], nil
	}
	return keptApart(ctx, v.qs, a, b)
}

// ownFacts are the nodes and match keys an article's stored quads (label)
// describe. Resolution reads those from the store without the article's
// own quads, bypassing the Store's index, whose answers include them.
type ownFacts struct {
	label quad.IRI
	nodes map[quad.IRI]bool
	keys  map[string]bool
}

// newOwnFacts lists what the quads old, labelled label, say of nodes and keys.
func newOwnFacts(label quad.IRI, old []quad.Quad) ownFacts {
	own := ownFacts{label: label, nodes: map[quad.IRI]bool{}, keys: map[string]bool{}}
	for _, q := range old {
		subj, ok := q.Subject.(quad.IRI)
		if !ok {
			continue
		}
		switch q.Predicate {
		case schema.PredType, schema.PredName:
			own.nodes[subj] = true
		case schema.PredMatchKey:
			if k, ok := q.Object.(quad.String); ok {
				own.keys[string(k)] = true
			}
		}
	}
	return own
}

// describe returns the types and names of node.
func (v *entityView) describe(ctx context.Context, node quad.IRI) (nodeInfo, error) {
	info := v.stored.nodes[node]
	if v.own.nodes[node] {
		read, err := describeNodeExcept(ctx, v.qs, node, v.own.label)
		if err != nil {
			return nodeInfo{}, err
		}
		info = &read
	} else if info == nil {
		read, err := describeNode(ctx, v.qs, node)
		if err != nil {
			return nodeInfo{}, err
		}
		info = &read
		v.stored.nodes[node] = info
	}
	var out *nodeInfo
	for _, layer := range v.layers() {
		p := layer.nodes[node]
		if p == nil {
			continue
		}
		if out == nil {
			out = &nodeInfo{types: slices.Clone(info.types), names: slices.Clone(info.names)}
		}
		out.merge(*p)
	}
	if out == nil {
		return *info, nil
	}
	return *out, nil
}

// layers are the indexes of facts not yet in the store (or not yet folded
// into stored): the batch being committed and the batch being staged.
func (v *entityView) layers() []*entityIndex {
	if v.inflight == nil {
		return []*entityIndex{v.pending}
	}
	return []*entityIndex{v.inflight, v.pending}
}

// holders returns the nodes that have key as a match key.
func (v *entityView) holders(ctx context.Context, key string) ([]quad.IRI, error) {
	list, loaded := v.stored.keys[key]
	switch {
	case v.own.keys[key]:
		read, err := keyHolders(ctx, v.qs, key, v.own.label)
		if err != nil {
			return nil, err
		}
		list = read
	case !loaded:
		read, err := keyHolders(ctx, v.qs, key, nil)
		if err != nil {
			return nil, err
		}
		list = read
		v.stored.keys[key] = list
	}
	out := list
	for _, layer := range v.layers() {
		pending := layer.keys[key]
		if len(pending) == 0 {
			continue
		}
		if len(out) == len(list) {
			out = slices.Clone(list) // never change stored's list
		}
		for _, n := range pending {
			out = insertSorted(out, n)
		}
	}
	return out, nil
}
