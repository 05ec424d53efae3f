package graph

import (
	"context"
	"sort"
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
//     stays a node of its own.
//
// The surname alone of a stored person is one of its match keys, so an
// article naming only "Okafor" joins "Ada Okafor" when she is the only
// Okafor in the store. Roles and statements of d follow the renaming.
func canonicalize(ctx context.Context, qs cgraph.QuadStore, known *entityCache, d *schema.Document) error {
	renamed := map[string]string{}
	for i := range d.Entities {
		e := &d.Entities[i]
		target, err := canonicalName(ctx, qs, known, *e)
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
func canonicalName(ctx context.Context, qs cgraph.QuadStore, known *entityCache, e schema.Entity) (string, error) {
	own := schema.EntityIRI(e.Type, e.Name)
	if exists, err := known.exists(ctx, qs, own, e.Type); err != nil || exists {
		return "", err
	}
	candidates := map[quad.IRI]bool{}
	for _, key := range lookupKeys(e) {
		err := eachQuadOf(ctx, qs, quad.Object, quad.String(key), func(q quad.Quad) bool {
			if q.Predicate == schema.PredMatchKey {
				if iri, ok := q.Subject.(quad.IRI); ok && iri != own {
					candidates[iri] = true
				}
			}
			return true
		})
		if err != nil {
			return "", err
		}
	}
	var match nodeInfo
	found := 0
	for iri := range candidates {
		info, err := describeNode(ctx, qs, iri)
		if err != nil {
			return "", err
		}
		if info.hasType(e.Type) && len(info.names) > 0 {
			match = info
			found++
		}
	}
	if found != 1 {
		return "", nil
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

// entityCache remembers which entity nodes exist, so that resolving a
// much-mentioned entity (a country in every article) does not scan its facts
// again for each article. Entries are only ever added: a node that exists
// stays, except through MergeEntities, which resets the cache. It is used
// under the store's write lock.
type entityCache struct{ nodes map[quad.IRI]bool }

func newEntityCache() *entityCache { return &entityCache{nodes: map[quad.IRI]bool{}} }

func (c *entityCache) add(iri quad.IRI) { c.nodes[iri] = true }

func (c *entityCache) reset() { c.nodes = map[quad.IRI]bool{} }

// exists reports whether node is stored with type t, stopping at the first
// type quad that says so.
func (c *entityCache) exists(ctx context.Context, qs cgraph.QuadStore, node quad.IRI, t schema.EntityType) (bool, error) {
	if c.nodes[node] {
		return true, nil
	}
	found := false
	err := eachQuadOf(ctx, qs, quad.Subject, node, func(q quad.Quad) bool {
		found = q.Predicate == schema.PredType && q.Object == t.IRI()
		return !found
	})
	if found {
		c.add(node)
	}
	return found, err
}

// nodeInfo is what canonicalize needs to know of a stored node.
type nodeInfo struct {
	types map[quad.IRI]bool
	names []string // schema:name values, sorted
}

func (n nodeInfo) hasType(t schema.EntityType) bool { return n.types[t.IRI()] }

func describeNode(ctx context.Context, qs cgraph.QuadStore, node quad.IRI) (nodeInfo, error) {
	info := nodeInfo{types: map[quad.IRI]bool{}}
	seen := map[string]bool{}
	err := eachQuadOf(ctx, qs, quad.Subject, node, func(q quad.Quad) bool {
		switch q.Predicate {
		case schema.PredType:
			if t, ok := q.Object.(quad.IRI); ok {
				info.types[t] = true
			}
		case schema.PredName:
			if s, ok := q.Object.(quad.String); ok && !seen[string(s)] {
				seen[string(s)] = true
				info.names = append(info.names, string(s))
			}
		}
		return true
	})
	sort.Strings(info.names)
	return info, err
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
