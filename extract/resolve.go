package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// resolve turns chunks into entities, with document-level consistency.
func (d *resolver) resolve() {
	d.byName = map[string]int{}
	d.resolveStrong()
	// merge person names that extend another one: "Mary Beth" -> "Mary Beth Marchand"
	// (done at lookup time by prefix matching)
	// 2. the rest: surnames, prefixes of company names, acronyms, scripts
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 && !c.place {
			d.resolveRest(ci)
		}
	}
	d.resolveWeak()
	d.setGenders()
	// 4. second chance for unresolved chunks now that weak persons exist
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || c.place {
			continue
		}
		if e := d.matchExisting(c, d.surface(c)); e >= 0 {
			c.ent = e
		}
	}
	d.demonymsToNamedStates()
}

// resolveStrong makes entities of countries and of full names with
// strong types.
func (d *resolver) resolveStrong() {
	lx := d.lx
	for ci := range d.chunks {
		c := &d.chunks[ci]
		switch {
		case c.typ == schema.Country && c.demonym && d.language(c.ts, c.te):
			c.place = true // "speaks French", "Portuguese phrases"
		case c.typ == schema.Country && c.country >= 0:
			c.ent = d.newEnt(schema.Country, lx.countries[c.country], c.country)
		case c.typ == schema.Person && c.te-c.ts >= 2 && isLatin(d.surface(c)):
			// "Mary Beth" after "Mary Beth Marchand" is the same person
			c.ent = -1
			if v, ok := d.idx.personPrefix[wordsKey(d.chunkWords(c))]; ok {
				c.ent = int(v[0])
			}
			if c.ent < 0 {
				c.ent = d.newEnt(schema.Person, d.surface(c), -1)
			}
		case c.typ == schema.Company || c.typ == schema.Organization:
			// one-word names and short forms of longer names wait for
			// step 2, which joins them to the long name
			if channels[d.surface(c)] || c.te-c.ts >= 2 && !d.shortForm(ci) {
				c.ent = d.newEnt(c.typ, d.surface(c), -1)
			}
		}
	}
}

// resolveRest resolves chunk ci when it was not a full name: surnames,
// prefixes of company names, other names, acronyms, scripts.
func (d *resolver) resolveRest(ci int) {
	c := &d.chunks[ci]
	s := d.surface(c)
	if e := d.matchExisting(c, s); e >= 0 {
		c.ent = e
		return
	}
	if e := d.appositiveName(ci); e >= 0 {
		// "Keidanren, the Japan Federation of Economic Organizations,"
		if d.aliasOf == nil {
			d.aliasOf = map[string]int{}
		}
		d.aliasOf[s] = e
		c.ent = e
		return
	}
	if c.typ == "" && c.te-c.ts >= 2 && d.toks[c.ts].first {
		// "Later Vantas left": a capitalised sentence opener before a known name
		c.ts++
		if e := d.matchExisting(c, d.surface(c)); e >= 0 {
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
			if e := d.orgNamed(s); e >= 0 {
				c.ent = e
				return
			}
		}
		c.ent = d.newEnt(schema.Person, s, -1)
	case c.typ == schema.Company || c.typ == schema.Organization:
		c.ent = d.newEnt(c.typ, s, -1)
	case c.acro:
		if t := d.acronymType(s); t != "" {
			c.ent = d.newEnt(t, s, -1)
		}
	}
}

// resolveWeak resolves weak persons and single capitalised words seen
// mid-sentence as speech subjects.
func (d *resolver) resolveWeak() {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || c.place || !c.weakPer {
			continue
		}
		s := d.surface(c)
		if e := d.matchExisting(c, s); e >= 0 {
			c.ent = e
			continue
		}
		c.ent = d.newEnt(schema.Person, s, -1)
	}
}

// setGenders gives persons the gender of their honorific, else of their
// given name.
func (d *resolver) setGenders() {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 && d.ents[c.ent].typ == schema.Person {
			switch c.hon {
			case "Mr.", "Sir", "Lord", "King", "Prince", "Father":
				d.ents[c.ent].gender = 'm'
			case "Mrs.", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess":
				d.ents[c.ent].gender = 'f'
			}
		}
	}
	// gender from the given name when no honorific said it
	for _, e := range d.ents {
		if e.typ == schema.Person && e.gender == 0 && len(e.words) >= 2 {
			e.gender = d.lx.gender[e.words[0]]
		}
	}
}

