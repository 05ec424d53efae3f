package export

import (
	"strings"
)

// dotWriter writes a Graphviz digraph: nodes labelled with their display
// names and styled by type, edges labelled with the predicate's local name.
// A fact stated by several articles is drawn once (the picture is of the
// graph, not of its provenance), so the writer remembers the edges it drew.
type dotWriter struct {
	out *errWriter
	*propertyGraph
	seen map[[2]int]map[string]bool
}

// dotStyles are the node styles by type.
var dotStyles = map[string]string{
	"person":       `shape=ellipse, style=filled, fillcolor="#c6dbef"`,
	"country":      `shape=box, style="filled,bold", fillcolor="#c7e9c0"`,
	"company":      `shape=box, style="filled,rounded", fillcolor="#fdd0a2"`,
	"organization": `shape=box, style="filled,rounded", fillcolor="#dadaeb"`,
	"article":      `shape=note, style=filled, fillcolor="#f0f0f0", fontsize=9`,
	"role":         `shape=hexagon, style=filled, fillcolor="#fff7bc", fontsize=9`,
	"statement":    `shape=box, style="filled,dashed", fillcolor="#fee0d2", fontsize=9`,
}

func newDOTWriter(w *errWriter) *dotWriter {
	dw := &dotWriter{out: w, seen: map[[2]int]map[string]bool{}}
	dw.propertyGraph = newPropertyGraph(dw.edge)
	w.write("digraph newsgraph {\n" +
		"  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.3, ranksep=0.8, fontname=\"Helvetica\"];\n" +
		"  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.06\"];\n" +
		"  edge [fontname=\"Helvetica\", fontsize=8, color=\"#777777\", fontcolor=\"#555555\"];\n")
	return dw
}

func (w *dotWriter) edge(e graphEdge) error {
	k := [2]int{e.From.ID, e.To.ID}
	if w.seen[k] == nil {
		w.seen[k] = map[string]bool{}
	}
	if w.seen[k][e.Label] {
		return nil
	}
	w.seen[k][e.Label] = true
	w.out.printf("  n%d -> n%d [label=%s];\n", e.From.ID, e.To.ID, dotString(e.Label))
	return w.out.err
}

func (w *dotWriter) Close() error {
	for _, n := range w.order {
		style := dotStyles[n.Type]
		if style == "" {
			style = `shape=plaintext`
		}
		w.out.printf("  n%d [label=%s, tooltip=%s, %s];\n", n.ID, dotString(wrapLabel(n.Label(), 24)), dotString(n.IRI), style)
	}
	w.out.write("}\n")
	return w.out.err
}

// dotString quotes s as a DOT string; line breaks become \n (centred lines).
func dotString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r", "", "\n", `\n`)
	return `"` + r.Replace(s) + `"`
}

// wrapLabel breaks a long label into lines of about width characters.
func wrapLabel(s string, width int) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(s) {
		n := len([]rune(w))
		if i > 0 {
			if line+1+n > width {
				b.WriteString("\n")
				line = 0
			} else {
				b.WriteString(" ")
				line++
			}
		}
		b.WriteString(w)
		line += n
	}
	return b.String()
}
