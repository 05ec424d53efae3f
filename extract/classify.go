package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// resolver classifies the chunks (person, country, company, organisation,
// none) and resolves them to entities with coreference. It owns the entity
// table it builds and the memos of classification; it writes the type and
// entity of each chunk.
type resolver struct {
	*tokens
	*chunkTable
	*entityTable
	midCaps    map[string]bool
	aliasOf    map[string]int               // other names of companies and organisations, from appositives
	shortForms map[string]bool              // type and words of the short forms of long names, for shortForm
	acroChunks map[string][]int             // acronym chunks by word, for acronymType
	acroTypes  map[string]schema.EntityType // acronymType by word
	langMemo   map[int]bool                 // language results by first token
	placeNames map[string]bool              // names a place cue marked, for their other mentions
}

// resolveEntities classifies and resolves the chunks of ct to entities.
func resolveEntities(t *tokens, ct *chunkTable) *entityTable {
	r := &resolver{tokens: t, chunkTable: ct, entityTable: &entityTable{}}
	r.classify()
	r.resolve()
	return r.entityTable
}

// classify types each chunk from the cues inside and around it.
func (rs *resolver) classify() {
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.typ != "" || c.place {
			continue // typed by the mention stage, or merged into another (extendSlogan)
		}
		if !rs.classifyPlace(ci) && !rs.classifyByForm(c) {
			rs.classifyByContext(c)
		}
	}
	rs.markCities()
	rs.markPlaceNames()
}

// markPlaceNames: a name a place cue marked once is a place in its other
// untyped mentions too ("in North Tarvo province" ... "North Tarvo's
// governor").
func (rs *resolver) markPlaceNames() {
	if len(rs.placeNames) == 0 {
		return
	}
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.typ == "" && !c.place && c.hon == "" && rs.placeNames[rs.surface(c)] {
			c.city, c.weakPer = true, false
		}
	}
}

// classifyPlace marks chunk ci a place that is no entity ("Madison
// Avenue", a known place), or an organisation when a lower-case agency
// follows the place; it reports whether it decided.
func (rs *resolver) classifyPlace(ci int) bool {
	toks := rs.toks
	c := &rs.chunks[ci]
	a, b := c.ts, c.te
	surface := rs.tokText(a, b)
	n := b - a
	last := toks[b-1].text
	if nonEntityHeads[last] && n > 1 || n > 2 && placeHeadsOf[toks[a].text] && toks[a+1].text == "of" || rs.headlineCaps(a, b) || rs.dateline(a, b) || strings.HasSuffix(toks[a].text, "-based") ||
		last == "Treasury" && b < len(toks) && instrumentNouns[toks[b].text] {
		// "Madison Avenue", "Ohio Reading Assessment", a headline in
		// capitals, "Atlanta-based ...", "Treasury bonds"
		c.place = true
		return true
	}
	if idx, ok := rs.lx.capitalOf[surface]; ok && idx >= 0 && n == 1 && b < len(toks) && governmentNouns[toks[b].text] {
		// "the Warsaw government": the capital stands for its country
		c.typ, c.country = schema.Country, idx
		return true
	}
	if n == 1 && (rs.lx.capitals[surface] || places[surface]) || places[surface] || n == 2 && compassWords[toks[a].text] && places[rs.tokText(a+1, b)] {
		// "the Oregon department of education"
		if e := rs.lowerAgency(b); e > b {
			rs.extendChunk(ci, e)
			c.typ = schema.Organization
			return true
		}
		c.place = true
		return true
	}
	if n >= 2 && toks[b-1].text != "" && places[rs.tokText(a, a+2)] && n == 2 {
		c.place = true
		return true
	}
	return false
}

// dateline: the chunk [a, b) opens a paragraph in capitals and a dash
// follows it, maybe after a date ("TOKYO - ", "SANTIAGO, May 12 - "):
// the place a wire story was filed from, no company.
func (rs *resolver) dateline(a, b int) bool {
	toks := rs.toks
	if !toks[a].first || a > 0 && toks[a-1].sent == toks[a].sent {
		return false
	}
	for k := a; k < b; k++ {
		if !toks[k].allCaps || len(toks[k].text) < 3 && k == a {
			return false
		}
	}
	k := b
	if k < len(toks) && toks[k].text == "," {
		for k++; k < len(toks) && k < b+4 && (months[strings.TrimSuffix(toks[k].text, ".")] > 0 || toks[k].kind == tNum); k++ {
		}
	}
	return k < len(toks) && (toks[k].kind == tDash || toks[k].text == "-")
}

