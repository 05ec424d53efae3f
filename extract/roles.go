package extract

import (
	"math"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// roleFinder finds the roles (person, title, organisation) of the
// resolved article.
type roleFinder struct {
	*resolved
	lex         *roleLex
	out         []schema.Role
	seen        map[string]bool // person, normal title and org of the roles in out
	mainCountry int             // see articleCountry; -2 until computed
	outOrg      []int           // the org entity of each role in out, or -1
	bySent      map[int][]int   // roles in out by the sentence their span starts in
	titleKeys   map[string]string
	verbOrg     int           // while a verb's post is read: the employer of its subject's other post in the sentence, or -1
	verbFrom    int           // roles out[verbFrom:] were stated by a verb (verbRoles) or after
	inVerbs     bool          // while verbRoles reads
	restated    []restatement // posts a verb stated again, with the span of the new statement (subjectsPost)
}

// findRoles returns the roles of v.
func findRoles(v *resolved) []schema.Role {
	r := &roleFinder{resolved: v, lex: loadRoleLex(), mainCountry: -2, verbOrg: -1}
	return r.roles()
}

// roles finds (person, title, organisation) triples from four patterns:
//
//	pre-modifier:  [ORG|Country] Title PERSON   "SpaceX CEO Elon Musk", "Russian space chief Dmitry Rogozin"
//	title of org:  Title of the ORG PERSON       "Head of the Presidential Administration Andriy Yermak"
//	appositive:    PERSON, [a] [ORG's] title [of|at ORG]   "X, president and chief executive officer of Y Corp."
//	reversed:      ORG's title, PERSON           "the nation's vice prime minister, Mykhailo Fedorov"
func (rf *roleFinder) roles() []schema.Role {
	rf.seen, rf.bySent, rf.titleKeys = map[string]bool{}, map[int][]int{}, map[string]string{}
	for ci := range rf.chunks {
		c := &rf.chunks[ci]
		if c.ent >= 0 && rf.ents[c.ent].typ != schema.Person {
			rf.describedPerson(c)
		}
	}
	for ci := range rf.chunks {
		c := &rf.chunks[ci]
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Person {
			continue
		}
		rf.titleInRun(c)
		rf.titleBefore(c)
		rf.capTitleBefore(c)
		rf.headOfOrg(c)
		rf.headedPost(c)
		rf.counterpart(c)
		rf.foundedBy(c)
		rf.appositive(c)
		rf.listAll(c)
		rf.pluralOfList(c)
	}
	rf.verbFrom, rf.inVerbs = len(rf.out), true
	rf.verbRoles()
	rf.inVerbs = false
	for ci := range rf.chunks {
		if c := &rf.chunks[ci]; c.ent >= 0 && rf.ents[c.ent].typ == schema.Person {
			rf.predecessorPost(c)
			rf.heldPost(c)
		}
	}
	rf.sameTitleOrgs()
	rf.dropRepeats()
	return rf.out
}

// add records a role of person (an entity) with title at org (an entity,
// or -1), spanning bytes [s, e), once per person, normal title and org.
func (rf *roleFinder) add(person int, title string, org int, s, e int, conf float64) {
	title = strings.TrimSpace(strings.ToLower(title))
	if person < 0 || title == "" || descriptors[lastWord(title)] && (org < 0 || !postWithOrg[lastWord(title)] && !postWithOrg[title]) {
		return
	}
	// two places: products like 0.5*0.8 printed as 0.39999999999999997 in the JSON
	conf = max(math.Round(conf*100)/100, 0.01) // and never 0: confidences are in (0, 1]
	r := schema.Role{Person: rf.ents[person].name, Title: title, Span: &schema.Span{Start: s, End: e}, Confidence: conf}
	if govTitle(title) && (org < 0 || rf.ents[org].typ == schema.Company) {
		org = rf.articleCountry() // a minister's employer is a state, never a company
	} else if org >= 0 && rf.ents[org].typ == schema.Country && !statePost(title) {
		org = -1 // "a Czech intermediary", "Ghanaian striker X": a nationality, not an employer
	}
	if org >= 0 {
		if rf.ents[org].typ == schema.Person {
			return
		}
		r.Org = rf.ents[org].name
	}
	tk, ok := rf.titleKeys[r.Title]
	if !ok {
		tk = schema.TitleKey(r.Title) // a third of the stage's time when not kept: titles repeat
		rf.titleKeys[r.Title] = tk
	}
	k := r.Person + "\x00" + tk + "\x00" + r.Org // "CEO" and "chief executive officer" are one post
	if rf.seen[k] {
		if rf.inVerbs {
			rf.restated = append(rf.restated, restatement{r, org}) // "has been chief executive", said twice
		}
		return
	}
	rf.seen[k] = true
	rf.out = append(rf.out, r)
	rf.outOrg = append(rf.outOrg, org)
	sent := rf.toks[min(sort.Search(len(rf.toks), func(i int) bool { return rf.toks[i].e > s }), len(rf.toks)-1)].sent
	rf.bySent[sent] = append(rf.bySent[sent], len(rf.out)-1)
}

// describedPerson reads "the SpaceX CEO wrote", after the company or
// organisation chunk c: a definite description of the person in focus.
func (rf *roleFinder) describedPerson(c *chunk) {
	toks := rf.toks
	if c.ts == 0 || toks[c.ts-1].text != "the" && toks[c.ts-1].text != "The" {
		return
	}
	k := c.te
	if k < len(toks) && toks[k].kind == tPoss {
		k++
	}
	ts := k
	for k < len(toks) && toks[k].kind == tWord && (titleHeads[strings.ToLower(toks[k].text)] || titleMods[strings.ToLower(toks[k].text)]) && (!toks[k].cap || k == ts || toks[k].allCaps || titleHeads[strings.ToLower(toks[k].text)]) {
		k++
	}
	if k == ts || !titleHeads[strings.ToLower(toks[k-1].text)] || k < len(toks) && (toks[k].cap || toks[k].text == "," || titlePreps[toks[k].text] || toks[k].text == "to") {
		return // a name or a phrase follows: "the Philippine ambassador in Hanoi, X" is X
	}
	if p := rf.salientPerson(c.ts); p >= 0 {
		rf.add(p, rf.tokText(ts, k), c.ent, toks[c.ts-1].s, toks[k-1].e, 0.5)
	}
}

// titleInRun reads a title inside the name run: the person chunk's hon is
// a title when the tokens right before the chunk are that title
// ("SpaceX CEO Elon Musk").
func (rf *roleFinder) titleInRun(c *chunk) {
	if c.hon == "" {
		return
	}
	toks := rf.toks
	title, isHon := honorifics[c.hon]
	if !isHon {
		title = c.hon
	}
	tStart := c.ts - len(strings.Fields(c.hon))
	if title == "" || tStart < 0 || rf.tokText(tStart, c.ts) != c.hon {
		return
	}
	if strings.EqualFold(title, "secretary") && tStart > 0 && toks[tStart-1].cap && govPortfolios[strings.ToLower(toks[tStart-1].text)] {
		tStart-- // "Commerce Secretary X", "Treasury Secretary X": the portfolio the entity stage took for a place or a body
		title = rf.tokText(tStart, c.ts)
	}
	if govTitle(strings.ToLower(title)) {
		tStart = rf.portfolioStart(rf.portfolioChunkStart(tStart)) // "Environment and Energy Minister X" is one post
		title = rf.tokText(tStart, c.ts)
	}
	org := -1
	if mc := rf.chunkEndingAt(tStart - 1); mc >= 0 && govTitle(strings.ToLower(title)) && rf.ents[rf.chunks[mc].ent].typ != schema.Country {
		// a portfolio ("Mineral Resources Minister X"), after a country
		// the entity stage left inside it ("Saudi Energy Minister X")
		m := &rf.chunks[mc]
		var tt int
		org, tt = rf.countryNamed(m.ts, m.te)
		if tt == m.ts {
			tt = rf.portfolioStart(m.ts) // "Environment and Energy Minister X"
		}
		title = rf.tokText(tt, c.ts)
		tStart = min(tt, m.ts)
	} else if mc >= 0 {
		org = rf.chunks[mc].ent
		tStart = rf.chunks[mc].ts
	} else if tStart > 0 && isIts(toks[tStart-1].text) {
		org = rf.itsOrg(c.ts)
	}
	conf, end := 0.9, toks[c.te-1].e
	if org < 0 {
		org, end = rf.namedOrgAfter(c.te, end) // "Analyst X of Talvik Securities"
	}
	if org < 0 && govTitle(strings.ToLower(title)) && rf.portfolioBody(tStart) {
		org = rf.articleCountry() // "Treasury Secretary X": the state's post, not the Treasury's
	}
	if org < 0 {
		org = rf.bodyOwner(title, c.ts) // "Council member X", after the Arlo Town Council
	}
	if org < 0 {
		org, end = rf.ledOrg(c.te, end) // "Economist X, who chairs the Y"
	}
	if org < 0 && lastWord(strings.ToLower(title)) == "governor" {
		org = rf.centralBank(c.ts) // "Governor X", after the Central Bank of Kenya
	}
	if org < 0 && headsOfState[strings.ToLower(title)] {
		org = rf.articleCountry() // "President X"
	} else if org < 0 && corporateTitle([]string{strings.ToLower(title)}) {
		org, conf = rf.titleCompany(c.ts), 0.7 // "Owner Sid Kaplow", after the company's wine
	}
	rf.add(c.ent, title, org, toks[tStart].s, end, conf)
}

// portfolioBody tells that the title starting at token ts opens with a
// portfolio that also names a body ("Treasury Secretary"): the Treasury
// the article may name is not the employer of the secretary's post.
func (rf *roleFinder) portfolioBody(ts int) bool {
	return govPortfolios[strings.ToLower(rf.toks[ts].text)] && rf.tokChunk[ts] >= 0
}

// titleBefore reads lower-case title words right before the person chunk
// c, maybe after an organisation or country: "Russian space chief Dmitry
// Rogozin", and a plural title before a list: "three Marlo's directors,
// A, B and C".
func (rf *roleFinder) titleBefore(c *chunk) {
	toks := rf.toks
	k := c.ts - 1
	if title, isHon := honorifics[c.hon]; isHon && title == "" && k >= 1 && toks[k].text == c.hon && toks[k-1].text == "," {
		k-- // "Its spokeswoman, Dr. X,": the honorific after the comma
	}
	if k >= 0 && toks[k].text == "," {
		k--
	}
	tEnd := k + 1
	hEnd, textEnd, tailOrg := tEnd, tEnd, -1 // the head word ends at hEnd, the title's text at textEnd
	if k >= 0 && k < c.ts-1 {
		if h, te, o := rf.titleTail(k); h >= 0 {
			// "Y's director of engineering, X", "Y's ambassador to Chile, X", "the chairman of Y, X"
			k, hEnd, textEnd, tailOrg = h, h+1, te, o
		}
	}
	plural := ""
	if k >= 0 && k < c.ts-1 && hEnd == tEnd && toks[k].kind == tWord && !toks[k].cap && strings.HasSuffix(toks[k].text, "s") && titleHeads[strings.TrimSuffix(toks[k].text, "s")] {
		plural = strings.TrimSuffix(toks[k].text, "s")
		k--
	}
	for k >= 0 && (rf.titleWordAt(k, k == hEnd-1) || rf.titleField(k, hEnd)) {
		k--
	}
	if plural == "" && (hEnd-(k+1) <= 0 || !rf.isTitleHead(bareTitleWord(strings.ToLower(toks[hEnd-1].text)))) {
		return
	}
	if hEnd != tEnd && k >= 0 && toks[k].kind != tPoss && !determiners[strings.ToLower(toks[k].text)] && !isIts(toks[k].text) && rf.chunkEndingAt(k) < 0 {
		return // a tail after words that are no title ("the charity's emergency coordinator in Goma, X")
	}
	tEnd = textEnd
	if k >= 0 && k+2 == tEnd && rf.bodyNoun(k) && descriptors[strings.ToLower(toks[tEnd-1].text)] {
		k-- // "union leader X", "Party leader X": the body is the post's
	}
	title := rf.tokText(k+1, tEnd)
	if plural != "" {
		title = strings.TrimSpace(rf.tokText(k+1, tEnd-1) + " " + plural)
	}
	if govTitle(strings.ToLower(title)) {
		if ps := rf.lowerPortfolioStart(k + 1); ps <= k {
			k = ps - 1 // "the environment and energy minister, X"
			title = rf.tokText(k+1, tEnd)
		}
	}
	org, start := rf.titleOwner(c, rf.skipTimeBack(k))
	if org < 0 {
		org = tailOrg
	}
	org, end, conf := rf.ownerAfterName(c, title, org)
	rf.add(c.ent, title, org, toks[start].s, end, conf)
	if plural != "" {
		rf.restOfList(c, title, org, start)
	}
}

// headOfOrg reads "Head of the ORG PERSON" before the person chunk c; a
// government body with no country named belongs to the country in focus.
func (rf *roleFinder) headOfOrg(c *chunk) {
	toks := rf.toks
	k := c.ts - 1
	if k < 2 {
		return
	}
	mc := rf.chunkEndingAt(k)
	if mc < 0 || rf.chunks[mc].ent < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Organization {
		return
	}
	oc := &rf.chunks[mc]
	j := oc.ts - 1
	if j >= 0 && toks[j].text == "the" {
		j--
	}
	if j < 1 || toks[j].text != "of" {
		return
	}
	te := j
	ts := te - 1
	for ts >= 0 && toks[ts].kind == tWord && (titleHeads[strings.ToLower(toks[ts].text)] || titleMods[strings.ToLower(toks[ts].text)]) {
		ts--
	}
	ts++
	if ts >= te || !titleHeads[strings.ToLower(toks[te-1].text)] {
		return
	}
	title := rf.tokText(ts, oc.te)
	org := oc.ent
	if rf.govBody(oc) {
		if fc := rf.focusCountry(c.ts); fc >= 0 {
			org = fc
		}
	}
	rf.add(c.ent, title, org, toks[ts].s, toks[c.te-1].e, 0.8)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// govBody: an organisation chunk that is a state body with no country in
// its name ("Presidential Administration", "Foreign Ministry").
func (rf *roleFinder) govBody(c *chunk) bool {
	has := false
	for k := c.ts; k < c.te; k++ {
		if govBodies[rf.toks[k].text] {
			has = true
		}
		if cc, _, _ := rf.countryAt(k, c.te); cc >= 0 {
			return false
		}
	}
	return has
}
