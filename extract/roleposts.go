package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Several posts after one verb: "He became sales director in 1972 and
// chief executive in 1978", "X is president of Y and chairman of Z", "was
// treasurer from 1985 to 1988, and general counsel until 1994". titleList
// joins titles only when nothing stands between them ("president and chief
// executive officer"); a time phrase or an employer after the first ends
// it, and the posts after "and" were lost.

// laterPosts reads the posts after the one that ends at token k, stated
// for the subject of the same verb: [time phrase] [,] and [adverb] title
// ..., up to three more. A clause with a verb of its own after "and" is
// the verb loop's (verbRoles), and "and" followed by no title ends it.
func (rf *roleFinder) laterPosts(subj verbSubject, k int, conf float64) {
	toks := rf.toks
	for n := 0; n < 3; n++ {
		j := rf.skipTimePhrase(rf.skipOwner(k))
		if j < len(toks) && toks[j].text == "," {
			j++
		}
		if j >= len(toks) || toks[j].text != "and" || toks[j].sent != toks[k-1].sent {
			return
		}
		j++
		for j < len(toks) && roleAdverbs[toks[j].text] {
			j++ // "and later chief executive"
		}
		org := -1
		if _, after := rf.titleList(j); after > j {
			if o, _, _ := rf.ownerAfter(after, 0); o < 0 {
				org = rf.holderOrg(subj.ent, toks[j].sent) // "… of Y in 1972 and chief executive in 1981": Y's
			}
		}
		next := rf.titleAt(subj.ent, subj.ts, j, org, conf)
		if next == j {
			return
		}
		k = next
	}
}

// skipTimePhrase skips a phrase of dates at token k: "in 1978", "in May
// 2004", "from 1985 to 1988", "until 1990", "between 1990 and 1994" (its
// "and" only right after "between" and a year).
func (rf *roleFinder) skipTimePhrase(k int) int {
	toks := rf.toks
	for k < len(toks) && timePreps[toks[k].text] {
		j := k + 1
		for j < len(toks) && j < k+4 && (toks[j].kind == tNum || months[toks[j].text] > 0 || toks[j].text == "the" || dateWords[toks[j].text]) {
			j++
		}
		if j == k+1 {
			return k
		}
		if toks[k].text == "between" && j+1 < len(toks) && toks[j].text == "and" && toks[j+1].kind == tNum {
			j += 2
		}
		k = j
	}
	return k
}

// skipOwner skips the employer after a title at token k ("of Y", "at the
// Y"), which titleAt reads but does not step over.
func (rf *roleFinder) skipOwner(k int) int {
	toks := rf.toks
	if k+1 >= len(toks) || !titlePreps[toks[k].text] {
		return k
	}
	j := k + 1
	if toks[j].text == "the" {
		j++
	}
	if j < len(toks) {
		if mc := rf.tokChunk[j]; mc >= 0 && rf.chunks[mc].ts == j {
			return rf.chunks[mc].te
		}
	}
	return k
}

// ledOrg reads the employer of a title stated before the name from a
// relative clause of heading right after the name, which ends at token
// te (byte end): "Union leader X, who has headed the Y since 2021",
// "Economist X, who chairs the Y". It returns the organisation (or -1)
// and the end of the role's span. A clause with another verb ("who met
// the Y") names no employer.
func (rf *roleFinder) ledOrg(te, end int) (org, newEnd int) {
	_, org, newEnd = rf.headClause(te, end)
	return org, newEnd
}

// headedPost reads the post a relative clause of heading states by its
// verb after the person chunk c: "X, who heads the Y" (head of Y), "X, who
// now chairs the Y" (chair of Y). Leading, running and managing name no
// title ("who led the firm through the crisis"), and a title before the
// name is the post the clause states ("Union leader X, who heads the Y").
func (rf *roleFinder) headedPost(c *chunk) {
	v, org, end := rf.headClause(c.te, rf.toks[c.te-1].e)
	if org < 0 || headedTitles[rf.toks[v].text] == "" {
		return
	}
	for _, i := range rf.bySent[rf.toks[c.ts].sent] {
		if rf.outOrg[i] == org && rf.out[i].Person == rf.ents[c.ent].name {
			return // "Union leader X, who has headed the Y": the title before is the post
		}
	}
	rf.add(c.ent, headedTitles[rf.toks[v].text], org, rf.toks[c.ts].s, end, 0.7)
}

