package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Roles stated by a verb. The subject is the person who opens the
// sentence ("X became chairman", "X is chairman of Y"), or "he"/"she"
// opening it (the person in focus of that gender), or the person before
// ", who" ("X, who retires as chairman"); the object of an appointment or
// a succession gets a role too ("named X as its new CFO", "X succeeds Y as
// chief executive": Y's post, which roleTimes makes former).

// verbSubject is the subject of the verbs of a sentence so far: a person
// entity and the token where it is named (or referred to), or -1.
type verbSubject struct{ ent, ts, te int }

// verbRoles reads the roles stated by verbs, sentence by sentence.
func (rf *roleFinder) verbRoles() {
	toks := rf.toks
	first, last, who, sent := verbSubject{-1, -1, -1}, verbSubject{-1, -1, -1}, false, -1
	for i := range toks {
		t := &toks[i]
		if t.sent != sent {
			first, last, who, sent = verbSubject{-1, -1, -1}, verbSubject{-1, -1, -1}, false, t.sent
		}
		if ci := rf.tokChunk[i]; ci >= 0 && rf.chunks[ci].ts == i && rf.chunks[ci].ent >= 0 && rf.ents[rf.chunks[ci].ent].typ == schema.Person {
			c := &rf.chunks[ci]
			p := i - 1
			if p >= 0 {
				if _, ok := honorifics[toks[p].text]; ok {
					p--
				}
			}
			if rf.opensSentence(p, t.sent) || first.ent < 0 && (rf.afterTitle(c, p) || rf.afterIntro(p, t.sent)) || rf.newClause(p) {
				first = verbSubject{c.ent, c.ts, c.te}
			}
			if p >= 0 && toks[p].text == "whom" {
				continue
			}
			if p >= 1 && toks[p].text == "late" && (toks[p-1].text == "the" || toks[p-1].text == "The") && p >= 2 {
				p -= 2 // "succeeding the late X", "took over from the late X"
			}
			if p >= 0 && (appointObjVerbs[toks[p].text] || successionVerbs[toks[p].text] || toks[p].text == "from" && p >= 2 && toks[p-1].text == "over") {
				rf.objectRole(c, p)
			} else if p >= 1 && toks[p].text == "by" && successionVerbs[toks[p-1].text] {
				n := len(rf.out)
				if rf.succeededPost(c, p-1); len(rf.out) == n {
					rf.subjectsPost(c, p-1, 0) // "He will be succeeded by Y"
				}
			}
			last, who = verbSubject{c.ent, c.ts, c.te}, false
			continue
		}
		if (t.text == "He" || t.text == "She") && rf.opensSentence(i-1, t.sent) {
			g := byte('m')
			if t.text == "She" {
				g = 'f'
			}
			first = verbSubject{rf.salientPersonG(i, g), i, i + 1}
		}
		if t.text == "who" && last.ent >= 0 && i >= 1 && toks[i-1].text == "," {
			who = true // "Sir Hugh Tabor, 65, who retires as ..."
		} else if t.text == "who" && first.ent >= 0 && i >= 1 && rf.postEndsAt(first.ent, toks[i-1]) {
			last, who = verbSubject{first.ent, first.ts, i}, true // "X is a veteran envoy who was ambassador"
		}
		if who && t.text == "," && rf.relativeBefore(i) >= 0 {
			who = false // the relative clause on the object ends: "succeed Y, who is retiring, as chairman"
		}
		if t.text == "where" && first.ent >= 0 {
			rf.whereRole(first, i) // "X arrived from Y, where he was head of recruitment"
		}
		subj := first
		if who {
			subj = last
		}
		if subj.ent >= 0 && t.kind == tWord {
			rf.subjectRole(subj, i)
		}
	}
}

// opensSentence tells that the word before a name or pronoun, at token p,
// leaves it the subject of the sentence or of a reported clause: none,
// "But"/"And", "that" ("Y said that X will become chief executive"), the
// dash of a dateline ("Y Corp. (Dayton, Ohio) -- X was named president"),
// or a verb of saying with no "that" after a word ("Y said X resigned as
// president"; not after a quotation: '"…," said X').
func (rf *roleFinder) opensSentence(p, sent int) bool {
	return p < 0 || rf.toks[p].sent != sent || rf.toks[p].text == "But" || rf.toks[p].text == "And" || rf.toks[p].text == "that" ||
		rf.datelineDash(p) ||
		clauseSpeech[rf.toks[p].text] && p > 0 && (rf.toks[p-1].kind == tWord || rf.afterAppositive(p-1)) // "Y said X resigned as president"
}

