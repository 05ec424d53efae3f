package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// entityTable is the resolver's hand-off: the entities of the article,
// looked up by type and name and by the parts of their names. Later stages
// only append to it (a late company, a social network named as a
// channel, a country inside a hyphenated word); no entity changes once
// added, except its gender, which the resolver sets.
type entityTable struct {
	ents   []*ent
	byName map[string]int // type+"\x00"+name -> entity
	idx    entIndex       // entities by the parts of their names
}

// ent is one resolved entity of the article.
type ent struct {
	typ     schema.EntityType
	name    string
	words   []string // name split in words (for surname / prefix matching)
	country int
	gender  byte // 'm', 'f' or 0, from honorifics (Mr., Mrs., Ms.)
	aliases []string
	spans   []schema.Span
	first   int
}

func (et *entityTable) entKey(t schema.EntityType, name string) string {
	return string(t) + "\x00" + name
}

func (et *entityTable) newEnt(t schema.EntityType, name string, country int) int {
	k := et.entKey(t, name)
	if i, ok := et.byName[k]; ok {
		return i
	}
	e := &ent{typ: t, name: name, words: strings.Fields(name), country: country, first: -1}
	et.ents = append(et.ents, e)
	et.byName[k] = len(et.ents) - 1
	et.idx.add(len(et.ents)-1, e)
	return len(et.ents) - 1
}

// orgNamed finds the first company or organisation whose name is s or,
// for a word s, starts with s.
func (et *entityTable) orgNamed(s string) int {
	best := int32(-1)
	for _, t := range []schema.EntityType{schema.Company, schema.Organization} {
		if i, ok := et.byName[et.entKey(t, s)]; ok {
			best = firstOf(best, int32(i))
		}
	}
	if v, ok := et.idx.orgPrefix[s]; ok && !strings.ContainsFunc(s, unicode.IsSpace) {
		best = firstOf(best, v[0])
	}
	return int(best)
}

// ensureChannel makes sure a channel named by a statement is an entity.
func (et *entityTable) ensureChannel(name string) {
	if _, ok := et.byName[et.entKey(schema.Company, name)]; !ok {
		et.newEnt(schema.Company, name, -1)
	}
}

// sharedSurname is the person a lone surname at token ts refers to when
// several persons of the article share it (an obituary's family): the
// first named in full before it, the story's subject, since news names its
// relatives in full; or -1 (then personPart decides, which took the last
// named: every "Vosburgh" was the husband of the last paragraph).
func (rs *resolver) sharedSurname(words []string, ts int) int {
	if len(words) != 1 {
		return -1
	}
	cands := rs.idx.personLastOf[words[0]]
	if len(cands) < 2 {
		return -1
	}
	best := -1
	for _, e := range cands {
		if f := rs.ents[e].first; f >= 0 && f < ts && (best < 0 || f < rs.ents[best].first) {
			best = int(e)
		}
	}
	return best
}