// demonymsToNamedStates gives a demonym to the country the article names
// when the demonym's own country is not named but a state whose name ends
// in it is: "German" in an article about "West Germany".
func (d *resolver) demonymsToNamedStates() {
	named := make([]bool, len(d.ents))
	for ci := range d.chunks {
		if c := &d.chunks[ci]; c.ent >= 0 && !c.demonym && d.ents[c.ent].typ == schema.Country {
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
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || !c.demonym || named[c.ent] {
			continue
		}
		suffix := " " + d.ents[c.ent].name
		for _, e := range states {
			if strings.HasSuffix(d.ents[e].name, suffix) {
				c.ent = e
				break
			}
		}
	}
}

// acronymType types an acronym that no expansion in the article explains:
// an organisation when one of its mentions takes the definite article and
// stands as a noun of its own ("the SEC said", "the FDA's ruling", not
// "the OTC market"), a company otherwise ("IBM", "NEC said"): agencies and
// associations take "the", companies do not. An acronym that names a test
// or an index somewhere ("the CAT test", "CAT and CTBS tests") is none of
// the four types ("").
func (d *resolver) acronymType(s string) schema.EntityType {
	if t, ok := d.acroTypes[s]; ok {
		return t
	}
	t := d.acronymTypeOf(s)
	if d.acroTypes == nil {
		d.acroTypes = map[string]schema.EntityType{}
	}
	d.acroTypes[s] = t
	return t
}

// acronymTypeOf is acronymType before it is remembered: an acronym is
// looked up once per mention, and reads all its mentions.
func (d *resolver) acronymTypeOf(s string) schema.EntityType {
	toks := d.toks
	t := schema.Company
	if d.acroChunks == nil {
		// the acronym chunks by their word, so that typing an acronym
		// looks only at its own mentions
		d.acroChunks = map[string][]int{}
		for ci := range d.chunks {
			if c := &d.chunks[ci]; c.acro {
				d.acroChunks[toks[c.ts].text] = append(d.acroChunks[toks[c.ts].text], ci)
			}
		}
	}
	for _, ci := range d.acroChunks[s] {
		c := &d.chunks[ci]
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

// matchExisting finds the entity an unresolved chunk refers to.
func (d *resolver) matchExisting(c *chunk, s string) int {
	words := d.chunkWords(c)
	n := len(words)
	// persons: surname, given + surname, transliteration, spelling variants
	if c.typ == "" || c.typ == schema.Person || c.weakPer {
		tl := ""
		if !isLatin(s) {
			tl = translit(s)
		}
		best := -1
		if tl == "" {
			best = d.idx.personPart(words)
		} else {
			best = d.idx.personScript(tl, n)
		}
		if best >= 0 {
			return best
		}
		// "Sir Peter" after "Sir Peter Walters"
		if n == 1 && (c.hon == "Sir" || c.hon == "Dame") {
			if v, ok := d.idx.personPrefix[words[0]]; ok {
				return int(v[0])
			}
		}
	}
	if c.typ == schema.Person {
		return -1
	}
	if e, ok := d.aliasOf[s]; ok {
		return e
	}
	// companies and organisations: a prefix of a longer name ("Fujitsu" of
	// "Fujitsu Ltd."; "Fujitsu President" too, whatever the title made of
	// it), a clipped form ("Fed"), or an acronym of its initials
	typ := c.typ
	if c.corp {
		typ = ""
	}
	return d.idx.orgPart(words, typ, clippings[s], c.acro)
}

// shortForm reports whether company or organisation chunk ci is the start
// of a longer name of the same type in the article, the rest being a legal
// form or an "of"/"for" phrase: "Giant Group" of "Giant Group Ltd.",
// "Writers Guild" of "Writers Guild of America East".
func (d *resolver) shortForm(ci int) bool {
	c := &d.chunks[ci]
	if d.shortForms == nil {
		// every short form of the article's company and organisation names
		// of three words or more, by type and words
		d.shortForms = map[string]bool{}
		for cj := range d.chunks {
			o := &d.chunks[cj]
			if o.typ != schema.Company && o.typ != schema.Organization || o.te-o.ts <= 2 {
				continue
			}
			for k := o.ts + 1; k < o.te; k++ {
				if rest := d.toks[k].text; rest == "of" || rest == "for" || legalForm(rest) {
					d.shortForms[string(o.typ)+"\x00"+wordsKey(d.chunkWords(&chunk{ts: o.ts, te: k}))] = true
				}
			}
		}
	}
	return d.shortForms[string(c.typ)+"\x00"+wordsKey(d.chunkWords(c))]
}

// appositiveName finds the company or organisation that unresolved chunk
// ci renames in an appositive or in brackets: "Keidanren, the Japan
// Federation of Economic Organizations," or "the Japan Federation of
// Economic Organizations (Keidanren)".
func (d *resolver) appositiveName(ci int) int {
	c := &d.chunks[ci]
	if c.typ != "" && !c.acro || c.weakPer || c.city || c.te-c.ts > 3 {
		return -1
	}
	toks := d.toks
	n := len(toks)
	orgAt := func(k int) *chunk {
		if k < 0 || k >= n || d.tokChunk[k] < 0 {
			return nil
		}
		o := &d.chunks[d.tokChunk[k]]
		if o.ent < 0 || o.te-o.ts < 2 || (d.ents[o.ent].typ != schema.Organization && d.ents[o.ent].typ != schema.Company) {
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
	// LONG NAME (X)
	if k := c.ts; k >= 2 && toks[k-1].text == "(" && c.te < n && toks[c.te].text == ")" {
		if o := orgAt(k - 2); o != nil && o.te == k-1 {
			return o.ent
		}
	}
	return -1
}
