package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// chunkTable is the hand-off of the mention stage: the proper-noun chunks
// in text order and, for each token, the chunk it belongs to. The
// resolver fills in each chunk's type and entity; after it, only
// resolved.orgEntity changes a chunk (a late company or organisation).
type chunkTable struct {
	chunks   []chunk
	tokChunk []int // token -> chunk index, -1
}

// mentionFinder finds the proper-noun chunks of the tokens: runs of
// capitalised words, segmented into honorifics, titles and names.
type mentionFinder struct {
	*tokens
	*chunkTable // being built
}

// findMentions returns the chunks of t.
func findMentions(t *tokens) *chunkTable {
	m := &mentionFinder{tokens: t, chunkTable: &chunkTable{}}
	m.findChunks()
	return m.chunkTable
}

// chunk is a proper-noun phrase: a token range and what it was found to be.
type chunk struct {
	ts, te  int // token range [ts, te)
	typ     schema.EntityType
	country int    // country index when the chunk names a country (or a demonym)
	demonym bool   // the chunk is a demonym ("Russian")
	hon     string // honorific or title right before the name ("Mr.", "President")
	weakPer bool   // only weak evidence of a person (subject of a speech verb)
	acro    bool   // an all-capital acronym
	place   bool   // a known place that is no entity of ours
	city    bool   // a city: no entity unless it names one found elsewhere ("Jackson" of "Jesse Jackson")
	corp    bool   // followed by a corporate title ("SpaceX CEO")
	ent     int    // entity index after resolution, -1 if dropped
}

