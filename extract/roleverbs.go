package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// link reads the words from the holder to the title, in the last clause
// before the title: "X, who will become CEO", "X, until now CEO", "X had
// been CEO", "X, a former banker who is now CEO".
func (c *roleClause) link() schema.RoleStatus {
	if c.holder[0] < 0 || c.title[0] < 0 || c.holder[1] > c.title[0] {
		return ""
	}
	_, end := c.modifiers()
	from := c.holder[1]
	for i := end - 1; i >= c.holder[1]; i-- {
		if i == end-1 && c.word(i) == "and" && i > 0 && c.toks[i-1].kind == tWord && !c.toks[i-1].cap {
			continue // "will become president and chief operating officer": one verb, both posts
		}
		if c.word(i) == "," {
			if j := c.relativeOpen(i); j > c.holder[1] {
				c.skip = [2]int{j, i + 1} // "will succeed Y, who is retiring, as chairman": not the clause on Y
				i = j
				continue
			}
		}
		if w := c.word(i); clauseBreaks[w] || relatives[w] {
			from = i + 1
			break
		}
	}
	if from == end-1 && (c.word(from) == "was" || c.word(from) == "were") && c.word(from-1) == "who" {
		return schema.StatusFormer // "X, who was chief executive when…"
	}
	if c.word(from) == "where" && (c.word(from+2) == "was" || c.word(from+2) == "were") && !namedVerbs[c.word(from+3)] {
		return schema.StatusFormer // "X joined Y from Z, where he was a vice president"
	}
	return c.verbs(from, end)
}

// verbCues are what a stretch of words says of a post's time.
type verbCues struct {
	future, named, in, out, removed, has bool
	past, now                            int // position of the last mark of the past, of the present; -1 if none
}

// verbs reads the verbs and marks in tokens [from, to) of a clause about
// the holder and decides the post's time, or "" when they say nothing.
func (c *roleClause) verbs(from, to int) schema.RoleStatus {
	v := c.cues(from, to)
	switch {
	case v.future && v.out:
		return schema.StatusCurrent // "will step down as", "will stay until"
	case v.future && (v.in || v.named):
		return schema.StatusIncoming
	case v.removed:
		return schema.StatusFormer
	case v.named && c.futureAfter():
		return schema.StatusIncoming // "was named CEO, effective next month"
	case v.named:
		return schema.StatusCurrent
	case v.in && !v.future && c.futureAfter():
		return schema.StatusIncoming // "takes over as CEO next month"
	case v.past >= 0 && v.now < v.past:
		return schema.StatusFormer
	case v.now >= 0 || v.in:
		return schema.StatusCurrent
	}
	return ""
}

func (c *roleClause) cues(from, to int) verbCues {
	v := verbCues{past: -1, now: -1}
	for i := from; i < to; i++ {
		if i >= c.skip[0] && i < c.skip[1] {
			continue
		}
		w, prev, next := c.word(i), c.word(i-1), c.word(i+1)
		switch {
		case modals[w] || w == "to" && futureTo[prev]:
			v.future = true
		case w == "to" && changeIn[next] && v.past >= 0:
			v.past, v.in = -1, true // "resigned as chairman of Y to join Z as president": Z's post is taken
		case (w == "remain" || w == "stay") && next != "on" && next != "as":
			v.out = true // "will remain chairman": held now and after
		case namedVerbs[w] && !v.future:
			v.named = true
		case stepWords[w] && next == "down":
			if w == "stepped" {
				v.past = i
			} else {
				v.out = true
			}
		case stepWords[w] && (next == "in" || next == "up"), takeWords[w] && next == "over":
			v.in = true
		case changeOut[w]:
			v.out = true
		case changeIn[w]:
			v.in = true
		case removedVerbs[w] && (prev == "was" || prev == "were" || prev == "been" || prev == "being"):
			v.removed = true
		case leftVerbs[w], pastMarks[w], w == "had" && servedVerbs[next], w == "served" && !v.has:
			v.past = i
		case w == "has" || w == "have":
			v.has = true
		case currentMarks[w] && prev != "until": // "until now" is past
			v.now = i
		}
	}
	return v
}

