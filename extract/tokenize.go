package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord   tokKind = iota
	tNum            // 61, 3.5, 10,000
	tPunct          // , ; : ( ) ! ? . and anything else
	tPoss           // possessive 's / ’s, split from the word before it
	tHandle         // @elonmusk
	tQuote          // a double quote mark: " “ ” « » „
	tDash           // — – --
)

// token is one token of an article with its byte offsets into the text.
type token struct {
	s, e    int
	text    string
	kind    tokKind
	cap     bool // first letter is upper case
	allCaps bool // every letter is upper case and there are at least two
	nl      int  // number of line breaks between the previous token and this one
	sent    int  // index of the sentence the token is in
	first   bool // first word of its sentence (after opening quotes/brackets)
	space   bool // white space before the token
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits text into tokens. It is a hand-written scanner (no
// regular expressions) that keeps byte offsets. Words keep inner hyphens,
// slashes, ampersands and apostrophes (Dunmore-Hale, Pellham\/Dunmore, R&Q,
// O'Brien); a trailing possessive 's becomes its own token; a period is kept
// on a word when it is an abbreviation (Mr., Corp.), an initial (J.) or a
// dotted acronym (U.S., N.V.).
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+8)
	nl := 0
	space := true
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			nl++
			space = true
			i += sz
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			i += sz
			continue
		}
		start := i
		kind := tPunct
		// the kinds are tested inline rather than in a function of their
		// own: a call per token cost 0.7% more instructions per article
		// (callgrind on BenchmarkExtract)
		switch {
		case r == '@' && i+1 < len(text) && isHandleByte(text[i+1]):
			i = scanHandle(text, i)
			kind = tHandle
		case r >= '0' && r <= '9':
			i = scanNumber(text, i)
			kind = tNum
		case isWordRune(r):
			i = scanWord(text, i)
			kind = tWord
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„':
			i += sz
			kind = tQuote
		case r == '—' || r == '–' || r == '-' && i+1 < len(text) && text[i+1] == '-':
			i = scanDash(text, i, sz)
			kind = tDash
		case (r == '\'' || r == '’') && isPossessiveAt(text, i) && len(toks) > 0 && !space:
			i += sz + 1
			kind = tPoss
		case (r == '\'' || r == '’') && i > 0 && text[i-1] == 's' && !space && len(toks) > 0 && toks[len(toks)-1].kind == tWord &&
			(i+sz == len(text) || text[i+sz] == ' ' || text[i+sz] == '\n'):
			// plural possessive: "Bay Haulers' chief executive"
			i += sz
			kind = tPoss
		default:
			i += sz
		}
		if i <= start { // never stall, whatever the input
			i = start + sz
		}
		t := token{s: start, e: i, text: text[start:i], kind: kind, nl: nl, space: space}
		if kind == tWord {
			t.cap, t.allCaps = caseOf(t.text)
		}
		toks = append(toks, t)
		nl = 0
		space = false
	}
	return toks
}

// scanHandle returns the end of the Twitter handle that starts with the
// "@" at i.
func scanHandle(text string, i int) int {
	i++
	for i < len(text) && isHandleByte(text[i]) {
		i++
	}
	return i
}

// scanDash returns the end of the dash at i: an em or en dash of sz
// bytes, or two hyphens or more.
func scanDash(text string, i, sz int) int {
	if text[i] != '-' {
		return i + sz
	}
	i += 2
	for i < len(text) && text[i] == '-' {
		i++
	}
	return i
}

func isHandleByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// scanNumber returns the end of the number at i, with its inner
// separators (3.5, 1,000, 10:30, 3/4) and a short letter suffix (4th,
// 1980s).
func scanNumber(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '.' || c == ',' || c == ':' || c == '/') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		// "3\/4": the Penn Treebank escapes the slash of a fraction
		if c == '\\' && i+2 < len(text) && text[i+1] == '/' && text[i+2] >= '0' && text[i+2] <= '9' {
			i += 2
			continue
		}
		break
	}
	// 4th, 19th, 1980s
	j := i
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += sz
	}
	if j > i && j-i <= 3 {
		i = j
	}
	return i
}

// isPossessiveAt reports whether text[i:] is an apostrophe followed by "s"
// and then a non-letter.
func isPossessiveAt(text string, i int) bool {
	_, sz := utf8.DecodeRuneInString(text[i:])
	j := i + sz
	if j >= len(text) || (text[j] != 's' && text[j] != 'S') {
		return false
	}
	j++
	if j == len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return !isWordRune(r)
}

