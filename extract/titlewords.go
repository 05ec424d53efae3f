package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Title words beyond the hand lists: capitalised titles set off by a
// comma, portfolios joined by "and", and free modifiers before a title.

// portfolioStart extends a government title that starts at token ts back
// over the portfolios joined to it by "and" ("Environment and Energy
// Minister", "Trade, Industry and Energy Minister"): one post, one title.
// It stops at a country, a person and a lower-case word.
func (rf *roleFinder) portfolioStart(ts int) int {
	toks := rf.toks
	and := false
	for ts >= 2 && (toks[ts-1].text == "and" || toks[ts-1].text == "," && and && !toks[ts-2].first) && toks[ts-2].kind == tWord && toks[ts-2].cap {
		and = true
		ci := rf.tokChunk[ts-2]
		if ci >= 0 && rf.chunks[ci].ent >= 0 && rf.ents[rf.chunks[ci].ent].typ != schema.Organization && rf.ents[rf.chunks[ci].ent].typ != schema.Company {
			break // a country or a person is no portfolio
		}
		if c, _, _ := rf.countryAt(ts-2, ts-1); c >= 0 {
			break
		}
		ts -= 2
	}
	return ts
}

// portfolioChunkStart extends a government title that starts at token ts
// back over a name run ending right before it that the entity stage took
// for the title's portfolio and made no entity ("Mineral Resources
// Minister X": the run "Mineral Resources" is part of the title).
func (rf *roleFinder) portfolioChunkStart(ts int) int {
	if ts == 0 {
		return ts
	}
	if ci := rf.tokChunk[ts-1]; ci >= 0 && rf.chunks[ci].ent < 0 && rf.chunks[ci].te == ts && rf.chunks[ci].place {
		return rf.chunks[ci].ts
	}
	return ts
}

// freeModifiers skips up to two lower-case words at token k that no title
// list knows but that modify the title after them: a field before an
// occupation after an article ("a political scientist", "a career
// diplomat", "the emergency coordinator"), a portfolio before "minister"
// ("will become housing minister"). It returns k when the words after
// them are no title.
func (rf *roleFinder) freeModifiers(k int) int {
	toks := rf.toks
	j := k
	for j < min(len(toks), k+2) && rf.plainWord(j) && !titleHeads[toks[j].text] && !titleMods[toks[j].text] && !rf.lex.occupations[toks[j].text] {
		j++
	}
	if j == k || j >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return k
	}
	afterArticle := k > 0 && (determiners[toks[k-1].text] || toks[k-1].kind == tPoss)
	switch {
	case govHeads[toks[j].text]:
		return j
	case (afterArticle || j == k+1 && rf.bareAppositive(k)) && (rf.isTitleHead(toks[j].text) || titleMods[toks[j].text]) && !judgement(toks[k:j], rf.lex.ingAdjs):
		return j // "a political scientist"; wire prose drops the article: "X, banking analyst at Y"
	}
	return k
}

// bareAppositive tells that the word at token k, a title's one modifier,
// opens an appositive with no article right after a person's name or age
// and that the title after it is followed by its employer: "X, banking
// analyst at Y", "X, 52, publishing executive with Y" (not "X, said
// analyst Z", "X, another teacher").
func (rf *roleFinder) bareAppositive(k int) bool {
	toks := rf.toks
	if k < 2 || k+3 >= len(toks) || toks[k-1].text != "," || !employerPreps[toks[k+2].text] || verbClass(toks[k].text) != verbNone || speechWords[toks[k].text] {
		return false
	}
	if oc := rf.tokChunk[k+3]; oc < 0 || rf.chunks[oc].ts != k+3 || rf.chunks[oc].ent < 0 ||
		rf.ents[rf.chunks[oc].ent].typ != schema.Company && rf.ents[rf.chunks[oc].ent].typ != schema.Organization {
		return false
	}
	e := k - 2
	if e >= 2 && toks[e].kind == tNum && toks[e-1].text == "," {
		e -= 2
	}
	mc := rf.chunkEndingAt(e)
	return mc >= 0 && rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Person
}

// judgement tells that one of the words judges the holder rather than
// naming a field ("a good partner", "an unstinting teacher"): a closed
// list of judging adjectives and the suffixes of adjectives of manner. A
// word in -ing judges only when WordNet has it as an adjective (ingAdjs:
// "a leading analyst"); one it has only as a noun names a field ("a
// banking analyst", "a publishing executive").
func judgement(ws []token, ingAdjs map[string]bool) bool {
	for i := range ws {
		w := ws[i].text
		if judgingWords[w] {
			return true
		}
		for _, suf := range judgingSuffixes {
			if strings.HasSuffix(w, suf) && (suf != "ing" || ingAdjs[w]) {
				return true
			}
		}
	}
	return false
}

