package extract

import (
	"strings"
)

// tokens is the first stage's output and the read-only context of every
// later stage: the article's text, its tokens with their sentences, and
// the lexicon. Only the tokens stage writes it (the sentence and bracket
// tables are built on first use).
type tokens struct {
	lx        *lexicon
	text      string
	toks      []token
	sentTok   []int   // first token of each sentence, see sentences
	openParen []int32 // last "(" at or before each token, see openParenBefore
}

// scan tokenizes text and splits it into sentences.
func scan(lx *lexicon, text string) *tokens {
	t := &tokens{lx: lx, text: text, toks: tokenize(text)}
	splitSentences(t.toks)
	return t
}

func (d *tokens) tokText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].s:d.toks[b-1].e]
}

// words of the chunk without the connectors' special cases: token texts.
func (d *tokens) chunkWords(c *chunk) []string {
	ws := make([]string, 0, c.te-c.ts)
	for i := c.ts; i < c.te; i++ {
		ws = append(ws, d.toks[i].text)
	}
	return ws
}

func (d *tokens) isCapWord(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	t := &d.toks[i]
	return t.kind == tWord && t.cap && !stopCap[t.text]
}

func (d *tokens) isHeadTok(i int) bool {
	w := d.toks[i].text
	return orgHeads[w] || companyHeads[w] || legalForm(w)
}

// capTitle matches a capitalised (or upper-case) job title inside a run at
// token i: "CEO", "President", "Prime Minister", "Chief Executive". It
// returns the end of the title or -1.
func (d *tokens) capTitle(i, end int) int {
	w := d.toks[i].text
	lw := strings.ToLower(w)
	switch lw {
	case "ceo", "cfo", "coo", "cto", "president", "chairman", "chairwoman", "minister", "secretary", "senator", "governor",
		"spokesman", "spokeswoman", "director", "chancellor", "premier", "mayor", "ambassador", "commissioner", "judge", "justice", "chief", "head", "founder", "king", "queen":
		// "Chief Executive (Officer)"
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(d.toks[j].text)] || titleMods[strings.ToLower(d.toks[j].text)]) && !nameLike(d, j) {
			j++
		}
		return j
	default:
		// "Cartoonist Garry Trudeau", "Owner Al Brownstein": any title word
		// opening a sentence before a name
		if d.toks[i].first && titleHeads[lw] && i+1 < end {
			return i + 1
		}
	case "vice", "prime", "deputy", "foreign", "defense", "defence", "finance", "interior", "executive", "managing", "general", "attorney":
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(d.toks[j].text)] || titleMods[strings.ToLower(d.toks[j].text)]) {
			j++
		}
		if j > i+1 && titleHeads[strings.ToLower(d.toks[j-1].text)] {
			return j
		}
	}
	return -1
}

// nameLike: token j looks like part of a person's name rather than a title
// word (a given name, or followed by more capitalised words).
func nameLike(d *tokens, j int) bool {
	return d.lx.given[d.toks[j].text]
}

// personish reports whether tokens [a, b) can be a person's name: one to
// four capitalised words or initials, no head nouns or legal forms.
func (d *tokens) personish(a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.cap || d.isHeadTok(i) || nameConnectors[t.text] {
			if t.kind == tWord && (t.text == "de" || t.text == "van" || t.text == "von" || t.text == "bin" || t.text == "al") {
				continue
			}
			return false
		}
	}
	return true
}

// countryAt returns the longest country name or demonym starting at token i
// and not going past end, as (country, end, isDemonym), or (-1, i, false).
func (d *tokens) countryAt(i, end int) (int, int, bool) {
	if i >= end {
		return -1, i, false // "Furukawa Co. of" ending the text
	}
	lx := d.lx
	var sb strings.Builder
	best, bestEnd := -1, i
	for j := i; j < end && j-i < lx.maxKeyToks; j++ {
		if j > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(d.toks[j].text)
		if c, ok := lx.countryKey[sb.String()]; ok {
			best, bestEnd = c, j+1
		}
	}
	if best >= 0 {
		return best, bestEnd, false
	}
	if c, ok := lx.demonymKey[d.toks[i].text]; ok {
		// two-word demonyms: "North Korean", "West German"
		if i+1 < end {
			if c2, ok := lx.demonymKey[d.toks[i].text+" "+d.toks[i+1].text]; ok {
				return c2, i + 2, true
			}
		}
		return c, i + 1, true
	}
	if i+1 < end {
		if c, ok := lx.demonymKey[d.toks[i].text+" "+d.toks[i+1].text]; ok {
			return c, i + 2, true
		}
	}
	return -1, i, false
}

// personName is the surface of a person chunk without possessive or suffix
// punctuation.
func (d *tokens) surface(c *chunk) string { return d.tokText(c.ts, c.te) }

func (d *tokens) isSpeech(i int) bool {
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

// Statements are attributed by looking back in their sentence or in the
// sentences before. These lookups are answered from tables made once per
// article rather than by walking back token by token, which made an
// article of one long sentence with many quotations quadratic. They are
// made during statements, when every chunk has its final entity.

// sentences returns the first token of each sentence.
func (d *tokens) sentences() []int {
	if d.sentTok == nil {
		d.sentTok = make([]int, 0, 64)
		for i := range d.toks {
			for len(d.sentTok) <= d.toks[i].sent {
				d.sentTok = append(d.sentTok, i)
			}
		}
	}
	return d.sentTok
}

// sentStart is the first token of sentence s.
func (d *tokens) sentStart(s int) int { return d.sentences()[s] }

// sentEnd is the token after sentence s.
func (d *tokens) sentEnd(s int) int {
	if st := d.sentences(); s+1 < len(st) {
		return st[s+1]
	}
	return len(d.toks)
}

// openParenBefore is the last "(" at or before token k, or -1.
func (d *tokens) openParenBefore(k int) int {
	if d.openParen == nil {
		d.openParen = make([]int32, len(d.toks))
		last := int32(-1)
		for i := range d.toks {
			if d.toks[i].text == "(" {
				last = int32(i)
			}
			d.openParen[i] = last
		}
	}
	return int(d.openParen[k])
}
