package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// listAll reads a plural title set off after a list of names by "all" or
// "both": "A, B and C, all directors of Y", "A and B, both vice presidents
// at Y". Each person of the list, ending with chunk c, gets the title in
// the singular ("director", "deputy secretary").
func (rf *roleFinder) listAll(c *chunk) {
	toks := rf.toks
	k := c.te
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].text != "all" && toks[k+1].text != "both" {
		return
	}
	ts := k + 2
	j := ts
	for j < len(toks) && j < ts+4 && toks[j].kind == tWord && !toks[j].cap && (titleHeads[toks[j].text] || titleMods[toks[j].text]) {
		j++
	}
	if j >= len(toks) || toks[j].kind != tWord || toks[j].cap {
		return
	}
	one := singular(toks[j].text)
	if one == toks[j].text || !rf.isTitleHead(one) {
		return
	}
	title := strings.TrimSpace(rf.tokText(ts, j) + " " + one)
	org, _, end := rf.ownerAfter(j+1, toks[j].e)
	members := rf.listBefore(c)
	for _, m := range members {
		rf.add(rf.chunks[m].ent, title, org, toks[rf.chunks[m].ts].s, end, 0.7)
	}
}

// pluralOfList reads a plural title right before a list of names each
// followed by its employer: "Foreign ministers A of Vietnam and B of the
// Philippines", "trade envoys A of Chile and B of Peru". Each person gets
// the title in the singular at the organisation or country after the
// name; c is the first person of the list.
func (rf *roleFinder) pluralOfList(c *chunk) {
	toks := rf.toks
	h := c.ts - 1
	if h < 1 || toks[h].kind != tWord || toks[h].cap {
		return
	}
	one := singular(toks[h].text)
	if one == toks[h].text || !rf.isTitleHead(one) {
		return
	}
	ts := h
	for ts > 0 && ts > h-3 && toks[ts-1].kind == tWord && (titleMods[strings.ToLower(toks[ts-1].text)] || govPortfolios[strings.ToLower(toks[ts-1].text)]) {
		ts-- // "Foreign ministers", "deputy finance ministers"
	}
	title := strings.TrimSpace(rf.tokText(ts, h) + " " + one)
	for p := c; p != nil; {
		org, _, end := rf.ownerAfter(p.te, toks[p.te-1].e)
		if org < 0 {
			return
		}
		rf.add(p.ent, title, org, toks[ts].s, end, 0.7)
		p = rf.nextListPerson(end)
	}
}

// nextListPerson is the person chunk after ", " or "and" right after byte
// offset end, or nil.
func (rf *roleFinder) nextListPerson(end int) *chunk {
	toks := rf.toks
	k := sort.Search(len(toks), func(i int) bool { return toks[i].s >= end })
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k < len(toks) && toks[k].text == "and" {
		k++
	}
	if k >= len(toks) || rf.tokChunk[k] < 0 {
		return nil
	}
	p := &rf.chunks[rf.tokChunk[k]]
	if p.ts != k || p.ent < 0 || rf.ents[p.ent].typ != schema.Person {
		return nil
	}
	return p
}

// listBefore is the person chunks of the list "A, B and C" that ends with
// chunk c, c included; just c when no list precedes it.
func (rf *roleFinder) listBefore(c *chunk) []int {
	toks := rf.toks
	members := []int{rf.tokChunk[c.ts]}
	k := c.ts - 1
	for k >= 1 && (toks[k].text == "," || toks[k].text == "and") {
		if toks[k].text == "and" && toks[k-1].text == "," && k >= 2 {
			k-- // "A, B, and C"
		}
		p := rf.tokChunk[k-1]
		if p < 0 || rf.chunks[p].te != k || rf.chunks[p].ent < 0 || rf.ents[rf.chunks[p].ent].typ != schema.Person {
			break
		}
		members = append(members, p)
		k = rf.chunks[p].ts - 1
	}
	return members
}

