package extract

import "github.com/newsgraph/newsgraph/schema"

// accordingSpeaker reads the speaker of "according to" from token j (after
// "the" and an honorific): a name, the last name of a possessive chain
// ("Norway's Ministry of Fisheries"), or the name set off after a
// possessive description ("Kim Brandt's agent, Alex Moen"). A possessive
// with no name after it ("X's annual report", "X's spokesman") names a
// document or an unnamed speaker: none (GUIDELINES). It returns the
// speaker and the token after its name, or -1.
func (sf *statementFinder) accordingSpeaker(j, v int) (int, int) {
	toks := sf.toks
	n := len(toks)
	e, m := -1, j
	if ci := sf.tokChunk[min(j, n-1)]; j >= n || ci < 0 || sf.chunks[ci].ent < 0 {
		switch {
		case j+1 < n && toks[j].kind == tWord && toks[j+1].kind == tPoss:
			m = j + 2 // "the striker's agent, Y": the owner need not be a name
		case j < n && possessivePronouns[toks[j].text]:
			m = j + 1 // "his lawyer, Y"
		default:
			if e := sf.speakerChunk(j, v); e >= 0 { // a pronoun
				return e, j + 1
			}
			return -1, 0
		}
	}
	for named := m == j; named && m < n; {
		ci := sf.tokChunk[m]
		if ci < 0 || sf.chunks[ci].ent < 0 {
			break
		}
		e, m = sf.chunks[ci].ent, sf.chunks[ci].te
		if m >= n || toks[m].kind != tPoss {
			return e, m
		}
		m++ // "Norway's Ministry of Fisheries"
	}
	// "X's agent, Y": a short lower-case description, a comma, a person
	d := m
	for d < n && d < m+4 && toks[d].kind == tWord && !toks[d].cap {
		d++
	}
	if d > m && d+1 < n && toks[d].text == "," {
		if ci := sf.tokChunk[d+1]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.ents[sf.chunks[ci].ent].typ == schema.Person {
			return sf.chunks[ci].ent, sf.chunks[ci].te
		}
	}
	return -1, 0
}

// knownAs reads the other name of the subject in an appositive that ends
// with the comma at k: "the army, known as FADT," / "the group, known by
// its initials KPF,". It returns that organisation or -1.
func (sf *statementFinder) knownAs(k int) int {
	toks := sf.toks
	ci := sf.tokChunk[max(k-1, 0)]
	if k < 1 || ci < 0 || sf.chunks[ci].ent < 0 || sf.chunks[ci].te != k {
		return -1
	}
	e := sf.chunks[ci].ent
	if t := sf.ents[e].typ; t != schema.Organization && t != schema.Company {
		return -1
	}
	for j := sf.chunks[ci].ts - 1; j >= 1 && j >= sf.chunks[ci].ts-5; j-- {
		if toks[j].kind != tWord || toks[j].cap {
			return -1
		}
		if toks[j].text == "known" || toks[j].text == "called" {
			if toks[j-1].text == "," {
				return e
			}
			return -1
		}
	}
	return -1
}
