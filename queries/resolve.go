package queries

import (
	"context"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// ResolveEntity finds the entity nodes an alias names. It accepts a full IRI
// ("https://newsgraph.dev/id/person/ada-okafor", with or without angle
// brackets), an entity key ("person/ada-okafor"), or any name or alias the
// articles used ("Okafor", "@adaokafor", "Кения"), looked up through ng:key =
// schema.NormalizeName(alias). Several nodes come back when an alias is
// ambiguous ("Okafor" for two people). An alias that names nothing is an
// ErrNotFound error.
func ResolveEntity(ctx context.Context, s *graph.Store, alias string) ([]quad.IRI, error) {
	var out []quad.IRI
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		out, err = newReader(ctx, qs).resolve(alias)
		return err
	})
	return out, err
}

func (r *reader) resolve(alias string) ([]quad.IRI, error) {
	if iri, ok := explicitIRI(alias); ok {
		if ref, err := r.qs.ValueOf(iri); err != nil || ref == nil {
			return nil, notFoundf("no entity called %q", alias)
		}
		return []quad.IRI{iri}, nil
	}
	key := schema.NormalizeName(alias)
	if key == "" {
		return nil, invalidf("%q is not a name", alias)
	}
	nodes, err := r.nodes(fixed{quad.Object: r.ref(quad.String(key)), quad.Predicate: r.ref(schema.PredKey)}, quad.Subject)
	if err != nil {
		return nil, err
	}
	if err := r.prefetch(nodes); err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, n := range nodes {
		if iri, ok := r.value(n).(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	if len(out) == 0 {
		return nil, notFoundf("no entity called %q", alias)
	}
	return out, nil
}

// explicitIRI recognises full IRIs and entity keys ("person/ada-okafor").
func explicitIRI(s string) (quad.IRI, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return userIRI(s[1 : len(s)-1])
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return userIRI(s)
	}
	if typ, _, ok := strings.Cut(s, "/"); ok {
		if _, err := schema.ParseEntityType(typ); err == nil {
			return userIRI(schema.IDBase + s)
		}
	}
	return "", false
}

// userIRI escapes an IRI a user typed the way the store's IRIs were
// escaped when they were written (schema.IRI), so "a url with a space"
// finds the node its article made; text that is no IRI at all is not one.
func userIRI(s string) (quad.IRI, bool) {
	iri, err := schema.IRI(s)
	return iri, err == nil
}

// resolveValues resolves an alias to path start values.
func (r *reader) resolveValues(alias string) ([]quad.Value, error) {
	iris, err := r.resolve(alias)
	if err != nil {
		return nil, err
	}
	vals := make([]quad.Value, len(iris))
	for i, iri := range iris {
		vals[i] = iri
	}
	return vals, nil
}
