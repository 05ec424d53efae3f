package export

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The graph formats (GraphML, GML, DOT, CSV node and edge tables) draw the
// graph of entities, roles, statements and articles: a quad whose object is
// a node (an IRI or blank node) is an edge, labelled with the predicate's
// local name and carrying the article it came from; a quad whose object is
// a literal, and the rdf:type and schema:url of a node, become attributes of
// the node instead of nodes of their own. Only the attributes of nodeAttrs
// are kept (not article bodies, keys or match keys), so that every format
// declares a fixed set of columns.
//
// Cayley's quad package has GraphML, GML and DOT writers, but they write
// every distinct value, literals included, as a node labelled with its
// N-Quads spelling ("<https://…>", "\"Ada Okafor\""), with no attributes and
// no provenance; GML and DOT strings are not escaped as networkx and dot
// expect. So the writers here are our own, and stream: edges are written as
// quads arrive; nodes, whose attributes may arrive after their edges, are
// held (without article bodies) and written when the writer is closed.

// nodeAttrs are the attributes a node of the graph formats carries.
type nodeAttrs struct {
	IRI   string // the node's IRI (or _:blank)
	Name  string // schema:name
	Type  string // person, country, company, organization, article, role, statement, or a prefixed type IRI
	Kind  string // quote or reported, for statements
	Date  string // schema:datePublished or schema:dateCreated
	Title string // schema:headline
	URL   string // schema:url
	Text  string // schema:text
	Role  string // schema:roleName
}

// Label is what a drawing shows for the node.
func (a *nodeAttrs) Label() string {
	switch {
	case a.Type == "article" && a.Title != "":
		return a.Title
	case a.Type == "role" && a.Role != "":
		return a.Role
	case a.Type == "statement" && a.Text != "":
		return "“" + truncate(a.Text, 60) + "”"
	case a.Name != "":
		return a.Name
	}
	return shortIRI(a.IRI)
}

// graphNode is one node seen by a propertyGraph.
type graphNode struct {
	ID int
	nodeAttrs
}

// graphEdge is one edge of a propertyGraph.
type graphEdge struct {
	From, To  *graphNode
	Label     string // the predicate's local name: mentions, holder
	Predicate string // the predicate's full IRI
	Article   string // the article id the fact came from, or the label IRI
}

// propertyGraph turns quads into nodes and edges. Edges are handed to
// onEdge as they come; nodes are kept until Close.
type propertyGraph struct {
	nodes  map[string]*graphNode
	order  []*graphNode
	onEdge func(graphEdge) error
	err    error
}

func newPropertyGraph(onEdge func(graphEdge) error) *propertyGraph {
	return &propertyGraph{nodes: map[string]*graphNode{}, onEdge: onEdge}
}

func (g *propertyGraph) node(v quad.Value) *graphNode {
	k := v.String()
	if n, ok := g.nodes[k]; ok {
		return n
	}
	n := &graphNode{ID: len(g.order)}
	switch v := v.(type) {
	case quad.IRI:
		n.IRI = string(v)
	default:
		n.IRI = k
	}
	g.nodes[k] = n
	g.order = append(g.order, n)
	return n
}

func (g *propertyGraph) WriteQuad(q quad.Quad) error {
	_, err := g.WriteQuads([]quad.Quad{q})
	return err
}

func (g *propertyGraph) WriteQuads(qs []quad.Quad) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	for i, q := range qs {
		if !q.IsValid() {
			return i, quad.ErrInvalid
		}
		if err := g.add(q); err != nil {
			g.err = err
			return i, err
		}
	}
	return len(qs), nil
}

func (g *propertyGraph) add(q quad.Quad) error {
	s := g.node(q.Subject)
	pred := iriOf(q.Predicate)
	switch {
	case pred == schema.PredType:
		setType(&s.nodeAttrs, iriOf(q.Object))
		return nil
	case pred == schema.PredURL:
		s.URL = schema.Text(q.Object)
		return nil
	case isNodeValue(q.Object):
		return g.onEdge(graphEdge{
			From: s, To: g.node(q.Object),
			Label: localName(pred), Predicate: string(pred), Article: articleOf(q.Label),
		})
	}
	text := schema.Text(q.Object)
	switch pred {
	case schema.PredName:
		if s.Name == "" {
			s.Name = text
		}
	case schema.PredHeadline:
		s.Title = text
	case schema.PredDatePublished, schema.PredDateCreated:
		s.Date = text
	case schema.PredText:
		s.Text = text
	case schema.PredRoleName:
		s.Role = text
	}
	return nil
}

// setType records an rdf:type: an entity type, article, role or statement
// wins over anything else; quotation and reported speech are the kind of a
// statement.
func setType(a *nodeAttrs, t quad.IRI) {
	if et, ok := schema.TypeOfIRI(t); ok {
		a.Type = string(et)
		return
	}
	switch t {
	case schema.TypeNewsArticle:
		a.Type = "article"
	case schema.TypeRole:
		a.Type = "role"
	case schema.TypeStatement:
		a.Type = "statement"
	case schema.TypeQuotation:
		a.Kind = "quote"
		if a.Type == "" {
			a.Type = "statement"
		}
	case schema.TypeReportedSpeech:
		a.Kind = "reported"
		if a.Type == "" {
			a.Type = "statement"
		}
	case schema.TypeSavedQuery:
		a.Type = "query"
	default:
		if a.Type == "" {
			a.Type = shortIRI(string(t))
		}
	}
}

func iriOf(v quad.Value) quad.IRI {
	if iri, ok := v.(quad.IRI); ok {
		return iri.Full()
	}
	return quad.IRI(v.String())
}

// articleOf names the article a label stands for: its id when it is an
// article IRI, else the label IRI (aliases, imported quads), or "".
func articleOf(label quad.Value) string {
	if label == nil {
		return ""
	}
	s := schema.Text(label)
	if id, ok := strings.CutPrefix(s, schema.IDBase+"article/"); ok {
		return id
	}
	return s
}

// localName is the last segment of an IRI: "mentions" for schema:mentions.
func localName(iri quad.IRI) string {
	s := string(iri)
	if i := strings.LastIndexAny(s, "#/"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}

// shortIRI spells an IRI with a prefix of schema.LDContext when one fits.
func shortIRI(iri string) string {
	for _, p := range schema.Prefixes() {
		if rest, ok := strings.CutPrefix(iri, p[1]); ok {
			return p[0] + ":" + rest
		}
	}
	return iri
}

func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n])) + "…"
}

// errWriter remembers the first write error, so writers can write freely
// and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func (e *errWriter) write(s string) {
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}
