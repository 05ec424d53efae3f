package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// appositive reads "PERSON, [61,] [58 years old and] [formerly] [a|an|the] [58-year-old] [ORG's] title [and title] [of|at ORG]".
func (rf *roleFinder) appositive(c *chunk) {
	toks := rf.toks
	n := len(toks)
	k := c.te
	if k < n && toks[k].text == "," && k+2 < n && toks[k+1].kind == tNum && toks[k+2].text == "," { // age
		k += 2
	}
	if k >= n || toks[k].text != "," {
		return
	}
	k++
	if k+3 < n && toks[k].kind == tNum && toks[k+1].text == "years" && toks[k+2].text == "old" && (toks[k+3].text == "and" || toks[k+3].text == ",") {
		k += 4 // "Tom Reyes, 58 years old and former president of Y"
	}
	if k < n && (postAdverbs[toks[k].text] || nowAdverbs[toks[k].text]) {
		k++ // "X, formerly chairman of Y", "X, now senior vice president of Y"
	} else if k+1 < n && toks[k].text == "until" && (toks[k+1].text == "now" || toks[k+1].text == "recently") {
		k += 2 // "X, until now secretary of state for the budget"
	}
	next := rf.titleAt(c.ent, c.ts, k, -1, 0.7)
	if next == k {
		return
	}
	// "X, lead author of the study and a professor at Y": a second
	// appositive after "and a", past the first one's lower-case object
	if next > 0 && toks[next-1].text == "and" && next < n && (toks[next].text == "a" || toks[next].text == "an" || rf.possessiveOwnerAt(next)) {
		// "X, a lawyer and a former judge at Y", "X, Y's managing partner
		// and Z's new chair" (titleList stops at "a" or the owner)
		rf.titleAt(c.ent, c.ts, next, -1, 0.6)
		return
	}
	j := next
	for j < n && j < next+6 && toks[j].kind == tWord && !toks[j].cap && toks[j].text != "and" && toks[j].sent == toks[k].sent {
		j++
	}
	if j+1 < n && toks[j].text == "and" && (toks[j+1].text == "a" || toks[j+1].text == "an") {
		rf.titleAt(c.ent, c.ts, j+1, -1, 0.6)
	}
}

// titleAt reads "[a|an|the] [58-year-old] [ORG's] title [and title] [of|at|in ORG]"
// starting at token k as titles of person (an entity) named or referred
// to at token ts, where the role's span starts, and returns the token
// after it (k when there is no title). org0 (or -1) is the employer a
// verb names, which goes before any the title's words name: "Y named X
// chief executive", "X will join Y as European finance director".
func (rf *roleFinder) titleAt(person, ts, k, org0 int, conf float64) int {
	k0 := k
	org, k := rf.ownerBefore(ts, k)
	titles, k := rf.titleList(k)
	if len(titles) == 0 {
		return k0
	}
	if more, k2 := rf.titlesAfterPortfolio(k); len(more) > 0 {
		titles, k = append(titles, more...), k2 // "senior vice president, finance, and chief financial officer of Y"
	}
	end := rf.toks[k-1].e
	if org0 >= 0 {
		org = org0 // the verb's employer over a modifier: "join Y as European finance director"
	}
	if org < 0 {
		org, k, end = rf.ownerAfter(k, end)
	}
	if org < 0 {
		org, k, end = rf.portfolioOwner(k, end) // "senior vice president, finance, of Y"
	}
	if org < 0 {
		org = rf.verbOrg // "X, chief executive of Y, will become chairman": Y's
	}
	if org < 0 && corporateTitle(titles) {
		// "said Harold T. Pennick, chairman and chief executive officer."
		org = rf.titleCompany(ts)
		conf -= 0.2
	}
	for _, t := range titles {
		rf.add(person, t, org, rf.toks[ts].s, end, conf)
	}
	return k
}

