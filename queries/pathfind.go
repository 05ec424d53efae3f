package queries

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Bounds of the path search. maxReads bounds the quads one search reads:
// at 100,000 articles the most mentioned person and organisation, four
// hops apart, take 178,503 (627 ms warm, 1.7 s with the pages cold, on a
// busy 2-core machine: 3.5–10 µs a read), so a search within the bound
// answers in about a second; past it the search stops and says so rather
// than read a hub's whole neighbourhood.
const (
	maxHops    = 4
	maxPaths   = 50
	maxVisited = 200000
	maxReads   = 300000
	// costSample is how many nodes of a level levelCost weighs; a larger
	// level is estimated from an even sample of them.
	costSample = 256
	// nodeReads is what levelCost weighs a node other than an entity at:
	// one, though expanding an article reads some 16 quads, because a level
	// of articles often ends early, once its mentions meet the other side.
	// At 100,000 articles, the most mentioned person to the most mentioned
	// country read 12,954 quads so and 98,805 with articles weighed at 16.
	nodeReads = 1
)

// edge is one step of a path: from → to over a quad (from pred to) when
// forward, (to pred from) otherwise. The nodes are the store's refs.
type edge struct {
	from, to, pred cgraph.Ref
	forward        bool
}

func runPath(r *reader, args map[string]string) (*Result, error) {
	hops := maxHops
	if s, ok := args["hops"]; ok {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > maxHops {
			return nil, invalidf("parameter hops: want a whole number from 1 to %d, got %q", maxHops, s)
		}
		hops = n
	}
	from, err := r.resolveRefs(args["from"])
	if err != nil {
		return nil, err
	}
	to, err := r.resolveRefs(args["to"])
	if err != nil {
		return nil, err
	}
	ps := newPathSearch(r, hops)
	paths, err := ps.shortest(from, to)
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"hops", "path"}, More: ps.more}
	for _, p := range paths {
		res.Rows = append(res.Rows, map[string]any{"hops": int64(len(p)), "path": r.render(p)})
	}
	res.sortBy("hops", "path")
	return res, nil
}

// pathSearch is one bidirectional breadth-first search and its bounds.
type pathSearch struct {
	r        *reader
	maxHops  int
	maxReads int64
	reads    int64 // quads read so far
	more     bool  // more shortest paths than maxPaths
	skip     map[any]bool
	types    []cgraph.Ref // the entity types' refs (levelCost)
}

// shortest returns the shortest paths (at most maxPaths; ps.more tells
// whether there are more) of up to ps.maxHops steps from a node of from to
// a node of to, or none. Steps follow quads in either direction but never
// rdf:type (every person would be two steps from every other through
// schema:Person) nor literals, nor the predicates newsgraph writes
// literals with (names, dates, texts: literalPredicates).
//
// The search is breadth-first from both ends at once, a level at a time on
// the side whose next level costs less to expand (levelCost), until the
// two meet; it stops at the first level where they meet, so every path it
// returns is a shortest one. Once it has read more than maxReads quads
// (checked between chunks of a level, so it passes the bound by at most
// one chunk) or reached more than maxVisited nodes, it stops with an
// ErrTooLarge error that says how many hops it ruled out, never with a
// longer path than the shortest.
func (ps *pathSearch) shortest(from, to []cgraph.Ref) ([][]edge, error) {
	fwd, back := newFrontier(from), newFrontier(to)
	for _, v := range from {
		if _, ok := back.depth[v.Key()]; ok {
			return [][]edge{{}}, nil
		}
	}
	for fwd.hops+back.hops < ps.maxHops && len(fwd.level) > 0 && len(back.level) > 0 {
		side, other := fwd, back
		fc, err := ps.levelCost(fwd)
		if err != nil {
			return nil, err
		}
		bc, err := ps.levelCost(back)
		if err != nil {
			return nil, err
		}
		if bc < fc {
			side, other = back, fwd
		}
		done := fwd.hops + back.hops
		if err := ps.expand(side, other); err != nil {
			if err == errBound {
				return nil, ps.bounded(done)
			}
			return nil, err
		}
		meets, err := ps.meeting(side, other)
		if err != nil {
			return nil, err
		}
		if len(meets) > 0 {
			return ps.joinPaths(fwd, back, meets), nil
		}
	}
	return nil, nil
}