// plainWord: a lower-case word that can modify a noun, not a function
// word, a word of time or an adverb in -ly.
func (rf *roleFinder) plainWord(j int) bool {
	t := &rf.toks[j]
	w := t.text
	return t.kind == tWord && !t.cap && len(w) > 2 && !strings.HasSuffix(w, "ly") && !determiners[w] && !titlePreps[w] &&
		!nameConnectors[w] && !formerMods[w] && !incomingMods[w] && !currentMods[w] && !roleAdverbs[w] && w != "and" && w != "or" && w != "who"
}

// capTitleBefore reads a capitalised title set off by a comma before the
// person chunk c, after a country or organisation that owns it: "Kenya's
// Trade Minister, X", "Congo's Minister of Social Affairs, X", "The
// Kenyan Foreign Minister, X".
func (rf *roleFinder) capTitleBefore(c *chunk) {
	toks := rf.toks
	e := c.ts - 1
	if e < 2 || toks[e].text != "," {
		return
	}
	k := e - 1
	j := k
	for j > k-4 && j > 0 && toks[j].kind == tWord && toks[j].cap {
		j--
	}
	if j < k && toks[j].text == "of" {
		k = j - 1 // "Minister of Social Affairs"
	}
	if k < 1 || toks[k].kind != tWord || !toks[k].cap || !titleHeads[strings.ToLower(toks[k].text)] {
		return
	}
	gov := govHeads[strings.ToLower(toks[k].text)]
	ts := k
	for ts > 0 && ts > k-3 && rf.capTitleWord(ts-1, gov) {
		ts--
	}
	if ts == 0 || toks[ts-1].kind != tPoss && !determiners[strings.ToLower(toks[ts-1].text)] && rf.chunkEndingAt(ts-1) < 0 {
		return // the title must follow its owner or an article
	}
	org, start := rf.titleOwner(c, ts-1)
	if start > ts && ts > 0 && determiners[strings.ToLower(toks[ts-1].text)] {
		start = ts - 1
	}
	rf.add(c.ent, rf.tokText(ts, e), org, toks[start].s, toks[c.te-1].e, 0.8)
}

// capTitleWord: a capitalised word at k that can open a title before a
// head: a title modifier ("Foreign", "Deputy") or, before a government
// head, a portfolio word that is no country ("Social").
func (rf *roleFinder) capTitleWord(k int, gov bool) bool {
	t := &rf.toks[k]
	if t.kind != tWord || !t.cap || t.first {
		return false
	}
	lw := strings.ToLower(t.text)
	if titleMods[lw] || titleHeads[lw] {
		return true
	}
	if cc, _, _ := rf.countryAt(k, k+1); cc >= 0 || !gov {
		return false
	}
	ci := rf.tokChunk[k]
	return ci < 0 || rf.chunks[ci].ent < 0 || rf.ents[rf.chunks[ci].ent].typ == schema.Organization || rf.ents[rf.chunks[ci].ent].typ == schema.Company
}

// lowerPortfolioStart extends a government title that starts at token ts
// back over lower-case portfolios joined to it by "and" or commas ("the
// environment and energy minister", "Ghana's trade, industry and energy
// minister"): one post, one title. The run must open after an article, a
// possessive, or open the sentence, so that a verb or a name
// before the title is never taken for a portfolio ("said energy minister
// X", "Tom Reyes and energy minister X"). It returns ts when there is no
// such run.
func (rf *roleFinder) lowerPortfolioStart(ts int) int {
	toks := rf.toks
	k, and := ts, false
	for n := 0; n < 4 && k >= 2 && (toks[k-1].text == "and" || toks[k-1].text == ",") && rf.portfolioWord(k-2); n++ {
		and = and || toks[k-1].text == "and"
		k -= 2
	}
	if !and || k == ts {
		return ts
	}
	if p := k - 1; p < 0 || toks[k].first || determiners[strings.ToLower(toks[p].text)] || toks[p].kind == tPoss {
		return k
	}
	return ts
}

// portfolioWord: a lower-case word that can name a portfolio (a plain
// modifier or a title word), not a name or a function word.
func (rf *roleFinder) portfolioWord(j int) bool {
	t := &rf.toks[j]
	return t.kind == tWord && (!t.cap || t.first) && !t.allCaps && (rf.plainWord(j) || titleMods[strings.ToLower(t.text)])
}

// skipTimeBack skips back over the words of time before a title that ends
// the words read backwards at token k ("Y's new chief executive", "Y's
// outgoing finance director"), so that the owner before them is found.
func (rf *roleFinder) skipTimeBack(k int) int {
	j := k
	for j >= 0 && rf.toks[j].kind == tWord && !rf.toks[j].cap && (currentMods[rf.toks[j].text] || incomingMods[rf.toks[j].text]) {
		j--
	}
	if j >= 0 && j < k && rf.toks[j].kind == tPoss {
		return j
	}
	return k
}

