package extract

// runOnParagraphs gives the earlier paragraphs of a quotation over several
// paragraphs the speaker its last paragraph names ("…\n\n"…," said X.":
// GUIDELINES count each quoted paragraph as a statement of X). pending
// holds the paragraphs not attributed yet; q is the next quotation and st
// its statement (nil when it has none). It returns the statements of the
// paragraphs attributed now.
func (sf *statementFinder) runOnParagraphs(pending *[]quotePair, q quotePair, st *stmt) []*stmt {
	p := *pending
	if len(p) > 0 && p[len(p)-1].close != q.open {
		p = p[:0] // the chain broke: those paragraphs stay unattributed
	}
	var out []*stmt
	switch {
	case st == nil && q.runOn:
		p = append(p, q)
	case st != nil && len(p) > 0 && st.speaker >= 0:
		for _, r := range p {
			if rs := sf.quote(r, st.speaker); rs != nil {
				out = append(out, rs)
				sf.logStmt(rs)
			}
		}
		p = p[:0]
	default:
		p = p[:0]
	}
	*pending = p
	return out
}

// titleCased reports whether the words of tokens [a, b) are those of a
// title: every word capitalised but the short function words of titles
// ("The Long Winter of the North"), with two capitalised words at least.
func (sf *statementFinder) titleCased(a, b int) bool {
	caps := 0
	for k := a; k < b; k++ {
		t := &sf.toks[k]
		switch {
		case t.kind != tWord:
		case t.cap:
			caps++
		case !titleFunctionWords[t.text]:
			return false
		}
	}
	return caps >= 2
}
