package server

import (
	"strconv"

	"github.com/newsgraph/newsgraph/search"
)

// neighbourhood draws entity i with its roles (holder → organisation,
// labelled with the title) and the entities most often mentioned with it.
func neighbourhood(c *search.Catalog, i int, co []coMentionJSON) graphJSON {
	g := graphJSON{Nodes: []graphNode{}, Edges: []graphEdge{}}
	seen := map[string]bool{}
	addNode := func(e int, center bool) string {
		en := &c.Entities[e]
		if !seen[en.Key] {
			seen[en.Key] = true
			g.Nodes = append(g.Nodes, graphNode{ID: en.Key, Label: en.Name, Type: string(en.Type), Center: center})
		}
		return en.Key
	}
	center := addNode(i, true)
	edges := map[[2]string]bool{}
	for _, ri := range c.Entities[i].Roles {
		ro := &c.Roles[ri]
		if ro.Holder < 0 || ro.Org < 0 || len(edges) >= graphRolesMax {
			continue
		}
		h, o := addNode(ro.Holder, false), addNode(ro.Org, false)
		if k := [2]string{h, o}; !edges[k] {
			edges[k] = true
			g.Edges = append(g.Edges, graphEdge{Source: h, Target: o, Label: ro.Title})
		}
	}
	for _, cm := range co[:min(graphCoMentio, len(co))] {
		k := addNode(c.EntityIndex(cm.Key), false)
		if !edges[[2]string{center, k}] && !edges[[2]string{k, center}] {
			g.Edges = append(g.Edges, graphEdge{Source: center, Target: k, Label: "×" + strconv.Itoa(cm.Count)})
		}
	}
	return g
}
