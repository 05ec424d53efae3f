package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// speakerAt resolves a speaker at token i: a resolved chunk ending or
// starting there, or a pronoun. It returns the entity or -1.
func (d *statementFinder) speakerChunk(i int, quoteTok int) int {
	if i < 0 || i >= len(d.toks) {
		return -1
	}
	if ci := d.tokChunk[i]; ci >= 0 && d.chunks[ci].ent >= 0 {
		return d.chunks[ci].ent
	}
	if personPronouns[d.toks[i].text] {
		g := byte('m')
		if w := strings.ToLower(d.toks[i].text); w == "she" || w == "her" {
			g = 'f'
		}
		return d.pronounRef(quoteTok, g)
	}
	return -1
}

// definiteDescription: "the SpaceX CEO" / "the company's chief executive"
// ending at token i names the salient person.
func (d *statementFinder) definiteDescription(i int) int {
	if i < 0 {
		return -1
	}
	k := i
	for k >= 0 && d.toks[k].kind == tWord && (titleHeads[strings.ToLower(d.toks[k].text)] || titleMods[strings.ToLower(d.toks[k].text)]) {
		k--
	}
	if k == i {
		return -1
	}
	if ci := d.chunkEndingAt(k); ci >= 0 {
		k = d.chunks[ci].ts - 1
	} else if k >= 0 && d.toks[k].kind == tPoss {
		k -= 2
	}
	if k >= 0 && (d.toks[k].text == "the" || d.toks[k].text == "The") {
		return d.salientPerson(k)
	}
	return -1
}

// subjectBefore finds the speaker of a speech verb at token v: the chunk,
// pronoun or definite description right before it (skipping auxiliaries
// and adverbs), within the sentence.
// seatOwner: the name ending at token k follows "COMPANY of [the]"; it
// returns that company (or organisation), or -1.
func (d *statementFinder) seatOwner(k int) int {
	ci := d.tokChunk[k]
	if ci < 0 {
		return -1
	}
	j := d.chunks[ci].ts - 1
	if j >= 0 && d.toks[j].text == "the" {
		j--
	}
	if j < 1 || d.toks[j].text != "of" {
		return -1
	}
	if oc := d.chunkEndingAt(j - 1); oc >= 0 {
		if e := d.chunks[oc].ent; d.ents[e].typ == schema.Company || d.ents[e].typ == schema.Organization {
			return e
		}
	}
	return -1
}

func (d *statementFinder) subjectBefore(v int) int {
	k := v - 1
	for k >= 0 && d.toks[k].kind == tWord && !d.toks[k].cap && (auxWords[d.toks[k].text] || strings.HasSuffix(d.toks[k].text, "ly")) {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[v].sent {
		return -1
	}
	if d.toks[k].kind == tPunct && d.toks[k].text == ")" { // "Musk (@elonmusk) wrote"
		k = d.openParenBefore(k) - 1
	}
	if k >= 0 && d.toks[k].kind == tPoss {
		return -1
	}
	if e := d.speakerChunk(k, v); e >= 0 {
		if o := d.seatOwner(k); o >= 0 && d.ents[e].typ == schema.Country {
			return o // "Furukawa Co. of Japan said"
		}
		return e
	}
	// "Fedorov, who expressed concern"
	if k >= 2 && d.toks[k].text == "who" && d.toks[k-1].text == "," {
		return d.speakerChunk(k-2, v)
	}
	return d.definiteDescription(k)
}

// personAfter is the first person named in tokens [a, b).
func (d *statementFinder) personAfter(a, b int) int {
	for m := a; m < b && m < len(d.toks); m++ {
		if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person {
			return d.chunks[ci].ent
		}
	}
	return -1
}

// sentenceDescription: a sentence that opens with a definite description
// of a person ("The judge declined ..., but said:") names the person in
// focus.
func (d *statementFinder) sentenceDescription(i int) int {
	k := d.sentStart(d.toks[i].sent)
	if d.toks[k].text != "The" {
		return -1
	}
	j := k + 1
	for j < i && d.toks[j].kind == tWord && !d.toks[j].cap && (titleHeads[d.toks[j].text] || titleMods[d.toks[j].text]) {
		j++
	}
	if j == k+1 || !titleHeads[d.toks[j-1].text] {
		return -1
	}
	return d.salientPerson(k)
}

// sentenceSubject is the entity named first in i's sentence when it opens
// the sentence (possibly after an introductory phrase ending in a comma).
func (d *statementFinder) sentenceSubject(i int) int {
	s := d.toks[i].sent
	k := d.sentStart(s)
	if m := d.sentFact(s).firstEnt; m < i && (m == k || d.toks[m-1].text == ",") {
		return d.chunks[d.tokChunk[m]].ent
	}
	return -1
}
