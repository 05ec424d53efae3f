package queries

import (
	"context"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// The console's graph view: a node's neighbours a page at a time, the
// shortest paths between two entities with their middle nodes, and the
// nodes a query's cells name, as nodes and edges it draws. Edges carry the
// dates of the articles that state them, so the view can filter by date.

// Bounds of the graph view's reads.
const (
	// MaxGraphReads bounds the quads one neighbour listing reads, about
	// one per neighbour: the examples' Kenya (in all 11 articles) has 29
	// neighbours over 33 quads, the United States in 10,000 generated
	// articles 8,975, listed in 0.17–0.77 s on a busy 2-core machine. A
	// hub of some 100,000 articles stops here, its Total then a lower
	// bound (NodeGraph.Partial), rather than take seconds.
	MaxGraphReads = 100000
	// maxEdgeDates is how many article dates an edge carries: enough for
	// a date filter to keep or drop it, not a hub role's 5,000.
	maxEdgeDates = 20
	// graphLabelRunes clips statements' texts, which label their nodes.
	graphLabelRunes = 120
)

// GraphNode is a node of the graph view: its key ("person/ada-okafor",
// "article/…", "role/…", "statement/…"), what it shows and its type
// (person, country, company, organization, article, role, statement).
type GraphNode struct {
	Key, Label, Type string
}

// GraphEdge is a link between two nodes of the view, its predicate's local
// name (mentions, holder, roleIn) and the dates of the articles that state
// it, oldest first (at most maxEdgeDates of Articles).
type GraphEdge struct {
	Source, Target, Predicate string
	Dates                     []string
	Articles                  int
}

// NodeGraph is a part of the graph to draw.
type NodeGraph struct {
	Nodes []GraphNode
	Edges []GraphEdge
	// Total is how many neighbours the node has (NeighborGraph); Partial
	// tells that reading stopped at MaxGraphReads, so Total is a lower
	// bound. More tells that there are more shortest paths than the ones
	// drawn (PathGraph).
	Total   int
	Partial bool
	More    bool
}

// NeighborGraph returns the node with the given key and one page of its
// neighbours (limit of them after offset; limit 0 gives only Total): first
// entities, then roles, statements and articles, each the most stated
// first, then by key, with the edges between the node and them. The node
// is Nodes[0]. A key the store lacks is ErrNotFound.
func NeighborGraph(ctx context.Context, s *graph.Store, key string, offset, limit int) (*NodeGraph, error) {
	g := &NodeGraph{}
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		node := r.ref(quad.IRI(schema.IDBase + key))
		if node == nil {
			return notFoundf("no node %q", key)
		}
		links, partial, err := r.links(node)
		if err != nil {
			return err
		}
		g.Total, g.Partial = len(links), partial
		g.Nodes = append(g.Nodes, r.graphNode(key, node))
		page := links[min(offset, len(links)):]
		page = page[:min(limit, len(page))]
		for _, l := range page {
			g.Nodes = append(g.Nodes, r.graphNode(l.key, l.other))
			for _, e := range l.edges {
				g.Edges = append(g.Edges, r.graphEdge(key, l.key, e))
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// PathGraph draws the shortest paths of up to hops steps between the
// entities from and to name (any of their names), as the path query finds
// them: every node on the way, with the edges between them.
func PathGraph(ctx context.Context, s *graph.Store, from, to string, hops int) (*NodeGraph, error) {
	g := &NodeGraph{}
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		r.store = s
		a, err := r.resolveRefs(from)
		if err != nil {
			return err
		}
		b, err := r.resolveRefs(to)
		if err != nil {
			return err
		}
		ps := newPathSearch(r, min(max(hops, 1), maxHops))
		paths, err := ps.shortest(a, b)
		if err != nil {
			return err
		}
		g.More = ps.more
		if err := r.drawPaths(g, paths); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// GraphNodes names the nodes with the given keys, for a query's cells that
// hold keys; keys the store lacks are left out.
func GraphNodes(ctx context.Context, s *graph.Store, keys []string) ([]GraphNode, error) {
	out := []GraphNode{}
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		for _, k := range keys {
			if ref := r.ref(quad.IRI(schema.IDBase + k)); ref != nil {
				out = append(out, r.graphNode(k, ref))
			}
		}
		return ctx.Err()
	})
	return out, err
}

// NodeType is the type the graph view gives a key: its first segment
// ("person/ada-okafor" → person), or "" for keys that are no node of the
// view (saved queries, labels).
func NodeType(key string) string {
	t, rest, ok := strings.Cut(key, "/")
	if !ok || rest == "" {
		return ""
	}
	switch t {
	case "person", "country", "company", "organization", "article", "role", "statement":
		return t
	}
	return ""
}

// link is a neighbour and the edges to it.
type link struct {
	key   string
	other cgraph.Ref
	edges []*linkEdge
}

// linkEdge is one predicate and direction between the node and a
// neighbour, with the labels (articles) of its quads.
type linkEdge struct {
	pred    cgraph.Ref
	forward bool // node —pred→ neighbour
	labels  []cgraph.Ref
	seen    map[any]bool
}

// articles counts the labels of a link's edges, the most of any edge.
func (l *link) articles() int {
	n := 0
	for _, e := range l.edges {
		n = max(n, len(e.labels))
	}
	return n
}

// links reads node's neighbours over the vocabulary's predicates that link
// nodes (rdf:type and the literal ones aside), sorted as NeighborGraph
// pages them; partial tells that it stopped at MaxGraphReads.
func (r *reader) links(node cgraph.Ref) (_ []*link, partial bool, _ error) {
	byKey := map[string]*link{}
	var out []*link
	reads := 0
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		other := quad.Object
		if d == quad.Object {
			other = quad.Subject
		}
		for _, p := range linkPredicates() {
			pred := r.ref(p)
			if pred == nil || partial {
				continue
			}
			err := r.eachQuad(fixed{d: node, quad.Predicate: pred}, func(q cgraph.Ref) error {
				if reads++; reads > MaxGraphReads {
					partial = true
					return errStop
				}
				o := r.dir(q, other)
				k := r.keyOf(r.value(o))
				if NodeType(k) == "" {
					return nil
				}
				l := byKey[k]
				if l == nil {
					l = &link{key: k, other: o}
					byKey[k] = l
					out = append(out, l)
				}
				l.add(pred, d == quad.Subject, r.dir(q, quad.Label))
				return nil
			})
			if err != nil && err != errStop {
				return nil, false, err
			}
		}
	}
	sortLinks(out)
	return out, partial, r.ctx.Err()
}

// add records one quad of the link.
func (l *link) add(pred cgraph.Ref, forward bool, label cgraph.Ref) {
	var e *linkEdge
	for _, x := range l.edges {
		if x.forward == forward && sameRef(x.pred, pred) {
			e = x
		}
	}
	if e == nil {
		e = &linkEdge{pred: pred, forward: forward, seen: map[any]bool{}}
		l.edges = append(l.edges, e)
	}
	e.add(label)
}

// add records the label of one more quad of the edge.
func (e *linkEdge) add(label cgraph.Ref) {
	if label != nil && !e.seen[label.Key()] {
		e.seen[label.Key()] = true
		e.labels = append(e.labels, label)
	}
}

// typeRank orders the neighbours' types: entities first, the nodes that
// link to them (roles, statements), then articles.
var typeRank = map[string]int{"person": 0, "country": 0, "company": 0, "organization": 0, "role": 1, "statement": 2, "article": 3}

func sortLinks(links []*link) {
	sort.SliceStable(links, func(i, j int) bool {
		a, b := links[i], links[j]
		if ra, rb := typeRank[NodeType(a.key)], typeRank[NodeType(b.key)]; ra != rb {
			return ra < rb
		}
		if na, nb := a.articles(), b.articles(); na != nb {
			return na > nb
		}
		return a.key < b.key
	})
}

// linkPredicates are the vocabulary's predicates whose objects are nodes.
func linkPredicates() []quad.IRI {
	skip := map[quad.IRI]bool{schema.PredType: true, schema.PredURL: true}
	for _, p := range literalPredicates {
		skip[p] = true
	}
	var out []quad.IRI
	for _, p := range listedPredicates() {
		if !skip[p] {
			out = append(out, p)
		}
	}
	return out
}

// edgeDateReads bounds the labels whose dates an edge reads: a role
// restated by 5,000 articles is dated by its first 200.
const edgeDateReads = 200

// graphEdge draws one edge between the nodes with keys node and other.
func (r *reader) graphEdge(node, other string, e *linkEdge) GraphEdge {
	g := GraphEdge{Source: node, Target: other, Predicate: localName(r.value(e.pred)), Dates: []string{}}
	if !e.forward {
		g.Source, g.Target = other, node
	}
	var arts []cgraph.Ref
	for _, l := range e.labels {
		if r.articleLabel(l) {
			arts = append(arts, l)
		}
	}
	g.Articles = len(arts)
	dates, err := r.literals(arts[:min(len(arts), edgeDateReads)], schema.PredDatePublished)
	if err != nil {
		return g // undated: a filter by date keeps it
	}
	g.Dates = spread(dates, maxEdgeDates)
	return g
}

// spread returns the distinct non-empty dates, sorted, and at most n of
// them: the first, the last and evenly spaced ones between.
func spread(dates []string, n int) []string {
	seen := map[string]bool{}
	out := []string{}
	for _, d := range dates {
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	sort.Strings(out)
	if len(out) <= n {
		return out
	}
	picked := make([]string, 0, n)
	for i := range n {
		picked = append(picked, out[i*(len(out)-1)/(n-1)])
	}
	return picked
}

// graphNode names a node of the view: an entity by its name, an article by
// its headline, a role by its title, a statement by its first words.
func (r *reader) graphNode(key string, node cgraph.Ref) GraphNode {
	n := GraphNode{Key: key, Type: NodeType(key)}
	switch n.Type {
	case "article":
		if v, _ := r.firstObject(node, schema.PredHeadline); v != nil {
			n.Label = plainString(v)
		}
	case "role":
		n.Label = r.firstText(node, schema.PredRoleName)
	case "statement":
		n.Label = clip(r.firstText(node, schema.PredText), graphLabelRunes)
	default:
		n.Label = r.nameOf(node)
	}
	if n.Label == "" {
		n.Label = key
	}
	return n
}

// drawPaths adds the nodes and edges of paths to g, each once.
func (r *reader) drawPaths(g *NodeGraph, paths [][]edge) error {
	nodes, edges := map[string]bool{}, map[[3]string]bool{}
	for _, p := range paths {
		for _, e := range p {
			s, o := e.from, e.to
			if !e.forward {
				s, o = o, s
			}
			from, to := r.pathNode(g, nodes, s), r.pathNode(g, nodes, o)
			k := [3]string{from, to, r.value(e.pred).String()}
			if edges[k] {
				continue
			}
			edges[k] = true
			le := &linkEdge{pred: e.pred, forward: true, seen: map[any]bool{}}
			err := r.eachQuad(fixed{quad.Subject: s, quad.Predicate: e.pred, quad.Object: o}, func(q cgraph.Ref) error {
				le.add(r.dir(q, quad.Label))
				return nil
			})
			if err != nil {
				return err
			}
			g.Edges = append(g.Edges, r.graphEdge(from, to, le))
		}
	}
	return nil
}

// pathNode adds a node of a path to g once and returns its key: a node
// outside the project's (a web address) is keyed by its IRI.
func (r *reader) pathNode(g *NodeGraph, seen map[string]bool, ref cgraph.Ref) string {
	v := r.value(ref)
	k := r.keyOf(v)
	if k == "" && v != nil {
		k = plainString(v)
	}
	if !seen[k] {
		seen[k] = true
		g.Nodes = append(g.Nodes, r.graphNode(k, ref))
	}
	return k
}
