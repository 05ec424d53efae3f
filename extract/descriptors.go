package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Cues of the entity classes that neither a head noun nor a legal form
// marks: sports clubs, names a lower-case noun describes ("the state news
// agency KNA"), central banks, places in a person's slot, and teams that
// take a plural verb. The word lists are in lexicon.go.

// nameFormType types a name by its shape when headType found no head: a
// sports club (FC Varendam, Brekkvik IL, Moorfield Rovers), a company whose
// head comes first (Banco Meridional, Grupo Vidriero), an NGO named
// "… Without Borders".
func (rs *resolver) nameFormType(a, b int) schema.EntityType {
	toks := rs.toks
	if b-a < 2 {
		return ""
	}
	first, last := toks[a].text, toks[b-1].text
	switch lw := strings.ToLower(last); {
	case toks[b-1].cap && !toks[b-1].allCaps && rs.lx.wn.orgHeads[lw] && !wnNonOrgHeads[lw] && !businessNouns[lw]:
		// WordNet's kinds of organisation ending a name: "Tarvo Defence
		// Brigade", "Harbour Conservancy", "Tarno Observers Collective"
		return schema.Organization
	case last == "Borders" && toks[b-2].text == "Without":
		return schema.Organization
	case leadingCompanyHeads[first]:
		for k := a + 1; k < b; k++ {
			if stateBankWords[toks[k].text] {
				return schema.Organization // Banco Central do Brasil
			}
		}
		return schema.Company
	case clubPrefixes[first] || clubSuffixes[last]:
		if s := rs.tokText(a, b); rs.lx.cities[s] || places[s] || rs.lx.isGiven(first) {
			return "" // "Cape Town", "Jonathan Town"
		}
		return schema.Organization
	}
	return ""
}

// descriptorType types the name [a, b) by a lower-case noun that describes
// it, right before it ("the Peruvian lender Banco Litoral", "the state news
// agency KNA", "Dutch club FC Varendam") or in an appositive after it
// ("KLT, the Danish shipping company,", "ZRCA, the UN fisheries agency").
func (rs *resolver) descriptorType(a, b int) schema.EntityType {
	toks := rs.toks
	if a >= 2 && toks[a-1].kind == tWord && !toks[a-1].cap {
		if t := rs.describes(a - 1); t != "" {
			return t
		}
	}
	// "The army, known as FADT,"
	if a >= 4 && toks[a-1].text == "as" && toks[a-2].text == "known" && toks[a-3].text == "," {
		if t := rs.describes(a - 4); t != "" {
			return t
		}
	}
	k := b
	if k+2 >= len(toks) || toks[k].text != "," || (toks[k+1].text != "the" && toks[k+1].text != "a" && toks[k+1].text != "an") {
		return ""
	}
	// the head is the last word before the appositive ends
	for m := k + 2; m < len(toks) && m < k+7; m++ {
		t := &toks[m]
		if t.kind != tWord {
			if t.kind == tPunct {
				return rs.describes(m - 1)
			}
			return ""
		}
		if !t.cap && (t.text == "which" || t.text == "that" || t.text == "who") {
			return rs.describes(m - 1)
		}
		if !t.cap && clauseWords[t.text] {
			return "" // "According to Wrona, the company is ...": a clause, no appositive
		}
	}
	return ""
}

// describedType types a name that is no acronym (acronymType reads the
// descriptions of acronyms) by a description (descriptorType) or an
// "X-based" modifier before it: a business and its seat ("Lyon-based
// Ardent Biotech").
func (rs *resolver) describedType(a, b int) schema.EntityType {
	if t := rs.descriptorType(a, b); t != "" {
		return t
	}
	if a > 0 && strings.HasSuffix(rs.toks[a-1].text, "-based") {
		return schema.Company
	}
	return ""
}