// relativeBefore is the "who" of a relative clause that the comma at token
// p closes (", who is retiring,"), within a dozen tokens; -1 if none.
func (rf *roleFinder) relativeBefore(p int) int {
	toks := rf.toks
	for j := p - 1; j > 0 && j > p-12 && toks[j].sent == toks[p].sent; j-- {
		switch toks[j].text {
		case ",", ";", ":":
			return -1
		case "who":
			if toks[j-1].text == "," {
				return j
			}
			return -1
		}
	}
	return -1
}

// afterAppositive tells that the comma at token p closes an appositive on
// the subject that opens the sentence: "Grantley Corp., the Ohio maker of
// machine tools, said X will succeed Y" (not a clause before "said").
func (rf *roleFinder) afterAppositive(p int) bool {
	toks := rf.toks
	if p < 3 || toks[p].text != "," {
		return false
	}
	start := rf.sentStart(toks[p].sent)
	mc := rf.tokChunk[start]
	if mc < 0 || rf.chunks[mc].ent < 0 || rf.chunks[mc].te >= p || toks[rf.chunks[mc].te].text != "," {
		return false
	}
	for k := rf.chunks[mc].te + 1; k < p; k++ {
		if toks[k].text == "," || toks[k].kind == tQuote {
			return false // one appositive, no quotation
		}
	}
	return true
}

// afterTitle tells that the person of chunk c, after a comma at token p,
// is in apposition to a title that opens the sentence, and so is its
// subject: "Brightmoor's finance chief, X, will join Y as …". The role
// stage must have read that title as X's (titleBefore).
func (rf *roleFinder) afterTitle(c *chunk, p int) bool {
	if p < 1 || rf.toks[p].text != "," {
		return false
	}
	sent := rf.toks[p].sent
	from := rf.toks[rf.sentStart(sent)].s
	name := rf.ents[c.ent].name
	for _, i := range rf.bySent[sent] {
		if r := &rf.out[i]; r.Person == name && (r.Span.Start == from || rf.onlyArticleBefore(rf.sentStart(sent), r.Span.Start)) {
			return true
		}
	}
	return false
}

// onlyArticleBefore tells that the tokens from token k up to byte offset
// at are an article and words of time, which a role's span leaves out
// ("The new finance minister, X, is …").
func (rf *roleFinder) onlyArticleBefore(k, at int) bool {
	toks := rf.toks
	for ; k < len(toks) && toks[k].s < at; k++ {
		w := strings.ToLower(toks[k].text)
		if !determiners[w] && !currentMods[w] && !incomingMods[w] {
			return false
		}
	}
	return k < len(toks) && toks[k].s == at
}

// subjectRole reads a role of the subject after the verb at token i:
// "became|was named|as|is|remained [also] [a] title [of Y]", "founded Y".
func (rf *roleFinder) subjectRole(subj verbSubject, i int) {
	toks := rf.toks
	w := toks[i].text
	vc := verbClass(w)
	switch {
	case vc == verbFound:
		rf.founderRole(subj, i)
		return
	case vc == verbNone && !(titleTakeVerbs[w] && rf.postOf(i+1) > i+1), vc == verbLink && !rf.verbOf(subj, i):
		return // but "will assume the additional title of president"
	case w == "as" && (i == 0 || toks[i-1].text == "well" || toks[i-1].text == "such" || toks[i-1].text == "," && rf.relativeBefore(i-1) < 0):
		return // "as well as", "such as"; but "will succeed Y, who is retiring, as chairman"
	case i >= 2 && toks[i-1].text == "to" && !futureTo[toks[i-2].text] && !modals[toks[i-2].text]:
		return // an aim, no post: "is studying to become a nurse", "hopes to be named"
	}
	k := i + 1
	for k < len(toks) && roleAdverbs[toks[k].text] {
		k++ // "was also president of", "is now chairman"
	}
	if (w == "promoted" || w == "elevated") && k < len(toks) && toks[k].text == "to" && rf.postOf(k) == k {
		k++ // "was promoted to executive vice president"
	}
	k = rf.postOf(k) // "was named to the new post of vice chairman"
	org := -1
	j := i - 1
	if j >= 2 && toks[j].kind == tNum && toks[j-1].text == "in" {
		j -= 2 // "joined Y in 1972 as a sales engineer"
	}
	if mc := rf.chunkEndingAt(j); w == "as" && mc >= 0 && rf.chunks[mc].ts >= 1 && joinVerbs[toks[rf.chunks[mc].ts-1].text] {
		org = rf.chunks[mc].ent // "will join Tessera as European finance director"
	} else if w == "as" && j >= 2 && toks[j-1].text == "the" && joinVerbs[toks[j-2].text] && rf.isOrgNoun(toks[j].text) {
		org = rf.nounOrg(toks[j].text, j) // "joined the company in 1972 as a sales engineer"
	}
	o := rf.datelineOrg(rf.beforeName(subj.ts)) // "Y Corp. (Dayton, Ohio) -- X, president of Z, was named vice chairman": Y's
	if o < 0 {
		o = rf.holderOrgIf(subj.ent, toks[i].sent, true) // not a past post's: "X, formerly treasurer of Z, was named …"
	}
	if o < 0 && becomeVerbs[w] {
		o = rf.earlierOrg(subj.ent, toks[i].s) // "X is chairman of Y. X will become a special adviser"
	}
	if o >= 0 && rf.ents[o].typ != schema.Country {
		rf.verbOrg = o
	}
	if next := rf.titleAt(subj.ent, subj.ts, k, org, 0.6); next > k {
		rf.laterPosts(subj, next, 0.6)
	}
	rf.verbOrg = -1
}

