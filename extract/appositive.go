package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// appositive reads "PERSON, [61,] [a|an|the] [58-year-old] [ORG's] title [and title] [of|at ORG]".
func (rf *roleFinder) appositive(c *chunk) {
	toks := rf.toks
	n := len(toks)
	k := c.te
	if k < n && toks[k].text == "," && k+2 < n && toks[k+1].kind == tNum && toks[k+2].text == "," { // age
		k += 2
	}
	if k >= n || toks[k].text != "," {
		return
	}
	rf.titleAt(c, k+1, 0.7)
}

// titleAt reads "[a|an|the] [58-year-old] [ORG's] title [and title] [of|at|in ORG]"
// starting at token k as titles of the person of chunk c, and returns the
// token after it (k when there is no title).
func (rf *roleFinder) titleAt(c *chunk, k int, conf float64) int {
	k0 := k
	org, k := rf.ownerBefore(c, k)
	titles, k := rf.titleList(k)
	if len(titles) == 0 {
		return k0
	}
	end := rf.toks[k-1].e
	if org < 0 {
		org, k, end = rf.ownerAfter(k, end)
	}
	if org < 0 && corporateTitle(titles) {
		// "said Wilfred J. Corrigan, chairman and chief executive officer."
		org = rf.nounOrg("", c.ts)
		conf -= 0.2
	}
	for _, t := range titles {
		rf.add(c.ent, t, org, rf.toks[c.ts].s, end, conf)
	}
	return k
}

// ownerBefore reads what comes before the title words at token k of an
// appositive of c: an article or possessive pronoun, an age
// ("58-year-old"), and an organisation that owns the title ("Y's",
// "a SpaceX engineer", "its", "the company's"). It returns the
// organisation (or -1) and the token where the title words start.
func (rf *roleFinder) ownerBefore(c *chunk, k int) (org, next int) {
	toks := rf.toks
	n := len(toks)
	if k < n && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the" || toks[k].text == "its" || toks[k].text == "his" || toks[k].text == "her") {
		k++
	}
	if k+2 < n && toks[k].kind == tNum && toks[k+1].text == "-" && strings.HasPrefix(toks[k+2].text, "year") { // 58-year-old
		k += 3
	}
	k = rf.skipTimeWords(k)
	org = -1
	if mc := rf.tokChunk[min(k, n-1)]; k < n && mc >= 0 && rf.chunks[mc].ts == k {
		m := &rf.chunks[mc]
		if m.te < n && toks[m.te].kind == tPoss && m.ent >= 0 && rf.ents[m.ent].typ != schema.Person {
			org = m.ent
			k = rf.skipTimeWords(m.te + 1)
		} else if m.ent >= 0 && rf.ents[m.ent].typ != schema.Person && m.te < n && toks[m.te].kind == tWord && !toks[m.te].cap {
			org = m.ent // "a SpaceX engineer"
			k = m.te
		} else if m.ent < 0 && m.te < n && toks[m.te].kind == tWord && !toks[m.te].cap {
			k = m.te // a place: "a Traverse City teacher"
			if !m.place && titleHeads[toks[m.te].text] || titleMods[toks[m.te].text] && !m.place {
				org = rf.orgEntity(mc) // "as Blue Circle nonexecutive chairman"
			}
		}
	}
	if org < 0 && k+1 < n && (toks[k].text == "its" || toks[k].kind == tWord && rf.isOrgNoun(toks[k].text) && toks[k+1].kind == tPoss) {
		if toks[k].text == "its" {
			org = rf.itsOrg(c.ts)
		} else {
			org = rf.nounOrg(toks[k].text, c.ts)
		}
		if toks[k].text == "its" {
			k++
		} else {
			k += 2
		}
	}
	return org, k
}

// titleList reads lower-case titles joined by "and" from token k
// ("president and chief executive officer", "director of testing"); it
// returns them and the token after the last.
func (rf *roleFinder) titleList(k int) (titles []string, next int) {
	toks := rf.toks
	n := len(toks)
	for k < n {
		ts := k
		for k < n && toks[k].kind == tWord && !toks[k].cap && (titleHeads[toks[k].text] || titleMods[toks[k].text] || rf.lex.occupations[toks[k].text]) {
			k++
		}
		if k == ts || !rf.isTitleHead(toks[k-1].text) {
			k = ts
			break
		}
		// "director of testing", "vice president of global markets"
		if k+1 < n && toks[k].text == "of" && toks[k+1].kind == tWord && !toks[k+1].cap && !determiners[toks[k+1].text] {
			j := k + 1
			for j < n && j < k+4 && toks[j].kind == tWord && !toks[j].cap && !nameConnectors[toks[j].text] && !titlePreps[toks[j].text] {
				j++
			}
			k = j
		}
		titles = append(titles, rf.tokText(ts, k))
		if k < n && toks[k].text == "and" {
			k++
			continue
		}
		break
	}
	return titles, k
}

