package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

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

// ent is one resolved entity of the article.
type ent struct {
	typ     schema.EntityType
	name    string
	words   []string // name split in words (for surname / prefix matching)
	country int
	gender  byte // 'm', 'f' or 0, from honorifics (Mr., Mrs., Ms.)
	aliases []string
	spans   []schema.Span
	first   int
}

type doc struct {
	lx         *lexicon
	text       string
	date       string
	toks       []token
	chunks     []chunk
	tokChunk   []int // token -> chunk index, -1
	ents       []*ent
	byName     map[string]int // type+"\x00"+name -> entity
	idx        entIndex       // entities by the parts of their names
	lastStmt   *stmt          // the latest quotation, for split and continued quotations
	speakers   speakerIndex   // every statement found so far, for pronoun speakers
	midCaps    map[string]bool
	aliasOf    map[string]int               // other names of companies and organisations, from appositives
	shortForms map[string]bool              // type and words of the short forms of long names, for shortForm
	acroChunks map[string][]int             // acronym chunks by word, for acronymType
	acroTypes  map[string]schema.EntityType // acronymType by word
	langMemo   map[int]bool                 // language results by first token
	sentTok    []int                        // first token of each sentence
	foc        *focusIndex                  // entities in focus, see focus
	sentFacts  []sentFact                   // where backward searches stop in each sentence, see sentFact
	channels   map[int]string               // channelOf by sentence
	openParen  []int32                      // last "(" at or before each token, see openParenBefore
}

func (d *doc) tokText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].s:d.toks[b-1].e]
}

// words of the chunk without the connectors' special cases: token texts.
func (d *doc) chunkWords(c *chunk) []string {
	ws := make([]string, 0, c.te-c.ts)
	for i := c.ts; i < c.te; i++ {
		ws = append(ws, d.toks[i].text)
	}
	return ws
}

func (d *doc) isCapWord(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tWord && t.cap && !stopCap[t.text]
}

func (d *doc) isHeadTok(i int) bool {
	w := d.toks[i].text
	return orgHeads[w] || companyHeads[w] || legalForm(w)
}

