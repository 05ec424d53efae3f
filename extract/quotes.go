package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// statementFinder finds the statements (quotations, embedded tweets,
// reported speech) of the resolved article. It owns the tables of its
// backward searches and the speakers found so far.
type statementFinder struct {
	*resolved
	date      string
	lastStmt  *stmt          // the latest quotation, for split and continued quotations
	speakers  speakerIndex   // every statement found so far, for pronoun speakers
	sentFacts []sentFact     // where backward searches stop in each sentence, see sentFact
	channels  map[int]string // channelOf by sentence
	inQuote   []bool         // tokens inside quotations, for reported
	reports   []*stmt        // the reported speech found so far
}

// findStatements returns the statements of v; date is the article's.
func findStatements(v *resolved, date string) []schema.Statement {
	s := &statementFinder{resolved: v, date: date}
	return s.statements()
}

// stmt is a statement under construction.
type stmt struct {
	schema.Statement
	s, e    int // byte span
	speaker int // entity, -1
	tokS    int // token where the statement's text starts
	embed   bool
	covered bool
	sent    int
}

// quotePair is a pair of double quote marks (token indices).
type quotePair struct{ open, close int }

// pairQuotes pairs double quote marks. Curly marks say which side they
// are; a straight mark opens when it follows white space or an opening
// bracket and is glued to the next token, and closes otherwise. An opening
// mark inside an open quotation after a paragraph break continues the
// quotation (multi-paragraph quotes), so the open pair is closed there.
func (d *statementFinder) pairQuotes() []quotePair {
	var out []quotePair
	open := -1
	toks := d.toks
	for i := range toks {
		t := &toks[i]
		if t.kind != tQuote {
			continue
		}
		if open >= 0 && toks[open].text == "“" && t.text == "\"" {
			continue // a straight mark inside a curly quotation: alert("x")
		}
		isOpen := false
		switch t.text {
		case "“", "«", "„":
			isOpen = true
		case "”", "»":
			isOpen = false
		default:
			glued := i+1 < len(toks) && !toks[i+1].space && toks[i+1].nl == 0
			isOpen = (t.space || i == 0 || toks[i-1].text == "(") && glued
			if !isOpen && open < 0 && glued && !t.space {
				isOpen = true
			}
		}
		if isOpen {
			if open >= 0 && i-open > 1 {
				out = append(out, quotePair{open, i})
			}
			open = i
			continue
		}
		if open >= 0 {
			if i-open > 1 {
				out = append(out, quotePair{open, i})
			}
			open = -1
		}
	}
	if open >= 0 && len(toks)-open > 2 {
		out = append(out, quotePair{open, len(toks)})
	}
	return out
}

// speakerAt resolves a speaker at token i: a resolved chunk ending or
// starting there, or a pronoun. It returns the entity or -1.
func (d *statementFinder) speakerChunk(i int, quoteTok int) int {
	if i < 0 || i >= len(d.toks) {
		return -1
	}
	if ci := d.tokChunk[i]; ci >= 0 && d.chunks[ci].ent >= 0 {
		return d.chunks[ci].ent
	}
	if personPronouns[d.toks[i].text] {
		g := byte('m')
		if w := strings.ToLower(d.toks[i].text); w == "she" || w == "her" {
			g = 'f'
		}
		return d.pronounRef(quoteTok, g)
	}
	return -1
}

// definiteDescription: "the SpaceX CEO" / "the company's chief executive"
// ending at token i names the salient person.
func (d *statementFinder) definiteDescription(i int) int {
	if i < 0 {
		return -1
	}
	k := i
	for k >= 0 && d.toks[k].kind == tWord && (titleHeads[strings.ToLower(d.toks[k].text)] || titleMods[strings.ToLower(d.toks[k].text)]) {
		k--
	}
	if k == i {
		return -1
	}
	if ci := d.chunkEndingAt(k); ci >= 0 {
		k = d.chunks[ci].ts - 1
	} else if k >= 0 && d.toks[k].kind == tPoss {
		k -= 2
	}
	if k >= 0 && (d.toks[k].text == "the" || d.toks[k].text == "The") {
		return d.salientPerson(k)
	}
	return -1
}

// subjectBefore finds the speaker of a speech verb at token v: the chunk,
// pronoun or definite description right before it (skipping auxiliaries
// and adverbs), within the sentence.
// seatOwner: the name ending at token k follows "COMPANY of [the]"; it
// returns that company (or organisation), or -1.
func (d *statementFinder) seatOwner(k int) int {
	ci := d.tokChunk[k]
	if ci < 0 {
		return -1
	}
	j := d.chunks[ci].ts - 1
	if j >= 0 && d.toks[j].text == "the" {
		j--
	}
	if j < 1 || d.toks[j].text != "of" {
		return -1
	}
	if oc := d.chunkEndingAt(j - 1); oc >= 0 {
		if e := d.chunks[oc].ent; d.ents[e].typ == schema.Company || d.ents[e].typ == schema.Organization {
			return e
		}
	}
	return -1
}