// ownerAfter reads the organisation after titles that end at token k
// (byte end): "of|at|for Y", "appointed by the Texas Supreme Court". It
// returns the organisation (or -1), the token after "appointed", and the
// end of the role's span.
func (rf *roleFinder) ownerAfter(k, end int) (org, next, newEnd int) {
	toks := rf.toks
	n := len(toks)
	org = -1
	if k+2 < n && appointVerbs[toks[k].text] && toks[k+1].text == "by" {
		k++
	}
	if k+1 < n && titlePreps[toks[k].text] {
		j := k + 1
		if j < n && toks[j].text == "the" {
			j++
		}
		if mc := rf.tokChunk[min(j, n-1)]; j < n && mc >= 0 && rf.chunks[mc].ts == j && (toks[k].text != "in" || rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Company) {
			org = rf.orgEntity(mc)
			end = toks[rf.chunks[mc].te-1].e
			if dc := rf.describedName(mc); dc >= 0 {
				org = rf.orgEntity(dc) // "at the Chilean lender Banco Austral"
				end = toks[rf.chunks[dc].te-1].e
			}
		} else if toks[k].text != "in" {
			org, end = rf.describedOrg(k+1, end)
		}
	}
	return org, k, end
}

func corporateTitle(titles []string) bool {
	for _, t := range titles {
		if i := strings.Index(t, " of "); i > 0 {
			t = t[:i] // "vice president of marketing"
		}
		w := strings.Fields(t)
		if corporateTitles[w[len(w)-1]] || len(w) > 1 && corporateTitles[w[len(w)-2]] {
			return true
		}
		for _, x := range w {
			if x == "of" {
				return false
			}
		}
	}
	return false
}

// verbRoles reads "PERSON ... became|was named|as [a] [ORG] title [of ORG]":
// the person is the last one named before the verb in its sentence.
func (rf *roleFinder) verbRoles() {
	toks := rf.toks
	first, last, who, sent := -1, -1, false, -1
	for i := range toks {
		t := &toks[i]
		if t.sent != sent {
			first, last, who, sent = -1, -1, false, t.sent
		}
		if ci := rf.tokChunk[i]; ci >= 0 && rf.chunks[ci].ts == i && rf.chunks[ci].ent >= 0 && rf.ents[rf.chunks[ci].ent].typ == schema.Person {
			p := i - 1
			if p >= 0 {
				if _, ok := honorifics[toks[p].text]; ok {
					p--
				}
			}
			if p < 0 || toks[p].sent != t.sent || toks[p].text == "But" || toks[p].text == "And" {
				first = ci // the subject opens the sentence
			}
			if p >= 0 && toks[p].text == "whom" {
				continue
			}
			last, who = ci, false
			continue
		}
		if t.text == "who" && last >= 0 && i >= 1 && toks[i-1].text == "," {
			who = true // "Sir John Milne, 65, who retires as ..."
		}
		if t.kind != tWord || !roleVerbs[t.text] {
			continue
		}
		subj := first
		if who {
			subj = last
		}
		if subj < 0 {
			continue
		}
		if t.text == "as" {
			// "served as", "retires as", "remain on the board as", "employed as"; not "as well as"
			if i == 0 || toks[i-1].text == "well" || toks[i-1].text == "such" || toks[i-1].text == "," {
				continue
			}
		}
		rf.titleAt(&rf.chunks[subj], i+1, 0.6)
	}
}

// skipTimeWords skips the words of time before a title ("the retired
// chairman", "its outgoing president", "Y's current chief executive"): roleTimes reads them from the
// text, and the title is the words after them.
func (rf *roleFinder) skipTimeWords(k int) int {
	for k < len(rf.toks) && rf.toks[k].kind == tWord && !rf.toks[k].cap && (formerMods[rf.toks[k].text] || incomingMods[rf.toks[k].text] || currentMods[rf.toks[k].text]) {
		k++
	}
	return k
}
