package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The steps the builtin queries take from a node, made of the walks in
// walk.go.

// articleMentions returns the articles that mention node: the subjects of
// its schema:mentions quads that are their own label. An article's quads
// are labelled with the article itself (schema.ArticleIRI), so the
// article→entity quads are exactly the mentions quads whose subject is
// their label; those of statements carry the label of their article.
func (r *reader) articleMentions(node cgraph.Ref) ([]cgraph.Ref, error) {
	return r.mentioners(node, true)
}

// statementMentions returns the statements that mention node.
func (r *reader) statementMentions(node cgraph.Ref) ([]cgraph.Ref, error) {
	return r.mentioners(node, false)
}

func (r *reader) mentioners(node cgraph.Ref, articles bool) ([]cgraph.Ref, error) {
	var out []cgraph.Ref
	seen := map[any]bool{}
	err := r.eachQuad(fixed{quad.Object: node, quad.Predicate: r.ref(schema.PredMentions)}, func(q cgraph.Ref) error {
		s := r.dir(q, quad.Subject)
		if s == nil || seen[s.Key()] || sameRef(s, r.dir(q, quad.Label)) != articles {
			return nil
		}
		seen[s.Key()] = true
		out = append(out, s)
		return nil
	})
	return out, err
}

// labelCount counts the labels of the quads matching f that name an
// article: not the labels of hand-made aliases and saved queries, not the
// default graph. A fact stated by n articles is n quads that differ only
// in their label, so this is how many articles state it.
func (r *reader) labelCount(f fixed) (int, error) {
	n := 0
	err := r.eachQuad(f, func(q cgraph.Ref) error {
		if r.articleLabel(r.dir(q, quad.Label)) {
			n++
		}
		return nil
	})
	return n, err
}

// articleLabel tells whether a quad label can be an article: not the
// labels of hand-made aliases and saved queries, not the default graph.
func (r *reader) articleLabel(l cgraph.Ref) bool {
	if l == nil {
		return false
	}
	if r.otherLabels == nil {
		r.otherLabels = map[any]bool{}
		for _, v := range []quad.Value{schema.AliasesLabel, schema.SavedQueriesLabel} {
			if ref := r.ref(v); ref != nil {
				r.otherLabels[ref.Key()] = true
			}
		}
	}
	return !r.otherLabels[l.Key()]
}

// resolveRefs resolves an alias to the refs of its entity nodes.
func (r *reader) resolveRefs(alias string) ([]cgraph.Ref, error) {
	vals, err := r.resolveValues(alias)
	if err != nil {
		return nil, err
	}
	return r.refsOf(vals), nil
}

// union returns the distinct refs of several lists, in order.
// reachFrom resolves alias to its entity nodes and returns the union of
// what step reaches from each.
func (r *reader) reachFrom(alias string, step func(cgraph.Ref) ([]cgraph.Ref, error)) ([]cgraph.Ref, error) {
	nodes, err := r.resolveRefs(alias)
	if err != nil {
		return nil, err
	}
	var out []cgraph.Ref
	for _, n := range nodes {
		got, err := step(n)
		if err != nil {
			return nil, err
		}
		out = union(out, got)
	}
	return out, nil
}

func union(lists ...[]cgraph.Ref) []cgraph.Ref {
	var out []cgraph.Ref
	seen := map[any]bool{}
	for _, l := range lists {
		for _, ref := range l {
			if !seen[ref.Key()] {
				seen[ref.Key()] = true
				out = append(out, ref)
			}
		}
	}
	return out
}

// intersect keeps the refs of a that are also in b.
func intersect(a, b []cgraph.Ref) []cgraph.Ref {
	in := make(map[any]bool, len(b))
	for _, ref := range b {
		in[ref.Key()] = true
	}
	var out []cgraph.Ref
	for _, ref := range a {
		if in[ref.Key()] {
			out = append(out, ref)
		}
	}
	return out
}

// edges are a node's outgoing quads: their distinct objects by predicate.
type edges map[any][]cgraph.Ref

// outEdges reads every quad whose subject is node, in one index scan.
func (r *reader) outEdges(node cgraph.Ref) (edges, error) {
	out := edges{}
	err := r.eachQuad(fixed{quad.Subject: node}, func(q cgraph.Ref) error {
		p, o := r.dir(q, quad.Predicate), r.dir(q, quad.Object)
		if p == nil || o == nil {
			return nil
		}
		for _, x := range out[p.Key()] {
			if sameRef(x, o) {
				return nil
			}
		}
		out[p.Key()] = append(out[p.Key()], o)
		return nil
	})
	return out, err
}

// all returns the objects of pred.
func (e edges) all(r *reader, pred quad.IRI) []cgraph.Ref {
	p := r.ref(pred)
	if p == nil {
		return nil
	}
	return e[p.Key()]
}

// first returns the smallest object of pred, by N-Quads spelling, or nil.
func (e edges) first(r *reader, pred quad.IRI) quad.Value {
	var best quad.Value
	for _, o := range e.all(r, pred) {
		if v := r.value(o); v != nil && (best == nil || v.String() < best.String()) {
			best = v
		}
	}
	return best
}
