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
func (d *mentionFinder) findRuns() [][2]int {
	var runs [][2]int
	toks := d.toks
	for i := 0; i < len(toks); {
		if !d.isCapWord(i) {
			i++
			continue
		}
		j := d.runEnd(i)
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
func (d *mentionFinder) runEnd(i int) int {
	toks := d.toks
	n := len(toks)
	sent := toks[i].sent
	hasHead := d.isHeadTok(i)
	hasOf := false
	j := i + 1
	for j < n && toks[j].sent == sent && toks[j].nl == 0 {
		tj := &toks[j]
		if tj.kind == tWord && (tj.cap && !stopCap[tj.text] || legalForm(tj.text) || nameSuffixes[tj.text]) {
			if d.isHeadTok(j) {
				hasHead = true
			}
			j++
			continue
		}
		// "Stag's Leap Wine Cellars": a possessive inside a name that ends in a head noun
		// (not "Japan's Fair Trade Commission": a country or place owns it)
		if tj.kind == tPoss && j == i+1 && !hasHead && d.isCapWord(j+1) && toks[j+1].sent == sent && d.capRunEndsInHead(j+1) && !d.placeWord(i) {
			j++
			continue
		}
		// "Furukawa Co. of Japan", "Dresser Industries Inc. of the U.S.":
		// the country after a legal form is the company's seat
		if tj.text == "of" && legalForm(toks[j-1].text) && d.seatAt(j+1) {
			break
		}
		if nameConnectors[tj.text] && d.isCapWord(j+1) && toks[j+1].sent == sent {
			var ok bool
			ok, hasOf = d.connectorJoins(i, j, hasHead, hasOf)
			if ok {
				j++
				continue
			}
		}
		if (tj.text == "of" || tj.text == "for") && hasHead && j+2 < n && toks[j+1].text == "the" && d.isCapWord(j+2) {
			j += 2
			hasOf = true
			continue
		}
		if tj.text == "," && j+1 < n && d.commaJoins(j) {
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
func (d *mentionFinder) connectorJoins(i, j int, hasHead, hasOf bool) (bool, bool) {
	toks := d.toks
	tj := &toks[j]
	ok := false
	switch tj.text {
	case "of", "for", "on":
		ok = hasHead
		// "Friends for Education", "Doctors for Peace": a plural before "for"
		if tj.text == "for" && j == i+1 && len(toks[i].text) > 3 && strings.HasSuffix(toks[i].text, "s") && !strings.HasSuffix(toks[i].text, "ss") && !d.lx.given[toks[i].text] {
			ok = true
		}
		hasOf = hasOf || ok
	case "and":
		// "Progress and Liberty Party": the rest ends in a head noun
		// "Securities and Exchange Commission"; not "House and Senate"
		ok = hasHead && hasOf || (!hasHead && j-i <= 2 || j-i == 1) && d.capRunHasOrgHead(j+1, 2)
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
// legal form (", Inc."), or in a law or ad firm ("Mayer, Brown & Platt",
// "Avrett, Free & Ginsberg").
func (d *mentionFinder) commaJoins(j int) bool {
	toks := d.toks
	n := len(toks)
	if legalForm(toks[j+1].text) && toks[j+1].text != "Group" && toks[j+1].text != "Company" {
		return true
	}
	if d.isCapWord(j+1) && j+3 < n && toks[j+2].text == "&" && d.isCapWord(j+3) {
		return true
	}
	return d.isCapWord(j+1) && j+5 < n && toks[j+2].text == "," && d.isCapWord(j+3) && toks[j+4].text == "&"
}

// seatAt: tokens from i are "[the] COUNTRY" and nothing more of a name,
// a country that is not also a common part of company names ("Aluminum
// Co. of America", "Life Insurance Co. of Georgia").
func (d *mentionFinder) seatAt(i int) bool {
	if i < len(d.toks) && d.toks[i].text == "the" {
		i++
	}
	c, e, dem := d.countryAt(i, min(i+d.lx.maxKeyToks, len(d.toks)))
	if c < 0 || dem || d.isCapWord(e) {
		return false
	}
	w := d.tokText(i, e)
	return w != "America" && w != "Georgia"
}

// placeWord: token i is a country, demonym, capital or known place.
func (d *mentionFinder) placeWord(i int) bool {
	w := d.toks[i].text
	if c, _, _ := d.countryAt(i, i+1); c >= 0 {
		return true
	}
	return d.lx.capitals[w] || places[w]
}

// capRunEndsInHead: the capitalised words from token i on end in an
// organisation or company head noun.
func (d *mentionFinder) capRunEndsInHead(i int) bool {
	j := i
	for j < len(d.toks) && j < i+5 && d.isCapWord(j) && d.toks[j].sent == d.toks[i].sent {
		j++
	}
	return j > i && (orgHeads[d.toks[j-1].text] || companyHeads[d.toks[j-1].text] || legalForm(d.toks[j-1].text))
}

// capRunHasOrgHead: among the next five capitalised words from token i,
// the minWords-th or a later one is an organisation head noun ("Exchange
// Commission", also in "Exchange Commission Chairman Richard Breeden").
func (d *mentionFinder) capRunHasOrgHead(i, minWords int) bool {
	for j := i; j < len(d.toks) && j < i+5 && d.isCapWord(j) && d.toks[j].sent == d.toks[i].sent; j++ {
		if j-i+1 >= minWords && orgHeads[d.toks[j].text] {
			return true
		}
	}
	return false
}

func (d *mentionFinder) addChunk(c chunk) {
	if c.te <= c.ts {
		return
	}
	c.ent = -1
	if c.typ != schema.Country {
		c.country = -1
	}
	d.chunks = append(d.chunks, c)
}

// segment splits a run into chunks: honorifics, titles inside the run
// ("SpaceX CEO Elon Musk"), a leading country or demonym ("Russian
// President ..."), and an organisation followed by a person.
func (d *mentionFinder) segment(a, b int, hon string) {
	if a >= b {
		return
	}
	toks := d.toks
	// "Says Gayle Key, a teacher, ...": a speech verb opening the sentence
	if toks[a].first && b-a > 1 && !toks[a].allCaps && d.isSpeech(a) {
		a++
	}
	// leading honorific / title word: "Mr. Vinken", "President Bush"
	if _, ok := honorifics[toks[a].text]; ok && b-a > 1 && d.personish(a+1, b) {
		d.segment(a+1, b, toks[a].text)
		return
	}
	if d.segmentTitled(a, b) {
		return
	}
	// a title ending the run: "the SpaceX CEO wrote"
	for k := a + 1; k < b; k++ {
		if e := d.capTitle(k, b); e == b {
			d.segmentModifier(a, k)
			return
		}
	}
	// a leading country name or demonym
	if c, e, dem := d.countryAt(a, b); c >= 0 {
		if e == b {
			d.addChunk(chunk{ts: a, te: b, typ: schema.Country, country: c, demonym: dem})
			return
		}
		hasHead := false
		for k := e; k < b; k++ {
			if d.isHeadTok(k) {
				hasHead = true
			}
		}
		if !hasHead {
			d.addChunk(chunk{ts: a, te: e, typ: schema.Country, country: c, demonym: dem})
			d.segment(e, b, "")
			return
		}
	}
	// an organisation followed by a name: "Presidential Administration Andriy Yermak"
	for k := b - 3; k > a; k-- {
		if d.isHeadTok(k) && d.personish(k+1, b) && b-(k+1) >= 2 {
			d.addChunk(chunk{ts: a, te: k + 1})
			d.addChunk(chunk{ts: k + 1, te: b, typ: schema.Person})
			return
		}
	}
	d.addChunk(chunk{ts: a, te: b, hon: hon, country: -1})
}

// segmentTitled splits [a, b) at a title inside it with a person after
// it ("SpaceX CEO Elon Musk", "U.S. District Judge X"): the modifier before
// the title, and the person with the title as its hon. It reports whether
// it found one.
func (d *mentionFinder) segmentTitled(a, b int) bool {
	toks := d.toks
	for k := a; k < b; k++ {
		if e := d.capTitle(k, b); e > k && e < b && d.personish(e, b) {
			// "U.S. District Judge", "Transportation Secretary"
			for k > a && titleMods[strings.ToLower(toks[k-1].text)] && !d.isHeadTok(k-1) {
				if c, ce, _ := d.countryAt(k-1, k); c >= 0 && ce == k {
					break
				}
				k--
			}
			if k > a {
				d.segmentModifier(a, k)
			}
			d.addChunk(chunk{ts: e, te: b, typ: schema.Person, hon: d.tokText(k, e)})
			return true
		}
	}
	return false
}

// segmentModifier adds the part of a run before a title: a country,
// demonym or organisation ("Russian", "SpaceX", "Federal Reserve Board").
func (d *mentionFinder) segmentModifier(a, b int) {
	if c, e, dem := d.countryAt(a, b); c >= 0 && e == b {
		d.addChunk(chunk{ts: a, te: b, typ: schema.Country, country: c, demonym: dem})
		return
	}
	d.addChunk(chunk{ts: a, te: b, corp: true, country: -1})
}

// findChunks finds and segments every proper-noun phrase.
func (d *mentionFinder) findChunks() {
	for _, r := range d.findRuns() {
		d.segment(r[0], r[1], "")
	}
	for i := range d.chunks {
		c := &d.chunks[i]
		if c.hon == "" && c.ts > 0 {
			if _, ok := honorifics[d.toks[c.ts-1].text]; ok {
				c.hon = d.toks[c.ts-1].text
			}
		}
	}
	d.tokChunk = make([]int, len(d.toks))
	for i := range d.tokChunk {
		d.tokChunk[i] = -1
	}
	for ci := range d.chunks {
		for k := d.chunks[ci].ts; k < d.chunks[ci].te; k++ {
			d.tokChunk[k] = ci
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