// possessiveOwnerAt tells that token k opens a company's or organisation's
// name followed by a possessive: "Ashworth's new chair".
func (rf *roleFinder) possessiveOwnerAt(k int) bool {
	mc := rf.tokChunk[k]
	if mc < 0 || rf.chunks[mc].ts != k || rf.chunks[mc].te >= len(rf.toks) || rf.toks[rf.chunks[mc].te].kind != tPoss {
		return false
	}
	e := rf.chunks[mc].ent
	return e >= 0 && (rf.ents[e].typ == schema.Company || rf.ents[e].typ == schema.Organization)
}

// ownerBefore reads what comes before the title words at token k of an
// appositive of a person named at token ts: an article or possessive pronoun, an age
// ("58-year-old"), and an organisation that owns the title ("Y's",
// "a SpaceX engineer", "its", "the company's"). It returns the
// organisation (or -1) and the token where the title words start.
func (rf *roleFinder) ownerBefore(ts, k int) (org, next int) {
	toks := rf.toks
	n := len(toks)
	if k < n && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the" || toks[k].text == "his" || toks[k].text == "her") {
		k++
	}
	if k+2 < n && toks[k].kind == tNum && toks[k+1].text == "-" && strings.HasPrefix(toks[k+2].text, "year") { // 58-year-old
		k += 3
	}
	k = rf.skipTimeWords(k)
	k = rf.skipPlace(k)
	org = -1
	if k+2 < n && toks[k].kind == tWord && !toks[k].cap && toks[k+1].kind == tPoss && !rf.isOrgNoun(toks[k].text) && rf.orgWithWord(toks[k].text, ts) < 0 {
		return -1, rf.skipTimeWords(k + 2) // "the trial's (current) principal investigator": no named employer
	}
	if mc := rf.tokChunk[min(k, n-1)]; k < n && mc >= 0 && rf.chunks[mc].ts == k {
		m := &rf.chunks[mc]
		if m.te < n && toks[m.te].kind == tPoss && m.ent >= 0 && rf.ents[m.ent].typ != schema.Person {
			org = m.ent
			k = rf.skipTimeWords(m.te + 1)
		} else if m.ent >= 0 && rf.ents[m.ent].typ != schema.Person && m.te < n && toks[m.te].kind == tWord && (!toks[m.te].cap || toks[m.te].allCaps && titleHeads[strings.ToLower(toks[m.te].text)]) {
			org = m.ent // "a SpaceX engineer", "X, Dorn Foods Ltd. CEO,"
			k = m.te
		} else if m.ent < 0 && m.te < n && toks[m.te].kind == tWord && !toks[m.te].cap {
			k = m.te // a place: "a Marrow Bay teacher"
			if cc, _, _ := rf.countryAt(m.ts, m.te); cc < 0 && !m.place && (titleHeads[toks[m.te].text] || titleMods[toks[m.te].text]) {
				org = rf.orgEntity(mc) // "as Grey Heron nonexecutive chairman"
			}
		}
	}
	if org < 0 && k+1 < n && (toks[k].text == "its" || toks[k].kind == tWord && rf.isOrgNoun(toks[k].text) && toks[k+1].kind == tPoss) {
		if toks[k].text == "its" {
			org = rf.itsOrg(k) // from "its" itself: "X joined Y in 2010 and was later its finance director"
			k++
		} else {
			org = rf.nounOrg(toks[k].text, ts) // "the company's"
			k += 2
		}
		k = rf.skipTimeWords(k) // "the company's longtime chairman"
	}
	return org, k
}

