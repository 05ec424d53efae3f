package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// quoteSpeaker attributes the quotation q (of words words) and gives the
// confidence of the attribution: the first of the patterns below that
// finds a speaker wins. It returns -1 when none does. cont is true when q
// has no attribution of its own and continues the previous quotation (the
// second half of a split quotation, or the next sentences of one).
func (sf *statementFinder) quoteSpeaker(q quotePair, words int) (e int, conf float64, cont bool) {
	if e, conf, unnamed := sf.speakerAfter(q); e >= 0 || unnamed {
		return e, conf, false
	}
	// the second half of a split quotation: "…," said X, "…"
	toks := sf.toks
	if q.open > 0 && toks[q.open-1].text == "," && sf.lastStmt != nil && sf.lastStmt.speaker >= 0 && sf.lastStmt.sent == toks[q.open].sent && !sf.lastStmt.Indirect {
		return sf.lastStmt.speaker, 0.8, true
	}
	if e, conf := sf.speakerBefore(q, words); e >= 0 {
		return e, conf, false
	}
	if e := sf.accordingTo(q); e >= 0 {
		return e, 0.6, false
	}
	newSentence := q.open == 0 || toks[q.open-1].sent != toks[q.open].sent
	if sf.lastStmt != nil && sf.lastStmt.speaker >= 0 && toks[q.open].sent-sf.lastStmt.sent <= 1 && newSentence {
		// a quotation continued in the next sentence
		return sf.lastStmt.speaker, 0.6, true
	}
	if newSentence && q.open > 0 {
		// the previous sentence introduced the speaker: "Judge Varela said it is unjust ..."
		if e := sf.previousSpeaker(q); e >= 0 {
			return e, 0.5, false
		}
	}
	return -1, 0, false
}

// speakerAfter reads the attribution after the quotation: "...," said X /
// "...," X said / "..." he added. unnamed is true when the attribution is
// to an unnamed speaker ("...," a spokesman said): the quotation is then
// nobody's, or the company's the spokesman speaks for, and no other
// pattern may give it to the speaker before.
func (sf *statementFinder) speakerAfter(q quotePair) (e int, conf float64, unnamed bool) {
	toks := sf.toks
	n := len(toks)
	k := q.close + 1
	if k < n && toks[k].text == "," {
		k++
	}
	if k >= n || q.close >= n {
		return -1, 0, false
	}
	if toks[k].nl != 0 || toks[k].sent != toks[q.close].sent {
		// the quotation ends its paragraph or its sentence: what follows
		// attributes something else ("…."\n\nX, the chief executive, said …)
		return -1, 0, false
	}
	switch {
	case sf.isSpeech(k):
		if e, conf := sf.saidAfter(k); e >= 0 {
			return e, conf, false
		}
	case sf.tokChunk[k] >= 0 && sf.chunks[sf.tokChunk[k]].ent >= 0 && sf.ents[sf.chunks[sf.tokChunk[k]].ent].typ == schema.Person:
		// "...," Takuya Morioka, an official at X, said.
		e := sf.chunks[sf.tokChunk[k]].ent
		for m := k; m < n && m < k+30 && toks[m].sent == toks[k].sent; m++ {
			if sf.isSpeech(m) {
				return e, 0.8, false
			}
			if toks[m].kind == tQuote {
				break
			}
		}
	}
	// X said (in the same paragraph and sentence)
	for m := k; m < n && m < k+12 && toks[m].sent == toks[k].sent; m++ {
		if sf.isSpeech(m) || sf.putIt(m) {
			if e := sf.subjectBefore(m); e >= 0 {
				return e, 0.9, false
			}
			if w := toks[m-1].text; orgDescNouns[w] || orgKindNouns[w] {
				if e := sf.describedOrg(m-1, m); e >= 0 {
					return e, 0.7, false // "...," the union said
				}
			}
			if e := sf.appositiveBefore(m - 1); e >= 0 {
				return e, 0.8, false // "...," X's spokesman, Y, told reporters
			}
			if e := sf.quotedAs(m); e >= 0 {
				return e, 0.7, false // "...," the statement quoted X as saying
			}
			if e, ok := sf.unnamedSpeaker(m); ok {
				return e, 0.7, true // "...," a Nordhavn spokesman said
			}
			break
		}
		if toks[m].kind == tQuote || toks[m].text == "." {
			break
		}
	}
	return -1, 0, false
}

