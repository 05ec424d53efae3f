package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// reported finds reported speech outside quotation marks:
//
//	SUBJ [has] said|stated|announced|... [that] CLAUSE
//	SUBJ expressed concern that CLAUSE
//	his remarks|claim|comments that CLAUSE
//	according to SUBJ, CLAUSE / CLAUSE, according to SUBJ.
//	CLAUSE, SUBJ said.
func (sf *statementFinder) reported(inQuote []bool, embeds []*stmt) []*stmt {
	sf.inQuote, sf.reports = inQuote, nil
	toks := sf.toks
	n := len(toks)
	inEmbed := sf.embedTokens(embeds)
	for v := 0; v < n; v++ {
		t := &toks[v]
		if t.kind != tWord || inQuote[v] || inEmbed != nil && inEmbed[v] {
			continue
		}
		switch {
		case remarkNoun(t.text) && v+1 < n && toks[v+1].text == "that" && v >= 1 && (toks[v-1].text == "his" || toks[v-1].text == "her"):
			// "his remarks that ...", before the verbs: "remarks" and
			// "claims" are verbs too
			if p := sf.salientPerson(v); p >= 0 {
				sf.report(p, v+2, sf.sentEnd(t.sent), 0.5)
			}
		case sf.verbs[t.text] || t.text == "expressed" || t.text == "voiced":
			sf.reportVerb(v)
		case (t.text == "according" || t.text == "According") && v+1 < n && toks[v+1].text == "to":
			sf.accordingToReport(v)
		}
	}
	return sf.reports
}

// report records the reported speech of speaker over tokens [a, b),
// without the punctuation that ends it, unless it is too short or inside
// a quotation.
func (sf *statementFinder) report(speaker int, a, b int, conf float64) {
	toks := sf.toks
	b = sf.nextAttribution(a, b)
	for b > a && (toks[b-1].kind == tPunct || toks[b-1].kind == tQuote) && toks[b-1].text != ")" {
		b--
	}
	if b-a < 3 {
		return
	}
	if sf.inQuote[a] || sf.quotedBy(toks[a].sent, speaker) {
		return
	}
	st := &stmt{speaker: speaker, s: toks[a].s, e: toks[b-1].e, tokS: a, sent: toks[a].sent}
	st.Text = collapseSpace(sf.text[toks[a].s:toks[b-1].e])
	st.Indirect = true
	st.Confidence = conf
	st.Channel = sf.channelOf(toks[a].sent)
	sf.reports = append(sf.reports, st)
	sf.logStmt(st)
}

// reportVerb reads the reported speech around the report verb at v: "X
// said (that) CLAUSE", "CLAUSE, X said.", "Mostly, she says, CLAUSE", "X
// expressed concern that CLAUSE".
func (sf *statementFinder) reportVerb(v int) {
	toks := sf.toks
	n := len(toks)
	t := &toks[v]
	k := v + 1
	if t.text == "expressed" || t.text == "voiced" {
		if k < n && speechNouns[toks[k].text] {
			k++
		} else {
			return
		}
	}
	if k < n && toks[k].kind == tQuote {
		return
	}
	if sf.negated(v) {
		return // "did not say which border", "would not say when"
	}
	ss, se := sf.sentStart(t.sent), sf.sentEnd(t.sent)
	if e := sf.saidBeforeName(v, ss, se); e >= 0 {
		sf.report(e, ss, v-1, 0.6) // "CLAUSE, said X, the union's secretary."
		return
	}
	subjs := sf.reportSubjects(v)
	if len(subjs) == 0 {
		return
	}
	if e := sf.subjectBefore(v); e >= 0 {
		if _, named := sf.phraseHead(v, e); !named {
			return // "analysts at X said": GUIDELINES leave unnamed speakers out
		}
	}
	if k >= n || toks[k].sent != toks[v].sent || toks[k].text == "." || toks[k].text == "!" || toks[k].text == "?" {
		// "CLAUSE, X said." — the clause is what comes before the subject
		if cut := sf.clauseBefore(v, ss); cut > ss {
			for _, e := range subjs {
				sf.report(e, ss, cut, 0.6)
			}
		}
		return
	}
	if toks[k].text == "," || toks[k].text == ":" {
		// "Mostly, she says, CLAUSE" — a parenthetical speech verb
		if toks[k].text == "," && (sf.clauseBefore(v, ss) > ss || sf.asParenthetical(v)) {
			for _, e := range subjs {
				sf.report(e, k+1, se, 0.55)
			}
		}
		return
	}
	if link, ok := objectVerbs[t.text]; ok {
		// "X accused Y of CLAUSE", "X urged Y to VERB": object and all
		if sf.objectComplement(v, se, link) {
			for _, e := range subjs {
				sf.report(e, k, se, 0.6)
			}
		}
		return
	}
	// said yesterday / said in an interview that / told reporters (that)
	if k = sf.skipAdjuncts(k, v); k < 0 || k >= se || toks[k].kind == tPunct && k+1 >= se {
		// "said in an interview.", "told a meeting of shareholders" report
		// nothing, unless a clause stands before the subject: "CLAUSE, X
		// said on Monday.", "CLAUSE, X told reporters."
		if cut := sf.clauseBefore(v, ss); cut > ss {
			for _, e := range subjs {
				sf.report(e, ss, cut, 0.55)
			}
		}
		return
	}
	switch {
	case k < n && toks[k].text == "that":
		k++
	case !bareClauseVerbs[t.text]:
		return
	case nounObjectVerbs[t.text] && !sf.clauseAhead(k, se):
		return // "denied any wrongdoing", "announced loans"
	}
	for _, e := range subjs {
		sf.report(e, k, se, 0.6)
	}
}