// titleList reads lower-case titles joined by "and" from token k
// ("president and chief executive officer", "director of planning"); it
// returns them and the token after the last.
func (rf *roleFinder) titleList(k int) (titles []string, next int) {
	toks := rf.toks
	n := len(toks)
	for k < n {
		ts := k
		if len(titles) == 0 {
			if e := rf.portfolioTitleAt(k); e > k {
				return []string{rf.tokText(k, e)}, e // "the trade and tourism minister"
			}
			k = rf.freeModifiers(k) // "a political scientist", "housing minister"
		}
		for k < n && toks[k].kind == tWord && (!toks[k].cap && (titleHeads[bareTitleWord(toks[k].text)] || titleMods[bareTitleWord(toks[k].text)] || rf.lex.occupations[toks[k].text]) || toks[k].allCaps && titleHeads[strings.ToLower(toks[k].text)]) {
			k++ // "chief executive", "virologist", "CFO", "chief executive-designate"
			if k+1 < n && toks[k].kind == tWord && rf.plainWord(k) && !rf.lex.occupations[toks[k].text] && mixedHeads[toks[k+1].text] && titleMods[toks[k-1].text] {
				k++ // "chief risk officer", "senior policy director": a field between
			}
		}
		if k == ts || !rf.isTitleHead(bareTitleWord(strings.ToLower(toks[k-1].text))) {
			k = ts
			break
		}
		// "director of planning", "vice president of global markets"
		if k+1 < n && toks[k].text == "of" && toks[k+1].kind == tWord && !toks[k+1].cap && !determiners[toks[k+1].text] {
			j := k + 1
			for j < n && j < k+4 && toks[j].kind == tWord && !toks[j].cap && !nameConnectors[toks[j].text] && !titlePreps[toks[j].text] {
				j++
			}
			k = j
		}
		titles = append(titles, rf.tokText(ts, k))
		if k < n && toks[k].text == "and" {
			k++
			continue
		}
		break
	}
	return titles, k
}

// portfolioOwner reads the employer after a portfolio set off by commas
// after a title at token k: "vice president, marketing, at Y" (WSJ's
// style). It returns the organisation (or -1), the token after it and the
// end of the span.
func (rf *roleFinder) portfolioOwner(k, end int) (org, next, newEnd int) {
	toks := rf.toks
	n := len(toks)
	if k+3 >= n || toks[k].text != "," {
		return -1, k, end
	}
	j := k + 1
	for j < k+3 && toks[j].kind == tWord && !toks[j].cap && !determiners[toks[j].text] && !titlePreps[toks[j].text] && toks[j].text != "and" {
		j++
	}
	if j == k+1 || j+1 >= n || toks[j].text != "," || toks[j+1].text != "of" && toks[j+1].text != "at" {
		return -1, k, end
	}
	if o, kk, e := rf.ownerAfter(j+1, end); o >= 0 {
		return o, kk, e
	}
	return -1, k, end
}

// titlesAfterPortfolio reads ", finance, and TITLE" after a title that
// ends at token k: a second post after the first one's business function
// (WSJ's style). It returns the titles and the token after them, or none.
func (rf *roleFinder) titlesAfterPortfolio(k int) ([]string, int) {
	toks := rf.toks
	if k+4 >= len(toks) || toks[k].text != "," {
		return nil, k
	}
	j := k + 1
	for j < k+3 && toks[j].kind == tWord && !toks[j].cap && !determiners[toks[j].text] && !titlePreps[toks[j].text] && toks[j].text != "and" {
		j++
	}
	if j == k+1 || j+2 >= len(toks) || toks[j].text != "," || toks[j+1].text != "and" {
		return nil, k
	}
	return rf.titleList(j + 2)
}

// ownerAfter reads the organisation after titles that end at token k
// (byte end): "of|at|for Y", "appointed by the Idaho Supreme Court". It
// returns the organisation (or -1), the token after "appointed", and the
// end of the role's span.
func (rf *roleFinder) ownerAfter(k, end int) (org, next, newEnd int) {
	toks := rf.toks
	n := len(toks)
	org = -1
	if k+2 < n && appointVerbs[toks[k].text] && toks[k+1].text == "by" {
		k++
	}
	if k+1 < n && titlePreps[toks[k].text] {
		j := k + 1
		if j < n && toks[j].text == "the" {
			j++
		}
		j = skipBasedIn(toks, j) // "at Cape Town-based Ubuntu Capital"
		if toks[j-1].text == "the" {
			j = rf.skipKindOf(j) // "a partner in the law firm of Strome & Pellow"
		}
		if mc := rf.tokChunk[min(j, n-1)]; j < n && mc >= 0 && rf.chunks[mc].ts == j && (toks[k].text != "in" || rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Company || rf.unitOwner(mc)) {
			org = rf.orgEntity(mc)
			end = toks[rf.chunks[mc].te-1].e
			if dc := rf.describedName(mc); dc >= 0 {
				org = rf.orgEntity(dc) // "at the Peruvian lender Banco Litoral"
				end = toks[rf.chunks[dc].te-1].e
			}
		} else if toks[k].text != "in" {
			org, end = rf.describedOrg(k+1, end)
		}
	}
	return org, k, end
}

