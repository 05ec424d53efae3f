package console

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An article's body is cut into segments at the edges of its quotations
// and of the names of the entities it mentions.

// span is a byte range of the body, with the statement or entity it shows.
type span struct {
	start, end int
	quote      int
	entity     string
}

// quoteSpan is the statement's ng:span when it lies on the body's rune
// boundaries, else the first place its text occurs.
func quoteSpan(body, text string, sp [2]int) ([2]int, bool) {
	s, e := sp[0], sp[1]
	if s >= 0 && e <= len(body) && s < e && runeBoundary(body, s) && runeBoundary(body, e) {
		return sp, true
	}
	if text == "" {
		return [2]int{}, false
	}
	if i := strings.Index(body, text); i >= 0 {
		return [2]int{i, i + len(text)}, true
	}
	return [2]int{}, false
}

func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// occurrences finds every occurrence of name, as a whole word, in body.
func occurrences(body, name, key string) []span {
	var out []span
	if len(name) < 2 {
		return nil
	}
	for from := 0; ; {
		i := strings.Index(body[from:], name)
		if i < 0 {
			return out
		}
		s, e := from+i, from+i+len(name)
		if wordEdge(body, s, true) && wordEdge(body, e, false) {
			out = append(out, span{s, e, -1, key})
		}
		from = s + 1
		for from < len(body) && !utf8.RuneStart(body[from]) {
			from++
		}
	}
}

// wordEdge tells whether offset i of s is not inside a word.
func wordEdge(s string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i == len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// nonOverlapping keeps, left to right, the longest span at each start and
// drops those that overlap one already kept.
func nonOverlapping(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	end := -1
	for _, s := range spans {
		if s.start >= end {
			out = append(out, s)
			end = s.end
		}
	}
	return out
}

// segments cuts body at every edge of a quote or entity span.
func segments(body string, quotes, entities []span) []Segment {
	cuts := map[int]bool{0: true, len(body): true}
	for _, s := range append(append([]span{}, quotes...), entities...) {
		cuts[s.start], cuts[s.end] = true, true
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	out := []Segment{}
	for k := 0; k+1 < len(points); k++ {
		s, e := points[k], points[k+1]
		seg := Segment{Text: body[s:e]}
		if q := covering(quotes, s); q != nil {
			n := q.quote
			seg.Quote = &n
		}
		if en := covering(entities, s); en != nil {
			seg.Entity = en.entity
		}
		out = append(out, seg)
	}
	return out
}

// covering returns the span of a sorted, non-overlapping list that
// contains offset p.
func covering(spans []span, p int) *span {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > p })
	if i < len(spans) && spans[i].start <= p {
		return &spans[i]
	}
	return nil
}