// findRuns finds the maximal runs of capitalised words of each sentence.
func (d *doc) findRuns() [][2]int {
	var runs [][2]int
	toks := d.toks
	n := len(toks)
	for i := 0; i < n; {
		if !d.isCapWord(i) {
			i++
			continue
		}
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
					ok = tj.kind == tWord && !tj.cap && j+1 < n
				}
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
			if tj.text == "," && j+1 < n {
				if legalForm(toks[j+1].text) && toks[j+1].text != "Group" && toks[j+1].text != "Company" {
					j += 2
					continue
				}
				// law and ad firms: "Mayer, Brown & Platt", "Avrett, Free & Ginsberg"
				if d.isCapWord(j+1) && j+3 < n && toks[j+2].text == "&" && d.isCapWord(j+3) {
					j += 2
					continue
				}
				if d.isCapWord(j+1) && j+5 < n && toks[j+2].text == "," && d.isCapWord(j+3) && toks[j+4].text == "&" {
					j += 2
					continue
				}
			}
			break
		}
		for j > i+1 && nameConnectors[toks[j-1].text] {
			j--
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// seatAt: tokens from i are "[the] COUNTRY" and nothing more of a name,
// a country that is not also a common part of company names ("Aluminum
// Co. of America", "Life Insurance Co. of Georgia").
func (d *doc) seatAt(i int) bool {
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
func (d *doc) placeWord(i int) bool {
	w := d.toks[i].text
	if c, _, _ := d.countryAt(i, i+1); c >= 0 {
		return true
	}
	return d.lx.capitals[w] || places[w]
}

// capRunEndsInHead: the capitalised words from token i on end in an
// organisation or company head noun.
func (d *doc) capRunEndsInHead(i int) bool {
	j := i
	for j < len(d.toks) && j < i+5 && d.isCapWord(j) && d.toks[j].sent == d.toks[i].sent {
		j++
	}
	return j > i && (orgHeads[d.toks[j-1].text] || companyHeads[d.toks[j-1].text] || legalForm(d.toks[j-1].text))
}

// capRunHasOrgHead: among the next five capitalised words from token i,
// the minWords-th or a later one is an organisation head noun ("Exchange
// Commission", also in "Exchange Commission Chairman Richard Breeden").
func (d *doc) capRunHasOrgHead(i, minWords int) bool {
	for j := i; j < len(d.toks) && j < i+5 && d.isCapWord(j) && d.toks[j].sent == d.toks[i].sent; j++ {
		if j-i+1 >= minWords && orgHeads[d.toks[j].text] {
			return true
		}
	}
	return false
}

// capTitle matches a capitalised (or upper-case) job title inside a run at
// token i: "CEO", "President", "Prime Minister", "Chief Executive". It
// returns the end of the title or -1.
func (d *doc) capTitle(i, end int) int {
	w := d.toks[i].text
	lw := strings.ToLower(w)
	switch lw {
	case "ceo", "cfo", "coo", "cto", "president", "chairman", "chairwoman", "minister", "secretary", "senator", "governor",
		"spokesman", "spokeswoman", "director", "chancellor", "premier", "mayor", "ambassador", "commissioner", "judge", "justice", "chief", "head", "founder", "king", "queen":
		// "Chief Executive (Officer)"
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(d.toks[j].text)] || titleMods[strings.ToLower(d.toks[j].text)]) && !nameLike(d, j) {
			j++
		}
		return j
	default:
		// "Cartoonist Garry Trudeau", "Owner Al Brownstein": any title word
		// opening a sentence before a name
		if d.toks[i].first && titleHeads[lw] && i+1 < end {
			return i + 1
		}
	case "vice", "prime", "deputy", "foreign", "defense", "defence", "finance", "interior", "executive", "managing", "general", "attorney":
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(d.toks[j].text)] || titleMods[strings.ToLower(d.toks[j].text)]) {
			j++
		}
		if j > i+1 && titleHeads[strings.ToLower(d.toks[j-1].text)] {
			return j
		}
	}
	return -1
}

// nameLike: token j looks like part of a person's name rather than a title
// word (a given name, or followed by more capitalised words).
func nameLike(d *doc, j int) bool {
	return d.lx.given[d.toks[j].text]
}

// personish reports whether tokens [a, b) can be a person's name: one to
// four capitalised words or initials, no head nouns or legal forms.
func (d *doc) personish(a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.cap || d.isHeadTok(i) || nameConnectors[t.text] {
			if t.kind == tWord && (t.text == "de" || t.text == "van" || t.text == "von" || t.text == "bin" || t.text == "al") {
				continue
			}
			return false
		}
	}
	return true
}

// countryAt returns the longest country name or demonym starting at token i
// and not going past end, as (country, end, isDemonym), or (-1, i, false).
func (d *doc) countryAt(i, end int) (int, int, bool) {
	if i >= end {
		return -1, i, false // "Furukawa Co. of" ending the text
	}
	lx := d.lx
	var sb strings.Builder
	best, bestEnd := -1, i
	for j := i; j < end && j-i < lx.maxKeyToks; j++ {
		if j > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[j].text)
		if c, ok := lx.countryKey[sb.String()]; ok {
			best, bestEnd = c, j+1
		}
	}
	if best >= 0 {
		return best, bestEnd, false
	}
	if c, ok := lx.demonymKey[d.toks[i].text]; ok {
		// two-word demonyms: "North Korean", "West German"
		if i+1 < end {
			if c2, ok := lx.demonymKey[d.toks[i].text+" "+d.toks[i+1].text]; ok {
				return c2, i + 2, true
			}
		}
		return c, i + 1, true
	}
	if i+1 < end {
		if c, ok := lx.demonymKey[d.toks[i].text+" "+d.toks[i+1].text]; ok {
			return c, i + 2, true
		}
	}
	return -1, i, false
}

