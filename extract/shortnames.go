package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// shortNamesToNamedStates gives a country named only by a short name that
// ends another named country's name to that country, with its demonyms:
// in an article that names the "Democratic Republic of Congo", "Congo" and
// "Congolese" are DR Congo, not the Republic of the Congo. A country the
// article also names in a form of its own keeps its mentions.
func (rs *resolver) shortNamesToNamedStates() {
	type named struct {
		ent  int
		surf string
	}
	var names []named
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent >= 0 && !c.demonym && rs.ents[c.ent].typ == schema.Country {
			names = append(names, named{c.ent, rs.surface(c)})
		}
	}
	if len(names) < 2 {
		return
	}
	// to[e] is the country that absorbs e, or -1: every name of e ends a
	// name of that one country
	to := map[int]int{}
	for _, n := range names {
		f := -1
		for _, o := range names {
			if o.ent != n.ent && strings.HasSuffix(o.surf, " "+n.surf) {
				f = o.ent
				break
			}
		}
		if t, seen := to[n.ent]; !seen || t == f {
			to[n.ent] = f
		} else {
			to[n.ent] = -1 // names of its own, or of two countries
		}
	}
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent < 0 {
			continue
		}
		if f, ok := to[c.ent]; ok && f >= 0 && rs.ents[c.ent].typ == schema.Country {
			c.ent = f
		}
	}
}
