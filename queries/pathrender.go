package queries

import (
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// render writes a path as "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix
// Corp": the articles that connect two entities are the article(…) nodes
// between them.
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
		b.WriteString(" —" + localName(r.value(e.pred)) + arrow + " " + r.node(e.to))
	}
	return b.String()
}

// node names a node in a path: entities by name, roles by title, statements
// by their first words, articles by id.
//
// Types and names are facts every article restates (a country in 50,000
// articles has 50,000 type quads): one type quad is read (isA),
// and one name is read (firstObject).
func (r *reader) node(ref cgraph.Ref) string {
	v := r.value(ref)
	switch {
	case r.isA(ref, schema.TypeRole):
		return "role(" + r.firstText(ref, schema.PredRoleName) + ")"
	case r.isA(ref, schema.TypeStatement):
		return "statement(" + clip(r.firstText(ref, schema.PredText), 40) + ")"
	case r.isA(ref, schema.TypeNewsArticle):
		return "article(" + r.label(v) + ")"
	}
	return r.label(v)
}

// isA tells whether node is of type t, reading one type quad of it
// rather than all it has.
func (r *reader) isA(node cgraph.Ref, t quad.IRI) bool {
	ok, err := r.has(fixed{quad.Subject: node, quad.Predicate: r.ref(schema.PredType), quad.Object: r.ref(t)})
	return err == nil && ok
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// firstText is the text of one object of node's pred quads, or "".
func (r *reader) firstText(node cgraph.Ref, pred quad.IRI) string {
	val, _ := r.firstObject(node, pred)
	if val == nil {
		return ""
	}
	return plainString(val)
}

func localName(v quad.Value) string {
	s := plainString(v)
	if i := strings.LastIndexAny(s, "#/:"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isNode(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}