// findRuns finds the maximal runs of capitalised words of each sentence.
func (mf *mentionFinder) findRuns() [][2]int {
	var runs [][2]int
	toks := mf.toks
	for i := 0; i < len(toks); {
		if !mf.isCapWord(i) {
			i++
			continue
		}
		j := mf.runEnd(i)
		for j > i+1 && nameConnectors[toks[j-1].text] {
			j--
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// runEnd is the token after the run of capitalised words that starts at
// the capitalised word i, within its sentence and line.
func (mf *mentionFinder) runEnd(i int) int {
	toks := mf.toks
	n := len(toks)
	sent := toks[i].sent
	hasHead := mf.isHeadTok(i)
	hasOf := false
	j := i + 1
	// a country's name is one run whatever its words: "Democratic
	// Republic of the Congo", "Côte d'Ivoire" (countryAt builds strings:
	// asked of every run it cost 15% of Extract, so only of the first words
	// of such names)
	if mf.lx.splitNameFirst[toks[i].text] {
		if _, e, _ := mf.countryAt(i, min(i+mf.lx.maxKeyToks, n)); e > j && toks[e-1].sent == sent {
			j = e
		}
	}
	for j < n && toks[j].sent == sent && toks[j].nl == 0 {
		tj := &toks[j]
		if tj.kind == tWord && (tj.cap && !stopCap[tj.text] || legalForm(tj.text) || nameSuffixes[tj.text]) {
			if mf.isHeadTok(j) {
				hasHead = true
			}
			j++
			continue
		}
		// "Hawk's Ridge Wine Cellars": a possessive inside a name that ends in a head noun
		// (not "Japan's Fair Pricing Commission": a country or place owns it)
		if tj.kind == tPoss && mf.possessiveJoins(i, j, hasHead) {
			j++
			continue
		}
		if k := mf.innerJoin(j, hasHead && hasOf); k > 0 {
			j += k
			continue
		}
		// "Hanegawa Co. of Japan", "Brasher Industries Inc. of the U.S.":
		// the country after a legal form is the company's seat
		if tj.text == "of" && legalForm(toks[j-1].text) && mf.seatAt(j+1) {
			break
		}
		if nameConnectors[tj.text] && mf.isCapWord(j+1) && toks[j+1].sent == sent {
			var ok bool
			ok, hasOf = mf.connectorJoins(i, j, hasHead, hasOf)
			if ok {
				j++
				continue
			}
		}
		if (tj.text == "of" || tj.text == "for") && hasHead && j+2 < n && toks[j+1].text == "the" && mf.isCapWord(j+2) {
			j += 2
			hasOf = true
			continue
		}
		if tj.text == "," && j+1 < n && mf.commaJoins(j) {
			j += 2
			continue
		}
		break
	}
	return j
}

// connectorJoins reports whether the name connector at j (of, for, and,
// &, de, …) joins the run that starts at i to the capitalised word after
// it; hasHead and hasOf say whether the run so far has a head noun and an
// "of" phrase, and the second result is hasOf after j.
func (mf *mentionFinder) connectorJoins(i, j int, hasHead, hasOf bool) (bool, bool) {
	toks := mf.toks
	tj := &toks[j]
	ok := false
	switch tj.text {
	case "of", "for", "on":
		ok = hasHead
		// "Friends for Literacy", "Doctors for Peace": a plural before "for"
		// (not "Lawyers for Tamberra Mining Ltd": people working for a company)
		if tj.text == "for" && j == i+1 && len(toks[i].text) > 3 && strings.HasSuffix(toks[i].text, "s") && !strings.HasSuffix(toks[i].text, "ss") && !mf.lx.isGiven(toks[i].text) && !mf.capRunEndsInCompany(j+1) {
			ok = true
		}
		hasOf = hasOf || ok
	case "and":
		// "Progress and Liberty Party": the rest ends in a head noun
		// "Securities and Exchange Commission"; not "House and Senate"
		ok = hasHead && hasOf || (!hasHead && j-i <= 2 || j-i == 1) && mf.capRunHasOrgHead(j+1, 2)
	case "&":
		ok = true
	case "the":
		ok = false
	default:
		ok = tj.kind == tWord && !tj.cap && j+1 < len(toks)
	}
	return ok, hasOf
}

// commaJoins reports whether the comma at j is inside a name: before a
// legal form (", Inc."), or in a law or ad firm ("Marden, Grant & Webb",
// "Tamsin, Crowle & Barker").
func (mf *mentionFinder) commaJoins(j int) bool {
	toks := mf.toks
	n := len(toks)
	if legalForm(toks[j+1].text) && toks[j+1].text != "Group" && toks[j+1].text != "Company" {
		return true
	}
	if mf.isCapWord(j+1) && j+3 < n && toks[j+2].text == "&" && mf.isCapWord(j+3) {
		return true
	}
	return mf.isCapWord(j+1) && j+5 < n && toks[j+2].text == "," && mf.isCapWord(j+3) && toks[j+4].text == "&"
}

// seatAt: tokens from i are "[the] COUNTRY" and nothing more of a name,
// a country that is not also a common part of company names ("Aluminum
// Co. of America", "Life Insurance Co. of Vermont").
func (mf *mentionFinder) seatAt(i int) bool {
	if i < len(mf.toks) && mf.toks[i].text == "the" {
		i++
	}
	c, e, dem := mf.countryAt(i, min(i+mf.lx.maxKeyToks, len(mf.toks)))
	if c < 0 || dem || mf.isCapWord(e) {
		return false
	}
	w := mf.tokText(i, e)
	return w != "America" && w != "Georgia"
}

// placeWord: token i is a country, demonym, capital or known place.
func (mf *mentionFinder) placeWord(i int) bool {
	w := mf.toks[i].text
	if c, _, _ := mf.countryAt(i, i+1); c >= 0 {
		return true
	}
	return mf.lx.capitals[w] || places[w]
}

func (mf *mentionFinder) addChunk(c chunk) {
	if c.te <= c.ts {
		return
	}
	c.ent = -1
	if c.typ != schema.Country {
		c.country = -1
	}
	mf.chunks = append(mf.chunks, c)
}

// segment splits a run into chunks: honorifics, titles inside the run
// ("SpaceX CEO Elon Musk"), a leading country or demonym ("Russian
// President ..."), and an organisation followed by a person.
func (mf *mentionFinder) segment(a, b int, hon string) {
	if a >= b {
		return
	}
	toks := mf.toks
	if k := mf.basedEnd(a, b); k > a {
		mf.segment(k, b, hon)
		return
	}
	// "Says Hattie Lund, a teacher, ...": a speech verb opening the sentence
	if toks[a].first && b-a > 1 && !toks[a].allCaps && mf.isSpeech(a) {
		a++
	}
	// a time word opening the sentence is no part of a name: "Former
	// Dunmore Corp. chief executive X", "Retired Larch Foods executive X"
	if toks[a].first && b-a > 1 && openingTimeWord(toks[a].text) {
		a++
	}
	// leading honorific / title word: "Mr. Valkema", "President Harlan"
	if _, ok := honorifics[toks[a].text]; ok && b-a > 1 && mf.personish(a+1, b) {
		mf.segment(a+1, b, toks[a].text)
		return
	}
	if mf.segmentTitled(a, b) {
		return
	}
	// a title ending the run: "the SpaceX CEO wrote"
	for k := a + 1; k < b; k++ {
		if e := mf.capTitle(k, b); e == b {
			mf.segmentModifier(a, k)
			return
		}
	}
	// a leading country name or demonym
	if c, e, dem := mf.countryAt(a, b); c >= 0 {
		if e == b {
			mf.addChunk(chunk{ts: a, te: b, typ: schema.Country, country: c, demonym: dem})
			return
		}
		hasHead := false
		for k := e; k < b; k++ {
			if mf.isHeadTok(k) {
				hasHead = true
			}
		}
		// "U.S. Federal Reserve": a dotted abbreviation before a public body
		// is the country, not part of the body's name (but "U.S. Steel")
		if !hasHead || !dem && strings.Contains(toks[a].text, ".") && b-e >= 2 && orgHeads[mf.lastHead(e, b)] {
			mf.addChunk(chunk{ts: a, te: e, typ: schema.Country, country: c, demonym: dem})
			mf.segment(e, b, "")
			return
		}
	}
	// an organisation followed by a name: "Presidential Administration Andriy Yermak"
	for k := b - 3; k > a; k-- {
		if mf.isHeadTok(k) && mf.personish(k+1, b) && b-(k+1) >= 2 {
			mf.addChunk(chunk{ts: a, te: k + 1})
			mf.addChunk(chunk{ts: k + 1, te: b, typ: schema.Person})
			return
		}
	}
	mf.addChunk(chunk{ts: a, te: b, hon: hon, country: -1})
}

// segmentTitled splits [a, b) at a title inside it with a person after
// it ("SpaceX CEO Elon Musk", "U.S. District Judge X"): the modifier before
// the title, and the person with the title as its hon. It reports whether
// it found one.
func (mf *mentionFinder) segmentTitled(a, b int) bool {
	toks := mf.toks
	for k := a; k < b; k++ {
		if e := mf.capTitle(k, b); e > k && e < b && mf.personish(e, b) {
			// "U.S. District Judge", "Transportation Secretary"
			gov := govHeads[strings.ToLower(toks[e-1].text)]
			for k > a && titleMods[strings.ToLower(toks[k-1].text)] && (!mf.isHeadTok(k-1) || gov && govPortfolios[strings.ToLower(toks[k-1].text)]) {
				// (a portfolio before "Minister" is the title's even when it
				// can end a company's name: "Saudi Energy Minister X")
				if c, ce, _ := mf.countryAt(k-1, k); c >= 0 && ce == k {
					break
				}
				k--
			}
			if k > a {
				mf.segmentModifier(a, k)
			}
			mf.addChunk(chunk{ts: e, te: b, typ: schema.Person, hon: mf.tokText(k, e)})
			return true
		}
	}
	return false
}

// segmentModifier adds the part of a run before a title: a country,
// demonym or organisation ("Russian", "SpaceX", "Federal Reserve Board").
func (mf *mentionFinder) segmentModifier(a, b int) {
	if c, e, dem := mf.countryAt(a, b); c >= 0 && e == b {
		mf.addChunk(chunk{ts: a, te: b, typ: schema.Country, country: c, demonym: dem})
		return
	}
	mf.addChunk(chunk{ts: a, te: b, corp: true, country: -1})
}

// findChunks finds and segments every proper-noun phrase.
func (mf *mentionFinder) findChunks() {
	for _, r := range mf.findRuns() {
		mf.segment(r[0], r[1], "")
	}
	for i := range mf.chunks {
		c := &mf.chunks[i]
		if c.hon == "" && c.ts > 0 {
			if _, ok := honorifics[mf.toks[c.ts-1].text]; ok {
				c.hon = mf.toks[c.ts-1].text
			}
		}
	}
	mf.tokChunk = make([]int, len(mf.toks))
	for i := range mf.tokChunk {
		mf.tokChunk[i] = -1
	}
	for ci := range mf.chunks {
		for k := mf.chunks[ci].ts; k < mf.chunks[ci].te; k++ {
			mf.tokChunk[k] = ci
		}
	}
}

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r == '&' || r == '.' || r == '-':
		case r >= '0' && r <= '9':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}
