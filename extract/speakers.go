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

func (sf *statementFinder) sentFact(s int) *sentFact {
	if sf.sentFacts == nil {
		toks := sf.toks
		none := len(toks)
		sf.sentFacts = make([]sentFact, len(sf.sentences()))
		for i := range sf.sentFacts {
			sf.sentFacts[i] = sentFact{none, none, none}
		}
		for m := range toks {
			f := &sf.sentFacts[toks[m].sent]
			ci := sf.tokChunk[m]
			resolved := ci >= 0 && sf.chunks[ci].ent >= 0
			if resolved && f.firstEnt == none {
				f.firstEnt = m
			}
			if resolved && f.personSubject == none && sf.ents[sf.chunks[ci].ent].typ == schema.Person &&
				(m == 0 || toks[m-1].sent != toks[m].sent || toks[m-1].text == ",") {
				f.personSubject = m
			}
			if f.reportStop == none && (resolved || toks[m].kind == tQuote || toks[m].kind == tWord && reportVerbs[toks[m].text]) {
				f.reportStop = m
			}
		}
	}
	return &sf.sentFacts[s]
}

// channelOf names the medium of sentence s: a social network named in it
// ("Taking to Twitter", "on his Facebook") or a word for a tweet.
func (sf *statementFinder) channelOf(s int) string {
	if s < 0 || s >= len(sf.sentences()) {
		return ""
	}
	if ch, ok := sf.channels[s]; ok {
		return ch
	}
	ch := ""
	for i := sf.sentStart(s); i < sf.sentEnd(s); i++ {
		if ci := sf.tokChunk[i]; ci >= 0 && sf.chunks[ci].ent >= 0 && channels[sf.ents[sf.chunks[ci].ent].name] {
			ch = sf.ents[sf.chunks[ci].ent].name
			break
		}
		if w := channelWords[strings.ToLower(sf.toks[i].text)]; w != "" {
			ch = w
			break
		}
	}
	if sf.channels == nil {
		sf.channels = map[int]string{}
	}
	sf.channels[s] = ch
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
func (sf *statementFinder) logStmt(st *stmt) {
	if st.speaker < 0 || sf.ents[st.speaker].typ != schema.Person {
		return
	}
	x := &sf.speakers
	for g, skip := range [3]byte{1, 'f', 'm'} {
		if sf.ents[st.speaker].gender == skip {
			continue
		}
		if !st.Indirect {
			x.quotes[g] = append(x.quotes[g], st)
			continue
		}
		if x.reported[g] == nil {
			x.reported[g] = newMaxTree(len(sf.toks))
			x.first[g] = map[int32]*stmt{}
		}
		if _, ok := x.first[g][int32(st.tokS)]; !ok {
			x.first[g][int32(st.tokS)] = st
			x.reported[g].add(st.tokS, int32(st.tokS))
		}
	}
}

// pronounRef resolves "he"/"she" near token i: the speaker of the latest
// statement in the last three sentences, unless a person of a fitting
// gender is named in a later sentence before i's; else the first person of
// the nearest sentence before with a person in it.
func (sf *statementFinder) pronounRef(i int, g byte) int {
	pos, sent := sf.toks[i].s, sf.toks[i].sent
	x := &sf.speakers
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
		if a := t.before(i); a >= 0 && int(a) >= sf.sentStart(max(sent-3, 0)) {
			if r := x.first[c][a]; best == nil || r.s > best.s {
				best = r
			}
		}
	}
	if best != nil && sf.lastPersonSent(i, g) <= best.sent {
		return best.speaker
	}
	// a person named (in an earlier sentence) since the last statement:
	// "Kim Brandt said …. Alex Moen chairs the union. He said …"
	if e := sf.salientPersonG(i, g); e >= 0 || best == nil {
		return e
	}
	return best.speaker
}