// accordingToReport reads "according to (Mr.) X, CLAUSE" and "CLAUSE,
// according to X" at v.
func (sf *statementFinder) accordingToReport(v int) {
	toks := sf.toks
	n := len(toks)
	j := v + 2
	for j < n && (toks[j].text == "the" || toks[j].text == "The") {
		j++
	}
	if _, ok := honorifics[toks[min(j, n-1)].text]; ok && j+1 < n {
		j++
	}
	e, after := sf.accordingSpeaker(j, v)
	if e < 0 {
		return
	}
	ss := sf.sentStart(toks[v].sent)
	if ss < v-2 {
		sf.report(e, ss, v, 0.6)
	} else if after < n && toks[after].text == "," {
		sf.report(e, after+1, sf.sentEnd(toks[v].sent), 0.6)
	}
}

// reportSubjects finds who a speech verb at v reports: the chunk, pronoun
// or definite description right before it ("X said", "the company said",
// "it said"), a name before an appositive ("X, a lawyer who ..., said"), and
// coordinated names ("Torvane and Dalby said").
func (sf *statementFinder) reportSubjects(v int) []int {
	toks := sf.toks
	if e := sf.subjectBefore(v); e >= 0 {
		if h, named := sf.phraseHead(v, e); named {
			e = h
		}
		return sf.withCoordinated(v, e)
	}
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].cap && (auxWords[toks[k].text] || strings.HasSuffix(toks[k].text, "ly")) {
		k--
	}
	if k < 0 || toks[k].sent != toks[v].sent {
		return nil
	}
	w := toks[k].text
	e := -1
	switch {
	case w == "it" || w == "It":
		if e = sf.lastOrgSpeaker(v); e < 0 {
			e = sf.focusCompany(k)
		}
	case orgDescNouns[w] || orgKindNouns[w]:
		e = sf.describedOrg(k, v)
	case countryDescNouns[w] && k >= 1 && (toks[k-1].text == "the" || toks[k-1].text == "The"):
		e = sf.focusCountry(k) // "the kingdom said": the country named last
	case w == "as" && k >= 1 && toks[k-1].text == "quoted":
		e = sf.subjectBefore(k - 1) // "X was quoted as saying CLAUSE"
	case w == "as" && sf.quotedAs(v) >= 0:
		e = sf.quotedAs(v) // "the statement quoted X as saying"
	case w == "," && sf.knownAs(k) >= 0:
		e = sf.knownAs(k) // "the army, known as FADT, said"
	case w == "," && participleVerbs[toks[v].text] || w == "and" && toks[v].text != "saying":
		e = sf.coordSubject(v) // "X urged …, saying CLAUSE", "X announced A, and said CLAUSE"
	case w == ",":
		e = sf.commaSubject(k, v)
	}
	if e >= 0 {
		return []int{e}
	}
	return nil
}

// withCoordinated adds to e, the subject of the report verb v, a speaker
// coordinated with it: "Mr. Ostrander and Mr. Pell say", "Torvane and Dalby
// said".
func (sf *statementFinder) withCoordinated(v, e int) []int {
	toks := sf.toks
	out := []int{e}
	k := v - 1
	for k >= 0 && toks[k].kind == tWord && !toks[k].cap && auxWords[toks[k].text] {
		k--
	}
	if ci := sf.tokChunk[max(k, 0)]; k >= 0 && ci >= 0 && sf.chunks[ci].ent == e {
		j := sf.chunks[ci].ts - 1
		if j >= 0 {
			if _, ok := honorifics[toks[j].text]; ok {
				j--
			}
		}
		if j >= 1 {
			j = sf.titleBefore(j, 1) // "X and Economy Minister Y said"
		}
		if j >= 1 && toks[j].text == "and" {
			if o := sf.speakerChunk(j-1, v); o >= 0 && o != e && sf.ents[o].typ == sf.ents[e].typ {
				out = append(out, o)
			}
		}
	}
	return out
}