// portfolioTitleAt reads lower-case portfolios joined by "and" and a
// government title from token k, after an article or possessive ("X, the
// trade and tourism minister,"); it returns the token after the title, or
// k when there is none.
func (rf *roleFinder) portfolioTitleAt(k int) int {
	toks := rf.toks
	for h := k + 2; h < min(len(toks), k+9); h++ {
		if toks[h].kind != tWord || toks[h].cap {
			return k
		}
		if !govHeads[toks[h].text] {
			continue
		}
		ts := h
		if rf.portfolioWord(h - 1) {
			ts = h - 1 // "tourism minister"
		}
		if rf.lowerPortfolioStart(ts) == k {
			return h + 1
		}
		return k
	}
	return k
}

// namedOrgAfter reads "of/at [the] Y" at token k after a title and its
// holder's name, where Y is an entity the article already has (a company,
// organisation or country: "Foreign Minister X of Latvia"); a place that
// is none ("Coach X of Dallas") names no employer. It returns the entity
// or -1, and the end of the role's span.
func (rf *roleFinder) namedOrgAfter(k, end int) (org, newEnd int) {
	toks := rf.toks
	if k+1 >= len(toks) || toks[k].text != "of" && toks[k].text != "at" {
		return -1, end
	}
	j := k + 1
	if toks[j].text == "the" {
		j++
	}
	if j >= len(toks) {
		return -1, end
	}
	mc := rf.tokChunk[j]
	if mc < 0 || rf.chunks[mc].ts != j || rf.chunks[mc].ent < 0 || rf.ents[rf.chunks[mc].ent].typ == schema.Person {
		return -1, end
	}
	return rf.chunks[mc].ent, toks[rf.chunks[mc].te-1].e
}

// bodyOwner is the employer a title names by its first word, a noun for a
// kind of body ("council member", "union president", "committee
// chairman"): the company or organisation named last before token i whose
// name holds that noun, or -1.
func (rf *roleFinder) bodyOwner(title string, i int) int {
	w := strings.Fields(strings.ToLower(title))
	if len(w) < 2 || !rf.isOrgNoun(w[0]) || companyNouns[w[0]] {
		return -1 // "company president X" is the focus company's, which the caller finds
	}
	return rf.orgWithWord(w[0], i)
}

// titleField: token k, read backwards in a title that ends at hEnd, is a
// plain word between a title modifier and an officer/director head ("chief
// risk officer X"), as titleList reads it forwards.
func (rf *roleFinder) titleField(k, hEnd int) bool {
	toks := rf.toks
	return k >= 1 && k+1 < hEnd && toks[k].kind == tWord && !toks[k].cap && mixedHeads[toks[k+1].text] && rf.plainWord(k) &&
		!rf.lex.occupations[toks[k].text] && titleMods[toks[k-1].text]
}

// titleTail reads back from token k, the last before a comma and a name,
// over what follows a title's head word: "of" and up to three lower-case
// words ("director of engineering": part of the title), "of/at [the]" and
// a company or organisation (its employer), or "to/in" and a country or
// place ("ambassador to Chile": a place modifier, which the title drops). It returns the head word's token and the end of the
// title's text and the employer the tail names ("chairman of Dorn Foods
// Ltd.", or -1), or -1 when there is no such tail.
func (rf *roleFinder) titleTail(k int) (head, textEnd, org int) {
	toks := rf.toks
	if toks[k].kind == tWord && !toks[k].cap {
		j := k
		for j > k-3 && j > 0 && toks[j].kind == tWord && !toks[j].cap && toks[j].text != "of" && !titleHeads[toks[j].text] && !determiners[toks[j].text] {
			j--
		}
		if j < k && j > 0 && toks[j].text == "of" && toks[j-1].kind == tWord && !toks[j-1].cap && rf.isTitleHead(toks[j-1].text) {
			return j - 1, k + 1, -1
		}
		return -1, 0, -1
	}
	ci := rf.tokChunk[k]
	if ci < 0 || rf.chunks[ci].te != k+1 || rf.chunks[ci].ts < 2 {
		return -1, 0, -1
	}
	m := &rf.chunks[ci]
	p := m.ts - 1
	if toks[p].text == "the" {
		p--
	}
	switch {
	case p >= 1 && m.ent >= 0 && (toks[p].text == "of" || toks[p].text == "at") && (rf.ents[m.ent].typ == schema.Company || rf.ents[m.ent].typ == schema.Organization):
		// "The chairman of Dorn Foods Ltd., X": the employer named
		if h := p - 1; toks[h].kind == tWord && !toks[h].cap && rf.isTitleHead(toks[h].text) {
			return h, h + 1, m.ent
		}
	case (m.ent < 0 || rf.ents[m.ent].typ == schema.Country) && (toks[m.ts-1].text == "to" || toks[m.ts-1].text == "in"):
		if h := m.ts - 2; toks[h].kind == tWord && !toks[h].cap && rf.isTitleHead(toks[h].text) {
			return h, h + 1, -1
		}
	}
	return -1, 0, -1
}