func (d *doc) addChunk(c chunk) {
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
func (d *doc) segment(a, b int, hon string) {
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
	// a title inside the run with a person after it
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
			return
		}
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

// segmentModifier adds the part of a run before a title: a country,
// demonym or organisation ("Russian", "SpaceX", "Federal Reserve Board").
func (d *doc) segmentModifier(a, b int) {
	if c, e, dem := d.countryAt(a, b); c >= 0 && e == b {
		d.addChunk(chunk{ts: a, te: b, typ: schema.Country, country: c, demonym: dem})
		return
	}
	d.addChunk(chunk{ts: a, te: b, corp: true, country: -1})
}

// findChunks finds and segments every proper-noun phrase.
func (d *doc) findChunks() {
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

// classify types each chunk from the cues inside and around it.
func (d *doc) classify() {
	toks := d.toks
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.typ != "" {
			continue
		}
		a, b := c.ts, c.te
		surface := d.tokText(a, b)
		n := b - a
		last := toks[b-1].text
		if nonEntityHeads[last] && n > 1 || headlineCaps(d, a, b) || strings.HasSuffix(toks[a].text, "-based") ||
			last == "Treasury" && b < len(toks) && instrumentNouns[toks[b].text] {
			// "Madison Avenue", "California Achievement Test", a headline in
			// capitals, "Atlanta-based ...", "Treasury bonds"
			c.place = true
			continue
		}
		if n == 1 && (d.lx.capitals[surface] || places[surface]) || places[surface] || n == 2 && compassWords[toks[a].text] && places[d.tokText(a+1, b)] {
			// "the South Carolina department of education"
			if e := d.lowerAgency(b); e > b {
				d.extendChunk(ci, e)
				c.typ = schema.Organization
				continue
			}
			c.place = true
			continue
		}
		if n >= 2 && toks[b-1].text != "" && places[d.tokText(a, a+2)] && n == 2 {
			c.place = true
			continue
		}
		if c.hon != "" && d.personish(a, b) {
			c.typ = schema.Person
			continue
		}
		if (legalForm(last) || companyEnds[last]) && n > 1 {
			c.typ = schema.Company
			continue
		}
		if t := d.headType(a, b); t != "" {
			c.typ = t
			continue
		}
		if n > 2 && toks[a+1].text == "for" {
			c.typ = schema.Organization // "Friends for Education"
			continue
		}
		if n == 1 && channels[surface] {
			c.typ = schema.Company
			continue
		}
		if n == 1 && isAcronym(surface) {
			if nonEntityAcronyms[surface] {
				c.place = true // i.e. dropped
				continue
			}
			c.acro = true
			continue
		}
		if c.corp {
			c.typ = schema.Company
			// government titles make the modifier an organisation
			if e := d.capTitle(b, min(b+4, len(toks))); e > b {
				switch strings.ToLower(toks[b].text) {
				case "minister", "secretary", "senator", "governor", "chancellor", "premier", "mayor", "ambassador", "judge", "justice", "commissioner":
					c.typ = schema.Organization
				}
			}
			continue
		}
		if n >= 2 && d.personish(a, b) && d.scriptAlias(a, b) {
			c.typ = schema.Person // "Olena Hrytsenko (Олена Гриценко)"
			continue
		}
		if n >= 2 && d.lx.given[toks[a].text] && d.personish(a, b) {
			c.typ = schema.Person
			continue
		}
		if d.personContext(a, b) && d.personish(a, b) {
			c.typ = schema.Person
			continue
		}
		if b < len(toks) && lowerOrgNouns[toks[b].text] && !d.lx.given[toks[a].text] {
			c.typ = schema.Organization // "the United Auto Workers union"
			continue
		}
		if d.companyContext(a, b) {
			c.typ = schema.Company
			continue
		}
		if d.speechSubject(a, b) && d.personish(a, b) && n <= 3 {
			// a lone capitalised sentence opener ("Prosecutors said") is a
			// name only if the word is capitalised elsewhere too
			c.weakPer = n > 1 || !toks[a].first || d.capMidSentence(toks[a].text)
		}
	}
	d.markCities()
}

// markCities: a city is none of the four types ("Chicago said", "a Miami
// lawyer", "Dallas District Judge") unless an honorific or a cue made it a
// person ("Houston, 45,") or a company's title follows it ("Toyota
// President"). Such a chunk can still join an entity named in full
// elsewhere.
func (d *doc) markCities() {
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.place || c.hon != "" || !d.lx.cities[d.surface(c)] {
			continue
		}
		if c.typ == "" || c.corp && !d.corporateTitleAt(c.te) {
			c.city, c.typ, c.corp, c.weakPer, c.acro = true, "", false, false, false
		}
	}
}

