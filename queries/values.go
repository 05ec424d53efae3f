package queries

import (
	"context"
	"sort"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// reader is one query's view of the store: the quad store under the read
// lock, the query's context, and a cache of node names.
type reader struct {
	ctx       context.Context
	qs        cgraph.QuadStore
	names     map[string]string
	refs      map[string]cgraph.Ref // by value, N-Quads spelling; nil: not in the store
	vals      map[any]quad.Value    // by ref key
	cache     *Cache                // summaries and names kept across runs; may be nil
	store     *graph.Store          // for what the store counts without reading (TypeCounts); may be nil
	found     *search.Results       // the search query's hits, found before the read (searchOutsideRead)
	mentioned *mentionsWindow       // the mentions query's page from the index (mentionsOutsideRead); may be nil

	otherLabels map[any]bool // refs of the labels that are not articles
}

func newReader(ctx context.Context, qs cgraph.QuadStore) *reader {
	return &reader{ctx: ctx, qs: qs, names: map[string]string{}, refs: map[string]cgraph.Ref{}, vals: map[any]quad.Value{}}
}

// values returns the distinct values p reaches, sorted.
func (r *reader) values(p *path.Path) ([]quad.Value, error) {
	seen := map[string]quad.Value{}
	err := p.Iterate(r.ctx).Paths(false).EachValue(r.qs, func(v quad.Value) error {
		seen[v.String()] = v
		return nil
	})
	out := make([]quad.Value, 0, len(seen))
	for _, v := range seen {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out, err
}

// set returns the distinct values p reaches, as a set of their N-Quads
// spelling.
func (r *reader) set(p *path.Path) (map[string]bool, error) {
	vals, err := r.values(p)
	out := make(map[string]bool, len(vals))
	for _, v := range vals {
		out[v.String()] = true
	}
	return out, err
}

// tags calls fn with the tag values of every result of p.
func (r *reader) tags(p *path.Path, fn func(map[string]quad.Value)) error {
	return p.Iterate(r.ctx).TagValues(r.qs, func(m map[string]quad.Value) error {
		fn(m)
		return nil
	})
}

// name returns a node's schema:name (the smallest, if articles disagree),
// or "" if it has none.
func (r *reader) name(v quad.Value) string {
	if v == nil {
		return ""
	}
	k := v.String()
	if n, ok := r.names[k]; ok {
		return n
	}
	n, ok := r.cache.cachedName(k)
	if !ok {
		if ref := r.ref(v); ref != nil {
			if name, _ := r.firstObject(ref, schema.PredName); name != nil {
				n = plainString(name)
			}
		}
		r.cache.keepName(k, n)
	}
	r.names[k] = n
	return n
}

// label renders a node for people: its name if it has one, else its short
// IRI, else the literal's value.
func (r *reader) label(v quad.Value) string {
	if n := r.name(v); n != "" {
		return n
	}
	return plainString(v)
}

// article renders an article node (or a quad's label) as the article's id.
func (r *reader) article(v quad.Value) string { return r.label(v) }

// plain converts a value to something JSON and text tables show as is:
// numbers and booleans stay native; IRIs lose their brackets and are
// shortened; literals lose quotes, datatype and language.
func plain(v quad.Value) any {
	switch v := v.(type) {
	case nil:
		return nil
	case quad.Int:
		return int64(v)
	case quad.Float:
		return float64(v)
	case quad.Bool:
		return bool(v)
	}
	return plainString(v)
}

func plainString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return shortIRI(iri)
	}
	return schema.Text(v)
}

// shortIRI writes the project's own nodes as keys ("person/ada-okafor", what
// ResolveEntity accepts) and vocabulary IRIs with a prefix ("schema:name").
func shortIRI(iri quad.IRI) string {
	s := string(iri)
	if k, ok := strings.CutPrefix(s, schema.IDBase); ok {
		return k
	}
	for _, p := range prefixes() {
		if rest, ok := strings.CutPrefix(s, p[1]); ok {
			return p[0] + ":" + rest
		}
	}
	return s
}

// prefixes are the vocabulary prefixes shortIRI uses, computed once.
var prefixes = sync.OnceValue(schema.Prefixes)

// entityType returns the entity type of a node ("person"), or "".
func entityType(r *reader, node quad.Value) string {
	types, _ := r.values(path.StartPath(r.qs, node).Out(schema.PredType))
	for _, t := range types {
		if iri, ok := t.(quad.IRI); ok {
			if et, ok := schema.TypeOfIRI(iri); ok {
				return string(et)
			}
		}
	}
	return ""
}
