package extract

import "github.com/newsgraph/newsgraph/schema"

// Lists of changes open each item with a dateline: "Y Corp. (Dayton,
// Ohio) -- X was named president". The name after its dash is the
// subject of the item, and the posts verbs give there are Y's.

// datelineDash tells that the dash at token p ends the dateline that opens
// its sentence: a company or organisation and its place in brackets, "Y
// Corp. (Dayton, Ohio) --" (not a bracket inside the sentence: "said Rep.
// X (R., Ohio) -- …").
func (rf *roleFinder) datelineDash(p int) bool { return rf.datelineOrg(p) >= 0 }

// datelineOrg is the company or organisation of the dateline that the
// dash at token p ends, or -1.
func (rf *roleFinder) datelineOrg(p int) int {
	toks := rf.toks
	if p < 3 || toks[p].kind != tDash || toks[p-1].text != ")" {
		return -1
	}
	o := p - 2
	for o > 0 && o > p-10 && toks[o].text != "(" {
		o--
	}
	mc := rf.chunkEndingAt(o - 1)
	if toks[o].text != "(" || mc < 0 || rf.chunks[mc].ts != rf.sentStart(toks[p].sent) || rf.chunks[mc].ent < 0 {
		return -1
	}
	if e := rf.chunks[mc].ent; rf.ents[e].typ == schema.Company || rf.ents[e].typ == schema.Organization {
		return e
	}
	return -1
}

// beforeName is the token before a name starting at token ts, past its
// honorific, or -1.
func (rf *roleFinder) beforeName(ts int) int {
	p := ts - 1
	if p >= 0 {
		if _, ok := honorifics[rf.toks[p].text]; ok {
			p--
		}
	}
	return p
}
