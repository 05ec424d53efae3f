package queries

import (
	"context"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// EntityNames are an entity's names as resolution compares them: what
// package review reads to find likely duplicates.
type EntityNames struct {
	Type      string   // the entity type ("person")
	Name      string   // the canonical name: the first schema:name, sorted
	Aliases   []string // the other names (schema:name, schema:alternateName), sorted
	MatchKeys []string // ng:matchKey values, sorted
}

// namesBudget bounds the quads read per predicate of one entity: an entity
// restates its names and keys in every article that mentions it, and the
// distinct values are few (a hub of 300 articles has a handful).
const namesBudget = 5000

// ReadEntityNames reads the names of the entities iris; an IRI that is no
// entity is left out of the answer. It reads index ranges ([S,P] on bolt),
// at most namesBudget quads per predicate.
func ReadEntityNames(ctx context.Context, s *graph.Store, iris []quad.IRI) (map[quad.IRI]EntityNames, error) {
	out := make(map[quad.IRI]EntityNames, len(iris))
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		for _, iri := range iris {
			node := r.ref(iri)
			if node == nil {
				continue
			}
			t := r.typeOf(node)
			if _, err := schema.ParseEntityType(t); err != nil {
				continue
			}
			names, err := r.distinctObjects(node, schema.PredName, namesBudget)
			if err != nil || len(names) == 0 {
				return err
			}
			alt, err := r.distinctObjects(node, schema.PredAlternateName, namesBudget)
			if err != nil {
				return err
			}
			keys, err := r.distinctObjects(node, schema.PredMatchKey, namesBudget)
			if err != nil {
				return err
			}
			aliases := slices.Compact(slices.Sorted(slices.Values(slices.Concat(names[1:], alt))))
			out[iri] = EntityNames{Type: t, Name: names[0], Aliases: slices.DeleteFunc(aliases, func(a string) bool { return a == names[0] }), MatchKeys: keys}
		}
		return ctx.Err()
	})
	return out, err
}

// MatchKeyHolders returns the entities that hold one of keys as a match
// key, at most limit of them, reading at most namesBudget quads per key
// ([O,P,S] index ranges on bolt); cut is true when it stopped early.
func MatchKeyHolders(ctx context.Context, s *graph.Store, keys []string, limit int) (out []quad.IRI, cut bool, err error) {
	err = s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		seen := map[any]bool{}
		for _, k := range keys {
			n := 0
			err := r.eachQuad(fixed{quad.Object: r.ref(quad.String(k)), quad.Predicate: r.ref(schema.PredMatchKey)}, func(q cgraph.Ref) error {
				if n++; n > namesBudget || len(out) >= limit {
					cut = true
					return errStop
				}
				if h := r.dir(q, quad.Subject); h != nil && !seen[h.Key()] {
					seen[h.Key()] = true
					if iri, ok := r.value(h).(quad.IRI); ok {
						out = append(out, iri)
					}
				}
				return nil
			})
			if err := nilStop(err); err != nil {
				return err
			}
		}
		return nil
	})
	return out, cut, err
}