// describedOrg reads "the (Dayton, Ohio, auto parts) maker
// said", the noun at k before the report verb v: the organisation named
// last whose name has the noun, else the company in focus, or the
// organisation for an agency noun (none for the kinds of orgKindNouns).
func (sf *statementFinder) describedOrg(k, v int) int {
	toks := sf.toks
	if govDescNouns[toks[k].text] {
		if e := sf.describingCountry(k); e >= 0 {
			return e // "the Finnish government said", "Poland's foreign ministry said"
		}
	}
	for j := k - 1; j >= 0 && j >= k-8 && toks[j].sent == toks[v].sent; j-- {
		if toks[j].text == "the" || toks[j].text == "The" {
			if e := sf.orgOfKind(k, toks[k].text); e >= 0 {
				return e // "the ministry said": the ministry named last
			}
			if orgKindNouns[toks[k].text] {
				return -1
			}
			if govDescNouns[toks[k].text] {
				return sf.focusOrgType(k, schema.Organization)
			}
			if e := sf.recentSubjectCompany(v); e >= 0 {
				return e // "Brisco's fell 2 1/4. The restaurant operator said …"
			}
			return sf.focusCompany(k)
		}
		if toks[j].kind == tQuote || toks[j].kind == tWord && (reportVerbs[toks[j].text] || auxWords[toks[j].text]) {
			break
		}
	}
	return -1
}

// commaSubject reads a subject separated from the report verb v by a
// comma at k: "X, a lawyer who heads ..., said"; "X's attorney, Y, said".
func (sf *statementFinder) commaSubject(k, v int) int {
	toks := sf.toks
	ss := sf.sentStart(toks[v].sent)
	// the appositive right before: ", Y," naming a person
	if ci := sf.tokChunk[max(k-1, 0)]; k >= 1 && ci >= 0 && sf.chunks[ci].ent >= 0 && sf.chunks[ci].te == k {
		c := &sf.chunks[ci]
		j := c.ts - 1
		if j >= 0 {
			if _, ok := honorifics[toks[j].text]; ok {
				j--
			}
		}
		if j >= ss && toks[j].text == "," && sf.ents[c.ent].typ == schema.Person {
			return c.ent
		}
	}
	// the first name of the sentence, unless a quotation or another
	// report verb comes first
	j := sf.sentFact(toks[v].sent).reportStop
	if j >= k {
		return -1
	}
	ci := sf.tokChunk[j]
	if ci < 0 || sf.chunks[ci].ent < 0 {
		return -1
	}
	c := &sf.chunks[ci]
	p := c.ts - 1
	if p >= ss {
		if _, ok := honorifics[toks[p].text]; ok {
			p--
		}
	}
	if q := sf.titleBefore(p, ss); q < p && q < ss {
		p = q // "Finance Minister X, speaking in parliament, said"
	}
	// a country only with an appositive or a relative clause after it
	// ("Norway, which leads …, said"), not "In Poland, farmers said"
	country := sf.ents[c.ent].typ == schema.Country
	if (p < ss || toks[p].text == "," || toks[p].text == "But" || toks[p].text == "And") && c.te < k && toks[c.te].text == "," &&
		(!country || c.te+1 < k && appositiveOpeners[toks[c.te+1].text]) {
		return c.ent
	}
	return -1
}

// describingCountry is the country that modifies the noun at k, by
// demonym or possessive, over at most two lower-case words: "the Finnish
// government", "Poland's foreign ministry". A government body with no name
// of its own speaks for its country (GUIDELINES: a country may be a
// speaker). It returns -1 when no country does.
func (sf *statementFinder) describingCountry(k int) int {
	toks := sf.toks
	j := k - 1
	for n := 0; n < 2 && j >= 0 && toks[j].kind == tWord && !toks[j].cap && !subjectDeterminers[toks[j].text] && toks[j].text != "a"; n++ {
		j--
	}
	if j >= 0 && toks[j].kind == tPoss {
		j--
	}
	if j < 0 || toks[j].sent != toks[k].sent {
		return -1
	}
	if ci := sf.tokChunk[j]; ci >= 0 && sf.chunks[ci].ent >= 0 && sf.chunks[ci].te == j+1 && sf.ents[sf.chunks[ci].ent].typ == schema.Country {
		return sf.chunks[ci].ent
	}
	return -1
}

// quotedAs is X in "quoted X as saying" where v is "saying", or -1.
func (sf *statementFinder) quotedAs(v int) int {
	toks := sf.toks
	if v < 3 || toks[v-1].text != "as" {
		return -1
	}
	ci := sf.chunkEndingAt(v - 2)
	if ci < 0 || sf.chunks[ci].ent < 0 || sf.chunks[ci].ts < 1 || toks[sf.chunks[ci].ts-1].text != "quoted" {
		return -1
	}
	return sf.chunks[ci].ent
}
