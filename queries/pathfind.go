package queries

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Limits of the path search: it is a breadth-first search over the whole
// graph, and hubs (a country every article mentions) make levels grow fast.
const (
	maxHops    = 4
	maxVisited = 200000
	maxPaths   = 50
)

// edge is one step of a path: from → to over a quad (from pred to) when
// forward, (to pred from) otherwise.
type edge struct {
	from, to quad.Value
	pred     quad.Value
	forward  bool
}

func runPath(r *reader, args map[string]string) (*Result, error) {
	from, err := r.resolveValues(args["from"])
	if err != nil {
		return nil, err
	}
	to, err := r.resolveValues(args["to"])
	if err != nil {
		return nil, err
	}
	paths, err := r.shortestPaths(from, to)
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"hops", "path"}}
	for _, p := range paths {
		res.Rows = append(res.Rows, map[string]any{"hops": int64(len(p)), "path": r.render(p)})
	}
	res.sortBy("hops", "path")
	return res, nil
}

// shortestPaths returns every shortest path (at most maxPaths) of up to
// maxHops steps from a node of from to a node of to, or none. Steps follow
// quads in either direction but never rdf:type (every person would be two
// steps from every other through schema:Person) nor literals.
//
// The search is breadth-first from both ends at once, a level at a time on
// the side whose next level costs less to expand (levelCost), until the
// two meet: a person named once reaches the country in half the articles
// through an article mentioning both without reading the country's 50,000
// mentions, and two entities in thousands of articles each meet halfway
// instead of one side reading everything within four steps of it.
func (r *reader) shortestPaths(from, to []quad.Value) ([][]edge, error) {
	fwd, back := newFrontier(from), newFrontier(to)
	for _, v := range from {
		if _, ok := back.depth[v.String()]; ok {
			return [][]edge{{}}, nil
		}
	}
	for fwd.hops+back.hops < maxHops && len(fwd.level) > 0 && len(back.level) > 0 {
		side, other := fwd, back
		if r.levelCost(back) < r.levelCost(fwd) {
			side, other = back, fwd
		}
		if err := r.expand(side); err != nil {
			return nil, err
		}
		if meets := meeting(side, other); len(meets) > 0 {
			return joinPaths(fwd, back, meets), nil
		}
		if len(fwd.depth)+len(back.depth) > maxVisited {
			return nil, invalidf("path search gave up after visiting %d nodes", len(fwd.depth)+len(back.depth))
		}
	}
	return nil, nil
}

// frontier is one end of the bidirectional search: the depth of each node
// reached and the edges that reached it at that depth.
type frontier struct {
	depth   map[string]int
	parents map[string][]edge
	level   []quad.Value // the nodes at depth hops
	hops    int
}

func newFrontier(start []quad.Value) *frontier {
	s := &frontier{depth: map[string]int{}, parents: map[string][]edge{}}
	for _, v := range start {
		if _, ok := s.depth[v.String()]; !ok {
			s.depth[v.String()] = 0
			s.level = append(s.level, v)
		}
	}
	return s
}

// levelCost estimates the quads that expanding s's level reads: for each
// node, the articles that state its type, which the kv indexes count
// without reading (an entity has a few quads per article that mentions
// it), or one where the store cannot count them.
func (r *reader) levelCost(s *frontier) int64 {
	typ := r.ref(schema.PredType)
	var cost int64
	for _, v := range s.level {
		c := int64(1)
		if ref := r.ref(v); ref != nil && typ != nil {
			types, _ := r.objects(ref, schema.PredType)
			for _, t := range types {
				if n, ok := r.count(fixed{quad.Subject: ref, quad.Predicate: typ, quad.Object: t}); ok && n > c {
					c = n
				}
			}
		}
		cost += c
	}
	return cost
}

// expand reaches the next level of s.
func (r *reader) expand(s *frontier) error {
	s.hops++
	var next []quad.Value
	for _, n := range s.level {
		steps, err := r.steps(n)
		if err != nil {
			return err
		}
		for _, e := range steps {
			k := e.to.String()
			if d, seen := s.depth[k]; seen {
				if d == s.hops {
					s.parents[k] = append(s.parents[k], e)
				}
				continue
			}
			s.depth[k], s.parents[k] = s.hops, []edge{e}
			next = append(next, e.to)
		}
	}
	s.level = next
	return nil
}

