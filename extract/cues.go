package extract

import "strings"

// scriptAlias: the name [a, b) is followed by the same name in another
// script in brackets: "Olena Hrytsenko (Олена Гриценко)".
func (rs *resolver) scriptAlias(a, b int) bool {
	toks := rs.toks
	if b+2 >= len(toks) || toks[b].text != "(" {
		return false
	}
	j := b + 1
	for j < len(toks) && j < b+6 && toks[j].text != ")" {
		j++
	}
	if j >= len(toks) || toks[j].text != ")" || j == b+1 {
		return false
	}
	other := rs.tokText(b+1, j)
	if isLatin(other) {
		return false
	}
	return similar(translit(other), strings.ToLower(rs.tokText(a, b)))
}

// headlineCaps: a run of capital letters with a word too long for an
// acronym is a headline ("PANEL CLEARS OHIO MAYOR").
func (rs *resolver) headlineCaps(a, b int) bool {
	if w := rs.toks[a].text; b-a == 1 && isAcronym(w) && (len(w) <= 5 || strings.ContainsAny(w, "-&.") || internationalAcronym(w)) {
		return false // "AFL-CIO", "UNFCCC"; not "PAPERS:"
	}
	long := false
	for k := a; k < b; k++ {
		t := &rs.toks[k]
		if !t.allCaps || strings.ContainsAny(t.text, ".&") {
			return false
		}
		if len(t.text) >= 6 {
			long = true
		}
	}
	return long
}

// personContext: an age after the name ("Pieter Valkema, 61,"), a job title
// right before it ("tech mogul Elon Musk", "vice prime minister, Mykhailo
// Fedorov"), or an appositive title after it ("John Smith, a lawyer").
func (rs *resolver) personContext(a, b int) bool {
	toks := rs.toks
	n := len(toks)
	if b+1 < n && toks[b].text == "," && toks[b+1].kind == tNum && (b+2 >= n || toks[b+2].text == "," || toks[b+2].text == "years") {
		return true
	}
	// title before
	p := a - 1
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p >= 0 && toks[p].kind == tWord && !toks[p].cap && rs.occupation(toks[p].text) {
		return true
	}
	// appositive after: ", a/the ... title"
	return rs.appositivePerson(b)
}

// appositivePerson: an appositive after the name gives it a post or an
// occupation ("John Smith, a lawyer", "X, the company's founder"), or is a
// noun phrase a "who" clause follows ("Jadwiga Kral, a Polish referee
// who ..."). After a capitalised modifier ("Tarvex, a Czech builder") only
// "who" counts: companies too are described by agent nouns.
func (rs *resolver) appositivePerson(b int) bool {
	toks := rs.toks
	n := len(toks)
	if b+1 >= n || toks[b].text != "," {
		return false
	}
	k := b + 1
	switch toks[k].text {
	case "who", "whose":
		return true
	case "a", "an", "the":
		k++
	}
	capFirst, noun := false, false
	for m := k; m < n && m < k+5; m++ {
		t := &toks[m]
		switch {
		case t.kind == tPoss || t.kind == tWord && t.cap && m > k:
			continue
		case t.kind == tWord && t.cap && k > b+1:
			capFirst = true
			continue
		case t.kind != tWord || t.cap:
			return false
		}
		w := t.text
		switch {
		case w == "who" && noun:
			return true
		case businessNouns[w] || bodyNouns[w]:
			return false
		case !capFirst && rs.occupation(w):
			// not a title before the next name: "In Machakos, shopkeeper Joseph Mutua"
			return k > b+1 || m+1 >= n || !toks[m+1].cap
		}
		noun = true
	}
	return false
}

// companyContext: "shares of X", "X shares", "X's stock", "X CEO".
func (rs *resolver) companyContext(a, b int) bool {
	toks := rs.toks
	n := len(toks)
	k := b
	if k < n && toks[k].kind == tPoss {
		k++
	}
	if k < n && companyCues[toks[k].text] {
		return true
	}
	if k+3 < n && priceVerbs[toks[k].text] && rs.stockQuote(k+1) && (a == 0 || toks[a-1].text != "the") && !companyCues[toks[b-1].text] {
		return true // "Harborbank added 3/8 to 9 1/4"; not "the Dow rose"
	}
	if a >= 2 && toks[a-1].text == "of" && companyOfCues[toks[a-2].text] {
		return true
	}
	return false
}

