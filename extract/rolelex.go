package extract

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// roleLex is the role stage's share of the WordNet lists (wordnet.go):
// occupations that can stand as a title ("the novelist X", "virologist
// X"), and organisation nouns that stand for an organisation named before
// ("the federation's president", "the charity's coordinator"). Both are
// open classes; the hand-typed titleHeads and orgNouns miss most of them
// (titleHeads has 120 words, the WordNet occupations 3,500).
type roleLex struct {
	occupations map[string]bool // one-word occupations only: titles are read a word at a time
	orgNouns    map[string]bool
}

// loadRoleLex parses the lists once per process, like loadLexicon.
var loadRoleLex = sync.OnceValue(func() *roleLex {
	wn := newWordnetLists()
	rl := &roleLex{occupations: map[string]bool{}, orgNouns: map[string]bool{}}
	for w := range wn.occupations {
		if !strings.ContainsAny(w, " -") && !descriptors[w] && !notTitles[w] {
			rl.occupations[w] = true
		}
	}
	for w := range wn.orgHeads {
		if !strings.ContainsAny(w, " -") && !notOrgNouns[w] {
			rl.orgNouns[w] = true
		}
	}
	return rl
})

// isTitleHead: a word that can end a title, from the hand list or the
// WordNet occupations.
func (rf *roleFinder) isTitleHead(w string) bool {
	return titleHeads[w] || rf.lex.occupations[w]
}

// isOrgNoun: a noun that stands for an organisation ("the company's").
func (rf *roleFinder) isOrgNoun(w string) bool {
	return orgNouns[w] || companyNouns[w] || rf.lex.orgNouns[w] || strings.HasSuffix(w, "maker") && len(w) > 5
}

// govTitle tells that a title names a government post, whose organisation
// is a country: "finance minister", "prime minister", "ambassador",
// "secretary of state", "economy secretary".
func govTitle(title string) bool {
	t := title
	if i := strings.Index(t, " of "); i > 0 {
		if t[i+4:] == "state" {
			return true
		}
		t = t[:i] // "minister of humanitarian affairs"
	}
	w := strings.Fields(t)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	switch {
	case govHeads[last]:
		return true
	case last == "secretary" && len(w) > 1:
		return govPortfolios[w[len(w)-2]]
	}
	return false
}

// articleCountry is the country the article is about: the one named most
// often (the first named on a tie), or -1. A government post with no
// country named belongs to it ("Finance Minister X" in an article about
// Chile's government).
func (rf *roleFinder) articleCountry() int {
	if rf.mainCountry != -2 {
		return rf.mainCountry
	}
	counts := map[int]int{}
	best, bestN := -1, 0
	for ci := range rf.chunks {
		c := &rf.chunks[ci]
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Country {
			continue
		}
		counts[c.ent]++
		if counts[c.ent] > bestN {
			best, bestN = c.ent, counts[c.ent]
		}
	}
	rf.mainCountry = best
	return best
}

// countryNamed reads a country name or demonym at token i (before end)
// that the article already has as an entity: it returns the entity and
// the token after the name, or -1 and i.
func (rf *roleFinder) countryNamed(i, end int) (ent, next int) {
	c, e, _ := rf.countryAt(i, end)
	if c < 0 || e >= end {
		return -1, i
	}
	k, ok := rf.byName[rf.entKey(schema.Country, rf.lx.countries[c])]
	if !ok {
		return -1, i
	}
	return k, e
}

func isIts(w string) bool { return w == "its" || w == "Its" }

// titleWordAt tells that token k can be part of a title read backwards
// from the name: a lower-case title word, or an upper-case abbreviation
// ("Talvik's CEO, X"); last is the word nearest the name.
func (rf *roleFinder) titleWordAt(k int, last bool) bool {
	t := &rf.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.cap {
		return t.allCaps && titleHeads[strings.ToLower(t.text)]
	}
	return titleHeads[t.text] || titleMods[t.text] || last && rf.lex.occupations[t.text]
}

