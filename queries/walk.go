package queries

import (
	"errors"
	"maps"
	"runtime"
	"sort"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// The walks below work on the store's refs rather than on values, with one
// index scan per step, so that a query starting from an entity costs in
// proportion to that entity's quads, not to the graph, and they read
// values only for the rows a page shows.
//
// Cayley's path API is the right tool when a whole query is one expression,
// but on the kv stores (bolt) its planner does not know how many quads hang
// off a node: In(mentions).Has(rdf:type, NewsArticle) from a country walks
// every article of the graph, and a path built per node (Out(date) for each
// article) spends some 150 µs planning and resolving values. Here a step is
// a quad pattern with fixed nodes: a prefix scan of the [S,P] or [O,P,S]
// index on kv stores (kvscan.go), an intersection of exact index trees on
// memstore, one SELECT on SQL.

// ref returns the store's ref for v, or nil if the store has no such node.
// Refs are cached for the life of the reader.
func (r *reader) ref(v quad.Value) cgraph.Ref {
	k := v.String()
	if ref, ok := r.refs[k]; ok {
		return ref
	}
	ref, err := r.qs.ValueOf(v)
	if err != nil {
		ref = nil
	}
	r.refs[k] = ref
	return ref
}

// refsOf returns the refs of the values the store has.
func (r *reader) refsOf(vals []quad.Value) []cgraph.Ref {
	out := make([]cgraph.Ref, 0, len(vals))
	for _, v := range vals {
		if ref := r.ref(v); ref != nil {
			out = append(out, ref)
		}
	}
	return out
}

// value returns the value of ref, cached; nil if it cannot be read.
func (r *reader) value(ref cgraph.Ref) quad.Value {
	if ref == nil {
		return nil
	}
	if v, ok := r.vals[ref.Key()]; ok {
		return v
	}
	v, err := r.qs.NameOf(ref)
	if err != nil {
		v = nil
	}
	r.vals[ref.Key()] = v
	return v
}

// prefetch reads the values of refs in one batch (one transaction on the
// kv stores) into the cache that value reads.
func (r *reader) prefetch(refs []cgraph.Ref) error {
	var todo []cgraph.Ref
	seen := map[any]bool{}
	for _, ref := range refs {
		if ref == nil {
			continue
		}
		k := ref.Key()
		if _, ok := r.vals[k]; !ok && !seen[k] {
			seen[k] = true
			todo = append(todo, ref)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	vals, err := cgraph.ValuesOf(r.ctx, r.qs, todo)
	if err != nil {
		return err
	}
	for i, ref := range todo {
		r.vals[ref.Key()] = vals[i]
	}
	return nil
}

// fixed is a set of directions with a known node each: a quad pattern.
type fixed = map[quad.Direction]cgraph.Ref

// eachQuad calls fn with every quad (as a ref) that matches f, through the
// store's best index. A pattern naming a node the store lacks matches
// nothing.
func (r *reader) eachQuad(f fixed, fn func(q cgraph.Ref) error) error {
	for _, ref := range f {
		if ref == nil {
			return nil
		}
	}
	it, _ := r.quadIterator(f)
	return iterator.Iterate(r.ctx, it).Paths(false).Each(fn)
}

// quadIterator builds the iterator of the quads that match f. counts tells
// whether the iterator's size is the number of quads it yields (deleted
// ones aside): true for one exact index key or one SQL query, false for a
// prefix scan or an intersection, whose size Cayley reports as that of its
// smallest part.
func (r *reader) quadIterator(f fixed) (it iterator.Shape, counts bool) {
	if it, counts, ok := kvScan(r.qs, f); ok {
		return it, counts
	}
	// memstore intersects one index tree per direction; SQL builds one
	// SELECT.
	filters := make(shape.Quads, 0, len(f))
	for d, ref := range f {
		filters = append(filters, shape.QuadFilter{Dir: d, Values: shape.Fixed{ref}})
	}
	it = shape.BuildIterator(r.ctx, r.qs, filters)
	_, and := it.(*iterator.And)
	return it, !and
}

// nodes returns the distinct nodes in direction d of the quads that match
// f, in the order the index gives them.
func (r *reader) nodes(f fixed, d quad.Direction) ([]cgraph.Ref, error) {
	var out []cgraph.Ref
	seen := map[any]bool{}
	err := r.eachQuad(f, func(q cgraph.Ref) error {
		n := r.dir(q, d)
		if n != nil && !seen[n.Key()] {
			seen[n.Key()] = true
			out = append(out, n)
		}
		return nil
	})
	return out, err
}

// objects returns the distinct objects of node's pred quads.
//
// A fact every article restates (an entity's name, a role's holder) is one
// quad per article, and reading a country's name would cost one read per
// article that mentions it. So after the first batch of quads, if they all
// have one object and the store can count the pattern's quads without
// reading them (the kv indexes keep a list of quad ids per key, deleted ones
// included) and counts as many with that object, every quad has that
// object and the rest are not read.
func (r *reader) objects(node cgraph.Ref, pred quad.IRI) ([]cgraph.Ref, error) {
	return r.objectsOf(node, r.ref(pred))
}

// objectsOf is objects with the predicate's ref.
func (r *reader) objectsOf(node, pred cgraph.Ref) ([]cgraph.Ref, error) {
	const batch = 100 // what a kv index scan reads at a time
	f := fixed{quad.Subject: node, quad.Predicate: pred}
	var out []cgraph.Ref
	var seen map[any]bool // made at the second object
	n := 0
	err := r.eachQuad(f, func(q cgraph.Ref) error {
		switch o := r.dir(q, quad.Object); {
		case o == nil:
		case len(out) == 0:
			out = append(out, o)
		case seen == nil && sameRef(o, out[0]):
		default:
			if seen == nil {
				seen = map[any]bool{out[0].Key(): true}
			}
			if !seen[o.Key()] {
				seen[o.Key()] = true
				out = append(out, o)
			}
		}
		if n++; n == batch && len(out) == 1 && r.allHave(f, quad.Object, out[0]) {
			return errStop
		}
		return nil
	})
	return out, nilStop(err)
}

// allHave tells whether every quad matching f has node in direction d,
// when the store can count both patterns without reading them.
func (r *reader) allHave(f fixed, d quad.Direction, node cgraph.Ref) bool {
	all, ok := r.count(f)
	if !ok {
		return false
	}
	g := fixed{d: node}
	for k, v := range f {
		g[k] = v
	}
	same, ok := r.count(g)
	return ok && same == all
}

// count returns how many quads match f when the store knows it without
// reading them, deleted quads included: an upper bound of the live ones.
func (r *reader) count(f fixed) (int64, bool) {
	for _, ref := range f {
		if ref == nil {
			return 0, true
		}
	}
	it, counts := r.quadIterator(f)
	if !counts {
		return 0, false
	}
	st, err := it.Stats(r.ctx)
	if err != nil || !st.Size.Exact {
		return 0, false
	}
	return st.Size.Value, true
}

// nilStop turns errStop into nil.
func nilStop(err error) error {
	if err == errStop {
		return nil
	}
	return err
}

// subjects returns the subjects of the pred quads that point to node.
func (r *reader) subjects(node cgraph.Ref, pred quad.IRI) ([]cgraph.Ref, error) {
	return r.nodes(fixed{quad.Object: node, quad.Predicate: r.ref(pred)}, quad.Subject)
}

// firstObject returns one object of node's pred quads, the smallest if
// articles disagree, or nil.
func (r *reader) firstObject(node cgraph.Ref, pred quad.IRI) (quad.Value, error) {
	objs, err := r.objects(node, pred)
	if err != nil || len(objs) == 0 {
		return nil, err
	}
	if len(objs) == 1 {
		return r.value(objs[0]), nil
	}
	vals := make([]quad.Value, 0, len(objs))
	for _, o := range objs {
		if v := r.value(o); v != nil {
			vals = append(vals, v)
		}
	}
	if len(vals) == 0 {
		return nil, nil
	}
	sort.Slice(vals, func(i, j int) bool { return vals[i].String() < vals[j].String() })
	return vals[0], nil
}

// errStop ends an iteration early.
var errStop = errors.New("stop")

// dir returns the node in direction d of quad q.
func (r *reader) dir(q cgraph.Ref, d quad.Direction) cgraph.Ref {
	n, err := r.qs.QuadDirection(q, d)
	if err != nil {
		return nil
	}
	return n
}

// sameRef compares refs by key.
func sameRef(a, b cgraph.Ref) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Key() == b.Key()
}

// split runs fn over [0, n) in parts, each with a reader of its own, on
// several goroutines when the store is a kv store (bolt reads in parallel)
// and n is large enough to pay for them; otherwise on r alone.
func (r *reader) split(n int, fn func(w *reader, from, to int) error) error {
	const minPart = 512
	workers := min(runtime.GOMAXPROCS(0), n/minPart)
	if _, isKV := cgraph.Unwrap(r.qs).(*kv.QuadStore); !isKV || workers < 2 {
		return fn(r, 0, n)
	}
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for k := range workers {
		from, to := k*n/workers, (k+1)*n/workers
		w := newReader(r.ctx, r.qs)
		w.refs = maps.Clone(r.refs)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[k] = fn(w, from, to)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
