package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// speakerAt resolves a speaker at token i: a resolved chunk ending or
// starting there, or a pronoun. It returns the entity or -1.
func (sf *statementFinder) speakerChunk(i int, quoteTok int) int {
	if i < 0 || i >= len(sf.toks) {
		return -1
	}
	if ci := sf.tokChunk[i]; ci >= 0 && sf.chunks[ci].ent >= 0 {
		return sf.chunks[ci].ent
	}
	if personPronouns[sf.toks[i].text] {
		g := byte('m')
		if w := strings.ToLower(sf.toks[i].text); w == "she" || w == "her" {
			g = 'f'
		}
		return sf.pronounRef(quoteTok, g)
	}
	return -1
}

// definiteDescription: "the SpaceX CEO" / "the company's chief executive"
// ending at token i names the salient person.
func (sf *statementFinder) definiteDescription(i int) int {
	if i < 0 {
		return -1
	}
	k := i
	for k >= 0 && (sf.toks[k].kind == tWord && (titleHeads[strings.ToLower(sf.toks[k].text)] || titleMods[strings.ToLower(sf.toks[k].text)]) || sf.isAgePart(k)) {
		k--
	}
	if k == i {
		return -1
	}
	title := k + 1
	if ci := sf.chunkEndingAt(k); ci >= 0 {
		k = sf.chunks[ci].ts - 1
	} else if k >= 1 && sf.toks[k].kind == tPoss {
		if oc := sf.chunkEndingAt(k - 1); oc >= 0 && sf.chunks[oc].ent >= 0 {
			if t := sf.ents[sf.chunks[oc].ent].typ; t == schema.Company || t == schema.Organization {
				// "Nordhavn Brewing Corp.'s chief executive": who holds
				// the post there, or nobody named
				return sf.roleHolderAt(title, i, sf.ents[sf.chunks[oc].ent].name)
			}
		}
		k -= 2
	}
	if k >= 0 && (sf.toks[k].text == "the" || sf.toks[k].text == "The") {
		if p := sf.roleHolder(title, i); p >= 0 {
			return p
		}
		return sf.salientPerson(k)
	}
	return -1
}

// roleHolder is the person the role stage found holding the post named by
// tokens [a, b] ("chief executive", "minister" for a finance minister),
// in a role stated before them and not a former one; the latest such
// role wins. It returns -1 when there is none.
func (sf *statementFinder) roleHolder(a, b int) int { return sf.roleHolderAt(a, b, "") }

// roleHolderAt is roleHolder for the posts at the organisation named org,
// or at any when org is "".
func (sf *statementFinder) roleHolderAt(a, b int, org string) int {
	words := make([]string, 0, b-a+1)
	for m := a; m <= b; m++ {
		words = append(words, sf.toks[m].text)
	}
	key := schema.TitleKey(strings.Join(words, " "))
	pos := sf.toks[a].s
	holder := -1
	for _, r := range sf.roles {
		if r.Former || r.Span == nil || r.Span.Start >= pos || org != "" && r.Org != org {
			continue
		}
		if rk := schema.TitleKey(r.Title); rk != key && !strings.HasSuffix(rk, " "+key) {
			continue
		}
		if e, ok := sf.byName[sf.entKey(schema.Person, r.Person)]; ok {
			holder = e
		}
	}
	return holder
}

// subjectBefore finds the speaker of a speech verb at token v: the chunk,
// pronoun or definite description right before it (skipping auxiliaries
// and adverbs), within the sentence.
// seatOwner: the name ending at token k follows "COMPANY of [the]"; it
// returns that company (or organisation), or -1.
func (sf *statementFinder) seatOwner(k int) int {
	ci := sf.tokChunk[k]
	if ci < 0 {
		return -1
	}
	j := sf.chunks[ci].ts - 1
	if j >= 0 && sf.toks[j].text == "the" {
		j--
	}
	if j < 1 || sf.toks[j].text != "of" {
		return -1
	}
	if oc := sf.chunkEndingAt(j - 1); oc >= 0 {
		if e := sf.chunks[oc].ent; sf.ents[e].typ == schema.Company || sf.ents[e].typ == schema.Organization {
			return e
		}
	}
	return -1
}

func (sf *statementFinder) subjectBefore(v int) int {
	k := v - 1
	for k >= 0 && sf.toks[k].kind == tWord && !sf.toks[k].cap && (auxWords[sf.toks[k].text] || strings.HasSuffix(sf.toks[k].text, "ly")) {
		k--
	}
	if k >= 1 && weekdays[sf.toks[k].text] && sf.toks[k-1].text == "on" {
		k -= 2 // "X on Monday said"
	}
	if k < 0 || sf.toks[k].sent != sf.toks[v].sent {
		return -1
	}
	if sf.toks[k].kind == tPunct && sf.toks[k].text == ")" { // "Musk (@elonmusk) wrote"
		k = sf.openParenBefore(k) - 1
	}
	if k >= 0 && sf.toks[k].kind == tPoss {
		return -1
	}
	if p := sf.demonymPerson(k); p >= 0 {
		return p // "the Norwegian said"
	}
	if e := sf.speakerChunk(k, v); e >= 0 {
		if o := sf.seatOwner(k); o >= 0 && sf.ents[e].typ == schema.Country {
			return o // "Hanegawa Co. of Japan said"
		}
		return e
	}
	// "Fedorov, who expressed concern"
	if k >= 2 && sf.toks[k].text == "who" && sf.toks[k-1].text == "," {
		return sf.speakerChunk(k-2, v)
	}
	return sf.definiteDescription(k)
}