// saidAfter reads the speaker after the speech verb at k: "said X",
// "says the organization's founder, X".
func (sf *statementFinder) saidAfter(k int) (int, float64) {
	toks := sf.toks
	n := len(toks)
	j := k + 1
	if e := sf.speakerChunk(j, j); e >= 0 {
		if sf.ents[e].typ != schema.Person {
			// "said Veltrix CEO Ada Okafor": the person, not the company
			for m := sf.chunks[sf.tokChunk[j]].te; m < n && m < j+6 && toks[m].sent == toks[k].sent && toks[m].kind == tWord; m++ {
				if ci := sf.tokChunk[m]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.ents[sf.chunks[ci].ent].typ == schema.Person {
					return sf.chunks[ci].ent, 0.9
				}
			}
		}
		return e, 0.9
	}
	if e := sf.describedAfter(j); e >= 0 {
		return e, 0.6 // "said the coach"
	}
	for m := j; m < n && m < j+8 && toks[m].sent == toks[k].sent; m++ {
		if ci := sf.tokChunk[m]; ci >= 0 && sf.chunks[ci].ent >= 0 {
			return sf.chunks[ci].ent, 0.7
		}
	}
	return -1, 0
}

// speakerBefore reads the attribution before the quotation in its
// sentence: X said: "..." / Musk wrote, "..." / with a message, "...",
// else the person subject of the sentence when the quotation has four
// words or more.
func (sf *statementFinder) speakerBefore(q quotePair, words int) (int, float64) {
	toks := sf.toks
	s := toks[q.open].sent
	for m := q.open - 1; m >= 0 && toks[m].sent == s; m-- {
		if toks[m].kind == tQuote {
			break
		}
		if (sf.isSpeech(m) || sf.putIt(m)) && !(m > 0 && (subjectDeterminers[toks[m-1].text] || toks[m-1].text == "a")) { // not "the charges", "their claims"
			if es := sf.reportSubjects(m); len(es) > 0 {
				return es[0], 0.8
			} else if e, ok := sf.unnamedSpeaker(m); ok { // A Nordhavn spokeswoman said: "..."
				if e >= 0 {
					return e, 0.7
				}
				break
			} else if e := sf.speakerChunk(m+1, m+1); e >= 0 && m+1 < q.open { // says X: "..."
				return e, 0.8
			} else if e := sf.personAfter(m+1, q.open); e >= 0 && (toks[m].first || toks[m-1].text == ",") { // Says the organization's founder, X, "..."
				return e, 0.7
			} else if e := sf.sentenceSubject(m); e >= 0 { // Torvane issued a statement saying, "..."
				return e, 0.6
			} else if e := sf.sentenceDescription(m); e >= 0 { // The judge declined ..., but said: "..."
				return e, 0.5
			}
			break
		}
	}
	if words >= 4 {
		// "X called the deal "…"": the subject of a verb that quotes
		if e, passive := sf.quotingSubject(q); e >= 0 || passive {
			return e, 0.6
		}
		// the subject of the sentence the quote ends
		if m := sf.sentFact(s).personSubject; m < q.open {
			return sf.chunks[sf.tokChunk[m]].ent, 0.5
		}
	}
	return -1, 0
}

// accordingTo reads "...," according to an OECD summary.
func (sf *statementFinder) accordingTo(q quotePair) int {
	toks := sf.toks
	n := len(toks)
	if q.close >= n {
		return -1
	}
	for m := q.close + 1; m+2 < n && m < q.close+12 && toks[m].sent == toks[q.close].sent; m++ {
		if toks[m].text == "according" && toks[m+1].text == "to" {
			j0 := sf.statementFromEnd(m + 2) // "a statement (issued) by X"
			for j := j0; j < n && j < j0+4; j++ {
				if ci := sf.tokChunk[j]; ci >= 0 && sf.chunks[ci].ent >= 0 {
					return sf.chunks[ci].ent
				}
			}
			break
		}
	}
	return -1
}

// previousSpeaker is the subject of the last speech verb of the sentence
// before the quotation.
func (sf *statementFinder) previousSpeaker(q quotePair) int {
	toks := sf.toks
	ps := toks[q.open-1].sent
	speaker := -1
	for m := q.open - 1; m >= 0 && toks[m].sent == ps; m-- {
		if sf.isSpeech(m) {
			// "X, 44, said CLAUSE." and "X, the harbour master, said" too
			if es := sf.reportSubjects(m); len(es) > 0 {
				speaker = es[0]
			}
		}
	}
	if speaker < 0 {
		speaker = sf.mannerSubject(ps)
	}
	return speaker
}

