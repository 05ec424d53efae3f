package extract

// Who a speaker phrase refers to: an organisation of a kind ("the
// ministry"), the subject of a coordinated verb, the person named since
// the last statement (pronouns), the name of a post's signature, the
// company that opens a sentence before, the head of a subject's phrase.

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// orgKindWindow bounds the walk back of orgOfKind, in chunks, so that an
// article of many "the ministry said" stays linear: a description refers
// to an organisation named recently.
const orgKindWindow = 300

// orgOfKind is the company or organisation named last before token i
// whose name has the word noun ("the ministry" → Ministry of Public
// Health, "the union" → Seafarers' Union), or -1. It reads the chunks
// back from i, at most orgKindWindow of them; only "the NOUN said" asks.
func (rv *resolved) orgOfKind(i int, noun string) int {
	f := rv.focus()
	p := f.chunksBefore(i)
	for ci := p - 1; ci >= 0 && ci >= p-orgKindWindow; ci-- {
		c := &rv.chunks[ci]
		if c.ent < 0 {
			continue
		}
		e := rv.ents[c.ent]
		if (e.typ == schema.Company || e.typ == schema.Organization) && nameHasWord(e.name, noun) {
			return c.ent
		}
	}
	return -1
}

// nameHasWord reports whether a word of name is w, ignoring case and a
// possessive or plural s ("Seafarers' Union", "Union's").
func nameHasWord(name, w string) bool {
	for _, f := range strings.Fields(name) {
		f = strings.TrimSuffix(strings.TrimSuffix(f, "'s"), "'")
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

// coordSubject is the subject of a sentence whose speech verb v is
// coordinated with an earlier verb ("X announced A, and said CLAUSE", "X
// urged …, saying CLAUSE"): the name that opens the sentence, "the
// ministry" that opens it, or a pronoun that opens it.
func (sf *statementFinder) coordSubject(v int) int {
	toks := sf.toks
	ss := sf.sentStart(toks[v].sent)
	if e := sf.sentenceSubject(v); e >= 0 && sf.ents[e].typ != schema.Country {
		// the head of the opening name run is its last person: "Mining
		// Minister Thabo Sekgala urged …", "Veltrix CEO Ada Okafor said …"
		for j := sf.sentFact(toks[v].sent).firstEnt; j < v && toks[j].cap; j++ {
			if ci := sf.tokChunk[j]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.ents[sf.chunks[ci].ent].typ == schema.Person {
				e = sf.chunks[ci].ent
			}
		}
		return e
	}
	if ss+1 < v && (toks[ss].text == "The" || toks[ss].text == "the") && (orgDescNouns[toks[ss+1].text] || orgKindNouns[toks[ss+1].text]) {
		return sf.describedOrg(ss+1, v)
	}
	if personPronouns[toks[ss].text] {
		return sf.speakerChunk(ss, v)
	}
	return -1
}

// lastPersonSent is the sentence of the last person of gender g (or of no
// known gender) named in a sentence before token i's, or -1.
func (rv *resolved) lastPersonSent(i int, g byte) int {
	f := rv.focus()
	l := &f.persons[genderClass(g)]
	p := f.chunksBefore(i)
	sent := int32(rv.toks[i].sent)
	j := sort.Search(len(l.chunk), func(j int) bool { return int(l.chunk[j]) >= p }) - 1
	for j >= 0 && l.sent[j] >= sent {
		j = int(l.first[j]) - 1
	}
	if j < 0 {
		return -1
	}
	return int(l.sent[j])
}

// signedBy is the person a signature names when the resolver left its
// name unresolved ("— Radostina Vasileva (@handle)" in an article that calls
// her Vasileva): the person whose whole name is the name's last word, or its
// first (surname-first names: "Wu Meilan" after "Wu"), or whose name ends
// in its last word.
func (sf *statementFinder) signedBy(ci int) int {
	c := &sf.chunks[ci]
	first, last := sf.toks[c.ts].text, sf.toks[c.te-1].text
	for _, w := range []string{last, first} {
		if e, ok := sf.byName[sf.entKey(schema.Person, w)]; ok {
			return e
		}
	}
	return sf.idx.personPart([]string{last})
}

// recentSubjectCompany is the company that opens one of the two sentences
// before token i's ("Brisco's fell 2 1/4 to 18 1/2. The restaurant operator
// said …"), the nearer first, or -1.
func (sf *statementFinder) recentSubjectCompany(i int) int {
	toks := sf.toks
	for s := toks[i].sent - 1; s >= 0 && s >= toks[i].sent-2; s-- {
		m, ss := sf.sentFact(s).firstEnt, sf.sentStart(s)
		if m >= len(toks) || toks[m].sent != s {
			continue
		}
		if m > ss && !(m == ss+1 && (toks[ss].text == "The" || toks[ss].kind == tQuote)) {
			continue
		}
		if e := sf.chunks[sf.tokChunk[m]].ent; sf.ents[e].typ == schema.Company {
			return e
		}
	}
	return -1
}

// phraseHead checks the subject e found right before the speech verb v:
// when its name is the object of a preposition, the head of the phrase
// speaks. It returns the person before the preposition ("Kim Brandt of
// Halvorsen said"), e after another name ("Halvorsen of Norway said"), and
// named = false when the head is no name ("analysts at Nordbank said", "a
// spokeswoman for Halvorsen said": Halvorsen speaks for an unnamed one).
func (sf *statementFinder) phraseHead(v, e int) (int, bool) {
	toks := sf.toks
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || strings.HasSuffix(toks[k].text, "ly")) {
		k--
	}
	ci := sf.tokChunk[max(k, 0)]
	if k < 0 || ci < 0 || sf.chunks[ci].ent != e {
		return e, true
	}
	p := sf.chunks[ci].ts - 1
	if p >= 0 && toks[p].text == "the" {
		p--
	}
	if p < 1 || !subjectPreps[toks[p].text] || toks[p-1].sent != toks[v].sent {
		return e, true
	}
	if hc := sf.tokChunk[p-1]; hc >= 0 && sf.chunks[hc].ent >= 0 {
		if h := sf.chunks[hc].ent; sf.ents[h].typ == schema.Person {
			return h, true
		}
		return e, true
	}
	if toks[p-1].kind == tWord && !toks[p-1].cap || toks[p-1].first {
		return e, false
	}
	return e, true
}

// lastOrgSpeaker is the company or organisation that made the last
// statement (a quotation or reported speech) before token v, in v's
// sentence or the two before: "… the Nordic Council said. It added that
// …". It returns -1 when the last statement there is not an
// organisation's, or there is none.
func (sf *statementFinder) lastOrgSpeaker(v int) int {
	toks := sf.toks
	pos, sent := toks[v].s, toks[v].sent
	var best *stmt
	q := sf.orgQuotes
	if j := sort.Search(len(q), func(j int) bool { return q[j].s >= pos }) - 1; j >= 0 {
		best = q[j]
	}
	// reported speech is found in text order: the last few are enough
	for i := len(sf.reports) - 1; i >= 0 && i >= len(sf.reports)-8; i-- {
		if r := sf.reports[i]; r.s < pos {
			if best == nil || r.s > best.s {
				best = r
			}
			break
		}
	}
	if best == nil || best.sent < sent-2 || best.speaker < 0 {
		return -1
	}
	if t := sf.ents[best.speaker].typ; t != schema.Company && t != schema.Organization {
		return -1
	}
	return best.speaker
}

// appositiveBefore is the person named in the appositive ", Y," that ends
// with the comma at k, right before a speech verb: "X's spokesman, Y,
// said". It returns -1 when there is none.
func (sf *statementFinder) appositiveBefore(k int) int {
	toks := sf.toks
	if k < 2 || toks[k].text != "," {
		return -1
	}
	ci := sf.tokChunk[k-1]
	if ci < 0 || sf.chunks[ci].ent < 0 || sf.chunks[ci].te != k || sf.ents[sf.chunks[ci].ent].typ != schema.Person {
		return -1
	}
	j := sf.chunks[ci].ts - 1
	if j >= 0 {
		if _, ok := honorifics[toks[j].text]; ok {
			j--
		}
	}
	if j < 0 || toks[j].text != "," {
		return -1
	}
	return sf.chunks[ci].ent
}
