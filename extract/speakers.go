package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// sentFact holds, for one sentence, the first token that is (or, for
// reportStop, may be) where a backward search from a later token in the
// sentence stops; len(toks) when there is none.
type sentFact struct {
	firstEnt      int // first token of a resolved chunk, for sentenceSubject
	personSubject int // first token of a person chunk opening the sentence or a comma phrase, for quote
	reportStop    int // first resolved chunk, quote mark or report verb, for reportSubjects
}

func (d *statementFinder) sentFact(s int) *sentFact {
	if d.sentFacts == nil {
		toks := d.toks
		none := len(toks)
		d.sentFacts = make([]sentFact, len(d.sentences()))
		for i := range d.sentFacts {
			d.sentFacts[i] = sentFact{none, none, none}
		}
		for m := range toks {
			f := &d.sentFacts[toks[m].sent]
			ci := d.tokChunk[m]
			resolved := ci >= 0 && d.chunks[ci].ent >= 0
			if resolved && f.firstEnt == none {
				f.firstEnt = m
			}
			if resolved && f.personSubject == none && d.ents[d.chunks[ci].ent].typ == schema.Person &&
				(m == 0 || toks[m-1].sent != toks[m].sent || toks[m-1].text == ",") {
				f.personSubject = m
			}
			if f.reportStop == none && (resolved || toks[m].kind == tQuote || toks[m].kind == tWord && reportVerbs[toks[m].text]) {
				f.reportStop = m
			}
		}
	}
	return &d.sentFacts[s]
}

// channelOf names the medium of sentence s: a social network named in it
// ("Taking to Twitter", "on his Facebook") or a word for a tweet.
func (d *statementFinder) channelOf(s int) string {
	if s < 0 || s >= len(d.sentences()) {
		return ""
	}
	if ch, ok := d.channels[s]; ok {
		return ch
	}
	ch := ""
	for i := d.sentStart(s); i < d.sentEnd(s); i++ {
		if ci := d.tokChunk[i]; ci >= 0 && d.chunks[ci].ent >= 0 && channels[d.ents[d.chunks[ci].ent].name] {
			ch = d.ents[d.chunks[ci].ent].name
			break
		}
		if w := channelWords[strings.ToLower(d.toks[i].text)]; w != "" {
			ch = w
			break
		}
	}
	if d.channels == nil {
		d.channels = map[int]string{}
	}
	d.channels[s] = ch
	return ch
}

// speakerIndex holds the statements found so far that a pronoun may refer
// to: those of a person, for each gender class (see genderClass).
// Quotations are found in text order; reported speech comes after them,
// by the start token of its text.
type speakerIndex struct {
	quotes   [3][]*stmt
	reported [3]maxTree
	first    [3]map[int32]*stmt // the first reported statement logged at a start token
}

// logStmt records a statement for pronounRef.
func (d *statementFinder) logStmt(st *stmt) {
	if st.speaker < 0 || d.ents[st.speaker].typ != schema.Person {
		return
	}
	x := &d.speakers
	for g, skip := range [3]byte{1, 'f', 'm'} {
		if d.ents[st.speaker].gender == skip {
			continue
		}
		if !st.Indirect {
			x.quotes[g] = append(x.quotes[g], st)
			continue
		}
		if x.reported[g] == nil {
			x.reported[g] = newMaxTree(len(d.toks))
			x.first[g] = map[int32]*stmt{}
		}
		if _, ok := x.first[g][int32(st.tokS)]; !ok {
			x.first[g][int32(st.tokS)] = st
			x.reported[g].add(st.tokS, int32(st.tokS))
		}
	}
}

// pronounRef resolves "he"/"she" near token i: the speaker of the latest
// statement in the last three sentences, else the first person of the
// nearest sentence before with a person in it.
func (d *statementFinder) pronounRef(i int, g byte) int {
	pos, sent := d.toks[i].s, d.toks[i].sent
	x := &d.speakers
	c := genderClass(g)
	var best *stmt
	// quotations end in non-decreasing sentences, so the latest one before
	// i is the only one that can be recent enough
	q := x.quotes[c]
	if j := sort.Search(len(q), func(j int) bool { return q[j].s >= pos }) - 1; j >= 0 && sent-q[j].sent <= 3 {
		best = q[j]
	}
	// reported speech is in the sentence it starts in
	if t := x.reported[c]; t != nil {
		if a := t.before(i); a >= 0 && int(a) >= d.sentStart(max(sent-3, 0)) {
			if r := x.first[c][a]; best == nil || r.s > best.s {
				best = r
			}
		}
	}
	if best != nil {
		return best.speaker
	}
	return d.salientPersonG(i, g)
}
