package extract

import "github.com/newsgraph/newsgraph/schema"

// Posts passed on by a verb of appointment or succession: the object of
// "named X chief executive", the predecessor of "X succeeds Y as
// chairman", "He succeeds Y" and "Y was replaced by X".

// restatement is a post a verb states again (the role out already has,
// with the span of this statement) and its org entity.
type restatement struct {
	r   schema.Role
	org int
}

// objectRole reads the post of the person named by chunk c after the verb
// at token v: "named X [as] its new CFO", "succeeds X as chief executive",
// "took over from X as head coach" (up to a few tokens between the name
// and "as": ", 65,").
func (rf *roleFinder) objectRole(c *chunk, v int) {
	toks := rf.toks
	k := c.te
	if appointObjVerbs[toks[v].text] {
		if k+3 < len(toks) && toks[k].text == "," && toks[k+1].kind == tNum && toks[k+2].text == "," && toks[k+3].text == "to" {
			k += 3 // "appointed X, 48, to the post of …"
		}
		if k < len(toks) && toks[k].text == "," { // "named X, until now treasurer of Z, as its new CFO"
			j := k + 1
			for j < min(len(toks), k+14) && toks[j].text != "," {
				j++
			}
			if j+1 < len(toks) && toks[j].text == "," && toks[j+1].text == "as" {
				k = j + 1
			}
		}
		if k < len(toks) && toks[k].text == "as" {
			k++
		}
		k = rf.postOf(k) // "named X to the new post of vice chairman"
		org, sv := -1, v-1
		for sv > 0 && roleAdverbs[toks[sv].text] {
			sv-- // "Veltrix also named"
		}
		if mc := rf.chunkEndingAt(sv); mc >= 0 {
			org = rf.chunks[mc].ent // "Veltrix named X chief executive"
		} else if sv > 0 && !toks[sv].cap && rf.isOrgNoun(toks[sv].text) && (toks[sv-1].text == "The" || toks[sv-1].text == "the") {
			org = rf.nounOrg(toks[sv].text, v) // "The company also named X as …"
		}
		rf.titleAt(c.ent, c.ts, k, org, 0.6)
		return
	}
	if k+1 < len(toks) && toks[k].text == "," && toks[k+1].text == "who" {
		for j := k + 2; j < min(len(toks)-1, k+12); j++ {
			if toks[j].text == "," {
				if toks[j+1].text == "as" && rf.relativeBefore(j) == k+1 {
					k = j + 1 // "succeed Y, who is retiring, as chairman"
				}
				break
			}
		}
	}
	for j := k; j < min(len(toks), k+5); j++ {
		if toks[j].text == "as" {
			rf.titleAt(c.ent, c.ts, j+1, -1, 0.5)
			return
		}
		if toks[j].kind == tWord && clauseBreaks[toks[j].text] {
			break
		}
	}
	if v > 0 && toks[v-1].text == "," {
		rf.succeededPost(c, v)
	} else if successionVerbs[toks[v].text] || toks[v].text == "from" {
		rf.subjectsPost(c, v, rf.verbFrom) // "He succeeds Y, who retired.", "when he took over from Y"
	}
}

// subjectsPost gives the person of chunk c, named after the succession
// verb at token v ("He succeeds Y", "He will be succeeded by Y"), the
// post last given the subject opening the sentence, in it or in the
// sentence before, among roles out[from:]: a successor takes a post the
// subject leaves ("its treasurer, X, will retire. She will be succeeded
// by Y": any post), a predecessor held the one a verb gave the subject
// ("X was named chairman. He succeeds Y"; not "X, treasurer, was named
// president. He replaces Y").
func (rf *roleFinder) subjectsPost(c *chunk, v, from int) {
	toks := rf.toks
	sent := toks[v].sent
	k := rf.sentStart(sent)
	subj := -1
	if _, ok := honorifics[toks[k].text]; ok && k+1 < v {
		k++ // "Mr. Quist succeeds Y"
	}
	if t := toks[k].text; (t == "He" || t == "She") && k < v {
		g := byte('m')
		if t == "She" {
			g = 'f'
		}
		subj = rf.salientPersonG(k, g)
	} else if mc := rf.tokChunk[k]; mc >= 0 && rf.chunks[mc].ts == k && rf.chunks[mc].ent >= 0 && rf.ents[rf.chunks[mc].ent].typ == schema.Person {
		subj = rf.chunks[mc].ent
	}
	if subj < 0 || subj == c.ent {
		return
	}
	name, start := rf.ents[subj].name, toks[rf.sentStart(max(sent-1, 0))].s
	var best *restatement
	take := func(r schema.Role, org int) {
		if r.Person == name && r.Span.Start >= start && r.Span.End <= toks[v].s && (best == nil || r.Span.End > best.r.Span.End) {
			best = &restatement{r, org}
		}
	}
	for i := from; i < len(rf.out); i++ {
		take(rf.out[i], rf.outOrg[i])
	}
	for _, rs := range rf.restated { // "X has been chief executive since 1978, when he took over from Y": said before
		take(rs.r, rs.org)
	}
	if best != nil {
		rf.add(c.ent, best.r.Title, best.org, toks[c.ts].s, toks[c.te-1].e, 0.5)
	}
}

// succeededPost gives the person of chunk c, the object of the succession
// verb at token v after a comma ("Y will become chairman in May,
// succeeding X") or its agent in the passive ("X, the finance minister,
// was replaced by Y"), the post stated before the verb in the sentence for
// another person.
func (rf *roleFinder) succeededPost(c *chunk, v int) {
	toks := rf.toks
	from, to := toks[rf.sentStart(toks[v].sent)].s, toks[v].s
	name := rf.ents[c.ent].name
	best := -1
	for _, i := range rf.bySent[toks[v].sent] {
		if r := &rf.out[i]; r.Span.Start >= from && r.Span.End <= to && r.Person != name && (best < 0 || r.Span.End > rf.out[best].Span.End) {
			best = i
		}
	}
	if best >= 0 {
		rf.add(c.ent, rf.out[best].Title, rf.outOrg[best], toks[c.ts].s, toks[c.te-1].e, 0.5)
	}
}
