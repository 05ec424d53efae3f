package extract

import (
	"fmt"
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
	return i >= 0 && i < len(d.toks) && d.toks[i].kind == tWord && speechVerbs[d.toks[i].text]
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

// pronounRef resolves "he"/"she" near token i: the speaker of the latest
// statement in the last three sentences, else the first person of the
// nearest sentence before with a person in it.
func (d *doc) pronounRef(i int, g byte) int {
	pos := d.toks[i].s
	sent := d.toks[i].sent
	var best *stmt
	for _, st := range d.stmtLog {
		if st.s < pos && sent-st.sent <= 3 && st.speaker >= 0 && d.ents[st.speaker].typ == schema.Person && d.ents[st.speaker].gender != other(g) {
			if best == nil || st.s > best.s {
				best = st
			}
		}
	}
	if best != nil {
		return best.speaker
	}
	return d.salientPersonG(i, g)
}

func other(g byte) byte {
	switch g {
	case 'm':
		return 'f'
	case 'f':
		return 'm'
	}
	return 1
}

// salientPerson is the first person named in the nearest sentence before
// token i that names one (the subject, most of the time), or the person
// named last in i's own sentence before i.
func (d *doc) salientPerson(i int) int { return d.salientPersonG(i, 0) }

func (d *doc) salientPersonG(i int, g byte) int {
	sent := d.toks[i].sent
	last := -1
	bySent := map[int]int{}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ts >= i {
			break
		}
		if c.ent < 0 || d.ents[c.ent].typ != schema.Person || g != 0 && d.ents[c.ent].gender == other(g) {
			continue
		}
		s := d.toks[c.ts].sent
		if s == sent {
			last = c.ent
			continue
		}
		if _, ok := bySent[s]; !ok {
			bySent[s] = c.ent
		}
	}
	if last >= 0 {
		return last
	}
	for s := sent - 1; s >= 0 && s >= sent-6; s-- {
		if e, ok := bySent[s]; ok {
			return e
		}
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
func (d *doc) subjectBefore(v int) int {
	k := v - 1
	for k >= 0 && d.toks[k].kind == tWord && !d.toks[k].cap && (auxWords[d.toks[k].text] || strings.HasSuffix(d.toks[k].text, "ly")) {
		k--
	}
	if k < 0 || d.toks[k].sent != d.toks[v].sent {
		return -1
	}
	if d.toks[k].kind == tPunct && d.toks[k].text == ")" { // "Musk (@elonmusk) wrote"
		for k >= 0 && d.toks[k].text != "(" {
			k--
		}
		k--
	}
	if k >= 0 && d.toks[k].kind == tPoss {
		return -1
	}
	if e := d.speakerChunk(k, v); e >= 0 {
		return e
	}
	// "Fedorov, who expressed concern"
	if k >= 2 && d.toks[k].text == "who" && d.toks[k-1].text == "," {
		return d.speakerChunk(k-2, v)
	}
	return d.definiteDescription(k)
}

var auxWords = set("has", "have", "had", "also", "then", "will", "would", "could", "may", "might", "later", "once", "again", "further", "previously", "recently", "just", "is", "was", "has", "had", "did", "does", "not", "never", "publicly", "then")

// channelOf names the medium of sentence s: a social network named in it
// ("Taking to Twitter", "on his Facebook") or a word for a tweet.
func (d *doc) channelOf(s int) string {
	for i := range d.toks {
		t := &d.toks[i]
		if t.sent < s {
			continue
		}
		if t.sent > s {
			break
		}
		if ci := d.tokChunk[i]; ci >= 0 && d.chunks[ci].ent >= 0 && channels[d.ents[d.chunks[ci].ent].name] {
			return d.ents[d.chunks[ci].ent].name
		}
		if ch := channelWords[strings.ToLower(t.text)]; ch != "" {
			return ch
		}
	}
	return ""
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
			d.stmtLog = append(d.stmtLog, st)
		}
	}
	// in-text quotations of a tweet that is also embedded: the quotation
	// gets the tweet's date and channel, and the embed is dropped
	for _, em := range embeds {
		for _, st := range all {
			if st.speaker == em.speaker && embedCovers(em.Text, st.Text) {
				st.Date = em.Date
				st.Channel = em.Channel
				em.covered = true
			}
		}
	}
	for _, em := range embeds {
		if !em.covered {
			all = append(all, em)
		}
	}
	all = append(all, d.reported(inQuote, embeds)...)
	// order by position
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].s < all[j-1].s; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := make([]schema.Statement, 0, len(all))
	for _, st := range all {
		st.Span = &schema.Span{Start: st.s, End: st.e}
		if st.speaker >= 0 {
			e := d.ents[st.speaker]
			if e.typ == schema.Company || e.typ == schema.Organization {
				st.SpeakerOrg = e.name
			} else {
				st.Speaker = e.name
			}
		}
		if st.Date == "" {
			st.Date = d.date
		}
		out = append(out, st.Statement)
	}
	return out
}