// nextDescription types the one-word speaker at token a by the definite
// description that opens the next sentence: "Anvisa said the vaccine was
// safe. The agency approved it", "Nvidia said ... The company added".
func (rs *resolver) nextDescription(a int) schema.EntityType {
	toks := rs.toks
	k := rs.sentEnd(toks[a].sent)
	if k+1 >= len(toks) || toks[k].text != "The" {
		return ""
	}
	// "The agency", "The Brazilian regulator"
	for m := k + 1; m < len(toks) && m < k+3; m++ {
		if t := &toks[m]; t.kind == tWord && !t.cap {
			return rs.describes(m)
		}
	}
	return ""
}

// extendSlogan extends a described organisation over the capitalised
// function word and the word after it that a campaign name is made of:
// "the campaign group Ocean Not Gas", "the movement Homes Before Profit".
func (rs *resolver) extendSlogan(c *chunk) {
	toks := rs.toks
	k := c.te
	if k+1 >= len(toks) || toks[k].sent != toks[c.ts].sent || !toks[k].cap || !stopCap[toks[k].text] || toks[k].first {
		return
	}
	if nx := &toks[k+1]; nx.kind == tWord && nx.cap && !stopCap[nx.text] && rs.tokChunk[k+1] >= 0 && rs.chunks[rs.tokChunk[k+1]].ts == k+1 && rs.chunks[rs.tokChunk[k+1]].te == k+2 {
		other := &rs.chunks[rs.tokChunk[k+1]]
		other.place = true // merged into c
		ci := rs.tokChunk[c.ts]
		rs.tokChunk[k+1] = -1
		rs.extendChunk(ci, k+2)
	}
}

// describes types the lower-case noun at k as a company's or an
// organisation's description.
func (rs *resolver) describes(k int) schema.EntityType {
	t := &rs.toks[k]
	if t.kind != tWord || t.cap {
		return ""
	}
	w := t.text
	switch {
	case w == "group" && k > 0 && groupKinds[rs.toks[k-1].text], w == "bank" && k > 0 && rs.toks[k-1].text == "central":
		return schema.Organization
	case bodyNouns[w]:
		return schema.Organization
	case businessNouns[w] || len(w) > 6 && strings.HasSuffix(w, "maker") && !rs.lx.wn.occupations[w] && w != "policymaker":
		// drugmaker, carmaker; not lawmaker, filmmaker (WordNet's people)
		return schema.Company
	}
	return ""
}

// centralBankOf: [a, b) is "Bank of COUNTRY" and nothing more, the name of
// a central bank (Bank of Portugal), except the commercial banks named so.
func (rs *resolver) centralBankOf(a, b int) bool {
	toks := rs.toks
	if b-a < 3 || toks[a].text != "Bank" || toks[a+1].text != "of" {
		return false
	}
	k := a + 2
	if toks[k].text == "the" {
		k++
	}
	c, e, dem := rs.countryAt(k, b)
	return c >= 0 && !dem && e == b && !commercialCountryBanks[rs.tokText(k, b)]
}

// The strengths of placeContext: a place noun names the place ("North
// Tarvo province", "the mayor of Valmira") and marks its other mentions
// too; a preposition only suggests one ("a bakery in Altona") and marks
// this mention alone.
const (
	noPlace = iota
	placeHere
	placeName
)

// placeContext: the name [a, b) stands where a place does — after "in",
// "near", "from" ("a bakery in Altona"), after "the mayor of", or before
// "province", "region" ("North Tarvo province") — and its first word is no
// given name, so nothing makes it a person.
func (rs *resolver) placeContext(a, b int) int {
	toks := rs.toks
	if toks[a].allCaps {
		return noPlace
	}
	if b < len(toks) && toks[b].kind == tWord && placeNouns[toks[b].text] {
		return placeName
	}
	if rs.lx.isGiven(toks[a].text) && !compassWords[toks[a].text] || a < 1 || toks[a-1].kind != tWord {
		return noPlace // "from Jonas Brandt"; but "North" is a given name too
	}
	p := strings.ToLower(toks[a-1].text)
	switch {
	case p == "of" && a >= 2 && placeOfNouns[toks[a-2].text]:
		return placeName
	case placePreps[p] && (b >= len(toks) || toks[b].kind != tPoss):
		// not a name that takes a possessive ("in Brandt's view")
		return placeHere
	}
	return noPlace
}

