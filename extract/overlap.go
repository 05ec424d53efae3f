package extract

// GUIDELINES: a sentence that already holds a direct quotation of four
// words or more from a speaker holds no reported statement of the same
// speaker ("X said he had signed off on the plan "for the sake of
// calm"", ""…," X told reporters in Lisbon").

// noteQuoted records the sentences of the direct quotations of four words
// or more, with their speakers, for quotedBy.
func (sf *statementFinder) noteQuoted(quotes []*stmt) {
	for _, st := range quotes {
		if st.Indirect || st.embed || st.words < 4 || st.speaker < 0 {
			continue
		}
		if sf.quoted == nil {
			sf.quoted = map[int][]int{}
		}
		for s := sf.toks[st.tokS].sent; s <= st.sent; s++ {
			sf.quoted[s] = append(sf.quoted[s], st.speaker)
		}
	}
}

// quotedBy reports whether sentence s holds a direct quotation of four
// words or more by speaker.
func (sf *statementFinder) quotedBy(s, speaker int) bool {
	for _, e := range sf.quoted[s] {
		if e == speaker {
			return true
		}
	}
	return false
}

// nextAttribution cuts the clause [a, b) of a reported statement where
// another speaker's attribution begins: a comma or semicolon (and a
// conjunction) before a name or pronoun that is the subject of a speech
// verb ("X said the yard would close, but Y said ..."). It returns the
// new end.
func (sf *statementFinder) nextAttribution(a, b int) int {
	toks := sf.toks
	for m := a + 1; m < b; m++ {
		if toks[m].text != "," && toks[m].text != ";" {
			continue
		}
		j := m + 1
		if j < b && (toks[j].text == "and" || toks[j].text == "but" || toks[j].text == "while") {
			j++
		}
		// the subject: a name or pronoun, then the verb within a few words
		if j >= b || sf.tokChunk[j] < 0 && !personPronouns[toks[j].text] {
			continue
		}
		for k := j + 1; k < b && k < j+6; k++ {
			if sf.isSpeech(k) {
				if sf.subjectBefore(k) >= 0 {
					return m
				}
				break
			}
		}
	}
	return b
}