// quotingSubject reads a quotation that is the object of a verb that
// quotes without saying, a few words before it in its sentence: "X called
// the deal "…"", "she thanked Y "for …"", "X described it as "…"". It
// returns the verb's subject (for a participle, "X rejected the offer,
// calling it "…"", the entity opening the sentence), or -1; passive is true when the verb is
// passive ("X was called "…" by Y"): the quotation is not X's.
func (sf *statementFinder) quotingSubject(q quotePair) (e int, passive bool) {
	toks := sf.toks
	s := toks[q.open].sent
	for m := q.open - 1; m >= 0 && m >= q.open-8 && toks[m].sent == s; m-- {
		t := &toks[m]
		if t.kind == tQuote || t.text == "," || t.text == ";" || t.text == ":" {
			break
		}
		if t.kind != tWord || t.cap {
			continue
		}
		if quotingParticiples[t.text] {
			return sf.sentenceSubject(m), false // "X rejected it, calling it "…""
		}
		if !quotingVerbs[t.text] {
			continue
		}
		if m > 0 && beWords[toks[m-1].text] {
			return -1, true
		}
		return sf.subjectBefore(m), false
	}
	return -1, false
}

// unnamedSpeaker reads an unnamed subject of the speech verb at v: "a
// spokesman", "a Nordhavn Brewing spokeswoman", "an Arkto official". ok is
// true when there is one; e is the company or organisation named in the
// phrase, for whom the unnamed one speaks (GUIDELINES: speaker_org), or -1.
func (sf *statementFinder) unnamedSpeaker(v int) (e int, ok bool) {
	toks := sf.toks
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || strings.HasSuffix(toks[k].text, "ly")) {
		k--
	}
	if k < 1 || toks[k].kind != tWord || !spokesNouns[toks[k].text] || toks[k].sent != toks[v].sent {
		return -1, false
	}
	e, j := -1, k-1
	if ci := sf.tokChunk[j]; ci >= 0 && sf.chunks[ci].te == k {
		if c := &sf.chunks[ci]; c.ent >= 0 && (sf.ents[c.ent].typ == schema.Company || sf.ents[c.ent].typ == schema.Organization) {
			e = c.ent
		}
		j = sf.chunks[ci].ts - 1
	}
	if j < 0 || toks[j].sent != toks[v].sent {
		return -1, false
	}
	switch strings.ToLower(toks[j].text) {
	case "a", "an", "one", "another":
		return e, true
	}
	return -1, false
}

// putIt reports whether token m is "put" in "X put it": "As X put it:
// "…"", ""…," as X put it" attribute a quotation like a speech verb.
func (sf *statementFinder) putIt(m int) bool {
	return sf.toks[m].text == "put" && m+1 < len(sf.toks) && sf.toks[m+1].text == "it"
}

// mannerSubject is the person of sentence s when it says how that person
// spoke, "X was blunt (about …)", "X was more cautious": the quotation
// that opens the next sentence is theirs. It returns -1 otherwise.
func (sf *statementFinder) mannerSubject(s int) int {
	toks := sf.toks
	for m, end := sf.sentStart(s), sf.sentEnd(s); m+1 < end; m++ {
		if !beWords[toks[m].text] {
			continue
		}
		j := m + 1
		if w := toks[j].text; (w == "more" || w == "less" || w == "equally" || w == "even") && j+1 < end {
			j++
		}
		if !mannerAdjectives[toks[j].text] {
			continue
		}
		if e := sf.subjectBefore(m); e >= 0 && sf.ents[e].typ == schema.Person {
			return e
		}
		return -1
	}
	return -1
}

// statementFromEnd skips "a statement (issued) by/from" at token j, an
// official statement or post of the one named after it; it returns the
// token after the phrase, or j when there is none.
func (sf *statementFinder) statementFromEnd(j int) int {
	toks := sf.toks
	n := len(toks)
	k := j
	if k < n && (subjectDeterminers[toks[k].text] || toks[k].text == "a" || toks[k].text == "an") {
		k++
	}
	if k >= n || !statementNouns[toks[k].text] {
		return j
	}
	k++
	if k < n && (toks[k].text == "issued" || toks[k].text == "released" || toks[k].text == "posted" || toks[k].text == "published") {
		k++
	}
	if k < n && (toks[k].text == "by" || toks[k].text == "from") {
		return k + 1
	}
	return j
}