// meeting returns the nodes of side's new level that other has reached, on
// the shortest joined paths, in level order.
func meeting(side, other *frontier) []quad.Value {
	best := -1
	var meets []quad.Value
	for _, v := range side.level {
		d, ok := other.depth[v.String()]
		switch {
		case !ok:
		case best < 0 || d < best:
			best, meets = d, []quad.Value{v}
		case d == best:
			meets = append(meets, v)
		}
	}
	return meets
}

// unwind rebuilds the paths from depth 0 to the reached nodes, at most
// maxPaths.
func unwind(reached []quad.Value, parents map[string][]edge, depth map[string]int) [][]edge {
	var out [][]edge
	var walk func(v quad.Value, tail []edge)
	walk = func(v quad.Value, tail []edge) {
		if len(out) >= maxPaths {
			return
		}
		if depth[v.String()] == 0 {
			out = append(out, append([]edge(nil), tail...))
			return
		}
		for _, e := range parents[v.String()] {
			walk(e.from, append([]edge{e}, tail...))
		}
	}
	for _, v := range reached {
		walk(v, nil)
	}
	return out
}

// joinPaths builds the paths from fwd's start to back's start through each
// meeting node: fwd's half as found, back's half reversed.
func joinPaths(fwd, back *frontier, meets []quad.Value) [][]edge {
	var out [][]edge
	for _, m := range meets {
		heads := unwind([]quad.Value{m}, fwd.parents, fwd.depth)
		tails := unwind([]quad.Value{m}, back.parents, back.depth)
		for _, h := range heads {
			for _, t := range tails {
				if len(out) >= maxPaths {
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

// steps lists the distinct edges out of node n, in a stable order.
func (r *reader) steps(n quad.Value) ([]edge, error) {
	seen := map[string]bool{}
	var out []edge
	add := func(e edge) {
		if e.pred.String() == schema.PredType.String() || !isNode(e.to) {
			return
		}
		k := e.pred.String() + " " + e.to.String()
		if e.forward {
			k = "> " + k
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	err := r.quadsOf(quad.Subject, n, func(q quad.Quad) { add(edge{n, q.Object, q.Predicate, true}) })
	if err == nil {
		err = r.quadsOf(quad.Object, n, func(q quad.Quad) { add(edge{n, q.Subject, q.Predicate, false}) })
	}
	sort.Slice(out, func(i, j int) bool { return out[i].to.String() < out[j].to.String() })
	return out, err
}

func isNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// render writes a path as "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix Corp".
func (r *reader) render(p []edge) string {
	if len(p) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(r.node(p[0].from))
	for _, e := range p {
		arrow := "←"
		if e.forward {
			arrow = "→"
		}
		b.WriteString(" —" + localName(e.pred) + arrow + " " + r.node(e.to))
	}
	return b.String()
}

// node names a node in a path: entities by name, roles by title, statements
// by their first words, articles by id.
//
// Types and names are read as facts every article restates (objects,
// firstObject): a country in 50,000 articles has 50,000 type quads.
func (r *reader) node(v quad.Value) string {
	ref := r.ref(v)
	if ref == nil {
		return r.label(v)
	}
	types := map[string]bool{}
	typeRefs, _ := r.objects(ref, schema.PredType)
	for _, t := range typeRefs {
		if tv := r.value(t); tv != nil {
			types[tv.String()] = true
		}
	}
	first := func(pred quad.IRI) string {
		val, _ := r.firstObject(ref, pred)
		if val == nil {
			return ""
		}
		return plainString(val)
	}
	switch {
	case types[schema.TypeRole.String()]:
		return "role(" + first(schema.PredRoleName) + ")"
	case types[schema.TypeStatement.String()]:
		return "statement(" + clip(first(schema.PredText), 40) + ")"
	case types[schema.TypeNewsArticle.String()]:
		return "article(" + r.label(v) + ")"
	}
	return r.label(v)
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func localName(v quad.Value) string {
	s := plainString(v)
	if i := strings.LastIndexAny(s, "#/:"); i >= 0 {
		return s[i+1:]
	}
	return s
}