// unitOwner tells that chunk mc, no person, owns a unit of a business
// named after it: "in Dunmore Kessler's bond department", "in Y's Tokyo
// office" (a place takes no possessive unit: "a teacher in Greenville").
func (rf *roleFinder) unitOwner(mc int) bool {
	toks := rf.toks
	c := &rf.chunks[mc]
	if c.te >= len(toks) || toks[c.te].kind != tPoss || c.place || c.city || c.ent >= 0 && rf.ents[c.ent].typ == schema.Person {
		return false
	}
	for k := c.te + 1; k < min(len(toks), c.te+4); k++ {
		if unitNouns[toks[k].text] {
			return true
		}
		if toks[k].kind != tWord {
			return false
		}
	}
	return false
}

func corporateTitle(titles []string) bool {
	for _, t := range titles {
		if i := strings.Index(t, " of "); i > 0 {
			t = t[:i] // "vice president of marketing"
		}
		w := strings.Fields(t)
		if corporateTitles[w[len(w)-1]] || len(w) > 1 && corporateTitles[w[len(w)-2]] {
			return true
		}
		for _, x := range w {
			if x == "of" {
				return false
			}
		}
	}
	return false
}

// skipTimeWords skips the words of time before a title ("the retired
// chairman", "its outgoing president", "Y's current chief executive"): roleTimes reads them from the
// text, and the title is the words after them.
func (rf *roleFinder) skipTimeWords(k int) int {
	for k < len(rf.toks) && rf.toks[k].kind == tWord && !rf.toks[k].cap && (formerMods[rf.toks[k].text] || incomingMods[rf.toks[k].text] || currentMods[rf.toks[k].text]) {
		k++
	}
	return k
}

// skipPlace skips a place written "City, State," before a title ("a
// Darien, Conn., fund manager"): a chunk that is a place or a city, or
// no entity, then a comma, up to three capitalised words and a comma.
func (rf *roleFinder) skipPlace(k int) int {
	toks := rf.toks
	ci := rf.tokChunk[min(k, len(toks)-1)]
	if k >= len(toks) || ci < 0 || rf.chunks[ci].ts != k {
		return k
	}
	m := &rf.chunks[ci]
	if !m.place && !m.city && m.ent >= 0 || m.te >= len(toks) || toks[m.te].text != "," {
		return k
	}
	j := m.te + 1
	for j < min(len(toks), m.te+4) && toks[j].kind == tWord && toks[j].cap {
		j++
	}
	if j == m.te+1 || j+1 >= len(toks) || toks[j].text != "," || toks[j+1].kind != tWord || toks[j+1].cap {
		return k
	}
	return j + 1
}

// skipKindOf skips "law firm of", "brokerage concern of" at token j: up
// to three lower-case words ending in an organisation noun, then "of"
// before a name. It returns the token of the name, or j.
func (rf *roleFinder) skipKindOf(j int) int {
	toks := rf.toks
	for k := j; k < min(len(toks)-1, j+3) && toks[k].kind == tWord && !toks[k].cap; k++ {
		if rf.isOrgNoun(toks[k].text) && toks[k+1].text == "of" && k+2 < len(toks) && toks[k+2].cap {
			return k + 2
		}
	}
	return j
}

// skipBasedIn skips a place modifier "CITY-based" at token j (up to two
// capitalised words before the hyphenated one: "Cape Town-based", "New
// York-based") and returns the token after it, or j.
func skipBasedIn(toks []token, j int) int {
	for k := j; k < min(len(toks), j+3) && toks[k].kind == tWord && toks[k].cap; k++ {
		if strings.HasSuffix(toks[k].text, "-based") {
			return k + 1
		}
	}
	return j
}