// pluralTeam: the name takes a plural verb, as a team or club does in
// British usage ("Tarvola Vale have appointed a manager"), and is not one
// of a list of people ("A and B have").
func (rs *resolver) pluralTeam(a, b int) bool {
	toks := rs.toks
	if b-a < 2 || b+1 >= len(toks) || rs.lx.isGiven(toks[a].text) {
		return false
	}
	switch toks[b].text {
	case "have", "are", "were":
	default:
		return false
	}
	if a > 0 && (toks[a-1].text == "and" || toks[a-1].text == "&" || toks[a-1].text == ",") {
		return false
	}
	nx := &toks[b+1]
	return nx.kind == tWord && !nx.cap && (strings.HasSuffix(nx.text, "ed") || strings.HasSuffix(nx.text, "ing"))
}

// portfolio: chunk c is the portfolio of a government title ("Mineral
// Resources Minister X", "Energy and Water Minister Y"), named by no
// organisation head: no entity. "Health Ministry spokesman", "Treasury
// Secretary" keep theirs.
func (rs *resolver) portfolio(c *chunk) bool {
	if !c.corp || c.te >= len(rs.toks) || !govTitles[strings.ToLower(rs.toks[c.te].text)] {
		return false
	}
	for k := c.ts; k < c.te; k++ {
		if w := rs.toks[k].text; orgHeads[w] || bareOrgHeads[w] || rs.toks[k].allCaps {
			return false
		}
		if c, _, _ := rs.countryAt(k, k+1); c >= 0 {
			return false
		}
	}
	return true
}

// internationalAcronym: w is the acronym of an international body: the UN
// system's agencies, whose acronyms begin with UN (UNHCR, UNICEF), and the
// closed list internationalBodies.
func internationalAcronym(w string) bool {
	return len(w) >= 4 && strings.HasPrefix(w, "UN") && !strings.ContainsAny(w, ".&") || internationalBodies[w]
}

// personFrame: the name [a, b) stands where a person does: after "by",
// "according to", "met", "told", "including", or in a list with "and"
// whose other member is a person cue ("Sipho Mabaso, Lindiwe Khoza and
// Sizwe Zwane" after "include"), and no word of it is a country.
func (rs *resolver) personFrame(a, b int) bool {
	toks := rs.toks
	if a == 0 || toks[a].allCaps {
		return false
	}
	for k := a; k < b; k++ {
		if c, _, _ := rs.countryAt(k, k+1); c >= 0 {
			return false
		}
	}
	p := toks[a-1].text
	switch {
	case personFrameWords[p]:
		return true
	case p == "to":
		return a >= 2 && toks[a-2].text == "according"
	case p == "," || p == "and":
		// a list: walk back over "Name," to its opener
		// over capitalised names and commas only ("including X's Study
		// Smart and Test Ready" lists products)
		for k := a - 1; k > 0 && k > a-16; k-- {
			t := &toks[k]
			if t.kind == tWord && (t.cap || t.text == "and") || t.text == "," {
				continue
			}
			return t.kind == tWord && personFrameWords[t.text]
		}
	}
	return false
}

// numberedMeeting: an acronym of two letters or more with a session
// number is a meeting, an event ("COP29", "SB62"), no organisation.
func numberedMeeting(w string) bool {
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z' && digits == 0:
			letters++
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 2
}

// occupation: lower-case w names an occupation or post (WordNet's, or the
// title heads), not a business or a body ("lender" and "regulator" are
// WordNet persons, but in the news they describe institutions).
func (rs *resolver) occupation(w string) bool {
	if businessNouns[w] || bodyNouns[w] {
		return false
	}
	return titleHeads[w] || rs.lx.wn.occupations[w]
}