// corporateTitleAt: the title words from token k on name a post in a
// company ("President", "Chief Executive").
func (d *doc) corporateTitleAt(k int) bool {
	for ; k < len(d.toks); k++ {
		w := strings.ToLower(d.toks[k].text)
		if corporateTitles[w] {
			return true
		}
		if !titleHeads[w] && !titleMods[w] {
			return false
		}
	}
	return false
}

// headType types a name by its head noun: the last organisation or company
// head before the first "of", "for" or "on" (the head of "Department of
// Health and Human Services" is Department, not Services), else "&" makes
// a company. An organisation head wins over "&" ("H.N. & Frances C. Berger
// Foundation"), except in a thrift ("Savings & Loan Association").
func (d *doc) headType(a, b int) schema.EntityType {
	toks := d.toks
	n := b - a
	head, amp, thrift, stateBank := "", false, false, false
	for k := a; k < b; k++ {
		w := toks[k].text
		if (w == "of" || w == "for" || w == "on") && head != "" {
			break
		}
		switch {
		case orgHeads[w] || companyHeads[w] || bareOrgHeads[w]:
			head = w
		case legalForm(w) && k > a:
			head = w
		}
		if w == "&" || strings.Contains(w, "&") && !isAcronym(w) {
			amp = true
		}
		thrift = thrift || thriftWords[w]
		stateBank = stateBank || stateBankWords[w]
	}
	switch {
	case head == "" || n == 1 && !bareOrgHeads[head]:
		if amp && n > 1 {
			return schema.Company
		}
		return ""
	case (orgHeads[head] || bareOrgHeads[head]) && !thrift:
		return schema.Organization
	case head == "Bank" && stateBank:
		return schema.Organization
	}
	return schema.Company
}

// lowerAgency reads a lower-case agency name after a place, "department of
// [public] education", from token i and returns its end, or i.
func (d *doc) lowerAgency(i int) int {
	toks := d.toks
	if i+2 >= len(toks) || !lowerAgencies[toks[i].text] || toks[i+1].text != "of" {
		return i
	}
	j := i + 2
	for j < len(toks) && j < i+5 && toks[j].kind == tWord && !toks[j].cap && !clauseWords[toks[j].text] && toks[j].text != "the" {
		j++
	}
	if j == i+2 {
		return i
	}
	return j
}

// extendChunk makes chunk ci end at token e.
func (d *doc) extendChunk(ci, e int) {
	for k := d.chunks[ci].te; k < e; k++ {
		d.tokChunk[k] = ci
	}
	d.chunks[ci].te = e
}

// scriptAlias: the name [a, b) is followed by the same name in another
// script in brackets: "Olena Hrytsenko (Олена Гриценко)".
func (d *doc) scriptAlias(a, b int) bool {
	toks := d.toks
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
	other := d.tokText(b+1, j)
	if isLatin(other) {
		return false
	}
	return similar(translit(other), strings.ToLower(d.tokText(a, b)))
}

// headlineCaps: a run of capital letters with a word too long for an
// acronym is a headline ("INQUIRY CLEARS TEXAS JUDGE").
func headlineCaps(d *doc, a, b int) bool {
	if w := d.toks[a].text; b-a == 1 && isAcronym(w) && (len(w) <= 5 || strings.ContainsAny(w, "-&.")) {
		return false // "AFL-CIO"; not "PAPERS:"
	}
	long := false
	for k := a; k < b; k++ {
		t := &d.toks[k]
		if !t.allCaps || strings.ContainsAny(t.text, ".&") {
			return false
		}
		if len(t.text) >= 6 {
			long = true
		}
	}
	return long
}