func (d *statementFinder) subjectBefore(v int) int {
	k := v - 1
	for k >= 0 && d.toks[k].kind == tWord && !d.toks[k].cap && (auxWords[d.toks[k].text] || strings.HasSuffix(d.toks[k].text, "ly")) {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[v].sent {
		return -1
	}
	if d.toks[k].kind == tPunct && d.toks[k].text == ")" { // "Musk (@elonmusk) wrote"
		k = d.openParenBefore(k) - 1
	}
	if k >= 0 && d.toks[k].kind == tPoss {
		return -1
	}
	if e := d.speakerChunk(k, v); e >= 0 {
		if o := d.seatOwner(k); o >= 0 && d.ents[e].typ == schema.Country {
			return o // "Furukawa Co. of Japan said"
		}
		return e
	}
	// "Fedorov, who expressed concern"
	if k >= 2 && d.toks[k].text == "who" && d.toks[k-1].text == "," {
		return d.speakerChunk(k-2, v)
	}
	return d.definiteDescription(k)
}

// statements finds direct quotations, tweet embeds and reported speech.
func (d *statementFinder) statements() []schema.Statement {
	var all []*stmt
	embeds := d.tweetEmbeds()
	inQuote := make([]bool, len(d.toks))
	for _, q := range d.pairQuotes() {
		for k := q.open; k < q.close && k < len(d.toks); k++ {
			inQuote[k] = true
		}
		st := d.quote(q)
		if st != nil {
			all = append(all, st)
			d.lastStmt = st
			d.logStmt(st)
		}
	}
	// in-text quotations of a tweet that is also embedded: the quotation
	// gets the tweet's date and channel, and the embed is dropped
	coverEmbeds(embeds, all)
	for _, em := range embeds {
		if !em.covered {
			all = append(all, em)
		}
	}
	all = append(all, d.reported(inQuote, embeds)...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].s < all[j].s })
	out := make([]schema.Statement, 0, len(all))
	for _, st := range all {
		st.Span = &schema.Span{Start: st.s, End: st.e}
		if st.speaker >= 0 {
			e := d.ents[st.speaker]
			// the speaker is the entity that speaks; an organisation
			// speaking for itself ("Fujitsu said it ...") is also the
			// organisation the statement is attributed to
			st.Speaker = e.name
			if e.typ == schema.Company || e.typ == schema.Organization {
				st.SpeakerOrg = e.name
			}
		}
		if st.Date == "" {
			st.Date = d.date
		}
		out = append(out, st.Statement)
	}
	return out
}

// coverEmbeds gives the quotations that are part of an embedded tweet, by
// the same speaker, the tweet's date and channel, and marks the tweet
// covered. A quotation is part of a tweet when its first two words open a
// line of the tweet (are two consecutive words of it); the quotations are
// grouped by speaker and first words, so that each tweet looks up its own
// word pairs. When several tweets cover a quotation, the last one gives it
// its date and channel.
func coverEmbeds(embeds, quotes []*stmt) {
	if len(embeds) == 0 {
		return
	}
	type key struct {
		speaker int
		words   string
	}
	groups := map[key][]*stmt{}
	for _, st := range quotes {
		if qw := strings.Fields(schema.NormalizeName(st.Text)); len(qw) >= 2 {
			k := key{st.speaker, qw[0] + " " + qw[1]}
			groups[k] = append(groups[k], st)
		}
	}
	done := map[key]bool{}
	for i := len(embeds) - 1; i >= 0; i-- {
		em := embeds[i]
		words := strings.Split(" "+schema.NormalizeName(em.Text)+" ", " ")
		for j := 0; j+1 < len(words); j++ {
			k := key{em.speaker, words[j] + " " + words[j+1]}
			g := groups[k]
			if len(g) == 0 {
				continue
			}
			em.covered = true
			if done[k] {
				continue
			}
			done[k] = true
			for _, st := range g {
				st.Date, st.Channel = em.Date, em.Channel
			}
		}
	}
}