// founderRole reads "X founded Y", "X, who co-founded the company": a
// founder (co-founder) of the organisation named, or meant, after the
// verb at token i. "the company" and "it" are first the organisation of
// the holder's post in the same sentence ("Brightmoor's chief executive,
// X, who founded the company in 2017").
func (rf *roleFinder) founderRole(subj verbSubject, i int) {
	toks := rf.toks
	k := i + 1
	if k >= len(toks) {
		return
	}
	org, end := -1, toks[i].e
	if mc := rf.tokChunk[k]; mc >= 0 && rf.chunks[mc].ts == k {
		org, end = rf.orgEntity(mc), toks[rf.chunks[mc].te-1].e
	} else if toks[k].text == "the" || toks[k].text == "this" || toks[k].text == "it" {
		if org = rf.holderOrg(subj.ent, toks[i].sent); org < 0 && toks[k].text == "it" {
			org = rf.itsOrg(i)
		} else if org < 0 {
			org, end = rf.describedOrg(k, end)
		}
		end = max(end, toks[k].e)
	}
	if org < 0 || rf.ents[org].typ == schema.Person || rf.ents[org].typ == schema.Country {
		return
	}
	title := "founder"
	if toks[i].text != "founded" {
		title = "co-founder"
	}
	rf.add(subj.ent, title, org, toks[subj.ts].s, end, 0.6)
}

// verbOf tells that the verb at token i is the subject's own: only
// adverbs, auxiliaries, "who" and an appositive right after the name stand
// between them ("X is", "X, who had been", "X, the former CEO, is now",
// "He was also"), not another clause ("He is replaced by Y, a banker who
// was deputy governor").
func (rf *roleFinder) verbOf(subj verbSubject, i int) bool {
	if subj.te < 0 || i < subj.te {
		return false
	}
	if rf.coordinated(subj, i) {
		return true // "X founded Y in 2019 and has been its chief executive since"
	}
	k := subj.te
	if k < i && rf.toks[k].text == "," { // an appositive: ", 71,", ", the former CEO,"
		j := k + 1
		for j < min(i, k+10) && rf.toks[j].text != "," {
			j++
		}
		if j < i {
			k = j
		}
	}
	for ; k < i; k++ {
		if j := rf.skipTimePhrase(k); j > k && j <= i {
			k = j - 1 // "who until this month was"
			continue
		}
		if w := rf.toks[k].text; !roleAdverbs[w] && !auxVerbs[w] && !(modals[w] && rf.toks[k+1].text != "have") && w != "," && w != "who" { // "will remain chairman", not "would have been"
			return false
		}
	}
	return true
}

// postEndsAt tells that a role of person read in t's sentence ends at
// token t: the predicate noun a relative "who" after it refers to.
func (rf *roleFinder) postEndsAt(person int, t token) bool {
	name := rf.ents[person].name
	for _, i := range rf.bySent[t.sent] {
		if r := &rf.out[i]; r.Person == name && r.Span.End == t.e {
			return true
		}
	}
	return false
}

// holderOrg is the organisation of a role of person stated in sentence
// sent, or -1.
func (rf *roleFinder) holderOrg(person, sent int) int {
	return rf.holderOrgIf(person, sent, false)
}

// holderOrgIf is holderOrg; with current set, only of a post the words of
// its span do not make past ("X, formerly treasurer of Z," is no longer
// at Z).
func (rf *roleFinder) holderOrgIf(person, sent int, current bool) int {
	name := rf.ents[person].name
	for _, i := range rf.bySent[sent] {
		if rf.out[i].Person == name && rf.outOrg[i] >= 0 && !(current && rf.pastSpan(rf.out[i].Span)) {
			return rf.outOrg[i]
		}
	}
	return -1
}

// pastSpan tells that a word of the role span sp makes its post past:
// "formerly", "a former", "who had been".
func (rf *roleFinder) pastSpan(sp *schema.Span) bool {
	toks := rf.toks
	for k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= sp.Start }); k < len(toks) && toks[k].e <= sp.End; k++ {
		w := strings.ToLower(toks[k].text)
		if pastMarks[w] || formerMods[w] || w == "had" && k+1 < len(toks) && toks[k+1].text == "been" {
			return true
		}
	}
	return false
}
