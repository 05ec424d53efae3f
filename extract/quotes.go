package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

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
func (d *doc) pairQuotes() []quotePair {
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

func (d *doc) isSpeech(i int) bool {
	if i < 0 || i >= len(d.toks) || d.toks[i].kind != tWord {
		return false
	}
	t := &d.toks[i]
	if speechVerbs[t.text] {
		return true
	}
	// "Says the organization's founder, ..." opens a sentence
	return t.first && t.cap && len(t.text) > 1 && speechVerbs[strings.ToLower(t.text[:1])+t.text[1:]]
}

// speakerAt resolves a speaker at token i: a resolved chunk ending or
// starting there, or a pronoun. It returns the entity or -1.
func (d *doc) speakerChunk(i int, quoteTok int) int {
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
func (d *doc) definiteDescription(i int) int {
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
func (d *doc) seatOwner(k int) int {
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

func (d *doc) subjectBefore(v int) int {
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
func (d *doc) statements() []schema.Statement {
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
func (d *doc) quote(q quotePair) *stmt {
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
	conf := 0.0
	// after: "...," said X / "...," X said / "..." he added
	k := q.close + 1
	if k < n && toks[k].text == "," {
		k++
	}
	if k < n && q.close < n {
		switch {
		case d.isSpeech(k):
			// said X / says the organization's founder, X
			j := k + 1
			if e := d.speakerChunk(j, j); e >= 0 {
				st.speaker, conf = e, 0.9
				if d.ents[e].typ != schema.Person {
					// "said Veltrix CEO Ada Okafor": the person, not the company
					for m := d.chunks[d.tokChunk[j]].te; m < n && m < j+6 && toks[m].sent == toks[k].sent && toks[m].kind == tWord; m++ {
						if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person {
							st.speaker = d.chunks[ci].ent
							break
						}
					}
				}
			} else {
				for m := j; m < n && m < j+8 && toks[m].sent == toks[k].sent; m++ {
					if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 {
						st.speaker, conf = d.chunks[ci].ent, 0.7
						break
					}
				}
			}
		case d.tokChunk[k] >= 0 && d.chunks[d.tokChunk[k]].ent >= 0 && d.ents[d.chunks[d.tokChunk[k]].ent].typ == schema.Person:
			// "...," Michio Sasaki, an official at X, said.
			e := d.chunks[d.tokChunk[k]].ent
			for m := k; m < n && m < k+30 && toks[m].sent == toks[k].sent; m++ {
				if d.isSpeech(m) {
					st.speaker, conf = e, 0.8
					break
				}
				if toks[m].kind == tQuote {
					break
				}
			}
		}
		if st.speaker < 0 && toks[k].nl == 0 {
			// X said (in the same paragraph and sentence)
			for m := k; m < n && m < k+8 && toks[m].sent == toks[k].sent; m++ {
				if d.isSpeech(m) {
					if e := d.subjectBefore(m); e >= 0 {
						st.speaker, conf = e, 0.9
					}
					break
				}
				if toks[m].kind == tQuote || toks[m].text == "." {
					break
				}
			}
		}
	}
	// the second half of a split quotation: "…," said X, "…"
	if st.speaker < 0 && q.open > 0 && toks[q.open-1].text == "," && d.lastStmt != nil && d.lastStmt.speaker >= 0 && d.lastStmt.sent == toks[q.open].sent && !d.lastStmt.Indirect {
		st.speaker, conf = d.lastStmt.speaker, 0.8
	}
	// before: X said: "..." / Musk wrote, "..." / with a message, "..."
	if st.speaker < 0 {
		s := toks[q.open].sent
		for m := q.open - 1; m >= 0 && toks[m].sent == s; m-- {
			if toks[m].kind == tQuote {
				break
			}
			if d.isSpeech(m) {
				if es := d.reportSubjects(m); len(es) > 0 {
					st.speaker, conf = es[0], 0.8
				} else if e := d.speakerChunk(m+1, m+1); e >= 0 && m+1 < q.open { // says X: "..."
					st.speaker, conf = e, 0.8
				} else if e := d.personAfter(m+1, q.open); e >= 0 && (toks[m].first || toks[m-1].text == ",") { // Says the organization's founder, X, "..."
					st.speaker, conf = e, 0.7
				} else if e := d.sentenceSubject(m); e >= 0 { // NEC released a statement saying, "..."
					st.speaker, conf = e, 0.6
				} else if e := d.sentenceDescription(m); e >= 0 { // The judge declined ..., but said: "..."
					st.speaker, conf = e, 0.5
				}
				break
			}
		}
		if st.speaker < 0 && words >= 4 {
			// the subject of the sentence the quote ends
			if m := d.sentFact(s).personSubject; m < q.open {
				st.speaker, conf = d.chunks[d.tokChunk[m]].ent, 0.5
			}
		}
	}
	if st.speaker < 0 && q.close < n {
		// "...," according to an NIH summary.
		for m := q.close + 1; m+2 < n && m < q.close+12 && toks[m].sent == toks[q.close].sent; m++ {
			if toks[m].text == "according" && toks[m+1].text == "to" {
				for j := m + 2; j < n && j < m+6; j++ {
					if ci := d.tokChunk[j]; ci >= 0 && d.chunks[ci].ent >= 0 {
						st.speaker, conf = d.chunks[ci].ent, 0.6
						break
					}
				}
				break
			}
		}
	}
	if st.speaker < 0 && d.lastStmt != nil && d.lastStmt.speaker >= 0 && toks[q.open].sent-d.lastStmt.sent <= 1 && (q.open == 0 || toks[q.open-1].sent != toks[q.open].sent) {
		// a quotation continued in the next sentence
		st.speaker, conf = d.lastStmt.speaker, 0.6
	}
	if st.speaker < 0 && (q.open == 0 || toks[q.open-1].sent != toks[q.open].sent) && q.open > 0 {
		// the previous sentence introduced the speaker: "Judge Ramirez said it is unjust ..."
		ps := toks[q.open-1].sent
		for m := q.open - 1; m >= 0 && toks[m].sent == ps; m-- {
			if d.isSpeech(m) {
				if e := d.subjectBefore(m); e >= 0 {
					st.speaker, conf = e, 0.5
				}
			}
		}
	}
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

func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\n\t\r  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// tweetEmbeds finds embedded tweets: a body followed by the signature
// "— Name (@handle) Month D, YYYY". The body is the text of the line
// before the dash, extended over the short lines before it that have no
// final punctuation (the lines of one tweet).
func (d *doc) tweetEmbeds() []*stmt {
	var out []*stmt
	toks := d.toks
	n := len(toks)
	lineStart := 0
	for i := 0; i < n; i++ {
		if i > 0 && toks[i].nl > 0 {
			lineStart = i
		}
		if toks[i].kind != tDash {
			continue
		}
		// find "(@handle)" within 6 tokens
		h := -1
		for k := i + 1; k < n && k < i+8; k++ {
			if toks[k].kind == tHandle && toks[k-1].text == "(" && k+1 < n && toks[k+1].text == ")" {
				h = k
				break
			}
		}
		if h < 0 {
			continue
		}
		date := ""
		if k := h + 2; k+3 < n {
			if m := months[toks[k].text]; m > 0 && toks[k+1].kind == tNum && toks[k+2].text == "," && toks[k+3].kind == tNum && len(toks[k+3].text) == 4 {
				date = fmt.Sprintf("%s-%02d-%02s", toks[k+3].text, m, pad2(toks[k+1].text))
			}
		}
		speaker := -1
		if ci := d.tokChunk[h-2]; ci >= 0 {
			speaker = d.chunks[ci].ent
		}
		if speaker < 0 {
			speaker = d.handleOwner(h)
		}
		// body: back to the start of the line, then over short lines
		start := lineStart
		for start > 0 {
			// previous line: tokens [p, start)
			p := start - 1
			for p > 0 && toks[p].nl == 0 {
				p--
			}
			words := 0
			for k := p; k < start; k++ {
				if toks[k].kind == tWord {
					words++
				}
			}
			lastTok := toks[start-1].text
			if words > 10 || lastTok == "." || lastTok == "!" || lastTok == "?" || lastTok == ")" || toks[start-1].kind == tNum {
				break
			}
			start = p
		}
		if start >= i {
			continue
		}
		st := &stmt{speaker: speaker, s: toks[start].s, e: toks[i].s, tokS: start, embed: true, sent: toks[start].sent}
		st.Text = collapseSpace(strings.TrimSpace(d.text[toks[start].s:toks[i].s]))
		st.Date = date
		st.Channel = "Twitter"
		d.ensureChannel("Twitter")
		st.Confidence = 0.95
		if speaker < 0 {
			st.Confidence = 0.5
		}
		out = append(out, st)
	}
	return out
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// ensureChannel makes sure a channel named by a statement is an entity.
func (d *doc) ensureChannel(name string) {
	if _, ok := d.byName[d.entKey(schema.Company, name)]; !ok {
		d.newEnt(schema.Company, name, -1)
	}
}

// reported finds reported speech outside quotation marks:
//
//	SUBJ [has] said|stated|announced|... [that] CLAUSE
//	SUBJ expressed concern that CLAUSE
//	his remarks|claim|comments that CLAUSE
//	according to SUBJ, CLAUSE / CLAUSE, according to SUBJ.
//	CLAUSE, SUBJ said.
func (d *doc) reported(inQuote []bool, embeds []*stmt) []*stmt {
	var out []*stmt
	toks := d.toks
	n := len(toks)
	inEmbed := d.embedTokens(embeds)
	sentEnd := func(i int) int { return d.sentEnd(toks[i].sent) }
	sentStart := func(i int) int { return d.sentStart(toks[i].sent) }
	mk := func(speaker int, a, b int, conf float64) {
		for b > a && (toks[b-1].kind == tPunct || toks[b-1].kind == tQuote) && toks[b-1].text != ")" {
			b--
		}
		if b-a < 3 {
			return
		}
		if inQuote[a] {
			return
		}
		st := &stmt{speaker: speaker, s: toks[a].s, e: toks[b-1].e, tokS: a, sent: toks[a].sent}
		st.Text = collapseSpace(d.text[toks[a].s:toks[b-1].e])
		st.Indirect = true
		st.Confidence = conf
		st.Channel = d.channelOf(toks[a].sent)
		out = append(out, st)
		d.logStmt(st)
	}
	for v := 0; v < n; v++ {
		t := &toks[v]
		if t.kind != tWord || inQuote[v] || inEmbed != nil && inEmbed[v] {
			continue
		}
		switch {
		case reportVerbs[t.text] || t.text == "expressed" || t.text == "voiced":
			k := v + 1
			if t.text == "expressed" || t.text == "voiced" {
				if k < n && speechNouns[toks[k].text] {
					k++
				} else {
					continue
				}
			}
			if k < n && toks[k].kind == tQuote {
				continue
			}
			subjs := d.reportSubjects(v)
			if len(subjs) == 0 {
				continue
			}
			ss, se := sentStart(v), sentEnd(v)
			if k >= n || toks[k].sent != toks[v].sent || toks[k].text == "." || toks[k].text == "!" || toks[k].text == "?" {
				// "CLAUSE, X said." — the clause is what comes before the subject
				if cut := d.clauseBefore(v, ss); cut > ss {
					for _, e := range subjs {
						mk(e, ss, cut, 0.6)
					}
				}
				continue
			}
			if toks[k].text == "," || toks[k].text == ":" {
				// "Mostly, she says, CLAUSE" — a parenthetical speech verb
				if toks[k].text == "," && d.clauseBefore(v, ss) > ss {
					for _, e := range subjs {
						mk(e, k+1, se, 0.55)
					}
				}
				continue
			}
			// said yesterday / said in an interview / told reporters (that)
			k = d.skipAdjuncts(k, v)
			if k < n && toks[k].text == "that" {
				k++
			} else if !bareClauseVerbs[t.text] {
				continue
			}
			a := k
			if t.text == "proposed" || t.text == "seeks" || t.text == "denied" || t.text == "denies" {
				a = v
			}
			for _, e := range subjs {
				mk(e, a, se, 0.6)
			}
		case (t.text == "remarks" || t.text == "comments" || t.text == "claim" || t.text == "claims" || t.text == "statement" || t.text == "warning") && v+1 < n && toks[v+1].text == "that":
			if v >= 1 && (toks[v-1].text == "his" || toks[v-1].text == "her") {
				p := d.salientPerson(v)
				if p >= 0 {
					mk(p, v+2, sentEnd(v), 0.5)
				}
			}
		case (t.text == "according" || t.text == "According") && v+1 < n && toks[v+1].text == "to":
			j := v + 2
			for j < n && (toks[j].text == "the" || toks[j].text == "The") {
				j++
			}
			if _, ok := honorifics[toks[min(j, n-1)].text]; ok && j+1 < n {
				j++
			}
			e := d.speakerChunk(j, v)
			if e < 0 {
				continue
			}
			ci := d.tokChunk[j]
			after := j + 1
			if ci >= 0 {
				after = d.chunks[ci].te
			}
			ss := sentStart(v)
			if ss < v-2 {
				mk(e, ss, v, 0.6)
			} else if after < n && toks[after].text == "," {
				mk(e, after+1, sentEnd(v), 0.6)
			}
		}
	}
	return out
}

// embedTokens marks the tokens that start inside an embedded tweet (or
// right after it), nil when there is none.
func (d *doc) embedTokens(embeds []*stmt) []bool {
	if len(embeds) == 0 {
		return nil
	}
	toks := d.toks
	depth := make([]int, len(toks)+1)
	for _, em := range embeds {
		a := sort.Search(len(toks), func(i int) bool { return toks[i].s >= em.s })
		b := sort.Search(len(toks), func(i int) bool { return toks[i].s >= em.e+1 })
		if a < b {
			depth[a]++
			depth[b]--
		}
	}
	in := make([]bool, len(toks))
	open := 0
	for i := range toks {
		open += depth[i]
		in[i] = open > 0
	}
	return in
}

// skipAdjuncts skips what may stand between a speech verb at v and its
// clause: a time word ("said yesterday"), a short prepositional phrase
// ("said in an interview that", "concluded in a study last June that") or
// the hearer of "told" ("told reporters that"). It returns the first token
// of the clause (or of "that").
func (d *doc) skipAdjuncts(k, v int) int {
	toks := d.toks
	n := len(toks)
	for k < n && toks[k].kind == tWord && timeWords[toks[k].text] {
		k++
	}
	if k >= n {
		return k
	}
	w := toks[k].text
	told := toks[v].text == "told" || toks[v].text == "tells"
	if told && k+1 < n && (objectPronouns[w] || toks[k].kind == tWord && !toks[k].cap && hearers[w]) && toks[k+1].text != "that" {
		return k + 1 // "told her she was", "told reporters it would"
	}
	if w == "in" || w == "on" || w == "at" || w == "during" || w == "to" || told && !auxWords[w] {
		// look for "that" within the next few words
		for j := k; j < n && j < k+7 && toks[j].sent == toks[v].sent; j++ {
			if toks[j].text == "that" {
				return j
			}
			if toks[j].kind != tWord && toks[j].kind != tNum && toks[j].kind != tPoss || reportVerbs[toks[j].text] {
				break
			}
		}
	}
	return k
}

// clauseBefore: for "CLAUSE, X said" / "ADV, X says, CLAUSE" with the speech
// verb at v, the end of the clause before the subject: the comma that
// precedes the subject. It returns ss when there is none.
func (d *doc) clauseBefore(v, ss int) int {
	toks := d.toks
	k := v - 1
	for k > ss && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || strings.HasSuffix(toks[k].text, "ly")) {
		k--
	}
	// the subject: a chunk, a pronoun or a short noun phrase
	ci := d.tokChunk[k]
	switch {
	case ci >= 0:
		k = d.chunks[ci].ts
	case personPronouns[toks[k].text] || toks[k].text == "it" || toks[k].text == "they":
	default:
		return ss
	}
	k--
	if k > ss {
		if _, ok := honorifics[toks[k].text]; ok {
			k--
		}
	}
	if k > ss && toks[k].text == "," {
		return k
	}
	return ss
}

// reportSubjects finds who a speech verb at v reports: the chunk, pronoun
// or definite description right before it ("X said", "the company said",
// "it said"), a name before an appositive ("X, a lawyer who ..., said"), and
// coordinated names ("Fujitsu and NEC said").
func (d *doc) reportSubjects(v int) []int {
	toks := d.toks
	if e := d.subjectBefore(v); e >= 0 {
		out := []int{e}
		// coordination: "Mr. Guffey and Mr. Black say", "Fujitsu and NEC said"
		k := v - 1
		for k >= 0 && toks[k].kind == tWord && !toks[k].cap && auxWords[toks[k].text] {
			k--
		}
		if ci := d.tokChunk[max(k, 0)]; k >= 0 && ci >= 0 && d.chunks[ci].ent == e {
			j := d.chunks[ci].ts - 1
			if j >= 0 {
				if _, ok := honorifics[toks[j].text]; ok {
					j--
				}
			}
			if j >= 1 && toks[j].text == "and" {
				if o := d.speakerChunk(j-1, v); o >= 0 && o != e && d.ents[o].typ == d.ents[e].typ {
					out = append(out, o)
				}
			}
		}
		return out
	}
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || strings.HasSuffix(toks[k].text, "ly")) {
		k--
	}
	if k < 0 || toks[k].sent != toks[v].sent {
		return nil
	}
	w := toks[k].text
	switch {
	case w == "it" || w == "It":
		if e := d.focusCompany(k); e >= 0 {
			return []int{e}
		}
		return nil
	case orgDescNouns[w]:
		// "the (Huntsville, Ala., electronic products) maker said"
		for j := k - 1; j >= 0 && j >= k-8 && toks[j].sent == toks[v].sent; j-- {
			if toks[j].text == "the" || toks[j].text == "The" {
				if govDescNouns[w] {
					if e := d.focusOrgType(k, schema.Organization); e >= 0 {
						return []int{e}
					}
					return nil
				}
				if e := d.focusCompany(k); e >= 0 {
					return []int{e}
				}
				return nil
			}
			if toks[j].kind == tQuote || toks[j].kind == tWord && (reportVerbs[toks[j].text] || auxWords[toks[j].text]) {
				break
			}
		}
	case w == ",":
		// "X, a lawyer who heads ..., said"; "X's attorney, Y, said"
		ss := d.sentStart(toks[v].sent)
		// the appositive right before: ", Y," naming a person
		if ci := d.tokChunk[max(k-1, 0)]; k >= 1 && ci >= 0 && d.chunks[ci].ent >= 0 && d.chunks[ci].te == k {
			c := &d.chunks[ci]
			j := c.ts - 1
			if j >= 0 {
				if _, ok := honorifics[toks[j].text]; ok {
					j--
				}
			}
			if j >= ss && toks[j].text == "," && d.ents[c.ent].typ == schema.Person {
				return []int{c.ent}
			}
		}
		// the first name of the sentence, unless a quotation or another
		// report verb comes first
		if j := d.sentFact(toks[v].sent).reportStop; j < k {
			ci := d.tokChunk[j]
			if ci < 0 || d.chunks[ci].ent < 0 {
				return nil
			}
			c := &d.chunks[ci]
			p := c.ts - 1
			if p >= ss {
				if _, ok := honorifics[toks[p].text]; ok {
					p--
				}
			}
			if (p < ss || toks[p].text == "," || toks[p].text == "But" || toks[p].text == "And") && c.te < k && toks[c.te].text == "," && d.ents[c.ent].typ != schema.Country {
				return []int{c.ent}
			}
			return nil
		}
	}
	return nil
}

// personAfter is the first person named in tokens [a, b).
func (d *doc) personAfter(a, b int) int {
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
func (d *doc) sentenceDescription(i int) int {
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
func (d *doc) sentenceSubject(i int) int {
	s := d.toks[i].sent
	k := d.sentStart(s)
	if m := d.sentFact(s).firstEnt; m < i && (m == k || d.toks[m-1].text == ",") {
		return d.chunks[d.tokChunk[m]].ent
	}
	return -1
}