// singular is the singular of a plural title noun ("directors",
// "secretaries", "boss" stays), or w itself.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// sameTitleOrgs gives a post with no employer named the organisation at
// which the article's other holders of the same title (normal form) all
// are: the predecessor in "X is governor of Y. She succeeded Z, who
// retired as governor". Government posts keep their country; a title held
// at two organisations gives none.
func (rf *roleFinder) sameTitleOrgs() {
	orgOf := map[string]int{}
	for i := range rf.out {
		if o := rf.outOrg[i]; o >= 0 {
			tk := rf.titleKeys[rf.out[i].Title]
			if prev, ok := orgOf[tk]; ok && prev != o {
				o = -1
			}
			orgOf[tk] = o
		}
	}
	keep := rf.out[:0]
	keepOrg := rf.outOrg[:0]
	for i := range rf.out {
		r, o := rf.out[i], rf.outOrg[i]
		tk := rf.titleKeys[r.Title]
		if to, ok := orgOf[tk]; o < 0 && ok && to >= 0 && !govTitle(r.Title) && !rf.fullerPost(i) {
			k := r.Person + "\x00" + tk + "\x00" + rf.ents[to].name
			if rf.seen[k] {
				continue // the same post, stated with its employer elsewhere
			}
			rf.seen[k] = true
			r.Org, o = rf.ents[to].name, to
		}
		keep = append(keep, r)
		keepOrg = append(keepOrg, o)
	}
	rf.out, rf.outOrg = keep, keepOrg
}

// fullerPost tells that the person of role i holds, at a named employer,
// a post whose title has all of role i's words and more ("chief
// economist of Y" beside "economist"): role i repeats it, and takes no
// employer from other holders of its title ("Among private economists,
// X, chief economist of Y, …. Z, an economist at W").
func (rf *roleFinder) fullerPost(i int) bool {
	wi := strings.Fields(rf.titleKeys[rf.out[i].Title])
	for j := range rf.out {
		if wj := strings.Fields(rf.titleKeys[rf.out[j].Title]); j != i && rf.out[j].Person == rf.out[i].Person && rf.outOrg[j] >= 0 && len(wi) < len(wj) && subsetWords(wi, wj) {
			return true
		}
	}
	return false
}

// dropRepeats drops a role that repeats another of the same person less
// fully: the same post with no employer where another names one ("chief
// executive" and "chief executive" of Y), or a title whose words are part
// of another's at the same employer ("economist" beside "chief economist"
// of Y). The gold counts one post once. A deputy's post the words of its
// span make past is no repeat of the post it ranks under ("X, formerly
// executive vice president, was named president": a promotion).
func (rf *roleFinder) dropRepeats() {
	words := func(i int) []string { return strings.Fields(rf.titleKeys[rf.out[i].Title]) }
	repeats := func(i, j int) bool { // role i says less than role j
		a, b := &rf.out[i], &rf.out[j]
		if i == j || a.Person != b.Person {
			return false
		}
		wa, wb := words(i), words(j)
		if ranksUnder(wb, wa) && rf.pastSpan(b.Span) {
			return false // "X, formerly executive vice president, was named president": a promotion
		}
		switch {
		case rf.outOrg[i] < 0 && rf.outOrg[j] >= 0:
			return subsetWords(wa, wb)
		case rf.outOrg[i] == rf.outOrg[j]:
			return len(wa) < len(wb) && subsetWords(wa, wb)
		}
		return false
	}
	keep, keepOrg := rf.out[:0], rf.outOrg[:0]
	n := len(rf.out)
	drop := make([]bool, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n && !drop[i]; j++ {
			drop[i] = !drop[j] && repeats(i, j)
		}
	}
	for i := range rf.out {
		if !drop[i] {
			keep, keepOrg = append(keep, rf.out[i]), append(keepOrg, rf.outOrg[i])
		}
	}
	rf.out, rf.outOrg = keep, keepOrg
}

// ranksUnder tells that the title of words a has a rank word (vice,
// deputy, assistant) that the title of words b lacks: a's post is below b's.
func ranksUnder(a, b []string) bool {
	for _, w := range a {
		if rankMods[w] && !slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// subsetWords tells that every word of a is in b.
func subsetWords(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return len(a) > 0
}
