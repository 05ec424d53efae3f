package extract

import "strings"

// What a run of capitalised words holds further on: the tests runEnd
// makes before it joins a possessive, an "and" or a "for" (mentions.go).

// innerJoin is the number of tokens from j that stay inside a name with
// no capital of their own, or 0: "Without Borders" (Doctors Without
// Borders), two particles ("Elsa van der Linde", "Pieter Van den Bosch"),
// and in the "for" phrase of a head (inFor), the comma of a list that
// ends in "and" ("Office for Licensing, Inspection and Appeals").
func (mf *mentionFinder) innerJoin(j int, inFor bool) int {
	toks := mf.toks
	n := len(toks)
	tj := &toks[j]
	switch {
	case tj.text == "Without" && j+1 < n && toks[j+1].text == "Borders":
		return 2
	case j+2 < n && particles[tj.text+" "+toks[j+1].text] && mf.isCapWord(j+2) && toks[j+2].sent == tj.sent:
		return 2
	case tj.text == "," && inFor && j+3 < n && mf.isCapWord(j+1) && toks[j+2].text == "and" && mf.isCapWord(j+3):
		return 1
	}
	return 0
}

// basedEnd is the token after an "X-based" modifier inside [a, b), or a:
// "Port Elizabeth-based Fynbos Capital" is Fynbos Capital.
func (mf *mentionFinder) basedEnd(a, b int) int {
	for k := a; k < b-1; k++ {
		if strings.HasSuffix(mf.toks[k].text, "-based") {
			return k + 1
		}
	}
	return a
}

// possessiveJoins reports whether the possessive at j stays inside the run
// that starts at i: after the first word, when the rest ends in a company
// head ("Hawk's Ridge Wine Cellars", not "Carvalhais's Liberal Reform
// Union", whose owner is a person), and a plural possessive before a
// head ("Textile and Leather Workers' Union", "Allied Drivers' Congress").
func (mf *mentionFinder) possessiveJoins(i, j int, hasHead bool) bool {
	toks := mf.toks
	if j+1 >= len(toks) || !mf.isCapWord(j+1) || toks[j+1].sent != toks[j].sent {
		return false
	}
	if toks[j].text == "'" || toks[j].text == "’" {
		return mf.capRunHasOrgHead(j+1, 1) || mf.capRunEndsInHead(j+1)
	}
	if hasHead || j != i+1 || mf.placeWord(i) || !mf.capRunEndsInHead(j+1) {
		return false
	}
	// an organisation owned by a name is not named by it; a company may be
	// ("McDonald's Restaurants"), and so is a body of "Women's", "Children's"
	return !mf.capRunEndsInOrgHead(j+1) || strings.HasSuffix(toks[i].text, "en") || toks[i].text == "People"
}

// capRunEndsInCompany: the capitalised words from token i on end in a
// legal form or a company head noun.
func (mf *mentionFinder) capRunEndsInCompany(i int) bool {
	j := i
	for j < len(mf.toks) && j < i+5 && mf.isCapWord(j) && mf.toks[j].sent == mf.toks[i].sent {
		j++
	}
	return j > i && (companyHeads[mf.toks[j-1].text] || legalForm(mf.toks[j-1].text))
}

// lastHead is the last head noun of [a, b), or "".
func (mf *mentionFinder) lastHead(a, b int) string {
	for k := b - 1; k >= a; k-- {
		if mf.isHeadTok(k) {
			return mf.toks[k].text
		}
	}
	return ""
}

// capRunEndsInOrgHead: the capitalised words from token i on end in an
// organisation head noun.
func (mf *mentionFinder) capRunEndsInOrgHead(i int) bool {
	j := i
	for j < len(mf.toks) && j < i+5 && mf.isCapWord(j) && mf.toks[j].sent == mf.toks[i].sent {
		j++
	}
	return j > i && orgHeads[mf.toks[j-1].text]
}

// capRunEndsInHead: the capitalised words from token i on end in an
// organisation or company head noun.
func (mf *mentionFinder) capRunEndsInHead(i int) bool {
	j := i
	for j < len(mf.toks) && j < i+5 && mf.isCapWord(j) && mf.toks[j].sent == mf.toks[i].sent {
		j++
	}
	return j > i && (orgHeads[mf.toks[j-1].text] || companyHeads[mf.toks[j-1].text] || legalForm(mf.toks[j-1].text))
}

// capRunHasOrgHead: among the next five capitalised words from token i,
// the minWords-th or a later one is an organisation head noun ("Exchange
// Commission", also in "Exchange Commission Chairman Richard Halvey").
func (mf *mentionFinder) capRunHasOrgHead(i, minWords int) bool {
	words := 0
	for j := i; j < len(mf.toks) && j < i+6 && mf.toks[j].sent == mf.toks[i].sent; j++ {
		if t := &mf.toks[j]; t.kind == tPoss && (t.text == "'" || t.text == "’") && j > i {
			continue // "Mining Workers' Union"
		}
		if !mf.isCapWord(j) {
			break
		}
		words++
		if words >= minWords && orgHeads[mf.toks[j].text] {
			return true
		}
	}
	return false
}
