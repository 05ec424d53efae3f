package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// The console's graph view (web/src/graphview.js) reads these routes:
//
//	GET /api/graph/neighbors?id=KEY&limit=25&offset=0  a node and a page of its neighbours, with their total
//	GET /api/graph/path?from=NAME&to=NAME&hops=4       the shortest paths, every middle node drawn
//	GET /api/graph/nodes?id=KEY&id=KEY…                nodes by key (a Gizmo result's cells)
//	GET /api/graph/edges?id=KEY&id=KEY…                the edges among those nodes (after an expand)
//
// Every answer is {nodes: [{id, label, type}], edges: [{source, target,
// predicate, dates, articles}]} with total, offset, partial and more.

// Limits of the graph routes.
const (
	// neighborsDefault is how many neighbours an expand adds unless asked:
	// 25 nodes still lay out readably around the one expanded.
	neighborsDefault = 25
	neighborsMax     = 100
	graphNodesMax    = 250
	// graphParamMax bounds a key or a name: the longest key of 100,000
	// generated articles is 71 bytes.
	graphParamMax = 512
)

type graphNodeJSON struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Type  string `json:"type"`
}

type graphEdgeJSON struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Predicate string   `json:"predicate"`
	Dates     []string `json:"dates"`
	Articles  int      `json:"articles"`
}

type graphJSON struct {
	Nodes   []graphNodeJSON `json:"nodes"`
	Edges   []graphEdgeJSON `json:"edges"`
	Total   int             `json:"total"`
	Offset  int             `json:"offset"`
	Partial bool            `json:"partial"` // total is a lower bound
	More    bool            `json:"more"`    // more paths than drawn
}

func (s *Server) graphRoutes() {
	s.mux.HandleFunc("GET /api/graph/neighbors", s.handleGraphNeighbors)
	s.mux.HandleFunc("GET /api/graph/path", s.handleGraphPath)
	s.mux.HandleFunc("GET /api/graph/nodes", s.handleGraphNodes)
	s.mux.HandleFunc("GET /api/graph/edges", s.handleGraphEdges)
}

// handleGraphNeighbors answers a node and one page of its neighbours;
// limit=0 answers only their total, which the view shows before an expand.
func (s *Server) handleGraphNeighbors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	key, err := graphKey(q, "id")
	if err == nil {
		err = onlyParams(q, "id", "limit", "offset")
	}
	limit, offset := neighborsDefault, 0
	if v := q.Get("limit"); err == nil && v != "" {
		limit, err = intParam(v, "limit", 0, neighborsMax)
	}
	if err == nil {
		offset, err = intParam(q.Get("offset"), "offset", 0, maxOffset)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	g, err := queries.NeighborGraph(ctx, s.cfg.Store, key, offset, limit)
	s.writeGraph(w, r, g, offset, err)
}