// nounOrg is the organisation a noun stands for at token i ("the
// company's", "this chemicals maker", "its" when noun is ""): the company
// the article names most so far for a business noun or "its", else the
// organisation it names most, else the last one named.
func (rf *roleFinder) nounOrg(noun string, i int) int {
	if noun == "" || companyNouns[noun] || strings.HasSuffix(noun, "maker") {
		if e := rf.focusCompany(i); e >= 0 {
			return e
		}
	}
	if e := rf.focusOrgType(i, schema.Organization); e >= 0 {
		return e
	}
	return rf.focusOrg(i)
}

// describedOrg reads a description of an organisation after a title's
// preposition at token k: "at the networking company Pellucid Systems"
// (the name after it), "of this chemicals maker" (the organisation in
// focus). It returns the organisation and the end of the role's span.
func (rf *roleFinder) describedOrg(k, end int) (org, newEnd int) {
	toks := rf.toks
	if k >= len(toks) || toks[k].text != "this" && toks[k].text != "the" {
		return -1, end
	}
	for j := k + 1; j < min(len(toks), k+5); j++ {
		if mc := rf.tokChunk[j]; mc >= 0 && rf.chunks[mc].ts == j {
			if rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Country {
				j = rf.chunks[mc].te - 1 // "the Chilean lender"
				continue
			}
			if j > k+1 && rf.isOrgNoun(toks[j-1].text) {
				return rf.orgEntity(mc), toks[rf.chunks[mc].te-1].e // "the networking company Pellucid Systems"
			}
			return -1, end
		}
		t := &toks[j]
		if t.kind != tWord || t.cap || titlePreps[t.text] || nameConnectors[t.text] {
			return -1, end
		}
		if rf.isOrgNoun(t.text) && (j+1 == len(toks) || toks[j+1].kind != tWord) {
			return rf.nounOrg(t.text, k), t.e // "of this chemicals maker."
		}
	}
	return -1, end
}

// describedName: a country chunk mc that is a demonym in a description
// of an organisation ("the Chilean lender Banco Austral") gives way to the
// name after the description's noun; it returns that chunk or -1.
func (rf *roleFinder) describedName(mc int) int {
	m := &rf.chunks[mc]
	if m.ent < 0 || rf.ents[m.ent].typ != schema.Country {
		return -1
	}
	toks := rf.toks
	for j := m.te; j < min(len(toks), m.te+3); j++ {
		t := &toks[j]
		if t.kind != tWord || t.cap {
			return -1
		}
		if rf.isOrgNoun(t.text) && j+1 < len(toks) {
			if dc := rf.tokChunk[j+1]; dc >= 0 && rf.chunks[dc].ts == j+1 && rf.chunks[dc].ent != m.ent {
				return dc
			}
		}
	}
	return -1
}

// itsOrg is the organisation "its" refers to at token i: the first company
// or organisation named in i's sentence before i, else the first one named
// in the nearest sentence before that names one (the subject, most of the
// time: "The authority was set up in 2023. Its president, X, …"), looking
// back at most 64 chunks.
func (rf *roleFinder) itsOrg(i int) int {
	sent := rf.toks[i].sent
	found, foundSent := -1, -1
	for ci := rf.focus().chunksBefore(i) - 1; ci >= 0 && ci >= rf.focus().chunksBefore(i)-64; ci-- {
		c := &rf.chunks[ci]
		s := rf.toks[c.ts].sent
		if found >= 0 && s != foundSent {
			break
		}
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Company && rf.ents[c.ent].typ != schema.Organization {
			continue
		}
		if found < 0 && s < sent-3 {
			break
		}
		found, foundSent = c.ent, s
	}
	if found < 0 {
		return rf.focusOrg(i)
	}
	return found
}

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
	case afterArticle && (rf.isTitleHead(toks[j].text) || titleMods[toks[j].text]) && !judgement(toks[k:j]):
		return j
	}
	return k
}

// judgement tells that one of the words judges the holder rather than
// naming a field ("a good partner", "an unstinting teacher"): a closed
// list of judging adjectives and the suffixes of adjectives of manner.
func judgement(ws []token) bool {
	for i := range ws {
		w := ws[i].text
		if judgingWords[w] {
			return true
		}
		for _, suf := range judgingSuffixes {
			if strings.HasSuffix(w, suf) {
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
// Trade Minister, X", "Congo's Minister of Humanitarian Affairs, X", "The
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
		k = j - 1 // "Minister of Humanitarian Affairs"
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
// head, a portfolio word that is no country ("Humanitarian").
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