// personContext: an age after the name ("Pierre Vinken, 61,"), a job title
// right before it ("tech mogul Elon Musk", "vice prime minister, Mykhailo
// Fedorov"), or an appositive title after it ("John Smith, a lawyer").
func (d *doc) personContext(a, b int) bool {
	toks := d.toks
	n := len(toks)
	if b+1 < n && toks[b].text == "," && toks[b+1].kind == tNum && (b+2 >= n || toks[b+2].text == "," || toks[b+2].text == "years") {
		return true
	}
	// title before
	p := a - 1
	if p >= 0 && toks[p].text == "," {
		p--
	}
	if p >= 0 && toks[p].kind == tWord && !toks[p].cap && titleHeads[toks[p].text] {
		return true
	}
	// appositive after: ", a/the ... title"
	if b+1 < n && toks[b].text == "," {
		k := b + 1
		if k < n && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the" || toks[k].text == "who" || toks[k].text == "whose") {
			if toks[k].text == "who" || toks[k].text == "whose" {
				return true
			}
			k++
		}
		for m := k; m < n && m < k+5; m++ {
			w := toks[m].text
			if toks[m].kind != tWord || toks[m].cap {
				if toks[m].kind == tPoss || toks[m].cap && m > k {
					continue
				}
				break
			}
			if titleHeads[w] {
				return true
			}
		}
	}
	return false
}

// companyContext: "shares of X", "X shares", "X's stock", "X CEO".
func (d *doc) companyContext(a, b int) bool {
	toks := d.toks
	n := len(toks)
	k := b
	if k < n && toks[k].kind == tPoss {
		k++
	}
	if k < n {
		switch toks[k].text {
		case "shares", "stock", "stockholders", "shareholders", "subsidiary", "unit", "CEO", "spokesman", "spokeswoman":
			return true
		}
	}
	if a >= 2 && toks[a-1].text == "of" && (toks[a-2].text == "shares" || toks[a-2].text == "unit" || toks[a-2].text == "subsidiary") {
		return true
	}
	return false
}

// speechSubject: the phrase is followed by a speech or report verb
// ("Zelenskyy has proposed", "Smith said") or preceded by "said"
// ("..., said Smith").
func (d *doc) speechSubject(a, b int) bool {
	toks := d.toks
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
	return false
}

func (d *doc) entKey(t schema.EntityType, name string) string { return string(t) + "\x00" + name }

func (d *doc) newEnt(t schema.EntityType, name string, country int) int {
	k := d.entKey(t, name)
	if i, ok := d.byName[k]; ok {
		return i
	}
	e := &ent{typ: t, name: name, words: strings.Fields(name), country: country, first: -1}
	d.ents = append(d.ents, e)
	d.byName[k] = len(d.ents) - 1
	d.idx.add(len(d.ents)-1, e)
	return len(d.ents) - 1
}

// personName is the surface of a person chunk without possessive or suffix
// punctuation.
func (d *doc) surface(c *chunk) string { return d.tokText(c.ts, c.te) }

