package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The employer of a role when the text does not name it beside the title:
// the country the article is about, the organisation "its" or "the
// company's" stands for, an organisation after a description.

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

// nounOrg is the organisation a noun stands for at token i ("the
// company's", "this chemicals maker", "its" when noun is ""): the last one
// whose name holds the noun (orgWithWord), else the company the article
// names most so far for a business noun or "its", else the organisation
// it names most, else the last one named.
func (rf *roleFinder) nounOrg(noun string, i int) int {
	if e := rf.orgWithWord(noun, i); e >= 0 {
		return e // "the trust's chair": the Brightpath Trust, over a charity named more
	}
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
// preposition at token k: "at the payments company Vellucor Systems",
// "at shipping firm Kvitholm Lines" (the name after it), "of this
// chemicals maker" (the organisation in focus, after a determiner only). It returns the organisation and the end of the role's span.
func (rf *roleFinder) describedOrg(k, end int) (org, newEnd int) {
	toks := rf.toks
	if k >= len(toks) {
		return -1, end
	}
	det := toks[k].text == "this" || toks[k].text == "the"
	if !det && (toks[k].kind != tWord || toks[k].cap) {
		return -1, end
	}
	from := k + 1
	if !det {
		from = k // "at shipping firm Kvitholm Lines", "at brokerage Sowa Capital"
	}
	for j := from; j < min(len(toks), k+5); j++ {
		if mc := rf.tokChunk[j]; mc >= 0 && rf.chunks[mc].ts == j {
			if rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Country {
				j = rf.chunks[mc].te - 1 // "the Peruvian lender"
				continue
			}
			if j > from && rf.isOrgNoun(toks[j-1].text) {
				return rf.orgEntity(mc), toks[rf.chunks[mc].te-1].e // "the payments company Vellucor Systems"
			}
			return -1, end
		}
		t := &toks[j]
		if t.kind != tWord || t.cap || titlePreps[t.text] || nameConnectors[t.text] {
			return -1, end
		}
		if det && rf.isOrgNoun(t.text) && (j+1 == len(toks) || toks[j+1].kind != tWord) {
			return rf.nounOrg(t.text, k), t.e // "of this chemicals maker."
		}
	}
	return -1, end
}

// describedName: a country chunk mc that is a demonym in a description
// of an organisation ("the Peruvian lender Banco Litoral") gives way to the
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
// back at most 64 chunks; in that sentence, the first one not in a
// possessive ("Y's" modifies the subject, it is not the subject).
func (rf *roleFinder) itsOrg(i int) int {
	sent := rf.toks[i].sent
	if e := rf.describedSubject(i); e >= 0 {
		return e // "The ministry said … Its spokeswoman, X"
	}
	found, foundSent, head, last, opener := -1, -1, -1, -1, -1
	for ci := rf.focus().chunksBefore(i) - 1; ci >= 0 && ci >= rf.focus().chunksBefore(i)-64; ci-- {
		c := &rf.chunks[ci]
		s := rf.toks[c.ts].sent
		if found >= 0 && s != foundSent {
			break
		}
		if found >= 0 && c.ent >= 0 {
			opener = c.ent // the sentence's first entity so far
		}
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Company && rf.ents[c.ent].typ != schema.Organization {
			continue
		}
		if found < 0 && s < sent-3 {
			break
		}
		if found < 0 {
			last = c.ent
		}
		found, foundSent, opener = c.ent, s, c.ent
		if c.te >= len(rf.toks) || rf.toks[c.te].kind != tPoss {
			head = c.ent
		}
	}
	switch {
	case found < 0:
		return rf.focusOrg(i)
	case foundSent < sent && opener >= 0 && rf.ents[opener].typ == schema.Person:
		// "X worked at Y before joining Z. She became its publisher": a
		// person's sentence names organisations as objects; "its" is the
		// one named last
		return last
	case head >= 0:
		// "Y's largest shareholder, Z, backed the plan. Its chairman":
		// Z's; a possessive modifies the noun that is the subject
		return head
	}
	return found
}

// titleCompany is the employer of a corporate title whose organisation the
// text does not name, for the person named or referred to at token i: the
// company or organisation named last, when that is in i's sentence or the
// one before (the rival a paragraph turns to: "Rival Y cut prices. X,
// chief executive, said …"), else the company the article names most.
func (rf *roleFinder) titleCompany(i int) int {
	if e := rf.speakerCompanyAfter(i); e >= 0 {
		return e // "X, executive vice president, will retire, Y said."
	}
	f := rf.focus()
	if ci := f.orgs.before(f.chunksBefore(i)); ci >= 0 {
		c := &rf.chunks[ci]
		if c.ent >= 0 && (rf.toks[c.ts].sent >= rf.toks[i].sent-1 || rf.sameParagraph(c.ts, i)) && rf.ents[c.ent].typ == schema.Company {
			return c.ent
		}
	}
	return rf.nounOrg("", i)
}

// speakerCompanyAfter is the company that speaks later in token i's
// sentence ("…, Quenby Foods Corp. said."), whose news the sentence is, or -1.
func (rf *roleFinder) speakerCompanyAfter(i int) int {
	toks := rf.toks
	for k := i; k+1 < len(toks) && toks[k].sent == toks[i].sent; k++ {
		mc := rf.tokChunk[k]
		if mc < 0 || rf.chunks[mc].ts != k || rf.chunks[mc].ent < 0 {
			continue
		}
		if te := rf.chunks[mc].te; te < len(toks) && clauseSpeech[toks[te].text] && rf.ents[rf.chunks[mc].ent].typ == schema.Company {
			return rf.chunks[mc].ent
		}
		k = rf.chunks[mc].te - 1
	}
	return -1
}

// sameParagraph tells that tokens a and b (a < b, at most 200 apart) are
// in one paragraph of a text laid out in paragraphs: a line break opens
// a's paragraph (within 200 tokens) and none stands between them. In a
// list of changes each paragraph names its company first ("Dunmore Corp.
// (Hartford, Conn.) -- X was named …. Y, formerly treasurer, was named
// controller."); a text with no line breaks tells nothing.
func (rf *roleFinder) sameParagraph(a, b int) bool {
	if b-a > 200 || b >= len(rf.toks) {
		return false
	}
	for k := a + 1; k <= b; k++ {
		if rf.toks[k].nl > 0 {
			return false
		}
	}
	for k := a; k > 0 && k > a-200; k-- {
		if rf.toks[k].nl > 0 {
			return true
		}
	}
	return false
}

// describedSubject is the organisation "its" at token i refers to when its
// own sentence opens with "The NOUN" naming a kind of organisation (the
// one that noun stands for, nounOrg), or the sentence before does ("The
// ministry said demand rose. Its spokeswoman, X, …": the one named last,
// within 64 chunks, whose name holds that noun, Ministry of Health), or -1.
func (rf *roleFinder) describedSubject(i int) int {
	if noun := rf.subjectNoun(rf.toks[i].sent, i); noun != "" {
		return rf.nounOrg(noun, i) // "The company also named X, its head of sales"
	}
	sent := rf.toks[i].sent
	if sent == 0 {
		return -1
	}
	k := rf.sentStart(sent - 1)
	if noun := rf.subjectNoun(sent-1, len(rf.toks)); noun != "" {
		return rf.orgWithWord(noun, k)
	}
	return -1
}

// subjectNoun is the organisation noun of a sentence that opens with "The
// NOUN" before token i ("The company said"), or "".
func (rf *roleFinder) subjectNoun(sent, i int) string {
	toks := rf.toks
	k := rf.sentStart(sent)
	if k+1 >= min(i, len(toks)) || toks[k].text != "The" || toks[k+1].kind != tWord || toks[k+1].cap || !rf.isOrgNoun(toks[k+1].text) {
		return ""
	}
	return toks[k+1].text
}

// orgWithWord is the company or organisation named last before token k,
// within 64 chunks, whose name holds the word noun ("trust" in Brightpath
// Trust, "ministry" in Ministry of Health), or -1.
func (rf *roleFinder) orgWithWord(noun string, k int) int {
	if noun == "" {
		return -1
	}
	toks := rf.toks
	for ci := rf.focus().chunksBefore(k) - 1; ci >= 0 && ci >= rf.focus().chunksBefore(k)-64; ci-- {
		c := &rf.chunks[ci]
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Company && rf.ents[c.ent].typ != schema.Organization {
			continue
		}
		for j := c.ts; j < c.te; j++ {
			if strings.EqualFold(toks[j].text, noun) {
				return c.ent
			}
		}
	}
	return -1
}

// centralBank is the employer of a governor with no organisation named
// beside the title, at token i: the central bank named last within 64
// chunks, an organisation whose name holds "Bank" or a company named
// Central Bank, Reserve Bank or Federal Reserve (the entity stage types
// some as lenders), or -1. A state governor ("Gov. X" in Texas) has none.
func (rf *roleFinder) centralBank(i int) int {
	f := rf.focus()
	for ci := f.chunksBefore(i) - 1; ci >= 0 && ci >= f.chunksBefore(i)-64; ci-- {
		c := &rf.chunks[ci]
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Company && rf.ents[c.ent].typ != schema.Organization {
			continue
		}
		n := rf.ents[c.ent].name
		if strings.Contains(n, "Central Bank") || strings.Contains(n, "Reserve Bank") || strings.Contains(n, "Federal Reserve") ||
			rf.ents[c.ent].typ == schema.Organization && strings.Contains(n, "Bank") {
			return c.ent
		}
	}
	return -1
}