// quote attributes one quotation.
func (d *statementFinder) quote(q quotePair) *stmt {
	toks := d.toks
	n := len(toks)
	a, b := q.open+1, q.close
	if b > n {
		b = n
	}
	if a >= b {
		return nil
	}
	words := 0
	for k := a; k < b; k++ {
		if toks[k].kind == tWord || toks[k].kind == tNum {
			words++
		}
	}
	text := strings.TrimSpace(d.text[toks[a].s:toks[b-1].e])
	text = strings.TrimRight(text, ",")
	// the sentence a quotation is in, for the ones that continue it, is the
	// one where it ends
	st := &stmt{speaker: -1, s: toks[q.open].s, tokS: a, sent: toks[b-1].sent}
	if q.close < n {
		st.e = toks[q.close].e
	} else {
		st.e = toks[b-1].e
	}
	st.Text = collapseSpace(text)
	speaker, conf := d.quoteSpeaker(q, words)
	st.speaker = speaker
	if words < 2 || st.speaker < 0 {
		// a scare quote, a title, or a quotation nobody can be credited with
		return nil
	}
	if words < 4 && q.open > 0 && toks[q.open-1].sent == toks[q.open].sent && (toks[q.open-1].kind == tWord || toks[q.open-1].kind == tNum) {
		// a short phrase quoted inside a sentence: "a \"parallel form\""
		return nil
	}
	st.Confidence = conf
	st.Channel = d.channelOf(toks[a].sent)
	if st.Channel == "" && q.open > 0 {
		st.Channel = d.channelOf(toks[q.open-1].sent)
	}
	if st.Channel == "" && d.lastStmt != nil && d.lastStmt.speaker == st.speaker && toks[a].sent-d.lastStmt.sent <= 1 {
		st.Channel = d.lastStmt.Channel
	}
	return st
}

// quoteSpeaker attributes the quotation q (of words words) and gives the
// confidence of the attribution: the first of the patterns below that
// finds a speaker wins. It returns -1 when none does.
func (d *statementFinder) quoteSpeaker(q quotePair, words int) (int, float64) {
	if e, conf := d.speakerAfter(q); e >= 0 {
		return e, conf
	}
	// the second half of a split quotation: "…," said X, "…"
	toks := d.toks
	if q.open > 0 && toks[q.open-1].text == "," && d.lastStmt != nil && d.lastStmt.speaker >= 0 && d.lastStmt.sent == toks[q.open].sent && !d.lastStmt.Indirect {
		return d.lastStmt.speaker, 0.8
	}
	if e, conf := d.speakerBefore(q, words); e >= 0 {
		return e, conf
	}
	if e := d.accordingTo(q); e >= 0 {
		return e, 0.6
	}
	newSentence := q.open == 0 || toks[q.open-1].sent != toks[q.open].sent
	if d.lastStmt != nil && d.lastStmt.speaker >= 0 && toks[q.open].sent-d.lastStmt.sent <= 1 && newSentence {
		// a quotation continued in the next sentence
		return d.lastStmt.speaker, 0.6
	}
	if newSentence && q.open > 0 {
		// the previous sentence introduced the speaker: "Judge Ramirez said it is unjust ..."
		if e := d.previousSpeaker(q); e >= 0 {
			return e, 0.5
		}
	}
	return -1, 0
}

// speakerAfter reads the attribution after the quotation: "...," said X /
// "...," X said / "..." he added.
func (d *statementFinder) speakerAfter(q quotePair) (int, float64) {
	toks := d.toks
	n := len(toks)
	k := q.close + 1
	if k < n && toks[k].text == "," {
		k++
	}
	if k >= n || q.close >= n {
		return -1, 0
	}
	switch {
	case d.isSpeech(k):
		if e, conf := d.saidAfter(k); e >= 0 {
			return e, conf
		}
	case d.tokChunk[k] >= 0 && d.chunks[d.tokChunk[k]].ent >= 0 && d.ents[d.chunks[d.tokChunk[k]].ent].typ == schema.Person:
		// "...," Michio Sasaki, an official at X, said.
		e := d.chunks[d.tokChunk[k]].ent
		for m := k; m < n && m < k+30 && toks[m].sent == toks[k].sent; m++ {
			if d.isSpeech(m) {
				return e, 0.8
			}
			if toks[m].kind == tQuote {
				break
			}
		}
	}
	if toks[k].nl != 0 {
		return -1, 0
	}
	// X said (in the same paragraph and sentence)
	for m := k; m < n && m < k+8 && toks[m].sent == toks[k].sent; m++ {
		if d.isSpeech(m) {
			if e := d.subjectBefore(m); e >= 0 {
				return e, 0.9
			}
			break
		}
		if toks[m].kind == tQuote || toks[m].text == "." {
			break
		}
	}
	return -1, 0
}

