package export

import (
	"fmt"
	"strings"
)

// gmlWriter writes GML (for Gephi and networkx.read_gml): a directed
// multigraph whose nodes have integer ids, a label (the display name) and
// the attributes of nodeAttrs; edges carry label, predicate and article.
// Labels need not be unique, so networkx should read the file with
// read_gml(path, label="id").
type gmlWriter struct {
	out *errWriter
	*propertyGraph
}

func newGMLWriter(w *errWriter) *gmlWriter {
	gw := &gmlWriter{out: w}
	gw.propertyGraph = newPropertyGraph(gw.edge)
	w.write("Creator \"newsgraph\"\ngraph [\n  directed 1\n  multigraph 1\n")
	return gw
}

func (w *gmlWriter) edge(e graphEdge) error {
	w.out.printf("  edge [ source %d target %d", e.From.ID, e.To.ID)
	w.attr("label", e.Label)
	w.attr("predicate", e.Predicate)
	w.attr("article", e.Article)
	w.out.write(" ]\n")
	return w.out.err
}

func (w *gmlWriter) attr(key, value string) {
	if value != "" {
		w.out.write(" " + key + " " + gmlString(value))
	}
}

func (w *gmlWriter) Close() error {
	for _, n := range w.order {
		w.out.printf("  node [ id %d", n.ID)
		a := n.nodeAttrs
		for i, v := range []string{a.Label(), a.IRI, a.Name, a.Type, a.Kind, a.Date, a.Title, a.URL, a.Text, a.Role} {
			w.attr(graphmlNodeKeys[i], v)
		}
		w.out.write(" ]\n")
	}
	w.out.write("]\n")
	return w.out.err
}

// gmlString quotes s as GML wants it: 7-bit ASCII, with '&', '"', line
// breaks and every non-ASCII character as an HTML character reference,
// which is what networkx's reader unescapes.
func gmlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r < 0x20 || r >= 0x7f:
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
