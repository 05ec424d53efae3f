package extract

import "github.com/newsgraph/newsgraph/schema"

// The clause before its attribution: "CLAUSE, X said.", "CLAUSE, the
// Commerce Department said.", "CLAUSE, the union's secretary, X, said.",
// "CLAUSE, X, the union's secretary, said.", "CLAUSE, said X, the union's
// secretary." (see also reportVerb's "ADV, X says, CLAUSE").

// clauseBefore returns, for the speech verb at v, the comma that ends the
// clause before its subject, or ss (the sentence start) when the subject
// is not set off from a clause that way. An unnamed subject ("a
// spokeswoman for X said") sets off nothing: GUIDELINES leave unnamed
// speakers out of reported speech.
func (sf *statementFinder) clauseBefore(v, ss int) int {
	toks := sf.toks
	k := v - 1
	for k > ss && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || len(toks[k].text) > 2 && toks[k].text[len(toks[k].text)-2:] == "ly") {
		k--
	}
	if k <= ss {
		return ss
	}
	if personPronouns[toks[k].text] || toks[k].text == "it" || toks[k].text == "they" {
		if toks[k-1].text == "," {
			return k - 1
		}
		return ss
	}
	if toks[k].text != "," {
		// one phrase: a name ("X said", "the Commerce Department said")
		start, named := sf.subjectSegment(k, ss)
		if !named && start > ss && (toks[start].text == "the" || toks[start].text == "The") {
			// a definite description the caller resolved: "CLAUSE, the
			// company said", "CLAUSE, the minister said"
			w := toks[k].text
			named = orgDescNouns[w] || orgKindNouns[w] || countryDescNouns[w] || titleHeads[w] && !spokesNouns[w]
		}
		if named && start-1 > ss && toks[start-1].text == "," {
			return start - 1
		}
		return ss
	}
	// two phrases, a name and a description, each set off by commas
	s2, named2 := sf.subjectSegment(k-1, ss)
	if s2 < 0 || s2-1 <= ss || toks[s2-1].text != "," {
		return ss
	}
	s1, named1 := sf.subjectSegment(s2-2, ss)
	if s1 < 0 || named1 == named2 || s1-1 <= ss || toks[s1-1].text != "," {
		return ss
	}
	return s1 - 1
}

// subjectSegment reads back from token e a name (a resolved chunk, with
// its honorific and article) or a short description ("the company's
// chairman", "a mining analyst at Kopano Capital"), up to a comma. It
// returns the segment's first token and whether it is a name, or -1.
func (sf *statementFinder) subjectSegment(e, ss int) (int, bool) {
	toks := sf.toks
	if e <= ss {
		return -1, false
	}
	if ci := sf.tokChunk[e]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.chunks[ci].te == e+1 {
		k := sf.chunks[ci].ts - 1
		if k <= ss {
			return -1, false // the name opens the sentence: no comma sets it off
		}
		_, hon := honorifics[toks[k].text]
		if hon {
			k--
		}
		if q := sf.orgTitleBefore(k, ss+1); q < k {
			k = q // "CLAUSE, Finance Minister X said", "CLAUSE, Bank of Norway Governor X warned"
		} else if oc := sf.chunkEndingAt(k); hon && oc >= 0 && sf.chunks[oc].ent >= 0 && sf.ents[sf.chunks[oc].ent].typ != schema.Person {
			k = sf.chunks[oc].ts - 1 // the title was an honorific: "Bank of Norway Governor X"
		}
		if k > ss && toks[k].kind == tWord && !toks[k].cap && titleHeads[toks[k].text] {
			// a lower-case title before the name: "union leader X"
			for j := k - 1; j > ss && j >= k-2 && toks[j].kind == tWord && !toks[j].cap && !finiteWords[toks[j].text] && !reportVerbs[toks[j].text]; j-- {
				if toks[j-1].text == "," {
					k = j - 1
					break
				}
			}
			if toks[k].text != "," && toks[k-1].text == "," {
				k--
			}
		}
		if k > ss && (toks[k].text == "the" || toks[k].text == "The") {
			k--
		}
		if k > ss && toks[k].text == "," {
			return k + 1, true
		}
	}
	// a description: words (and names inside it) with no verb, up to a comma
	for k := e; k > ss && k > e-9; k-- {
		t := &toks[k]
		if t.text == "," {
			if k == e {
				return -1, false
			}
			return k + 1, false
		}
		if t.kind != tWord && t.kind != tPoss || finiteWords[t.text] || reportVerbs[t.text] || t.text == "that" || t.text == "who" || t.text == "which" {
			return -1, false
		}
	}
	return -1, false
}

// saidBeforeName reads "CLAUSE, said X[, DESCRIPTION]." at the speech
// verb v: the speaker is named after the verb and the sentence ends after
// the name or its appositive. It returns the speaker or -1.
func (sf *statementFinder) saidBeforeName(v, ss, se int) int {
	toks := sf.toks
	if v-1 <= ss || toks[v-1].text != "," || v+1 >= se {
		return -1
	}
	e, conf := sf.saidAfter(v)
	if e >= 0 && conf < 0.9 {
		// only a title may stand between the verb and the name: "said
		// Finance Minister X"
		if ci := sf.tokChunk[v+1]; ci < 0 || sf.chunks[ci].ent < 0 {
			for m := v + 1; m < se && m < v+6; m++ {
				if ci := sf.tokChunk[m]; ci >= 0 && sf.chunks[ci].ent == e {
					if sf.titleBefore(m-1, v+1) < v+1 {
						conf = 0.9
					}
					break
				}
			}
		}
	}
	if e < 0 || conf < 0.9 {
		return -1 // a name further on is in the clause: "X, 45, said the plan would help Y."
	}
	// the name must follow the verb at once (after "the", a title or a
	// company): find its end, then the sentence ends or an appositive runs
	for m := v + 1; m < se && m < v+8; m++ {
		ci := sf.tokChunk[m]
		if ci < 0 || sf.chunks[ci].ent != e {
			continue
		}
		end := sf.chunks[ci].te
		for end < se && toks[end].kind == tPunct && toks[end].text != "," {
			end++
		}
		if end >= se || toks[end].text == "," {
			return e
		}
		return -1
	}
	return -1
}

// asParenthetical reports whether the speech verb at v is in "as X
// noted," before the clause it reports: "…, but, as Mr. Halloran noted,
// buyers set their own idea of a fair price."
func (sf *statementFinder) asParenthetical(v int) bool {
	toks := sf.toks
	k := v - 1
	for k > 0 && toks[k].kind == tWord && !toks[k].cap && auxWords[toks[k].text] {
		k--
	}
	if ci := sf.tokChunk[max(k, 0)]; k >= 0 && ci >= 0 && sf.chunks[ci].ent >= 0 {
		k = sf.chunks[ci].ts - 1
	} else if k >= 0 && personPronouns[toks[k].text] {
		k--
	} else {
		return false
	}
	if k >= 0 {
		if _, ok := honorifics[toks[k].text]; ok {
			k--
		}
	}
	return k >= 0 && (toks[k].text == "as" || toks[k].text == "As")
}