// errBound stops an expansion that passed a bound.
var errBound = errors.New("path search bound")

// bounded is the error of a search stopped by its bounds after ruling out
// paths of up to done hops.
func (ps *pathSearch) bounded(done int) error {
	return &Error{Kind: ErrTooLarge, Msg: fmt.Sprintf(
		"path: no path of %d hops or fewer; the search stopped at its bound before looking further "+
			"(%d quads read, past %d, or more than %d nodes reached): "+
			"the two are linked only through very connected nodes, if at all",
		done, ps.reads, ps.maxReads, maxVisited)}
}

// frontier is one end of the bidirectional search: the depth of each node
// reached and the edges that reached it at that depth, by ref key.
type frontier struct {
	depth   map[any]int
	parents map[any][]edge
	level   []cgraph.Ref // the nodes at depth hops
	hops    int
}

func newFrontier(start []cgraph.Ref) *frontier {
	s := &frontier{depth: map[any]int{}, parents: map[any][]edge{}}
	for _, v := range start {
		if _, ok := s.depth[v.Key()]; !ok {
			s.depth[v.Key()] = 0
			s.level = append(s.level, v)
		}
	}
	return s
}

// levelCost estimates the quads that expanding s's level reads. An
// entity costs the articles that state its type, which the kv indexes
// count without reading (it has an edge or two per article that mentions
// it): one count per entity type, since reading a hub's types reads its
// restated type quads (100 before objectsOf stops); any other node (an article, a role, a statement) nodeReads, since
// its edges are few or, for a role restated by a thousand articles, read
// by one count (objectsOf). A level of more than costSample nodes is weighed
// by an even sample of them. Counting a role's articles instead made the
// search expand the wrong side first: 3,803 articles of an organisation
// rather than 1,722 of a person (65,000 quads read instead of 30,000).
func (ps *pathSearch) levelCost(s *frontier) (int64, error) {
	r := ps.r
	typ := r.ref(schema.PredType)
	if typ == nil {
		return int64(len(s.level)) * nodeReads, nil
	}
	step := max(1, len(s.level)/costSample)
	var cost, weighed int64
	for i := 0; i < len(s.level); i += step {
		c := int64(nodeReads)
		for _, t := range ps.types {
			if n, ok := r.count(fixed{quad.Subject: s.level[i], quad.Predicate: typ, quad.Object: t}); ok && n > c {
				c = n
			}
		}
		cost, weighed = cost+c, weighed+1
	}
	return cost * int64(len(s.level)) / max(weighed, 1), nil
}

// expand reaches the next level of s. Nodes that are literals (reached
// through a predicate outside newsgraph's vocabulary) are not expanded.
//
// It stops before the end of the level once the edges it found into nodes
// other has reached make more than maxPaths paths: no level was met before,
// so every path through this level has the same, shortest, length, and the
// answer shows maxPaths of them anyway. Between two hubs co-mentioned with a
// third, that is a few articles read instead of thousands.
func (ps *pathSearch) expand(s, other *frontier) error {
	s.hops++
	var next []cgraph.Ref
	joins := 0
	for from, size := 0, firstChunk; from < len(s.level); from, size = from+size, min(2*size, lastChunk) {
		chunk := s.level[from:min(from+size, len(s.level))]
		steps, err := ps.stepsOf(chunk, s.hops > 1)
		if err != nil {
			return err
		}
		for _, e := range steps {
			k := e.to.Key()
			if _, met := other.depth[k]; met && ps.isNode(e.to) {
				joins++
			}
			if d, seen := s.depth[k]; seen {
				if d == s.hops {
					s.parents[k] = append(s.parents[k], e)
				}
				continue
			}
			s.depth[k], s.parents[k] = s.hops, []edge{e}
			next = append(next, e.to)
		}
		if joins > maxPaths {
			ps.more = true
			break
		}
		if ps.reads > ps.maxReads || len(s.depth)+len(other.depth) > maxVisited {
			return errBound
		}
	}
	s.level = next
	return nil
}

