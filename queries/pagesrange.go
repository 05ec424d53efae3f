package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// rangeRoleReads bounds the statements of an entity's roles read to count
// them over a set of articles: one label read each, about 15 µs on bolt,
// and not one a page without a range reads (it counts them from the
// index's keys). At 100,000 articles on a busy machine (load 4–6 on two
// cores), the most mentioned person's roles, stated 4,294 times, took its
// page over March 2025 from 42–68 to 106–333 ms p50, and the most
// mentioned country's 9,820 took it from 78–139 to 346–492 ms; past the
// bound, about 30 ms of reads, the roles stay of all dates.
const rangeRoleReads = 2000

// rolesWithin counts, for each role, the articles of within (article
// keys) that state it, and lists the first sourcesShown of them by key.
// The labels of a role's type quads are compared as refs with within's
// articles, so that no label's value and no article's date is read:
// reading each stating article's date instead took the most mentioned
// country's page from 163 to 493 ms (p50 at 100,000 articles). cut tells
// that rangeRoleReads stopped the reading.
func (r *reader) rolesWithin(roles []cgraph.Ref, within map[string]bool) (counts []int, shown [][]string, cut bool, err error) {
	in := make(map[any]string, len(within))
	for k := range within {
		if ref := r.ref(quad.IRI(schema.IDBase + k)); ref != nil {
			in[ref.Key()] = k
		}
	}
	isType, isRole := r.ref(schema.PredType), r.ref(schema.TypeRole)
	counts, shown = make([]int, len(roles)), make([][]string, len(roles))
	n := 0
	for i, role := range roles {
		shown[i] = []string{}
		err := r.eachQuad(fixed{quad.Subject: role, quad.Predicate: isType, quad.Object: isRole}, func(q cgraph.Ref) error {
			if n++; n > rangeRoleReads {
				cut = true
				return errStop
			}
			l := r.dir(q, quad.Label)
			if l == nil {
				return nil
			}
			if k, ok := in[l.Key()]; ok {
				if counts[i]++; len(shown[i]) < sourcesShown {
					shown[i] = append(shown[i], k)
				}
			}
			return nil
		})
		if err = nilStop(err); err != nil || cut {
			return counts, shown, cut, err
		}
	}
	return counts, shown, false, nil
}