// handleGraphPath draws the path query's shortest paths.
func (s *Server) handleGraphPath(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	err := onlyParams(q, "from", "to", "hops")
	hops := 4
	if v := q.Get("hops"); err == nil && v != "" {
		hops, err = intParam(v, "hops", 1, 4)
	}
	var from, to string
	if err == nil {
		from, err = nameParam(q, "from")
	}
	if err == nil {
		to, err = nameParam(q, "to")
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	g, err := queries.PathGraph(ctx, s.cfg.Store, from, to, hops)
	s.writeGraph(w, r, g, 0, err)
}

// handleGraphNodes names the nodes of up to graphNodesMax keys.
func (s *Server) handleGraphNodes(w http.ResponseWriter, r *http.Request) {
	ids, err := keysParam(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	nodes, err := queries.GraphNodes(ctx, s.cfg.Store, ids)
	s.writeGraph(w, r, &queries.NodeGraph{Nodes: nodes, Total: len(nodes)}, 0, err)
}

// handleGraphEdges answers the edges among up to graphNodesMax nodes: the
// view asks, after an expand, how the new nodes link to those it shows.
func (s *Server) handleGraphEdges(w http.ResponseWriter, r *http.Request) {
	ids, err := keysParam(r.URL.Query())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	edges, partial, err := queries.GraphEdges(ctx, s.cfg.Store, ids)
	s.writeGraph(w, r, &queries.NodeGraph{Edges: edges, Partial: partial}, 0, err)
}

// keysParam reads the node keys of id= (repeated), 1 to graphNodesMax.
func keysParam(q url.Values) ([]string, error) {
	if err := onlyParams(q, "id"); err != nil {
		return nil, err
	}
	ids := q["id"]
	if len(ids) == 0 || len(ids) > graphNodesMax {
		return nil, invalid("id: give from 1 to %d node keys, got %d", graphNodesMax, len(ids))
	}
	for i := range ids {
		k, err := checkKey(ids[i])
		if err != nil {
			return nil, err
		}
		ids[i] = k
	}
	return ids, nil
}

// writeGraph answers g as graphJSON, or err.
func (s *Server) writeGraph(w http.ResponseWriter, r *http.Request, g *queries.NodeGraph, offset int, err error) {
	if errors.Is(err, context.DeadlineExceeded) {
		err = &kindError{http.StatusGatewayTimeout, "timeout", fmt.Sprintf("graph: timed out after %v", s.cfg.QueryTimeout)}
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := graphJSON{Nodes: []graphNodeJSON{}, Edges: []graphEdgeJSON{}, Total: g.Total, Offset: offset, Partial: g.Partial, More: g.More}
	for _, n := range g.Nodes {
		out.Nodes = append(out.Nodes, graphNodeJSON{ID: n.Key, Label: n.Label, Type: n.Type})
	}
	for _, e := range g.Edges {
		out.Edges = append(out.Edges, graphEdgeJSON{Source: e.Source, Target: e.Target, Predicate: e.Predicate,
			Dates: e.Dates, Articles: e.Articles})
	}
	writeJSON(w, http.StatusOK, out)
}

// onlyParams refuses parameters other than the known ones, and repeats
// of a parameter other than the first known one (id of nodes).
func onlyParams(q url.Values, known ...string) error {
	for k, v := range q {
		i := indexOf(known, k)
		if i < 0 {
			return invalid("unknown parameter %q (want %s)", clipParam(k), strings.Join(known, ", "))
		}
		if len(v) > 1 && !(i == 0 && len(known) == 1) {
			return invalid("%s given %d times", k, len(v))
		}
	}
	return nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// graphKey reads the required node key q[name].
func graphKey(q url.Values, name string) (string, error) {
	if !q.Has(name) {
		return "", invalid("missing parameter %s: a node key such as person/ada-okafor", name)
	}
	k, err := checkKey(q.Get(name))
	if err != nil {
		return "", invalid("%s: %v", name, err)
	}
	return k, nil
}

// checkKey accepts a node key of the view ("person/…", "article/…") or its
// full IRI, and returns the key.
func checkKey(v string) (string, error) {
	k := strings.TrimSuffix(strings.TrimPrefix(v, "<"), ">")
	k = strings.TrimPrefix(k, schema.IDBase)
	if err := checkText(k); err != nil {
		return "", err
	}
	if queries.NodeType(k) == "" || strings.ContainsAny(k, " <>\"{}|\\^`") {
		return "", invalid("%q is not a node key: want person/…, country/…, company/…, organization/…, article/…, role/… or statement/…", clipParam(v))
	}
	return k, nil
}

// nameParam reads the required name or key q[name].
func nameParam(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", invalid("missing parameter %s: an entity's name or key", name)
	}
	if err := checkText(v); err != nil {
		return "", invalid("%s: %v", name, err)
	}
	return v, nil
}

// checkText refuses text too long, not UTF-8 or with control characters.
func checkText(v string) error {
	if len(v) > graphParamMax {
		return invalid("longer than %d bytes", graphParamMax)
	}
	if !utf8.ValidString(v) || strings.ContainsFunc(v, unicode.IsControl) {
		return invalid("%q has a control character or is not UTF-8", clipParam(v))
	}
	return nil
}

// clipParam shortens a parameter quoted in an error.
func clipParam(v string) string {
	if len(v) > 80 {
		return strings.ToValidUTF8(v[:80], "") + "…"
	}
	return v
}
