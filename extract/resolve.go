package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// resolve turns chunks into entities, with document-level consistency.
func (rs *resolver) resolve() {
	rs.byName = map[string]int{}
	rs.resolveStrong()
	// merge person names that extend another one: "Sara Jane" -> "Sara Jane Pellow"
	// (done at lookup time by prefix matching)
	// 2. the rest: surnames, prefixes of company names, acronyms, scripts
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent < 0 && !c.place {
			rs.resolveRest(ci)
		}
	}
	rs.resolveWeak()
	rs.setGenders()
	// 4. second chance for unresolved chunks now that weak persons exist
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent >= 0 || c.place {
			continue
		}
		if e := rs.matchExisting(c, rs.surface(c)); e >= 0 {
			c.ent = e
		}
	}
	rs.demonymsToNamedStates()
	rs.shortNamesToNamedStates()
}

// resolveStrong makes entities of countries and of full names with
// strong types.
func (rs *resolver) resolveStrong() {
	lx := rs.lx
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		switch {
		case c.typ == schema.Country && c.demonym && rs.language(c.ts, c.te):
			c.place = true // "speaks French", "Portuguese phrases"
		case c.typ == schema.Country && c.country >= 0:
			c.ent = rs.newEnt(schema.Country, lx.countries[c.country], c.country)
		case c.typ == schema.Person && c.te-c.ts >= 2 && isLatin(rs.surface(c)):
			// "Sara Jane" after "Sara Jane Pellow" is the same person
			c.ent = rs.fullNameMatch(c)
			if c.ent < 0 {
				c.ent = rs.newEnt(schema.Person, rs.surface(c), -1)
			}
			if rs.ents[c.ent].first < 0 {
				rs.ents[c.ent].first = c.ts // for a surname several persons share
			}
		case c.typ == schema.Company || c.typ == schema.Organization:
			// one-word names and short forms of longer names wait for
			// step 2, which joins them to the long name
			if channels[rs.surface(c)] || c.te-c.ts >= 2 && !rs.shortForm(ci) {
				c.ent = rs.newEnt(c.typ, rs.surface(c), -1)
			}
		}
	}
}

// fullNameMatch finds the person a name of two words or more typed a
// person refers to, or -1: a longer name it begins ("Sara Jane" of "Sara
// Jane Pellow"), one it ends when it opens with no given name ("Ó
// Ceallacháin", "Van den Heuvel" after the full name), or a given name
// after a courtesy title ("Don Ignacio").
func (rs *resolver) fullNameMatch(c *chunk) int {
	words := rs.chunkWords(c)
	key := wordsKey(words)
	if v, ok := rs.idx.personPrefix[key]; ok {
		return int(v[0])
	}
	first := words[0]
	if v, ok := rs.idx.personSuffix[key]; ok && (!rs.lx.isGiven(first) || personParticles[strings.ToLower(first)]) {
		return int(v)
	}
	if len(words) == 2 && courtesyGiven[first] {
		if v, ok := rs.idx.personPrefix[words[1]]; ok && v[0] == v[1] {
			return int(v[0])
		}
	}
	return -1
}

// resolveRest resolves chunk ci when it was not a full name: surnames,
// prefixes of company names, other names, acronyms, scripts.
func (rs *resolver) resolveRest(ci int) {
	c := &rs.chunks[ci]
	s := rs.surface(c)
	if e := rs.matchExisting(c, s); e >= 0 {
		c.ent = e
		return
	}
	if e := rs.appositiveName(ci); e >= 0 {
		// "Keizaikai, the Japan Federation of Industrial Guilds,"
		if rs.aliasOf == nil {
			rs.aliasOf = map[string]int{}
		}
		rs.aliasOf[s] = e
		c.ent = e
		return
	}
	if c.typ == "" && c.te-c.ts >= 2 && rs.toks[c.ts].first {
		// "Later Vantas left": a capitalised sentence opener before a known name
		c.ts++
		if e := rs.matchExisting(c, rs.surface(c)); e >= 0 {
			c.ent = e
			return
		}
		c.ts--
	}
	switch {
	case c.typ == schema.Person:
		if !isLatin(s) {
			return
		}
		if c.te-c.ts == 1 && c.hon == "" {
			// once typed, a name keeps its type: "Kyiv would judge Veltrix"
			if e := rs.orgNamed(s); e >= 0 {
				c.ent = e
				return
			}
		}
		c.ent = rs.newEnt(schema.Person, s, -1)
	case c.typ == schema.Company || c.typ == schema.Organization:
		c.ent = rs.newEnt(c.typ, s, -1)
	case c.acro:
		if t := rs.acronymType(s); t != "" {
			c.ent = rs.newEnt(t, s, -1)
		}
	}
}

