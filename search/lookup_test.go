package search_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// storeLookup answers an Index's questions from the store with plain path
// walks, as package queries does for the console (search's tests cannot
// import queries, which imports search). A walk that fails on the store
// in memory fails the lookup: Name and Article, which return no error,
// answer as for an unknown key.
type storeLookup struct{ s *graph.Store }

// Resolve finds an entity by its key, its IRI, or any name or alias
// through its normalised form (ng:key).
func (l storeLookup) Resolve(alias string) ([]string, error) {
	a := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(alias), "<"), ">")
	iri := quad.IRI(schema.IDBase + strings.TrimPrefix(a, schema.IDBase))
	var keys []string
	err := l.s.Read(func(qs cgraph.QuadStore) error {
		types, err := values(qs, path.StartPath(qs, iri).Out(schema.PredType))
		if err != nil || len(types) > 0 {
			keys = []string{keyOf(iri)}
			return err
		}
		named, err := values(qs, path.StartPath(qs, quad.String(schema.NormalizeName(a))).In(schema.PredKey))
		for _, v := range named {
			keys = append(keys, keyOf(v))
		}
		return err
	})
	if err == nil && len(keys) == 0 {
		err = fmt.Errorf("%w: no entity called %q", search.ErrNotFound, alias)
	}
	return keys, err
}

// Holders are the people who hold a role at one of the organisations.
func (l storeLookup) Holders(orgKeys []string) ([]string, error) {
	var out []string
	err := l.s.Read(func(qs cgraph.QuadStore) error {
		for _, k := range orgKeys {
			holders, err := values(qs, path.StartPath(qs, quad.IRI(schema.IDBase+k)).In(schema.PredRoleIn).Out(schema.PredHolder))
			if err != nil {
				return err
			}
			for _, v := range holders {
				out = append(out, keyOf(v))
			}
		}
		return nil
	})
	return out, err
}

// Name is the entity's smallest schema:name (articles may disagree).
func (l storeLookup) Name(key string) string {
	if names := l.literals(quad.IRI(schema.IDBase+key), schema.PredName); len(names) > 0 {
		return slices.Min(names)
	}
	return key
}

// Article is an article's id (its schema:name), headline and body.
func (l storeLookup) Article(key string) (id, headline, body string) {
	iri := quad.IRI(schema.IDBase + key)
	first := func(p quad.IRI) string {
		if vs := l.literals(iri, p); len(vs) > 0 {
			return vs[0]
		}
		return ""
	}
	return first(schema.PredName), first(schema.PredHeadline), first(schema.PredArticleBody)
}

func (l storeLookup) literals(node, pred quad.IRI) []string {
	var out []string
	l.s.Read(func(qs cgraph.QuadStore) error {
		vs, err := values(qs, path.StartPath(qs, node).Out(pred))
		for _, v := range vs {
			out = append(out, schema.Text(v))
		}
		return err
	})
	return out
}

// values are the distinct values p reaches.
func values(qs cgraph.QuadStore, p *path.Path) ([]quad.Value, error) {
	var out []quad.Value
	err := p.Iterate(context.Background()).EachValue(qs, func(v quad.Value) error {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
		return nil
	})
	return out, err
}

func keyOf(v quad.Value) string {
	iri, _ := v.(quad.IRI)
	return strings.TrimPrefix(string(iri), schema.IDBase)
}
