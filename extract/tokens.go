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

func (tk *tokens) tokText(a, b int) string {
	if a >= b {
		return ""
	}
	return tk.text[tk.toks[a].s:tk.toks[b-1].e]
}

// words of the chunk without the connectors' special cases: token texts.
func (tk *tokens) chunkWords(c *chunk) []string {
	ws := make([]string, 0, c.te-c.ts)
	for i := c.ts; i < c.te; i++ {
		ws = append(ws, tk.toks[i].text)
	}
	return ws
}

func (tk *tokens) isCapWord(i int) bool {
	if i < 0 || i >= len(tk.toks) {
		return false
	}
	t := &tk.toks[i]
	return t.kind == tWord && t.cap && !stopCap[t.text]
}

func (tk *tokens) isHeadTok(i int) bool {
	w := tk.toks[i].text
	return orgHeads[w] || companyHeads[w] || legalForm(w)
}

// capTitle matches a capitalised (or upper-case) job title inside a run at
// token i: "CEO", "President", "Prime Minister", "Chief Executive". It
// returns the end of the title or -1.
func (tk *tokens) capTitle(i, end int) int {
	w := tk.toks[i].text
	lw := strings.ToLower(w)
	switch capTitleKind(lw) {
	case capTitleHead:
		// "Chief Executive (Officer)"
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(tk.toks[j].text)] || titleMods[strings.ToLower(tk.toks[j].text)]) && !tk.nameLike(j) {
			j++
		}
		return j
	default:
		// "Cartoonist Morris Fennick", "Owner Sid Kaplow": any title word
		// opening a sentence before a name
		if tk.toks[i].first && titleHeads[lw] && i+1 < end {
			return i + 1
		}
		// "Novelist Maren Lykke", "Striker Kojo Amponsah": WordNet's
		// occupations, before a name of two words or more ("Baker McKenzie"
		// is a firm)
		if tk.toks[i].first && i+2 < end && tk.lx.wn.occupations[lw] {
			return i + 1
		}
	case capTitleMod:
		j := i + 1
		for j < end && (titleHeads[strings.ToLower(tk.toks[j].text)] || titleMods[strings.ToLower(tk.toks[j].text)]) {
			j++
		}
		if j > i+1 && titleHeads[strings.ToLower(tk.toks[j-1].text)] {
			return j
		}
	}
	return -1
}

// nameLike: token j looks like part of a person's name rather than a title
// word (a given name, or followed by more capitalised words).
func (tk *tokens) nameLike(j int) bool {
	return tk.lx.isGiven(tk.toks[j].text)
}

// personish reports whether tokens [a, b) can be a person's name: one to
// four capitalised words or initials, no head nouns or legal forms.
func (tk *tokens) personish(a, b int) bool {
	if b-a < 1 || b-a > 6 {
		return false
	}
	words := 0
	for i := a; i < b; i++ {
		t := &tk.toks[i]
		if t.kind != tWord || !t.cap || tk.isHeadTok(i) || nameConnectors[t.text] {
			if t.kind == tWord && personParticles[t.text] {
				continue // "Elsa van der Linde", "Lucía de la Fuente"
			}
			return false
		}
		words++
	}
	return words <= 4
}

// countryAt returns the longest country name or demonym starting at token i
// and not going past end, as (country, end, isDemonym), or (-1, i, false).
func (tk *tokens) countryAt(i, end int) (int, int, bool) {
	if i >= end {
		return -1, i, false // "Hanegawa Co. of" ending the text
	}
	lx := tk.lx
	var sb strings.Builder
	best, bestEnd := -1, i
	for j := i; j < end && j-i < lx.maxKeyToks; j++ {
		if j > i {
			sb.WriteByte(' ')
		}
		sb.WriteString(tk.toks[j].text)
		if c, ok := lx.countryKey[sb.String()]; ok {
			best, bestEnd = c, j+1
		}
	}
	if best >= 0 {
		return best, bestEnd, false
	}
	if c, ok := lx.demonymKey[tk.toks[i].text]; ok {
		// two-word demonyms: "North Korean", "West German"
		if i+1 < end {
			if c2, ok := lx.demonymKey[tk.toks[i].text+" "+tk.toks[i+1].text]; ok {
				return c2, i + 2, true
			}
		}
		return c, i + 1, true
	}
	if i+1 < end {
		if c, ok := lx.demonymKey[tk.toks[i].text+" "+tk.toks[i+1].text]; ok {
			return c, i + 2, true
		}
	}
	return -1, i, false
}

// personName is the surface of a person chunk without possessive or suffix
// punctuation.
func (tk *tokens) surface(c *chunk) string { return tk.tokText(c.ts, c.te) }

func (tk *tokens) isSpeech(i int) bool {
	if i < 0 || i >= len(tk.toks) || tk.toks[i].kind != tWord {
		return false
	}
	t := &tk.toks[i]
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
func (tk *tokens) sentences() []int {
	if tk.sentTok == nil {
		tk.sentTok = make([]int, 0, 64)
		for i := range tk.toks {
			for len(tk.sentTok) <= tk.toks[i].sent {
				tk.sentTok = append(tk.sentTok, i)
			}
		}
	}
	return tk.sentTok
}

// sentStart is the first token of sentence s.
func (tk *tokens) sentStart(s int) int { return tk.sentences()[s] }

// sentEnd is the token after sentence s.
func (tk *tokens) sentEnd(s int) int {
	if st := tk.sentences(); s+1 < len(st) {
		return st[s+1]
	}
	return len(tk.toks)
}

// openParenBefore is the last "(" at or before token k, or -1.
func (tk *tokens) openParenBefore(k int) int {
	if tk.openParen == nil {
		tk.openParen = make([]int32, len(tk.toks))
		last := int32(-1)
		for i := range tk.toks {
			if tk.toks[i].text == "(" {
				last = int32(i)
			}
			tk.openParen[i] = last
		}
	}
	return int(tk.openParen[k])
}