// embedCovers reports whether an in-text quotation is part of an embedded
// tweet: its first two words open a line of the tweet.
func embedCovers(tweet, quote string) bool {
	qw := strings.Fields(schema.NormalizeName(quote))
	if len(qw) < 2 {
		return false
	}
	return strings.Contains(" "+schema.NormalizeName(tweet)+" ", " "+qw[0]+" "+qw[1]+" ")
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
	st := &stmt{speaker: -1, s: toks[q.open].s, tokS: a, sent: toks[a].sent}
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
		if st.speaker < 0 {
			// X said
			for m := k; m < n && m < k+8; m++ {
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
	// before: X said: "..." / Musk wrote, "..." / with a message, "..."
	if st.speaker < 0 {
		s := toks[q.open].sent
		for m := q.open - 1; m >= 0 && toks[m].sent == s; m-- {
			if toks[m].kind == tQuote {
				break
			}
			if d.isSpeech(m) {
				if e := d.subjectBefore(m); e >= 0 {
					st.speaker, conf = e, 0.8
				} else if e := d.speakerChunk(m+1, m+1); e >= 0 && m+1 < q.open { // says X: "..."
					st.speaker, conf = e, 0.8
				} else if e := d.sentenceSubject(m); e >= 0 { // NEC released a statement saying, "..."
					st.speaker, conf = e, 0.6
				}
				break
			}
		}
		if st.speaker < 0 && words >= 4 {
			// the subject of the sentence the quote ends
			for m := q.open - 1; m >= 0 && toks[m].sent == s; m-- {
				if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person && (m == 0 || toks[m-1].sent != s || toks[m-1].text == ",") {
					st.speaker, conf = d.chunks[ci].ent, 0.5
				}
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
	if words < 2 || st.speaker < 0 && words < 4 {
		return nil // a scare quote or a title
	}
	if st.speaker < 0 {
		conf = 0.3
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
	for i := 0; i < n; i++ {
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
		start := i
		for start > 0 && toks[start].nl == 0 {
			start--
		}
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
	inEmbed := func(i int) bool {
		for _, em := range embeds {
			if toks[i].s >= em.s && toks[i].s < em.e+1 {
				return true
			}
		}
		return false
	}
	sentEnd := func(i int) int {
		s := toks[i].sent
		j := i
		for j < n && toks[j].sent == s {
			j++
		}
		return j
	}
	sentStart := func(i int) int {
		s := toks[i].sent
		j := i
		for j > 0 && toks[j-1].sent == s {
			j--
		}
		return j
	}
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
		d.stmtLog = append(d.stmtLog, st)
	}
	for v := 0; v < n; v++ {
		t := &toks[v]
		if t.kind != tWord || inQuote[v] || inEmbed(v) {
			continue
		}
		switch {
		case reportVerbs[t.text] || t.text == "expressed" || t.text == "voiced":
			// the next tokens must not be a quotation
			k := v + 1
			if t.text == "expressed" || t.text == "voiced" {
				if k < n && speechNouns[toks[k].text] {
					k++
				} else {
					continue
				}
			}
			if k < n && (toks[k].kind == tQuote || toks[k].text == "," || toks[k].text == ":" || toks[k].text == ".") {
				continue
			}
			subj := d.subjectBefore(v)
			if subj < 0 {
				// "his remarks that": the person before
				continue
			}
			if k < n && toks[k].text == "that" {
				k++
			} else if !(t.text == "said" || t.text == "says" || t.text == "proposed" || t.text == "expects" || t.text == "believes" || t.text == "thinks" || t.text == "told" || t.text == "announced" || t.text == "warned" || t.text == "predicted" || t.text == "estimated" || t.text == "denied" || t.text == "seeks") {
				continue
			}
			if t.text == "told" { // told reporters (that)
				for k < n && k < v+5 && toks[k].text != "that" && toks[k].kind == tWord && !reportVerbs[toks[k].text] {
					k++
				}
				if k < n && toks[k].text == "that" {
					k++
				}
			}
			a := k
			if t.text == "proposed" || t.text == "seeks" || t.text == "denied" {
				a = v
			}
			mk(subj, a, sentEnd(v), 0.6)
		case (t.text == "remarks" || t.text == "comments" || t.text == "claim" || t.text == "claims" || t.text == "statement" || t.text == "warning") && v+1 < n && toks[v+1].text == "that":
			if v >= 1 && (toks[v-1].text == "his" || toks[v-1].text == "her") {
				p := d.salientPerson(v)
				if p >= 0 {
					mk(p, v+2, sentEnd(v), 0.5)
				}
			}
		case t.text == "according" && v+1 < n && toks[v+1].text == "to":
			e := d.speakerChunk(v+2, v)
			if e < 0 {
				continue
			}
			ci := d.tokChunk[v+2]
			after := v + 3
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

// sentenceSubject is the entity named first in i's sentence when it opens
// the sentence (possibly after an introductory phrase ending in a comma).
func (d *doc) sentenceSubject(i int) int {
	s := d.toks[i].sent
	k := i
	for k > 0 && d.toks[k-1].sent == s {
		k--
	}
	for m := k; m < i; m++ {
		if ci := d.tokChunk[m]; ci >= 0 && d.chunks[ci].ent >= 0 {
			if m == k || d.toks[m-1].text == "," {
				return d.chunks[ci].ent
			}
			return -1
		}
	}
	return -1
}