// headClause reads ", who [has] [now] heads the Y" at token te: the verb's
// token, the organisation (or -1) and the end of the span (end when there
// is none).
func (rf *roleFinder) headClause(te, end int) (verb, org, newEnd int) {
	toks := rf.toks
	k := te
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].text != "who" {
		return -1, -1, end
	}
	k += 2
	if auxVerbs[toks[k].text] {
		k++ // "who has headed"
	}
	if k < len(toks) && roleAdverbs[toks[k].text] {
		k++ // "who now heads"
	}
	if k >= len(toks) || !headVerbs[toks[k].text] {
		return -1, -1, end
	}
	verb = k
	k++
	if k < len(toks) && toks[k].text == "the" {
		k++
	}
	if k >= len(toks) {
		return -1, -1, end
	}
	mc := rf.tokChunk[k]
	if mc < 0 || rf.chunks[mc].ts != k {
		return -1, -1, end
	}
	org = rf.orgEntity(mc)
	if org < 0 || rf.ents[org].typ == schema.Person || rf.ents[org].typ == schema.Country {
		return -1, -1, end
	}
	return verb, org, toks[rf.chunks[mc].te-1].e
}

// counterpart reads "her Estonian counterpart (,) X": X holds, for the
// country named, the state post the sentence (or the one before) gave
// another person last ("Latvian Prime Minister Y and her Estonian
// counterpart X"). With no country named there is no post to give.
func (rf *roleFinder) counterpart(c *chunk) {
	toks := rf.toks
	k := c.ts - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 || toks[k].text != "counterpart" {
		return
	}
	mc := rf.chunkEndingAt(k - 1)
	if mc < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Country {
		return
	}
	sent, name := toks[c.ts].sent, rf.ents[c.ent].name
	best := -1
	for _, s := range []int{sent, sent - 1} {
		for _, i := range rf.bySent[s] {
			if r := &rf.out[i]; r.Person != name && r.Span.End <= toks[k].s && statePost(r.Title) && (best < 0 || r.Span.End > rf.out[best].Span.End) {
				best = i
			}
		}
		if best >= 0 {
			break
		}
	}
	if best >= 0 {
		rf.add(c.ent, rf.out[best].Title, rf.chunks[mc].ent, toks[rf.chunks[mc].ts].s, toks[c.te-1].e, 0.6)
	}
}

// whereRole reads ", where he/she was TITLE" after an organisation: the
// subject of the sentence held TITLE at it ("X spent nine years at Y,
// where she was chief editor").
func (rf *roleFinder) whereRole(subj verbSubject, i int) {
	toks := rf.toks
	if i < 2 || i+3 >= len(toks) || toks[i-1].text != "," || toks[i+1].text != "he" && toks[i+1].text != "she" {
		return
	}
	mc := rf.chunkEndingAt(i - 2)
	if mc < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Company && rf.ents[rf.chunks[mc].ent].typ != schema.Organization {
		return
	}
	k := i + 2
	for k < len(toks) && (auxVerbs[toks[k].text] || roleAdverbs[toks[k].text]) {
		k++
	}
	if k >= len(toks) || !beForms[toks[k].text] && toks[k].text != "been" && toks[k].text != "served" {
		return
	}
	k++
	if k < len(toks) && toks[k].text == "as" {
		k++
	}
	rf.titleAt(subj.ent, subj.ts, k, rf.chunks[mc].ent, 0.5)
}

// foundedBy reads the passive "Y was founded by X (and Z)", "Y, founded by
// X in 2019,": the person of chunk c (or one listed with the first after
// "by") is a founder of the organisation named before the verb.
func (rf *roleFinder) foundedBy(c *chunk) {
	toks := rf.toks
	k := c.ts - 1
	for n := 0; n < 3 && k >= 1 && (toks[k].text == "and" || toks[k].text == ","); n++ {
		mc := rf.chunkEndingAt(k - 1) // "by X, Y and Z"
		if mc < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Person {
			return
		}
		k = rf.chunks[mc].ts - 1
	}
	if k < 1 || toks[k].text != "by" || toks[k-1].text != "founded" && toks[k-1].text != "co-founded" {
		return
	}
	j := k - 2
	for j >= 0 && (auxVerbs[toks[j].text] || beForms[toks[j].text] || toks[j].text == ",") {
		j--
	}
	mc := rf.chunkEndingAt(j)
	if mc < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Company && rf.ents[rf.chunks[mc].ent].typ != schema.Organization {
		return
	}
	rf.add(c.ent, "founder", rf.chunks[mc].ent, toks[rf.chunks[mc].ts].s, toks[c.te-1].e, 0.6)
}

// newClause tells that "and"/"but" at token p, after a word that is no
// person's name, opens a clause whose subject is the person named after
// it ("X praised the plan and Y was named chairman"; not "X and Y were
// named co-chairs").
func (rf *roleFinder) newClause(p int) bool {
	toks := rf.toks
	if p < 1 || toks[p].text != "and" && toks[p].text != "but" {
		return false
	}
	ci := rf.tokChunk[p-1]
	return toks[p-1].kind == tWord && (ci < 0 || rf.chunks[ci].ent < 0 || rf.ents[rf.chunks[ci].ent].typ != schema.Person)
}

