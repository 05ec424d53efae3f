package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// canonicalize makes the entities of d meet the nodes already in the store
// when articles spell a name differently. The rule, in order:
//
//  1. an entity whose own node exists (same type, same normalised canonical
//     name) stays as it is;
//  2. otherwise its match keys (schema.MatchKey of its canonical name, and of
//     aliases at least as long) are looked up; if they find exactly one
//     entity of the same type, d's entity takes that entity's canonical name
//     and keeps its own spelling as an alias;
//  3. if they find none, or several (two people called Smith), the entity
//     stays a node of its own; so does one that a person kept apart from
//     the one entity found (Store.KeepApart).
//
// The surname alone of a stored person is one of its match keys, so an
// article naming only "Okafor" joins "Ada Okafor" when she is the only
// Okafor in the store. Roles and statements of d follow the renaming.
//
// "The store" is what v sees: the store, plus the articles of the batch
// being written that come before d, so that a batch resolves exactly as
// loading its articles one at a time would, but never d's own facts: an
// article loaded before (changed since, or a replace cut short by a crash)
// is resolved against every other article, as if it were loaded last, so
// that resolving it twice gives the same facts whatever of it is stored.
func canonicalize(ctx context.Context, v *entityView, d *schema.Document) error {
	renamed := map[string]string{}
	for i := range d.Entities {
		e := &d.Entities[i]
		target, err := canonicalName(ctx, v, *e)
		if err != nil {
			return err
		}
		if target != "" && target != e.Name {
			renamed[e.Name] = target
			e.Aliases = appendNew(e.Aliases, e.Name)
			e.Name = target
			e.ID = schema.EntityKey(e.Type, target)
		}
	}
	if len(renamed) == 0 {
		return nil
	}
	d.Entities = mergeSameEntities(d.Entities)
	rename := func(s *string) {
		if to, ok := renamed[*s]; ok {
			*s = to
		}
	}
	for i := range d.Roles {
		rename(&d.Roles[i].Person)
		rename(&d.Roles[i].Org)
	}
	for i := range d.Statements {
		s := &d.Statements[i]
		rename(&s.Speaker)
		rename(&s.SpeakerOrg)
		rename(&s.Channel)
		for j := range s.Mentions {
			rename(&s.Mentions[j])
		}
	}
	return nil
}

// canonicalName returns the canonical name of the stored entity e joins, or
// "" when it stays its own node.
func canonicalName(ctx context.Context, v *entityView, e schema.Entity) (string, error) {
	own := schema.EntityIRI(e.Type, e.Name)
	info, err := v.describe(ctx, own)
	if err != nil || info.hasType(e.Type.IRI()) {
		return "", err
	}
	candidates := map[quad.IRI]bool{}
	for _, key := range lookupKeys(e) {
		nodes, err := v.holders(ctx, key)
		if err != nil {
			return "", err
		}
		for _, n := range nodes {
			if n != own {
				candidates[n] = true
			}
		}
	}
	var match nodeInfo
	var matchIRI quad.IRI
	found := 0
	for iri := range candidates {
		info, err := v.describe(ctx, iri)
		if err != nil {
			return "", err
		}
		if info.hasType(e.Type.IRI()) && len(info.names) > 0 {
			match, matchIRI = info, iri
			found++
		}
	}
	if found != 1 {
		return "", nil
	}
	if apart, err := v.keptApart(ctx, own, matchIRI); err != nil || apart {
		return "", err
	}
	return match.names[0], nil
}

// lookupKeys are the match keys an incoming entity is looked up by: its
// canonical name's, and those of aliases with at least as many words, so
// that "Okafor" as an alias of a new "Chidi Okafor" does not pull him into
// another Okafor.
func lookupKeys(e schema.Entity) []string {
	n := len(strings.Fields(e.Name))
	keys := []string{schema.MatchKey(e.Type, e.Name)}
	for _, a := range e.Aliases {
		if len(strings.Fields(a)) >= n && !strings.HasPrefix(a, "@") {
			keys = append(keys, schema.MatchKey(e.Type, a))
		}
	}
	return keys
}

// nodeInfo is what canonicalize needs to know of a node: its rdf:types and
// its schema:name values, both sorted and distinct.
type nodeInfo struct {
	types []quad.IRI
	names []string
}

func (n nodeInfo) hasType(t quad.IRI) bool {
	_, ok := slices.BinarySearch(n.types, t)
	return ok
}

// add records one type or name quad of the node; other quads are ignored.
func (n *nodeInfo) add(q quad.Quad) {
	switch q.Predicate {
	case schema.PredType:
		if t, ok := q.Object.(quad.IRI); ok {
			n.types = insertSorted(n.types, t)
		}
	case schema.PredName:
		if s, ok := q.Object.(quad.String); ok {
			n.names = insertSorted(n.names, string(s))
		}
	}
}

// merge adds the types and names of o.
func (n *nodeInfo) merge(o nodeInfo) {
	for _, t := range o.types {
		n.types = insertSorted(n.types, t)
	}
	for _, s := range o.names {
		n.names = insertSorted(n.names, s)
	}
}

// insertSorted adds x to the sorted list if it is not there yet.
func insertSorted[T cmp.Ordered](list []T, x T) []T {
	i, found := slices.BinarySearch(list, x)
	if found {
		return list
	}
	return slices.Insert(list, i, x)
}

// describeNode reads the types and names of node from the store, a scan of
// every quad with node as subject (one type and name quad per article that
// mentions it: entityIndex keeps the answer).
func describeNode(ctx context.Context, qs cgraph.QuadStore, node quad.IRI) (nodeInfo, error) {
	return describeNodeExcept(ctx, qs, node, nil)
}

// describeNodeExcept is describeNode without the quads labelled except
// (nil: none left out).
func describeNodeExcept(ctx context.Context, qs cgraph.QuadStore, node quad.IRI, except quad.Value) (nodeInfo, error) {
	var info nodeInfo
	err := EachQuadOf(ctx, qs, quad.Subject, node, func(q quad.Quad) bool {
		if except == nil || !SameValue(q.Label, except) {
			info.add(q)
		}
		return true
	})
	return info, err
}

// keyHolders reads from the store the nodes that have key as a match key,
// a scan of every quad with key as object, leaving out the quads labelled
// except (nil: none).
func keyHolders(ctx context.Context, qs cgraph.QuadStore, key string, except quad.Value) ([]quad.IRI, error) {
	var out []quad.IRI
	err := EachQuadOf(ctx, qs, quad.Object, quad.String(key), func(q quad.Quad) bool {
		if q.Predicate == schema.PredMatchKey && (except == nil || !SameValue(q.Label, except)) {
			if iri, ok := q.Subject.(quad.IRI); ok {
				out = insertSorted(out, iri)
			}
		}
		return true
	})
	return out, err
}

// mergeSameEntities folds entities that renaming made equal into one.
func mergeSameEntities(es []schema.Entity) []schema.Entity {
	index := map[string]int{}
	out := es[:0]
	for _, e := range es {
		i, dup := index[e.ID]
		if !dup {
			index[e.ID] = len(out)
			out = append(out, e)
			continue
		}
		m := &out[i]
		m.Mentions += e.Mentions
		m.Spans = append(m.Spans, e.Spans...)
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if a != m.Name {
				m.Aliases = appendNew(m.Aliases, a)
			}
		}
	}
	return out
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
