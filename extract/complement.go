package extract

// The complement of a speech verb in reported speech: what stands between
// the verb and its clause, whether a clause follows at all, and whether
// the saying is negated.

// skipAdjuncts skips what may stand between a speech verb at v and its
// clause: time words ("said yesterday"), prepositional phrases ("said in a
// statement on Tuesday that", "said after the vote that"), the hearer of
// "told" ("told reporters it would", "told the news agency Nordpress that").
// It returns the first token of the clause (or of "that"), or -1 when the
// phrase is all the verb has: "said in an interview.", "told a meeting of
// shareholders on Thursday", "told reporters after the game".
func (sf *statementFinder) skipAdjuncts(k, v int) int {
	toks := sf.toks
	n := len(toks)
	k = sf.skipTimeWords(k)
	if k >= n {
		return k
	}
	w := toks[k].text
	if told := toks[v].text == "told" || toks[v].text == "tells"; told && !auxWords[w] && !adjunctPreps[w] {
		if k+1 < n && (objectPronouns[w] || toks[k].kind == tWord && !toks[k].cap && hearers[w]) && toks[k+1].text != "that" {
			k = sf.skipTimeWords(k + 1) // "told her she was", "told reporters it would", "told reporters in Geneva that"
		} else {
			return sf.thatAhead(k, v, k+1) // "told the news agency Nordpress that", "told Nordpress it would"
		}
		if k >= n {
			return k
		}
	}
	if toks[k].kind == tWord && adjunctPreps[toks[k].text] {
		return sf.thatAhead(k, v, k+2)
	}
	return k
}

func (sf *statementFinder) skipTimeWords(k int) int {
	toks := sf.toks
	for k < len(toks) && toks[k].kind == tWord {
		switch {
		case timeWords[toks[k].text]:
			k++
		case toks[k].text == "this" && k+1 < len(toks) && timeWords[toks[k+1].text]:
			k += 2 // "said earlier this week that"; not "said this would"
		case (toks[k].text == "late" || toks[k].text == "early") && k+1 < len(toks) &&
			(toks[k+1].text == "on" || toks[k+1].text == "in" || timeWords[toks[k+1].text]):
			k++ // "said late on Tuesday it had"; not "said late payments"
		default:
			return k
		}
	}
	return k
}

// thatAhead finds the "that" which ends the phrase starting at k, within a
// few words of it; from token min on, a subject pronoun, or a determiner
// whose noun phrase has an auxiliary right after it, also opens the clause
// ("said in a statement it would", "said on Monday the army had"). It
// returns -1 when the phrase runs into punctuation, another speech verb or
// its limit.
func (sf *statementFinder) thatAhead(k, v, min int) int {
	toks := sf.toks
	for j := k; j < len(toks) && j < k+10 && toks[j].sent == toks[v].sent; j++ {
		t := &toks[j]
		if t.text == "that" {
			return j
		}
		if j >= min && (subjectPronouns[t.text] || subjectDeterminers[t.text] && sf.finiteSoon(j+1)) {
			return j
		}
		if ci := sf.tokChunk[j]; j >= min && ci >= 0 && sf.chunks[ci].ts == j && sf.chunks[ci].te < len(toks) && finiteWords[toks[sf.chunks[ci].te].text] {
			return j // "said on Tuesday Halvorsen would"
		}
		if t.kind != tWord && t.kind != tNum && t.kind != tPoss || reportVerbs[t.text] {
			break
		}
	}
	return -1
}

// clauseAhead reports whether tokens [k, e) open with a clause: a subject
// pronoun, or an auxiliary or modal before the first punctuation mark.
func (sf *statementFinder) clauseAhead(k, e int) bool {
	toks := sf.toks
	if k < e && subjectPronouns[toks[k].text] {
		return true
	}
	for j := k; j < e && j < k+12; j++ {
		if toks[j].kind == tPunct || toks[j].kind == tQuote {
			return false
		}
		if finiteWords[toks[j].text] {
			return true
		}
	}
	return false
}

// negated reports whether the speech verb at v is negated: "did not say",
// "has never said", "declined to say".
func (sf *statementFinder) negated(v int) bool {
	toks := sf.toks
	k := v - 1
	if k >= 1 && toks[k].text == "to" {
		return negWords[toks[k-1].text] // "declined to say", "refused to say"
	}
	for ; k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || negWords[toks[k].text]); k-- {
		if negWords[toks[k].text] {
			return true
		}
	}
	return false
}

// finiteSoon reports whether an auxiliary or modal comes within the three
// words from k: the verb of a short subject ("the army had").
func (sf *statementFinder) finiteSoon(k int) bool {
	for j := k; j < len(sf.toks) && j < k+4; j++ {
		if sf.toks[j].kind != tWord && sf.toks[j].kind != tPoss || sf.toks[j].text == "that" {
			return false
		}
		if finiteWords[sf.toks[j].text] {
			return true
		}
	}
	return false
}

// objectComplement reports whether the verb at v (of objectVerbs) has an
// object and then link ("of", "to") within a few words before se, and is
// not passive ("X was accused of fraud" reports nothing of X).
func (sf *statementFinder) objectComplement(v, se int, link string) bool {
	toks := sf.toks
	for k := v - 1; k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || beWords[toks[k].text]); k-- {
		if beWords[toks[k].text] {
			return false
		}
	}
	if v+1 < se && toks[v+1].text == link {
		return false
	}
	for j := v + 1; j < se && j < v+9; j++ {
		if toks[j].text == link {
			return j+1 < se && toks[j+1].kind == tWord && !toks[j+1].cap && !sf.participleAfter(j, se)
		}
		if toks[j].kind == tPunct || toks[j].kind == tQuote {
			return false
		}
	}
	return false
}

// participleAfter reports whether ", saying CLAUSE" (a participle of
// participleVerbs after a comma) follows token j in [j, se): that clause is
// the statement of the sentence ("X urged Y to settle, saying CLAUSE").
func (sf *statementFinder) participleAfter(j, se int) bool {
	for k := j + 1; k+1 < se; k++ {
		if sf.toks[k].text == "," && participleVerbs[sf.toks[k+1].text] {
			return true
		}
	}
	return false
}
