package queries

import (
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/query/path"
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
func (r *reader) shortestPaths(from, to []quad.Value) ([][]edge, error) {
	targets := map[string]bool{}
	for _, v := range to {
		targets[v.String()] = true
	}
	depth := map[string]int{}
	parents := map[string][]edge{}
	level := from
	for _, v := range from {
		depth[v.String()] = 0
		if targets[v.String()] {
			return [][]edge{{}}, nil
		}
	}
	for hop := 1; hop <= maxHops && len(level) > 0; hop++ {
		var next, reached []quad.Value
		for _, n := range level {
			steps, err := r.steps(n)
			if err != nil {
				return nil, err
			}
			for _, e := range steps {
				k := e.to.String()
				if d, seen := depth[k]; seen {
					if d == hop {
						parents[k] = append(parents[k], e)
					}
					continue
				}
				depth[k], parents[k] = hop, []edge{e}
				next = append(next, e.to)
				if targets[k] {
					reached = append(reached, e.to)
				}
			}
		}
		if len(reached) > 0 {
			return unwind(reached, parents, depth), nil
		}
		if len(depth) > maxVisited {
			return nil, invalidf("path search gave up after visiting %d nodes", len(depth))
		}
		level = next
	}
	return nil, nil
}

// unwind rebuilds the paths that end at the reached nodes.
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
func (r *reader) node(v quad.Value) string {
	types, _ := r.set(path.StartPath(r.qs, v).Out(schema.PredType))
	first := func(pred quad.IRI) string {
		vals, _ := r.values(path.StartPath(r.qs, v).Out(pred))
		if len(vals) == 0 {
			return ""
		}
		return plainString(vals[0])
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
