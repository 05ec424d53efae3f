package export

import (
	"encoding/csv"
	"io"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
)

// csvWriter writes the graph as the node and edge tables of Neo4j's
// neo4j-admin database import: nodes.csv with the header id:ID,name,:LABEL
// (the node's IRI, its display name, its labels: Person, Country, Company,
// Organization, Article, Role, Statement plus Quotation or ReportedSpeech)
// and edges.csv with :START_ID,:END_ID,:TYPE,article (the predicate's local
// name in upper snake case: MENTIONS, ROLE_IN, SPOKEN_BY_CHARACTER).
type csvWriter struct {
	nodes, edges *csv.Writer
	*propertyGraph
}

// NewCSVWriter returns a writer of Neo4j import tables: edges go to
// edges as quads arrive, nodes to nodes on Close.
func NewCSVWriter(nodes, edges io.Writer) (quad.WriteCloser, error) {
	return newCSVWriter(nodes, edges)
}

func newCSVWriter(nodes, edges io.Writer) (*csvWriter, error) {
	w := &csvWriter{nodes: csv.NewWriter(nodes), edges: csv.NewWriter(edges)}
	w.propertyGraph = newPropertyGraph(w.edge)
	if err := w.edges.Write([]string{":START_ID", ":END_ID", ":TYPE", "article"}); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *csvWriter) edge(e graphEdge) error {
	return w.edges.Write([]string{e.From.IRI, e.To.IRI, neo4jType(e.Label), e.Article})
}

func (w *csvWriter) Close() error {
	w.edges.Flush()
	if err := w.edges.Error(); err != nil {
		return err
	}
	if err := w.nodes.Write([]string{"id:ID", "name", ":LABEL"}); err != nil {
		return err
	}
	for _, n := range w.order {
		name := strings.Join(strings.Fields(n.Label()), " ")
		if err := w.nodes.Write([]string{n.IRI, name, neo4jLabels(&n.nodeAttrs)}); err != nil {
			return err
		}
	}
	w.nodes.Flush()
	return w.nodes.Error()
}

func neo4jLabels(a *nodeAttrs) string {
	switch a.Type {
	case "person", "country", "company", "organization", "article", "role", "query":
		return strings.ToUpper(a.Type[:1]) + a.Type[1:]
	case "statement":
		switch a.Kind {
		case "quote":
			return "Statement;Quotation"
		case "reported":
			return "Statement;ReportedSpeech"
		}
		return "Statement"
	}
	return "Resource"
}

// neo4jType spells a predicate's local name as a relationship type:
// spokenByCharacter → SPOKEN_BY_CHARACTER.
func neo4jType(name string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range name {
		switch {
		case unicode.IsUpper(r) && prevLower:
			b.WriteByte('_')
			b.WriteRune(r)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToUpper(r))
		default:
			b.WriteByte('_')
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
	}
	return b.String()
}