// resolve turns chunks into entities, with document-level consistency.
func (d *doc) resolve() {
	d.byName = map[string]int{}
	lx := d.lx
	// 1. countries and full names with strong types
	for ci := range d.chunks {
		c := &d.chunks[ci]
		switch {
		case c.typ == schema.Country && c.demonym && d.language(c.ts, c.te):
			c.place = true // "speaks French", "Portuguese phrases"
		case c.typ == schema.Country && c.country >= 0:
			c.ent = d.newEnt(schema.Country, lx.countries[c.country], c.country)
		case c.typ == schema.Person && c.te-c.ts >= 2 && isLatin(d.surface(c)):
			// "Mary Beth" after "Mary Beth Marchand" is the same person
			c.ent = -1
			if v, ok := d.idx.personPrefix[wordsKey(d.chunkWords(c))]; ok {
				c.ent = int(v[0])
			}
			if c.ent < 0 {
				c.ent = d.newEnt(schema.Person, d.surface(c), -1)
			}
		case c.typ == schema.Company || c.typ == schema.Organization:
			// one-word names and short forms of longer names wait for
			// step 2, which joins them to the long name
			if channels[d.surface(c)] || c.te-c.ts >= 2 && !d.shortForm(ci) {
				c.ent = d.newEnt(c.typ, d.surface(c), -1)
			}
		}
	}
	// merge person names that extend another one: "Mary Beth" -> "Mary Beth Marchand"
	// (done at lookup time by prefix matching)
	// 2. the rest: surnames, prefixes of company names, acronyms, scripts
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || c.place {
			continue
		}
		s := d.surface(c)
		if e := d.matchExisting(c, s); e >= 0 {
			c.ent = e
			continue
		}
		if e := d.appositiveName(ci); e >= 0 {
			// "Keidanren, the Japan Federation of Economic Organizations,"
			if d.aliasOf == nil {
				d.aliasOf = map[string]int{}
			}
			d.aliasOf[s] = e
			c.ent = e
			continue
		}
		if c.typ == "" && c.te-c.ts >= 2 && d.toks[c.ts].first {
			// "Later Vantas left": a capitalised sentence opener before a known name
			c.ts++
			if e := d.matchExisting(c, d.surface(c)); e >= 0 {
				c.ent = e
				continue
			}
			c.ts--
		}
		switch {
		case c.typ == schema.Person:
			if !isLatin(s) {
				continue
			}
			if c.te-c.ts == 1 && c.hon == "" {
				// once typed, a name keeps its type: "Kyiv would judge Veltrix"
				if e := d.orgNamed(s); e >= 0 {
					c.ent = e
					continue
				}
			}
			c.ent = d.newEnt(schema.Person, s, -1)
		case c.typ == schema.Company || c.typ == schema.Organization:
			c.ent = d.newEnt(c.typ, s, -1)
		case c.acro:
			if t := d.acronymType(s); t != "" {
				c.ent = d.newEnt(t, s, -1)
			}
		}
	}
	// 3. weak persons and single capitalised words seen mid-sentence as
	// speech subjects
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || c.place || !c.weakPer {
			continue
		}
		s := d.surface(c)
		if e := d.matchExisting(c, s); e >= 0 {
			c.ent = e
			continue
		}
		c.ent = d.newEnt(schema.Person, s, -1)
	}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 && d.ents[c.ent].typ == schema.Person {
			switch c.hon {
			case "Mr.", "Sir", "Lord", "King", "Prince", "Father":
				d.ents[c.ent].gender = 'm'
			case "Mrs.", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess":
				d.ents[c.ent].gender = 'f'
			}
		}
	}
	// gender from the given name when no honorific said it
	for _, e := range d.ents {
		if e.typ == schema.Person && e.gender == 0 && len(e.words) >= 2 {
			e.gender = d.lx.gender[e.words[0]]
		}
	}
	// 4. second chance for unresolved chunks now that weak persons exist
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent >= 0 || c.place {
			continue
		}
		if e := d.matchExisting(c, d.surface(c)); e >= 0 {
			c.ent = e
		}
	}
	d.demonymsToNamedStates()
}

// demonymsToNamedStates gives a demonym to the country the article names
// when the demonym's own country is not named but a state whose name ends
// in it is: "German" in an article about "West Germany".
func (d *doc) demonymsToNamedStates() {
	named := make([]bool, len(d.ents))
	for ci := range d.chunks {
		if c := &d.chunks[ci]; c.ent >= 0 && !c.demonym && d.ents[c.ent].typ == schema.Country {
			named[c.ent] = true
		}
	}
	// the named countries in entity order: at most the gazetteer's, however
	// many entities the article has
	var states []int
	for e, ok := range named {
		if ok {
			states = append(states, e)
		}
	}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || !c.demonym || named[c.ent] {
			continue
		}
		suffix := " " + d.ents[c.ent].name
		for _, e := range states {
			if strings.HasSuffix(d.ents[e].name, suffix) {
				c.ent = e
				break
			}
		}
	}
}