// coordinated tells that the verb at token i, after "and" and auxiliaries,
// is a second verb of the subject's clause: no person is named between the
// subject and that "and".
func (rf *roleFinder) coordinated(subj verbSubject, i int) bool {
	toks := rf.toks
	j := i - 1
	for j > subj.te && (auxVerbs[toks[j].text] || roleAdverbs[toks[j].text]) {
		j--
	}
	if j <= subj.te || toks[j].text != "and" || toks[j].sent != toks[subj.ts].sent {
		return false
	}
	for k := subj.te; k < j; k++ {
		if ci := rf.tokChunk[k]; ci >= 0 && rf.chunks[ci].ent >= 0 && rf.ents[rf.chunks[ci].ent].typ == schema.Person {
			return false
		}
	}
	return true
}

// afterIntro tells that the comma at token p closes an introductory
// phrase that opens the sentence ("In 1990, X was elected …", "Born in
// Riga, X worked as …", "After joining Y as an editor, X became …"), so
// the name after it is the subject.
func (rf *roleFinder) afterIntro(p, sent int) bool {
	if p < 1 || rf.toks[p].text != "," {
		return false
	}
	return introWords[strings.ToLower(rf.toks[rf.sentStart(sent)].text)]
}

// earlierOrg is the employer of the role of person stated last before
// byte offset at, or -1; a post its words make past ("a former partner at
// Z") does not count.
func (rf *roleFinder) earlierOrg(person, at int) int {
	name := rf.ents[person].name
	best := -1
	for i := range rf.out {
		if r := &rf.out[i]; r.Person == name && rf.outOrg[i] >= 0 && r.Span.End <= at && (best < 0 || r.Span.End > rf.out[best].Span.End) && !rf.pastSpan(r.Span) {
			best = i
		}
	}
	if best < 0 {
		return -1
	}
	return rf.outOrg[best]
}

// postOf skips "to the [new] post of", "the additional title of" at token
// k, after a verb of appointment or taking, to the title they name; it
// returns k when they are not there.
func (rf *roleFinder) postOf(k int) int {
	toks := rf.toks
	j := k
	if j < len(toks) && toks[j].text == "to" {
		j++
	}
	if j >= len(toks) || toks[j].text != "the" && toks[j].text != "a" {
		return k
	}
	j++
	for n := 0; n < 2 && j < len(toks) && toks[j].kind == tWord && !toks[j].cap && !postNouns[toks[j].text]; n++ {
		j++ // "new", "additional"
	}
	if j+1 < len(toks) && postNouns[toks[j].text] && toks[j+1].text == "of" {
		return j + 2
	}
	return k
}

// predecessorPost reads "X's predecessor, Y," and "his predecessor, Y,":
// Y held the post the article last gave X before it (roleTimes makes it
// former: lateHolder).
func (rf *roleFinder) predecessorPost(c *chunk) {
	toks := rf.toks
	p := c.ts - 1
	if p < 2 || toks[p].text != "," || toks[p-1].text != "predecessor" {
		return
	}
	holder, start := -1, p-2
	switch w := toks[p-2].text; {
	case toks[p-2].kind == tPoss:
		if mc := rf.chunkEndingAt(p - 3); mc >= 0 && rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Person {
			holder, start = rf.chunks[mc].ent, rf.chunks[mc].ts
		}
	case w == "his" || w == "His":
		holder = rf.salientPersonG(p-2, 'm')
	case w == "her" || w == "Her":
		holder = rf.salientPersonG(p-2, 'f')
	}
	if holder < 0 || holder == c.ent {
		return
	}
	name, best := rf.ents[holder].name, -1
	for i := range rf.out {
		if r := &rf.out[i]; r.Person == name && r.Span.End <= toks[start].s && (best < 0 || r.Span.End > rf.out[best].Span.End) {
			best = i
		}
	}
	if best >= 0 {
		rf.add(c.ent, rf.out[best].Title, rf.outOrg[best], toks[start].s, toks[c.te-1].e, 0.5)
	}
}

// heldPost reads "X was named president, a post Y had held since 1983":
// Y held the post of the role that ends before the comma (roleTimes makes
// it former from "had held"; "a post he has held" is X's own).
func (rf *roleFinder) heldPost(c *chunk) {
	toks := rf.toks
	q := c.ts - 1
	if q >= 0 && courtesyTitle(toks[q].text) {
		q--
	}
	if q >= 0 && (toks[q].text == "that" || toks[q].text == "which") {
		q--
	}
	if q < 3 || !postNouns[toks[q].text] || toks[q-1].text != "a" && toks[q-1].text != "the" || toks[q-2].text != "," {
		return
	}
	if k := c.te; k+1 >= len(toks) || toks[k].text != "had" && toks[k].text != "held" {
		return
	}
	comma, best := q-2, -1
	for _, i := range rf.bySent[toks[comma].sent] {
		if r := &rf.out[i]; r.Span.End == toks[comma-1].e && r.Person != rf.ents[c.ent].name {
			best = i
		}
	}
	if best >= 0 {
		rf.add(c.ent, rf.out[best].Title, rf.outOrg[best], toks[q-1].s, toks[c.te-1].e, 0.5)
	}
}
