package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// What an acronym names, from the entities of the article and the lexicon.

// acronymType types an acronym that no expansion in the article explains:
// an organisation when one of its mentions takes the definite article and
// stands as a noun of its own ("the SEC said", "the FDA's ruling", not
// "the OTC market"), a company otherwise ("IBM", "NEC said"): agencies and
// associations take "the", companies do not. An acronym that names a test
// or an index somewhere ("the CAT test", "CAT and CTBS tests") is none of
// the four types ("").
func (rs *resolver) acronymType(s string) schema.EntityType {
	if t, ok := rs.acroTypes[s]; ok {
		return t
	}
	t := rs.acronymTypeOf(s)
	if rs.acroTypes == nil {
		rs.acroTypes = map[string]schema.EntityType{}
	}
	rs.acroTypes[s] = t
	return t
}

// acronymTypeOf is acronymType before it is remembered: an acronym is
// looked up once per mention, and reads all its mentions.
func (rs *resolver) acronymTypeOf(s string) schema.EntityType {
	toks := rs.toks
	t := schema.Company
	if internationalAcronym(s) {
		return schema.Organization // UNHCR, UEFA, NATO
	}
	if rs.acroChunks == nil {
		// the acronym chunks by their word, so that typing an acronym
		// looks only at its own mentions
		rs.acroChunks = map[string][]int{}
		for ci := range rs.chunks {
			if c := &rs.chunks[ci]; c.acro {
				rs.acroChunks[toks[c.ts].text] = append(rs.acroChunks[toks[c.ts].text], ci)
			}
		}
	}
	for _, ci := range rs.acroChunks[s] {
		c := &rs.chunks[ci]
		if d := rs.descriptorType(c.ts, c.te); d != "" {
			return d // "the state news agency KNA", "KLT, the Danish shipping company"
		}
		k := c.te
		if k+2 < len(toks) && toks[k].text == "and" && isAcronym(toks[k+1].text) {
			k += 2
		}
		if k < len(toks) && measureNouns[toks[k].text] {
			return ""
		}
		if c.ts == 0 || toks[c.ts-1].text != "the" && toks[c.ts-1].text != "The" {
			continue
		}
		if c.te >= len(toks) {
			t = schema.Organization
			continue
		}
		nx := &toks[c.te]
		if nx.kind != tWord || nx.cap || clauseWords[nx.text] || speechVerbs[nx.text] || reportVerbs[nx.text] || strings.HasSuffix(nx.text, "ly") {
			t = schema.Organization
		}
	}
	return t
}