// acronymType types an acronym that no expansion in the article explains:
// an organisation when one of its mentions takes the definite article and
// stands as a noun of its own ("the SEC said", "the FDA's ruling", not
// "the OTC market"), a company otherwise ("IBM", "NEC said"): agencies and
// associations take "the", companies do not. An acronym that names a test
// or an index somewhere ("the CAT test", "CAT and CTBS tests") is none of
// the four types ("").
func (d *doc) acronymType(s string) schema.EntityType {
	if t, ok := d.acroTypes[s]; ok {
		return t
	}
	t := d.acronymTypeOf(s)
	if d.acroTypes == nil {
		d.acroTypes = map[string]schema.EntityType{}
	}
	d.acroTypes[s] = t
	return t
}

// acronymTypeOf is acronymType before it is remembered: an acronym is
// looked up once per mention, and reads all its mentions.
func (d *doc) acronymTypeOf(s string) schema.EntityType {
	toks := d.toks
	t := schema.Company
	if d.acroChunks == nil {
		// the acronym chunks by their word, so that typing an acronym
		// looks only at its own mentions
		d.acroChunks = map[string][]int{}
		for ci := range d.chunks {
			if c := &d.chunks[ci]; c.acro {
				d.acroChunks[toks[c.ts].text] = append(d.acroChunks[toks[c.ts].text], ci)
			}
		}
	}
	for _, ci := range d.acroChunks[s] {
		c := &d.chunks[ci]
		k := c.te
		if k+2 < len(toks) && toks[k].text == "and" && isAcronym(toks[k+1].text) {
			k += 2
		}
		if k < len(toks) && measureNouns[toks[k].text] {
			return ""
		}
		if c.ts == 0 || toks[c.ts-1].text != "the" && toks[c.ts-1].text != "The" {
			continue
		}
		if c.te >= len(toks) {
			t = schema.Organization
			continue
		}
		nx := &toks[c.te]
		if nx.kind != tWord || nx.cap || clauseWords[nx.text] || speechVerbs[nx.text] || reportVerbs[nx.text] || strings.HasSuffix(nx.text, "ly") {
			t = schema.Organization
		}
	}
	return t
}