// stockQuote: the tokens from k are a share-price move as market reports
// give it, "1 1/4 to 17 1/2" or "3/8 to 9 1/4": numbers, "to", a number,
// with no unit ("5% to $3 billion" is a sales figure).
func (rs *resolver) stockQuote(k int) bool {
	toks := rs.toks
	n := len(toks)
	m := k
	for m < n && m < k+2 && toks[m].kind == tNum {
		m++
	}
	return m > k && m+1 < n && toks[m].text == "to" && toks[m+1].kind == tNum
}

// speechSubject: the phrase is followed by a speech or report verb
// ("Zelenskyy has proposed", "Smith said") or preceded by "said"
// ("..., said Smith").
func (rs *resolver) speechSubject(a, b int) bool {
	toks := rs.toks
	n := len(toks)
	k := b
	for k < n && (toks[k].text == "has" || toks[k].text == "have" || toks[k].text == "had" || toks[k].text == "also" || toks[k].text == "then") {
		k++
	}
	if k < n && toks[k].kind == tWord && (speechVerbs[toks[k].text] || reportVerbs[toks[k].text]) {
		return true
	}
	if a > 0 && (toks[a-1].text == "said" || toks[a-1].text == "says") {
		return true
	}
	// "The coach, Imraan Amod, said": the name is an appositive of the subject
	if a > 0 && toks[a-1].text == "," && b+1 < n && toks[b].text == "," && toks[b+1].kind == tWord && speechVerbs[toks[b+1].text] {
		return true
	}
	return false
}

// capMidSentence reports whether w occurs capitalised inside a sentence.
func (rs *resolver) capMidSentence(w string) bool {
	if rs.midCaps == nil {
		rs.midCaps = map[string]bool{}
		for i := range rs.toks {
			if t := &rs.toks[i]; t.kind == tWord && t.cap && !t.first {
				rs.midCaps[t.text] = true
			}
		}
	}
	return rs.midCaps[w]
}

// language reports whether the demonym at tokens [a, b) names a language
// rather than its country: before a language noun ("Portuguese phrases"),
// after a verb of speaking or learning ("speaks French"), or ending a
// phrase after in/into/from ("written in English.", "in English and
// Spanish,"; not "in French and German plants").
func (rs *resolver) language(a, b int) bool {
	toks := rs.toks
	n := len(toks)
	if b < n && languageNouns[toks[b].text] {
		return true
	}
	if a == 0 {
		return false
	}
	p := toks[a-1].text
	if p == "and" || p == "or" {
		// the second of a pair: "speaks French and Portuguese"
		if a >= 2 && rs.tokChunk[a-2] >= 0 {
			if o := &rs.chunks[rs.tokChunk[a-2]]; o.demonym && o.te == a-1 {
				// a list of demonyms asks this of each one before it: remember
				// the answers, so that a long list is read once
				if r, ok := rs.langMemo[o.ts]; ok {
					return r
				}
				r := rs.language(o.ts, o.te)
				if rs.langMemo == nil {
					rs.langMemo = map[int]bool{}
				}
				rs.langMemo[o.ts] = r
				return r
			}
		}
		return false
	}
	if languageVerbs[p] || p == "fluent" || a >= 2 && p == "in" && toks[a-2].text == "fluent" {
		return true
	}
	if p != "in" && p != "into" && p != "from" {
		return false
	}
	k := b
	for k+1 < n && (toks[k].text == "and" || toks[k].text == "or") {
		if c, e, dem := rs.countryAt(k+1, min(k+3, n)); c >= 0 && dem {
			k = e
			continue
		}
		break
	}
	return k >= n || toks[k].kind == tPunct || toks[k].kind == tQuote || toks[k].kind == tDash
}