// resolveWeak resolves weak persons and single capitalised words seen
// mid-sentence as speech subjects.
func (rs *resolver) resolveWeak() {
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent >= 0 || c.place || !c.weakPer {
			continue
		}
		s := rs.surface(c)
		if e := rs.matchExisting(c, s); e >= 0 {
			c.ent = e
			continue
		}
		c.ent = rs.newEnt(schema.Person, s, -1)
	}
}

// setGenders gives persons the gender of their honorific, else of their
// given name.
func (rs *resolver) setGenders() {
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent >= 0 && rs.ents[c.ent].typ == schema.Person {
			if g := honorificGender[c.hon]; g != 0 {
				rs.ents[c.ent].gender = g
			}
		}
	}
	// gender from the given name when no honorific said it
	for _, e := range rs.ents {
		if e.typ == schema.Person && e.gender == 0 && len(e.words) >= 2 {
			e.gender = rs.lx.genderOf(e.words[0])
		}
	}
}

// demonymsToNamedStates gives a demonym to the country the article names
// when the demonym's own country is not named but a state whose name ends
// in it is: "German" in an article about "West Germany".
func (rs *resolver) demonymsToNamedStates() {
	named := make([]bool, len(rs.ents))
	for ci := range rs.chunks {
		if c := &rs.chunks[ci]; c.ent >= 0 && !c.demonym && rs.ents[c.ent].typ == schema.Country {
			named[c.ent] = true
		}
	}
	// the named countries in entity order: at most the gazetteer's, however
	// many entities the article has
	var states []int
	for e, ok := range named {
		if ok {
			states = append(states, e)
		}
	}
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.ent < 0 || !c.demonym || named[c.ent] {
			continue
		}
		suffix := " " + rs.ents[c.ent].name
		for _, e := range states {
			if strings.HasSuffix(rs.ents[e].name, suffix) {
				c.ent = e
				break
			}
		}
	}
}

// matchExisting finds the entity an unresolved chunk refers to.
func (rs *resolver) matchExisting(c *chunk, s string) int {
	words := rs.chunkWords(c)
	n := len(words)
	// persons: surname, given + surname, transliteration, spelling variants
	// a one-word name a company cue typed may be a person's surname:
	// "Petković's spokesman" after "Dragana Petković"
	if c.typ == "" || c.typ == schema.Person || c.weakPer || n == 1 && c.typ == schema.Company && !c.acro {
		tl := ""
		if !isLatin(s) {
			tl = translit(s)
		}
		best := -1
		if tl == "" {
			best = rs.sharedSurname(words, c.ts)
		}
		if best >= 0 {
			return best
		}
		if tl == "" {
			best = rs.idx.personPart(words)
		} else {
			best = rs.idx.personScript(tl, n)
		}
		if best >= 0 {
			return best
		}
		// "Sir Colin" after "Sir Colin Fenwick"
		if n == 1 && (c.hon == "Sir" || c.hon == "Dame") {
			if v, ok := rs.idx.personPrefix[words[0]]; ok {
				return int(v[0])
			}
		}
		// "Xi" after "Xi Jinping", "Lula" after "Lula da Silva": a family
		// name written first, or a known short name; one person only, and
		// no given name the lexicon knows ("Mary" may be another Mary)
		if n == 1 && !rs.lx.isGiven(words[0]) && !c.acro {
			if v, ok := rs.idx.personPrefix[words[0]]; ok && v[0] == v[1] {
				return int(v[0])
			}
		}
	}
	if c.typ == schema.Person {
		return -1
	}
	if e, ok := rs.aliasOf[s]; ok {
		return e
	}
	if e := rs.orgNamed(s); e >= 0 && c.typ == "" && n == 1 && !c.acro {
		return e // a one-word company named again with no cue: "Kessock lost 1 to 21. … in Kessock"
	}
	// companies and organisations: a prefix of a longer name ("Kanzaki" of
	// "Kanzaki Ltd."; "Kanzaki President" too, whatever the title made of
	// it), a clipped form ("Fed"), or an acronym of its initials
	typ := c.typ
	if c.corp {
		typ = ""
	}
	return rs.idx.orgPart(words, typ, clippings[s], c.acro)
}

