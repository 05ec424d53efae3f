package extract

import (
	"fmt"
	"sort"
	"strings"
)

// tweetEmbeds finds embedded tweets: a body followed by the signature
// "— Name (@handle) Month D, YYYY". The body is the text of the line
// before the dash, extended over the short lines before it that have no
// final punctuation (the lines of one tweet).
func (sf *statementFinder) tweetEmbeds() []*stmt {
	var out []*stmt
	toks := sf.toks
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
		start := sf.tweetBodyStart(lineStart)
		if start >= i {
			continue
		}
		out = append(out, sf.tweet(start, i, h))
	}
	return out
}

// tweet is the embedded tweet whose body is tokens [start, dash) and
// whose signature has its handle at h: "— Name (@handle) Month D, YYYY".
func (sf *statementFinder) tweet(start, dash, h int) *stmt {
	toks := sf.toks
	n := len(toks)
	date := ""
	if k := h + 2; k+3 < n {
		if m := months[toks[k].text]; m > 0 && toks[k+1].kind == tNum && toks[k+2].text == "," && toks[k+3].kind == tNum && len(toks[k+3].text) == 4 {
			date = fmt.Sprintf("%s-%02d-%02s", toks[k+3].text, m, pad2(toks[k+1].text))
		}
	}
	speaker := -1
	if ci := sf.tokChunk[h-2]; ci >= 0 {
		speaker = sf.chunks[ci].ent
		if speaker < 0 {
			speaker = sf.signedBy(ci)
		}
	}
	if speaker < 0 {
		speaker = sf.handleOwner(h)
	}
	st := &stmt{speaker: speaker, s: toks[start].s, e: toks[dash].s, tokS: start, embed: true, sent: toks[start].sent}
	st.Text = collapseSpace(strings.TrimSpace(sf.text[toks[start].s:toks[dash].s]))
	st.Date = date
	st.Channel = "Twitter"
	sf.ensureChannel("Twitter")
	st.Confidence = 0.95
	if speaker < 0 {
		st.Confidence = 0.5
	}
	return st
}

// tweetBodyStart is the first token of a tweet's body whose last line
// starts at token lineStart: back over the short unpunctuated lines above.
func (sf *statementFinder) tweetBodyStart(lineStart int) int {
	toks := sf.toks
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
		// a line that ends a sentence, or introduces the post ("X herself
		// was brief:"), is not one of its lines
		if words > 10 || lastTok == "." || lastTok == "!" || lastTok == "?" || lastTok == ")" || lastTok == ":" || toks[start-1].kind == tNum {
			break
		}
		start = p
	}
	return start
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// embedTokens marks the tokens that start inside an embedded tweet (or
// right after it), nil when there is none.
func (sf *statementFinder) embedTokens(embeds []*stmt) []bool {
	if len(embeds) == 0 {
		return nil
	}
	toks := sf.toks
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