// language reports whether the demonym at tokens [a, b) names a language
// rather than its country: before a language noun ("Portuguese phrases"),
// after a verb of speaking or learning ("speaks French"), or ending a
// phrase after in/into/from ("written in English.", "in English and
// Spanish,"; not "in French and German plants").
func (d *doc) language(a, b int) bool {
	toks := d.toks
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
		if a >= 2 && d.tokChunk[a-2] >= 0 {
			if o := &d.chunks[d.tokChunk[a-2]]; o.demonym && o.te == a-1 {
				// a list of demonyms asks this of each one before it: remember
				// the answers, so that a long list is read once
				if r, ok := d.langMemo[o.ts]; ok {
					return r
				}
				r := d.language(o.ts, o.te)
				if d.langMemo == nil {
					d.langMemo = map[int]bool{}
				}
				d.langMemo[o.ts] = r
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
		if c, e, dem := d.countryAt(k+1, min(k+3, n)); c >= 0 && dem {
			k = e
			continue
		}
		break
	}
	return k >= n || toks[k].kind == tPunct || toks[k].kind == tQuote || toks[k].kind == tDash
}

// orgNamed finds the first company or organisation whose name is s or,
// for a word s, starts with s.
func (d *doc) orgNamed(s string) int {
	best := int32(-1)
	for _, t := range []schema.EntityType{schema.Company, schema.Organization} {
		if i, ok := d.byName[d.entKey(t, s)]; ok {
			best = firstOf(best, int32(i))
		}
	}
	if v, ok := d.idx.orgPrefix[s]; ok && !strings.ContainsFunc(s, unicode.IsSpace) {
		best = firstOf(best, v[0])
	}
	return int(best)
}

// matchExisting finds the entity an unresolved chunk refers to.
func (d *doc) matchExisting(c *chunk, s string) int {
	words := d.chunkWords(c)
	n := len(words)
	// persons: surname, given + surname, transliteration, spelling variants
	if c.typ == "" || c.typ == schema.Person || c.weakPer {
		tl := ""
		if !isLatin(s) {
			tl = translit(s)
		}
		best := -1
		if tl == "" {
			best = d.idx.personPart(words)
		} else {
			best = d.idx.personScript(tl, n)
		}
		if best >= 0 {
			return best
		}
		// "Sir Peter" after "Sir Peter Walters"
		if n == 1 && (c.hon == "Sir" || c.hon == "Dame") {
			if v, ok := d.idx.personPrefix[words[0]]; ok {
				return int(v[0])
			}
		}
	}
	if c.typ == schema.Person {
		return -1
	}
	if e, ok := d.aliasOf[s]; ok {
		return e
	}
	// companies and organisations: a prefix of a longer name ("Fujitsu" of
	// "Fujitsu Ltd."; "Fujitsu President" too, whatever the title made of
	// it), a clipped form ("Fed"), or an acronym of its initials
	typ := c.typ
	if c.corp {
		typ = ""
	}
	return d.idx.orgPart(words, typ, clippings[s], c.acro)
}

// shortForm reports whether company or organisation chunk ci is the start
// of a longer name of the same type in the article, the rest being a legal
// form or an "of"/"for" phrase: "Giant Group" of "Giant Group Ltd.",
// "Writers Guild" of "Writers Guild of America East".
func (d *doc) shortForm(ci int) bool {
	c := &d.chunks[ci]
	if d.shortForms == nil {
		// every short form of the article's company and organisation names
		// of three words or more, by type and words
		d.shortForms = map[string]bool{}
		for cj := range d.chunks {
			o := &d.chunks[cj]
			if o.typ != schema.Company && o.typ != schema.Organization || o.te-o.ts <= 2 {
				continue
			}
			for k := o.ts + 1; k < o.te; k++ {
				if rest := d.toks[k].text; rest == "of" || rest == "for" || legalForm(rest) {
					d.shortForms[string(o.typ)+"\x00"+wordsKey(d.chunkWords(&chunk{ts: o.ts, te: k}))] = true
				}
			}
		}
	}
	return d.shortForms[string(c.typ)+"\x00"+wordsKey(d.chunkWords(c))]
}

// appositiveName finds the company or organisation that unresolved chunk
// ci renames in an appositive or in brackets: "Keidanren, the Japan
// Federation of Economic Organizations," or "the Japan Federation of
// Economic Organizations (Keidanren)".
func (d *doc) appositiveName(ci int) int {
	c := &d.chunks[ci]
	if c.typ != "" && !c.acro || c.weakPer || c.city || c.te-c.ts > 3 {
		return -1
	}
	toks := d.toks
	n := len(toks)
	orgAt := func(k int) *chunk {
		if k < 0 || k >= n || d.tokChunk[k] < 0 {
			return nil
		}
		o := &d.chunks[d.tokChunk[k]]
		if o.ent < 0 || o.te-o.ts < 2 || (d.ents[o.ent].typ != schema.Organization && d.ents[o.ent].typ != schema.Company) {
			return nil
		}
		return o
	}
	// X, the LONG NAME,
	if k := c.te; k+2 < n && toks[k].text == "," && toks[k+1].text == "the" {
		if o := orgAt(k + 2); o != nil && o.ts == k+2 && (o.te >= n || toks[o.te].kind == tPunct || toks[o.te].kind == tQuote) {
			return o.ent
		}
	}
	// LONG NAME (X)
	if k := c.ts; k >= 2 && toks[k-1].text == "(" && c.te < n && toks[c.te].text == ")" {
		if o := orgAt(k - 2); o != nil && o.te == k-1 {
			return o.ent
		}
	}
	return -1
}

// capMidSentence reports whether w occurs capitalised inside a sentence.
func (d *doc) capMidSentence(w string) bool {
	if d.midCaps == nil {
		d.midCaps = map[string]bool{}
		for i := range d.toks {
			if t := &d.toks[i]; t.kind == tWord && t.cap && !t.first {
				d.midCaps[t.text] = true
			}
		}
	}
	return d.midCaps[w]
}