// saidAfter reads the speaker after the speech verb at k: "said X",
// "says the organization's founder, X".
func (d *statementFinder) saidAfter(k int) (int, float64) {
	toks := d.toks
	n := len(toks)
	j := k + 1
	if e := d.speakerChunk(j, j); e >= 0 {
		if d.ents[e].typ != schema.Person {
			// "said Veltrix CEO Ada Okafor": the person, not the company
			for m := d.chunks[d.tokChunk[j]].te; m < n && m < j+6 && toks[m].sent == toks[k].sent && toks[m].kind == tWord; m++ {
				if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person {
					return d.chunks[ci].ent, 0.9
				}
			}
		}
		return e, 0.9
	}
	for m := j; m < n && m < j+8 && toks[m].sent == toks[k].sent; m++ {
		if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 {
			return d.chunks[ci].ent, 0.7
		}
	}
	return -1, 0
}

// speakerBefore reads the attribution before the quotation in its
// sentence: X said: "..." / Musk wrote, "..." / with a message, "...",
// else the person subject of the sentence when the quotation has four
// words or more.
func (d *statementFinder) speakerBefore(q quotePair, words int) (int, float64) {
	toks := d.toks
	s := toks[q.open].sent
	for m := q.open - 1; m >= 0 && toks[m].sent == s; m-- {
		if toks[m].kind == tQuote {
			break
		}
		if d.isSpeech(m) {
			if es := d.reportSubjects(m); len(es) > 0 {
				return es[0], 0.8
			} else if e := d.speakerChunk(m+1, m+1); e >= 0 && m+1 < q.open { // says X: "..."
				return e, 0.8
			} else if e := d.personAfter(m+1, q.open); e >= 0 && (toks[m].first || toks[m-1].text == ",") { // Says the organization's founder, X, "..."
				return e, 0.7
			} else if e := d.sentenceSubject(m); e >= 0 { // NEC released a statement saying, "..."
				return e, 0.6
			} else if e := d.sentenceDescription(m); e >= 0 { // The judge declined ..., but said: "..."
				return e, 0.5
			}
			break
		}
	}
	if words >= 4 {
		// the subject of the sentence the quote ends
		if m := d.sentFact(s).personSubject; m < q.open {
			return d.chunks[d.tokChunk[m]].ent, 0.5
		}
	}
	return -1, 0
}

// accordingTo reads "...," according to an NIH summary.
func (d *statementFinder) accordingTo(q quotePair) int {
	toks := d.toks
	n := len(toks)
	if q.close >= n {
		return -1
	}
	for m := q.close + 1; m+2 < n && m < q.close+12 && toks[m].sent == toks[q.close].sent; m++ {
		if toks[m].text == "according" && toks[m+1].text == "to" {
			for j := m + 2; j < n && j < m+6; j++ {
				if ci := d.tokChunk[j]; ci >= 0 && d.chunks[ci].ent >= 0 {
					return d.chunks[ci].ent
				}
			}
			break
		}
	}
	return -1
}

// previousSpeaker is the subject of the last speech verb of the sentence
// before the quotation.
func (d *statementFinder) previousSpeaker(q quotePair) int {
	toks := d.toks
	ps := toks[q.open-1].sent
	speaker := -1
	for m := q.open - 1; m >= 0 && toks[m].sent == ps; m-- {
		if d.isSpeech(m) {
			if e := d.subjectBefore(m); e >= 0 {
				speaker = e
			}
		}
	}
	return speaker
}

func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\n\t\r  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// personAfter is the first person named in tokens [a, b).
func (d *statementFinder) personAfter(a, b int) int {
	for m := a; m < b && m < len(d.toks); m++ {
		if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person {
			return d.chunks[ci].ent
		}
	}
	return -1
}

// sentenceDescription: a sentence that opens with a definite description
// of a person ("The judge declined ..., but said:") names the person in
// focus.
func (d *statementFinder) sentenceDescription(i int) int {
	k := d.sentStart(d.toks[i].sent)
	if d.toks[k].text != "The" {
		return -1
	}
	j := k + 1
	for j < i && d.toks[j].kind == tWord && !d.toks[j].cap && (titleHeads[d.toks[j].text] || titleMods[d.toks[j].text]) {
		j++
	}
	if j == k+1 || !titleHeads[d.toks[j-1].text] {
		return -1
	}
	return d.salientPerson(k)
}

// sentenceSubject is the entity named first in i's sentence when it opens
// the sentence (possibly after an introductory phrase ending in a comma).
func (d *statementFinder) sentenceSubject(i int) int {
	s := d.toks[i].sent
	k := d.sentStart(s)
	if m := d.sentFact(s).firstEnt; m < i && (m == k || d.toks[m-1].text == ",") {
		return d.chunks[d.tokChunk[m]].ent
	}
	return -1
}
