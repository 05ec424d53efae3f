package export

import (
	"encoding/xml"
	"strings"
)

// graphmlNodeKeys are the node attributes GraphML declares, in order.
var graphmlNodeKeys = []string{"label", "iri", "name", "type", "kind", "date", "title", "url", "text", "role"}

// graphmlWriter writes GraphML (for Gephi, yEd, networkx.read_graphml):
// nodes "n0", "n1"… with the attributes of nodeAttrs plus a display label;
// directed edges with label (the predicate's local name), predicate (its
// IRI) and article. Parallel edges (the same fact from two articles) are
// kept: networkx reads the file as a MultiDiGraph.
type graphmlWriter struct {
	out *errWriter
	*propertyGraph
}

func newGraphMLWriter(w *errWriter) *graphmlWriter {
	gw := &graphmlWriter{out: w}
	gw.propertyGraph = newPropertyGraph(gw.edge)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for _, k := range graphmlNodeKeys {
		b.WriteString(`  <key id="` + k + `" for="node" attr.name="` + k + `" attr.type="string"/>` + "\n")
	}
	for _, k := range []string{"label", "predicate", "article"} {
		b.WriteString(`  <key id="e_` + k + `" for="edge" attr.name="` + k + `" attr.type="string"/>` + "\n")
	}
	b.WriteString(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
	w.write(b.String())
	return gw
}

func (w *graphmlWriter) edge(e graphEdge) error {
	w.out.printf(`    <edge source="n%d" target="n%d">`, e.From.ID, e.To.ID)
	w.data("e_label", e.Label)
	w.data("e_predicate", e.Predicate)
	w.data("e_article", e.Article)
	w.out.write("</edge>\n")
	return w.out.err
}

func (w *graphmlWriter) data(key, value string) {
	if value == "" {
		return
	}
	w.out.write(`<data key="` + key + `">`)
	if w.out.err == nil {
		w.out.err = xml.EscapeText(w.out.w, []byte(value))
	}
	w.out.write("</data>")
}

func (w *graphmlWriter) Close() error {
	for _, n := range w.order {
		w.out.printf(`    <node id="n%d">`, n.ID)
		a := n.nodeAttrs
		for i, v := range []string{a.Label(), a.IRI, a.Name, a.Type, a.Kind, a.Date, a.Title, a.URL, a.Text, a.Role} {
			w.data(graphmlNodeKeys[i], v)
		}
		w.out.write("</node>\n")
	}
	w.out.write("  </graph>\n</graphml>\n")
	return w.out.err
}