// firstChunk is how many nodes of a level expand reads before it first
// checks whether it has enough paths; each next chunk is twice as large,
// so that a level that must be read whole is read on both cores
// (reader.split takes parts of 512 nodes or more).
// Chunks stop growing at lastChunk nodes, so that a search passes its
// bounds by at most one chunk's reads (some 16 a node).
const (
	firstChunk = 256
	lastChunk  = 4096
)

// stepsOf returns the edges out of nodes, in their order, read on both
// cores on bolt (reader.split) by graph.Store.EdgesOf, elsewhere through
// Cayley's iterators (steps); literals are skipped when skipLiterals.
func (ps *pathSearch) stepsOf(nodes []cgraph.Ref, skipLiterals bool) ([]edge, error) {
	parts := make([][]edge, len(nodes))
	reads := make([]int64, len(nodes))
	err := ps.r.split(len(nodes), func(w *reader, from, to int) error {
		if done, err := ps.boltSteps(w, nodes, from, to, skipLiterals, parts, reads); done || err != nil {
			return err
		}
		for i := from; i < to; i++ {
			if err := w.ctx.Err(); err != nil {
				return err
			}
			if skipLiterals && !isNode(w.value(nodes[i])) {
				continue
			}
			var err error
			if parts[i], reads[i], err = ps.steps(w, nodes[i]); err != nil {
				return err
			}
		}
		return nil
	})
	var out []edge
	for i := range parts {
		out = append(out, parts[i]...)
		ps.reads += reads[i]
	}
	return out, err
}

// isNode tells whether ref is an IRI or blank node rather than a literal.
func (ps *pathSearch) isNode(ref cgraph.Ref) bool {
	return isNode(ps.r.value(ref))
}

// meeting returns the nodes of side's new level that other has reached, on
// the shortest joined paths, in level order.
func (ps *pathSearch) meeting(side, other *frontier) ([]cgraph.Ref, error) {
	best := -1
	var meets []cgraph.Ref
	for _, v := range side.level {
		d, ok := other.depth[v.Key()]
		switch {
		case !ok || !ps.isNode(v):
		case best < 0 || d < best:
			best, meets = d, []cgraph.Ref{v}
		case d == best:
			meets = append(meets, v)
		}
	}
	return meets, nil
}

// unwind rebuilds the paths from depth 0 to v, at most limit.
func (ps *pathSearch) unwind(v cgraph.Ref, s *frontier, limit int) [][]edge {
	var out [][]edge
	var walk func(v cgraph.Ref, tail []edge)
	walk = func(v cgraph.Ref, tail []edge) {
		if len(out) >= limit {
			ps.more = true
			return
		}
		if s.depth[v.Key()] == 0 {
			out = append(out, append([]edge(nil), tail...))
			return
		}
		for _, e := range s.parents[v.Key()] {
			walk(e.from, append([]edge{e}, tail...))
		}
	}
	walk(v, nil)
	return out
}

// joinPaths builds the paths from fwd's start to back's start through each
// meeting node, fwd's half as found, back's half reversed: at most
// maxPaths, and ps.more set if there are more.
func (ps *pathSearch) joinPaths(fwd, back *frontier, meets []cgraph.Ref) [][]edge {
	var out [][]edge
	for _, m := range meets {
		heads := ps.unwind(m, fwd, maxPaths+1)
		tails := ps.unwind(m, back, maxPaths+1)
		for _, h := range heads {
			for _, t := range tails {
				if len(out) >= maxPaths {
					ps.more = true
					return out
				}
				p := append([]edge(nil), h...)
				for i := len(t) - 1; i >= 0; i-- {
					e := t[i]
					p = append(p, edge{from: e.to, to: e.from, pred: e.pred, forward: !e.forward})
				}
				out = append(out, p)
			}
		}
	}
	return out
}