// after reads what the sentence says of the holder after the role: the
// main verb ("CEO X resigned on Monday", "X, CEO of Y, was replaced by Z",
// "X, who was named CEO in 2019, resigned", "X was finance director until
// 1990") or a relative clause on the holder (", who resigned in May,"). A
// verb of leaving followed by "as" names another post ("CEO X retired as
// chairman") and is not read.
func (c *roleClause) after() schema.RoleStatus {
	if c.holder[0] < 0 {
		return ""
	}
	i := c.skipOrg(max(c.role[1], c.holder[1], c.title[1]))
	if c.title[0] >= c.holder[1] {
		i = c.skipFunction(i) // "X, vice president, sales, resigned"
	}
	if c.title[0] >= c.holder[1] && c.word(c.holder[1]) == "," {
		// The role is a clause set off after the name; the main verb
		// follows the comma that closes it.
		if c.word(i) == "until" && (pastUntil[c.word(i+1)] || c.year(i+1) || endingEvent(c.word(i+1), c.word(i+2))) {
			return schema.StatusFormer // "X, Y's chief executive until last year,", "until 1987", "until his retirement"
		}
		if c.word(i) != "," {
			if i = c.nextComma(i); i < 0 {
				return ""
			}
		}
		return c.tail(i + 1)
	}
	if c.word(i) != "," {
		return c.tail(i)
	}
	if relatives[c.word(i+1)] {
		if st := c.tail(i + 2); st != "" {
			return st
		}
	}
	if c.title[1] <= c.holder[0] && c.word(c.holder[0]-1) == "," && c.leftAt(i+1) {
		// "Y said its president, X, resigned": the name closes an
		// apposition and the main verb after it ends the post. Only a
		// verb of leaving is read there: "The new foreign minister, X, is
		// a diplomat who until this month was …" speaks of another post.
		return schema.StatusFormer
	}
	if w := c.word(i + 1); successionVerbs[w] || strings.HasSuffix(w, "ing") {
		return "" // "X was named CEO, succeeding Y, who retired": Y left
	}
	// "CEO Ann Holt, 58, resigned": past the apposition.
	if i = c.nextComma(i + 1); i < 0 {
		return ""
	}
	return c.tail(i + 1)
}

// skipOrg skips "of Veltrix Corp.'s", "at Kestrel" after a role.
func (c *roleClause) skipOrg(i int) int {
	for (c.word(i) == "of" || c.word(i) == "at") && i+1 < len(c.toks) && c.toks[i+1].cap {
		i += 2
		for i < len(c.toks) && (c.toks[i].cap || c.toks[i].kind == tPoss) {
			i++
		}
	}
	return i
}

// endingEvent: "his retirement", "her death", "their resignation": the
// event that ended a post, after "until".
func endingEvent(pron, noun string) bool {
	return (pron == "his" || pron == "her" || pron == "their") &&
		(noun == "retirement" || noun == "death" || noun == "resignation" || noun == "departure" || noun == "ouster")
}

// relativeOpen is the token of the ", who" whose clause the comma at p
// closes, within a dozen tokens; -1 if none.
func (c *roleClause) relativeOpen(p int) int {
	for j := p - 1; j > 0 && j > p-12; j-- {
		switch c.word(j) {
		case ",", ";", ":":
			return -1
		case "who":
			if c.word(j-1) == "," {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// leftAt tells that the verb group at token k ends the holder's post:
// "resigned", "has retired", "stepped down", "was ousted" (not "resigned
// as chairman", another post).
func (c *roleClause) leftAt(k int) bool {
	if auxVerbs[c.word(k)] {
		k++
	}
	w, next := c.word(k), c.word(k+1)
	switch {
	case next == "as" || c.word(k+2) == "as":
		return false
	case leftVerbs[w], w == "stepped" && next == "down":
		return true
	}
	return (w == "was" || w == "were") && removedVerbs[next]
}

// skipFunction skips a business function set off by commas after a title
// at token i ("vice president, sales,", "senior vice president, finance,
// of Y"), the shape WSJ's style gives it: one or two lower-case words that
// are no function word, adverb or verb of saying. It returns i when there
// is none.
func (c *roleClause) skipFunction(i int) int {
	if c.word(i) != "," {
		return i
	}
	j := i + 1
	for j < i+3 && j < len(c.toks) && c.toks[j].kind == tWord && !c.toks[j].cap && !functionOrAdverb(c.toks[j].text) {
		j++
	}
	if j == i+1 || c.word(j) != "," {
		return i
	}
	if w := c.word(j + 1); w == "of" || w == "at" {
		return c.skipOrg(j + 1)
	}
	return j
}

// functionOrAdverb: words that cannot name a business function set off
// after a title ("X, chairman, however, said").
func functionOrAdverb(w string) bool {
	return determiners[w] || titlePreps[w] || relatives[w] || clauseBreaks[w] || speechWords[w] || modals[w] ||
		strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ever") || w == "or" || w == "too"
}

// nextComma is the first comma from token i in the next dozen tokens of
// the sentence, or -1.
func (c *roleClause) nextComma(i int) int {
	for j := i; j < min(len(c.toks), i+14); j++ {
		switch c.word(j) {
		case ",":
			return j
		case ";", ":":
			return -1
		}
	}
	return -1
}

// tail reads the verb group that starts at token i, up to the end of its
// clause.
func (c *roleClause) tail(i int) schema.RoleStatus {
	for k := i; k < min(len(c.toks), i+10); k++ {
		w, prev, next := c.word(k), c.word(k-1), c.word(k+1)
		switch {
		case clauseBreaks[w], postNouns[w] && (prev == "a" || prev == "the"):
			return "" // ", a post Mr. Ng had held since 1983" speaks of another holder
		case modals[w]:
			return schema.StatusCurrent // the post is held until then
		case removedVerbs[w] && (prev == "was" || prev == "were" || prev == "been"):
			return schema.StatusFormer
		case (leftVerbs[w] || w == "stepped" && next == "down") && c.word(k+1) != "as" && c.word(k+2) != "as" && next != "for":
			return schema.StatusFormer
		case w == "until" || w == "had" && servedVerbs[next]:
			return schema.StatusFormer
		}
	}
	return ""
}