// classifyByForm types chunk c by its own words: an honorific, a legal
// form, a head noun, an acronym, a corporate title after it; it reports
// whether it decided.
func (rs *resolver) classifyByForm(c *chunk) bool {
	toks := rs.toks
	a, b := c.ts, c.te
	surface := rs.tokText(a, b)
	n := b - a
	last := toks[b-1].text
	if c.hon != "" && rs.personish(a, b) {
		c.typ = schema.Person
		return true
	}
	if rs.portfolio(c) {
		c.place = true // i.e. dropped
		return true
	}
	if (legalForm(last) || companyEnds[last]) && n > 1 {
		c.typ = schema.Company
		return true
	}
	if t := rs.headType(a, b); t != "" {
		c.typ = t
		return true
	}
	if t := rs.nameFormType(a, b); t != "" {
		c.typ = t
		return true
	}
	if n > 2 && toks[a+1].text == "for" {
		c.typ = schema.Organization // "Friends for Literacy"
		return true
	}
	if n == 1 && channels[surface] {
		c.typ = schema.Company
		return true
	}
	if t := rs.describedType(a, b); t != "" && c.hon == "" && !isAcronym(surface) {
		c.typ = t // "the Peruvian lender Banco Litoral", "Lyon-based Ardent Biotech"
		if t == schema.Organization {
			rs.extendSlogan(c)
		}
		return true
	}
	if n == 1 && (nonEntityAcronyms[surface] || numberedMeeting(surface)) {
		c.place = true // "MEPs said", "EVs", "COP29": i.e. dropped
		return true
	}
	if n == 1 && isAcronym(surface) {
		c.acro = true
		return true
	}
	if c.corp {
		c.typ = schema.Company
		// government titles make the modifier an organisation
		if e := rs.capTitle(b, min(b+4, len(toks))); e > b && govTitles[strings.ToLower(toks[b].text)] {
			c.typ = schema.Organization
		}
		return true
	}
	return false
}

// classifyByContext types chunk c by the words around it: a given name,
// a script alias, an age or appositive, "union"/"party" after it, company
// cues, or being the subject of a speech verb (a weak person).
func (rs *resolver) classifyByContext(c *chunk) {
	toks := rs.toks
	a, b := c.ts, c.te
	n := b - a
	if p := rs.placeContext(a, b); p != noPlace && c.hon == "" {
		c.city = true // "a bakery in Altona": a person only if named in full elsewhere
		if p == placeName {
			if rs.placeNames == nil {
				rs.placeNames = map[string]bool{}
			}
			rs.placeNames[rs.surface(c)] = true
		}
		return
	}
	if n >= 2 && rs.personish(a, b) && rs.scriptAlias(a, b) {
		c.typ = schema.Person // "Olena Hrytsenko (Олена Гриценко)"
		return
	}
	if n >= 2 && rs.lx.isGiven(toks[a].text) && !compassWords[toks[a].text] && rs.personish(a, b) {
		// (not "North Tarvo": North is a given name too)
		c.typ = schema.Person
		return
	}
	if rs.pluralTeam(a, b) {
		c.typ = schema.Organization // "Tarvola Vale have appointed"
		return
	}
	if rs.personContext(a, b) && rs.personish(a, b) {
		c.typ = schema.Person
		return
	}
	if b < len(toks) && lowerOrgNouns[toks[b].text] && !rs.lx.isGiven(toks[a].text) {
		c.typ = schema.Organization // "the United Auto Workers union"
		return
	}
	if rs.companyContext(a, b) {
		c.typ = schema.Company
		return
	}
	if n == 1 && rs.speechSubject(a, b) {
		if t := rs.nextDescription(a); t != "" {
			c.typ = t // "Anvisa said ... The agency approved it"
			return
		}
	}
	if rs.speechSubject(a, b) && rs.personish(a, b) && n <= 3 {
		// a lone capitalised sentence opener ("Prosecutors said") is a
		// name only if the word is capitalised elsewhere too
		c.weakPer = n > 1 || !toks[a].first || rs.capMidSentence(toks[a].text)
	}
	if !c.weakPer && n >= 2 && rs.personFrame(a, b) && rs.personish(a, b) {
		c.weakPer = true // "written by Olumide Adebisi", "according to Ngozi Eze"
	}
}