// personAfter is the first person named in tokens [a, b).
func (sf *statementFinder) personAfter(a, b int) int {
	for m := a; m < b && m < len(sf.toks); m++ {
		if ci := sf.tokChunk[m]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.ents[sf.chunks[ci].ent].typ == schema.Person {
			return sf.chunks[ci].ent
		}
	}
	return -1
}

// sentenceDescription: a sentence that opens with a definite description
// of a person ("The judge declined ..., but said:") names the person in
// focus.
func (sf *statementFinder) sentenceDescription(i int) int {
	k := sf.sentStart(sf.toks[i].sent)
	if sf.toks[k].text != "The" {
		return -1
	}
	j := k + 1
	for j < i && sf.toks[j].kind == tWord && !sf.toks[j].cap && (titleHeads[sf.toks[j].text] || titleMods[sf.toks[j].text]) {
		j++
	}
	if j == k+1 || !titleHeads[sf.toks[j-1].text] {
		return -1
	}
	return sf.salientPerson(k)
}

// sentenceSubject is the entity named first in i's sentence when it opens
// the sentence (possibly after "The" or an introductory phrase ending in a
// comma).
func (sf *statementFinder) sentenceSubject(i int) int {
	s := sf.toks[i].sent
	k := sf.sentStart(s)
	if sf.toks[k].text == "The" {
		k++ // "The Harbour Workers Union rejected …"
	}
	if m := sf.sentFact(s).firstEnt; m < i && (m == k || sf.toks[m-1].text == ",") {
		return sf.chunks[sf.tokChunk[m]].ent
	}
	return -1
}

// demonymPerson reads "the Norwegian" ending at token k, a demonym in the
// singular after "the": a person of that nation, the person in focus
// ("the Germans" stay the country). It returns -1 otherwise.
func (sf *statementFinder) demonymPerson(k int) int {
	if k < 1 || sf.toks[k].kind != tWord || strings.HasSuffix(sf.toks[k].text, "s") {
		return -1
	}
	ci := sf.tokChunk[k]
	if ci < 0 || !sf.chunks[ci].demonym || sf.chunks[ci].ts != k || sf.chunks[ci].te != k+1 {
		return -1
	}
	if w := sf.toks[k-1].text; w != "the" && w != "The" {
		return -1
	}
	return sf.salientPerson(k)
}

// describedAfter reads a definite description of a person after a speech
// verb, from token j: "said the coach", "said the 24-year-old", "said the
// Norwegian". It returns the person, or -1.
func (sf *statementFinder) describedAfter(j int) int {
	toks := sf.toks
	if j+1 >= len(toks) || toks[j].text != "the" {
		return -1
	}
	if p := sf.demonymPerson(j + 1); p >= 0 {
		return p
	}
	i := j
	for i+1 < len(toks) && toks[i+1].sent == toks[j].sent && sf.tokChunk[i+1] < 0 {
		w := strings.ToLower(toks[i+1].text)
		if !(toks[i+1].kind == tWord && (titleHeads[w] || titleMods[w])) && !sf.isAgePart(i+1) {
			break
		}
		i++
	}
	if i == j {
		return -1
	}
	if i+1 < len(toks) && toks[i+1].kind == tWord && (toks[i+1].text == "of" || toks[i+1].text == "at" || toks[i+1].text == "for") {
		return -1 // "said the head of X": its own phrase
	}
	return sf.definiteDescription(i)
}

// isAgePart reports whether token i is part of an age used as a noun,
// "the 24-year-old" (tokens 24, -, year-old).
func (sf *statementFinder) isAgePart(i int) bool {
	toks := sf.toks
	n := len(toks)
	switch {
	case toks[i].text == "year-old":
		return true
	case toks[i].text == "-":
		return i+1 < n && toks[i+1].text == "year-old"
	case toks[i].kind == tNum:
		return i+2 < n && toks[i+1].text == "-" && toks[i+2].text == "year-old"
	}
	return false
}

// titleBefore moves back from token p over a capitalised title that is no
// name of its own ("Finance Minister" before "X"), not before token ss. It
// returns the token before the title, or p when there is none.
// orgTitleBefore does the same and also skips an organisation named
// before the title ("Bank of Norway Governor").
func (sf *statementFinder) orgTitleBefore(p, ss int) int {
	q := sf.titleBefore(p, ss)
	if q == p || q < ss {
		return q
	}
	if ci := sf.chunkEndingAt(q); ci >= 0 && sf.chunks[ci].ent >= 0 {
		if t := sf.ents[sf.chunks[ci].ent].typ; t == schema.Company || t == schema.Organization || t == schema.Country {
			return sf.chunks[ci].ts - 1
		}
	}
	return q
}

func (sf *statementFinder) titleBefore(p, ss int) int {
	for p >= ss && sf.toks[p].kind == tWord && sf.toks[p].cap && sf.tokChunk[p] < 0 || p >= ss && sf.tokChunk[p] >= 0 && sf.chunks[sf.tokChunk[p]].ent < 0 {
		w := strings.ToLower(sf.toks[p].text)
		if !titleHeads[w] && !titleMods[w] {
			return p
		}
		p--
	}
	return p
}