// shortForm reports whether company or organisation chunk ci is the start
// of a longer name of the same type in the article, the rest being a legal
// form or an "of"/"for" phrase: "Mammoth Group" of "Mammoth Group Ltd.",
// "Printers Guild" of "Printers Guild of Canada East".
func (rs *resolver) shortForm(ci int) bool {
	c := &rs.chunks[ci]
	if rs.shortForms == nil {
		// every short form of the article's company and organisation names
		// of three words or more, by type and words
		rs.shortForms = map[string]bool{}
		for cj := range rs.chunks {
			o := &rs.chunks[cj]
			if o.typ != schema.Company && o.typ != schema.Organization || o.te-o.ts <= 2 {
				continue
			}
			for k := o.ts + 1; k < o.te; k++ {
				if rest := rs.toks[k].text; rest == "of" || rest == "for" || legalForm(rest) {
					rs.shortForms[string(o.typ)+"\x00"+wordsKey(rs.chunkWords(&chunk{ts: o.ts, te: k}))] = true
				}
			}
		}
	}
	return rs.shortForms[string(c.typ)+"\x00"+wordsKey(rs.chunkWords(c))]
}

// appositiveName finds the company or organisation that unresolved chunk
// ci renames in an appositive or in brackets: "Keizaikai, the Japan
// Federation of Business Circles," or "the Japan Federation of Business
// Circles (Keizaikai)".
func (rs *resolver) appositiveName(ci int) int {
	c := &rs.chunks[ci]
	if c.typ != "" && !c.acro || c.weakPer || c.city || c.te-c.ts > 3 {
		return -1
	}
	toks := rs.toks
	n := len(toks)
	orgAt := func(k int) *chunk {
		if k < 0 || k >= n || rs.tokChunk[k] < 0 {
			return nil
		}
		o := &rs.chunks[rs.tokChunk[k]]
		if o.ent < 0 || o.te-o.ts < 2 || (rs.ents[o.ent].typ != schema.Organization && rs.ents[o.ent].typ != schema.Company) {
			return nil
		}
		return o
	}
	// X, the LONG NAME,
	if k := c.te; k+2 < n && toks[k].text == "," && toks[k+1].text == "the" {
		if o := orgAt(k + 2); o != nil && o.ts == k+2 && (o.te >= n || toks[o.te].kind == tPunct || toks[o.te].kind == tQuote) {
			return o.ent
		}
	}
	// LONG NAME, known as X / known by its (French) initials X
	if k := c.ts; k >= 4 && (toks[k-1].text == "as" && toks[k-2].text == "known" || toks[k-1].text == "initials" || toks[k-1].text == "abbreviation") {
		for m := k - 2; m >= 0 && m > k-7; m-- {
			if toks[m].text == "," {
				if o := orgAt(m - 1); o != nil && o.te == m {
					return o.ent
				}
				break
			}
		}
	}
	// LONG NAME (X)
	if k := c.ts; k >= 2 && toks[k-1].text == "(" && c.te < n && toks[c.te].text == ")" {
		if o := orgAt(k - 2); o != nil && o.te == k-1 {
			return o.ent
		}
	}
	return -1
}