// markCities: a city is none of the four types ("Chicago said", "a Miami
// lawyer", "Dallas District Judge") unless an honorific or a cue made it a
// person ("Houston, 45,") or a company's title follows it ("Toyota
// President"). Such a chunk can still join an entity named in full
// elsewhere.
func (rs *resolver) markCities() {
	for ci := range rs.chunks {
		c := &rs.chunks[ci]
		if c.place || c.hon != "" || !rs.lx.cities[rs.surface(c)] {
			continue
		}
		if c.typ == "" || c.corp && !rs.corporateTitleAt(c.te) {
			c.city, c.typ, c.corp, c.weakPer, c.acro = true, "", false, false, false
		}
	}
}

// corporateTitleAt: the title words from token k on name a post in a
// company ("President", "Chief Executive").
func (rs *resolver) corporateTitleAt(k int) bool {
	for ; k < len(rs.toks); k++ {
		w := strings.ToLower(rs.toks[k].text)
		if corporateTitles[w] {
			return true
		}
		if !titleHeads[w] && !titleMods[w] {
			return false
		}
	}
	return false
}

// headType types a name by its head noun: the last organisation or company
// head before the first "of", "for" or "on" (the head of "Department of
// Health and Human Services" is Department, not Services), else "&" makes
// a company. An organisation head wins over "&" ("J.R. & Alma T. Keller
// Foundation"), except in a thrift ("Savings & Loan Association").
func (rs *resolver) headType(a, b int) schema.EntityType {
	toks := rs.toks
	n := b - a
	head, amp, thrift, stateBank, members := "", false, false, false, false
	for k := a; k < b; k++ {
		w := toks[k].text
		if (w == "of" || w == "for" || w == "on") && head != "" {
			break
		}
		switch {
		case orgHeads[w] || companyHeads[w] || bareOrgHeads[w]:
			head = w
			// "Supporters' Trust": a trust of its members, not a trust company
			members = w == "Trust" && k > a && (toks[k-1].text == "'" || toks[k-1].text == "’")
		case legalForm(w) && k > a:
			head = w
		}
		if w == "&" || strings.Contains(w, "&") && !isAcronym(w) {
			amp = true
		}
		thrift = thrift || thriftWords[w]
		stateBank = stateBank || stateBankWords[w]
	}
	switch {
	case head == "" || n == 1 && !bareOrgHeads[head]:
		if amp && n > 1 {
			return schema.Company
		}
		return ""
	case (orgHeads[head] || bareOrgHeads[head]) && !thrift || members:
		return schema.Organization
	case head == "Bank" && (stateBank || rs.centralBankOf(a, b)):
		return schema.Organization
	}
	return schema.Company
}

// lowerAgency reads a lower-case agency name after a place, "department of
// [public] education", from token i and returns its end, or i.
func (rs *resolver) lowerAgency(i int) int {
	toks := rs.toks
	if i+2 >= len(toks) || !lowerAgencies[toks[i].text] || toks[i+1].text != "of" {
		return i
	}
	j := i + 2
	for j < len(toks) && j < i+5 && toks[j].kind == tWord && !toks[j].cap && !clauseWords[toks[j].text] && toks[j].text != "the" {
		j++
	}
	if j == i+2 {
		return i
	}
	return j
}

// extendChunk makes chunk ci end at token e.
func (rs *resolver) extendChunk(ci, e int) {
	for k := rs.chunks[ci].te; k < e; k++ {
		rs.tokChunk[k] = ci
	}
	rs.chunks[ci].te = e
}