func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += sz
			continue
		}
		// joiners between word characters
		next := i + sz
		if r == '\\' && next < len(text) && text[next] == '/' {
			next++
		}
		if next < len(text) {
			r2, _ := utf8.DecodeRuneInString(text[next:])
			if isWordRune(r2) {
				switch r {
				case '-', '/', '\\', '&':
					i = next
					continue
				case '\'', '’':
					if !isPossessiveAt(text, i) {
						i = next
						continue
					}
				case '.':
					// dotted acronyms: U.S., N.V., A.C.
					if dottedSoFar(text[start:i]) && unicode.IsUpper(r2) && (next+1 >= len(text) || !isWordRune(rune(text[next+1]))) {
						i = next
						continue
					}
				}
			}
		}
		break
	}
	// trailing period of abbreviations and initials
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		// "a post on X. Karl-Heinz Brandl said": the network X ends the
		// sentence, it is no initial of the name after it
		if abbrevs[w] || isInitial(w) && (w != "X" || start < 3 || text[start-3:start] != "on ") || (len(w) >= 2 && w[len(w)-2] == '.') {
			i++
		}
	}
	return i
}

// dottedSoFar: "U" or "U.S" style prefix (single letters separated by dots).
func dottedSoFar(w string) bool {
	n := 0
	for k, r := range w {
		if k%2 == 0 {
			if !unicode.IsUpper(r) || r > unicode.MaxASCII {
				return false
			}
		} else if r != '.' {
			return false
		}
		n++
	}
	return n > 0
}

func isInitial(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsUpper(r)
}

func caseOf(w string) (capital, allCaps bool) {
	r, _ := utf8.DecodeRuneInString(w)
	capital = unicode.IsUpper(r)
	if !capital {
		return
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return capital, false
			}
			letters++
		}
	}
	return capital, letters >= 2
}

// splitSentences sets tok.sent and tok.first. A sentence ends at . ! ? (and
// the closing quotes or brackets right after), at a paragraph break, at a
// line break after a line without final punctuation when the next line starts
// with a capital or a non-Latin letter, and after a company suffix or country
// abbreviation ending in a period when the next word is capitalised and is
// not itself part of a name (Inc. Chairman ...).
// newSentenceAfterSuffix: after a company's legal form ("Corp."), the
// capitalised word at i opens a new sentence when a lower-case word
// follows it and it is no title ("... Corp. Terms weren't disclosed", but
// "... Corp. Chairman Ann Holt").
func newSentenceAfterSuffix(toks []token, i int) bool {
	w := toks[i].text
	if i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].cap || nameConnectors[toks[i+1].text] {
		return false
	}
	if _, ok := honorifics[w]; ok {
		return false
	}
	lw := strings.ToLower(w)
	return !titleHeads[lw] && !titleMods[lw]
}

func splitSentences(toks []token) int {
	sent := 0
	startNext := true
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > 0 && t.nl > 0 && !startNext {
			sent++
			startNext = true
		}
		t.sent = sent
		if startNext && (t.kind == tWord || t.kind == tNum || t.kind == tHandle) {
			t.first = true
			startNext = false
		}
		end := false
		switch {
		case t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?"):
			end = true
		case t.kind == tWord && len(t.text) > 1 && t.text[len(t.text)-1] == '.':
			w := t.text
			if sentenceFinalAbbrev[w] && i+1 < len(toks) && toks[i+1].kind == tWord && toks[i+1].cap && !stopCap[toks[i+1].text] {
				// "... Inc. The company said": the next word starts a sentence
				end = sentenceStarters[toks[i+1].text] || legalForm(w) && newSentenceAfterSuffix(toks, i+1)
			}
		}
		if end {
			// swallow closing quotes / brackets / further punctuation
			j := i + 1
			for j < len(toks) && toks[j].nl == 0 && (toks[j].kind == tQuote && !toks[j].space || toks[j].text == ")" || toks[j].text == "." || toks[j].text == "'") {
				toks[j].sent = sent
				j++
			}
			if j < len(toks) {
				// a lower-case continuation is not a new sentence ("?" inside a quote)
				nt := toks[j]
				if nt.kind == tWord && !nt.cap && nt.nl == 0 && t.text != "." {
					i = j - 1
					continue
				}
			}
			i = j - 1
			sent++
			startNext = true
		}
	}
	return sent + 1
}
