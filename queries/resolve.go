package queries

import (
	"context"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
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
	vals, err := r.values(path.StartPath(r.qs, quad.String(key)).In(schema.PredKey))
	if err != nil {
		return nil, err
	}
	var out []quad.IRI
	for _, v := range vals {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, iri)
		}
	}
	if len(out) == 0 {
		return nil, notFoundf("no entity called %q", alias)
	}
	return out, nil
}

// explicitIRI recognises full IRIs and entity keys ("person/ada-okafor").
func explicitIRI(s string) (quad.IRI, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return quad.IRI(s[1 : len(s)-1]), true
	}
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return quad.IRI(s), true
	}
	if typ, _, ok := strings.Cut(s, "/"); ok {
		if _, err := schema.ParseEntityType(typ); err == nil {
			return quad.IRI(schema.IDBase + s), true
		}
	}
	return "", false
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
