package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The owner of a title: the organisation a post belongs to, found after or
// around the title, and the other holders a list of names gives it.

// ownerAfterName is the employer of a title read before the person chunk c
// when the words before it named none (org < 0), from what follows the
// name or the article, with the role's confidence and span end.
func (rf *roleFinder) ownerAfterName(c *chunk, title string, org int) (newOrg, end int, conf float64) {
	toks := rf.toks
	end, conf = toks[c.te-1].e, 0.8
	if org < 0 && c.te < len(toks) && (toks[c.te].text == "of" || toks[c.te].text == "at") {
		org, _, end = rf.ownerAfter(c.te, end) // "virologist X of Tallinn University"
	}
	if org < 0 {
		org, end = rf.ledOrg(c.te, end) // "union leader X, who has headed the Y"
	}
	if org < 0 {
		org = rf.bodyOwner(title, c.ts) // "union president X", after the Nurses Union of Latvia
	}
	if org < 0 && lastWord(strings.ToLower(title)) == "governor" {
		org = rf.centralBank(c.ts) // "deputy governor X", after the Reserve Bank of Malawi
	}
	if org < 0 && corporateTitle([]string{strings.ToLower(title)}) {
		// "Chief executive X said", in a story about the company: the
		// company named most, not the one named last (teamdev: a past
		// employer of someone else in the sentence before, 2 of 2)
		org, conf = rf.nounOrg("", c.ts), 0.7
	}
	return org, end, conf
}

// titleOwner is the organisation of a title that starts after token k,
// before the person chunk c, and where the role's span starts: "Y's",
// "the nation's" (the country in focus), "the company's" or "its" (the
// organisation in focus), or a chunk ending at k.
func (rf *roleFinder) titleOwner(c *chunk, k int) (org, start int) {
	toks := rf.toks
	org, start = -1, k+1
	if k >= 0 && toks[k].kind == tPoss {
		if mc := rf.chunkEndingAt(k - 1); mc >= 0 {
			org = rf.chunks[mc].ent
			start = rf.chunks[mc].ts
		} else if k >= 1 && focusNouns[toks[k-1].text] {
			org = rf.focusCountry(c.ts)
			start = k - 1
		} else if k >= 1 && rf.isOrgNoun(toks[k-1].text) {
			org = rf.nounOrg(toks[k-1].text, c.ts) // "the federation's president, X"
			start = k - 1
		} else if k >= 2 && !toks[k-1].cap && determiners[strings.ToLower(toks[k-2].text)] {
			if org = rf.orgWithWord(toks[k-1].text, c.ts); org >= 0 {
				start = k - 1 // "the trust's chair, X", after the Brightpath Trust
			}
		}
	} else if k >= 0 && isIts(toks[k].text) {
		org = rf.itsOrg(c.ts) // "Its chairman, X"
	} else if mc := rf.chunkEndingAt(k); mc >= 0 {
		org = rf.chunks[mc].ent
		start = rf.chunks[mc].ts
	}
	return org, start
}

// restOfList gives title at org to the persons listed after c
// (", B and C").
func (rf *roleFinder) restOfList(c *chunk, title string, org, start int) {
	toks := rf.toks
	for j := c.te; j+1 < len(toks) && (toks[j].text == "," || toks[j].text == "and"); {
		j++
		if toks[j].text == "and" {
			j++
		}
		mc := rf.tokChunk[min(j, len(toks)-1)]
		if j >= len(toks) || mc < 0 || rf.chunks[mc].ts != j || rf.chunks[mc].ent < 0 || rf.ents[rf.chunks[mc].ent].typ != schema.Person {
			break
		}
		rf.add(rf.chunks[mc].ent, title, org, toks[start].s, toks[rf.chunks[mc].te-1].e, 0.7)
		j = rf.chunks[mc].te
	}
}
