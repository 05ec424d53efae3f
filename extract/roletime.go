package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Role time: whether a post the text states is current, former ("former
// chairman X", "X, who stepped down as CEO", "X succeeds Y as CEO" for Y) or
// incoming ("X will become CEO", "CEO-designate X", "X takes over next
// month"), as GUIDELINES.md counts it: an appointment ("was named") is
// current, and so is a post its holder will give up ("who retires as
// chairman on June 1").
//
// The rules read only the sentence that states the role, in four places
// around the holder's name and the title's words (roleclause.go,
// roleverbs.go), the first that finds a cue deciding, except that a verb
// after the role that ends the post overrides an appointment before it
// ("X, who was named CEO in 2019, resigned"):
//
//	the title's own words and modifiers   "former", "ex-CEO", "the late", "CEO-designate", "president-elect"
//	the words before the holder           "succeeds Y", "replacing Y", "took over from Y" (Y: former)
//	the words from holder to title        "X, who will become CEO", "X, until now CEO", "X had been CEO"
//	the verb after the role               "CEO X resigned", "X, CEO of Y, was replaced by Z", "X was CEO until 1990"
//
// Each place looks no further than its clause (a comma, "and", "but",
// "whose", a speech verb end it), so that "former" said of another person
// or of an organisation ("the former Soviet Union's trade minister") does
// not bear on the role.

// roleTimes sets Former and Incoming on each role of d that has a Span,
// from the sentence of d.Text that holds it. toks are the article's tokens
// with their sentences split (tokenize, then splitSentences), as the
// extractor already has them; nil makes roleTimes tokenize d.Text itself,
// which costs about half of what Extract spends (0.8 of 1.7 ms for 16 KB,
// BenchmarkExtract's article). It is the whole of the wiring: Extract
// calls it once the roles and entities are final,
//
//	out.Roles = roles
//	roleTimes(&out, tk.toks)
//
// and it reads of the Document only Text, Roles (their Span and Title)
// and the holder's entity Spans (to find the holder's name inside the
// role's span; without them, the rules that need the holder are skipped).
// Once the times are read, it drops the words of time from each Title
// (titleLabel: "former chief executive" → "chief executive"), since the
// status now carries them.
func roleTimes(d *schema.Document, toks []token) {
	if len(d.Roles) == 0 {
		return
	}
	if toks == nil {
		toks = tokenize(d.Text)
		splitSentences(toks)
	}
	for i := range d.Roles {
		r := &d.Roles[i]
		if r.Span == nil || r.Span.Start < 0 || r.Span.End > len(d.Text) || r.Span.Start >= r.Span.End {
			continue
		}
		st := roleStatusAt(toks, *r.Span, r.Title, holderSpan(d, r))
		r.Former, r.Incoming = st == schema.StatusFormer, st == schema.StatusIncoming
	}
	if dead := deceased(d, toks); dead != nil {
		for i := range d.Roles {
			if dead[d.Roles[i].Person] && !nowPost(toks, *d.Roles[i].Span) {
				d.Roles[i].Former, d.Roles[i].Incoming = true, false // an obituary's posts are past
			}
		}
	}
	joinedEarlier(d, toks) // "joined Y in 1972 as a sales engineer", now another post at Y
	for i := range d.Roles {
		d.Roles[i].Title = titleLabel(d.Roles[i].Title) // the status now carries "former", "-elect"
	}
}

// nowPost tells that the words of a role's span say the post is held now
// ("X is now general manager of Y", "X, now chief executive of Y"): a
// holder who resigned an earlier post keeps it.
func nowPost(toks []token, sp schema.Span) bool {
	for k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= sp.Start }); k < len(toks) && toks[k].e <= sp.End; k++ {
		if toks[k].text == "now" || toks[k].text == "currently" {
			return true
		}
	}
	return false
}

// roleStatus is the time of the role title held by holder, both as
// written in sentence: the pure form of the rules, for callers that have a
// sentence rather than a Document. The holder's first mention and the
// title's mention nearest to it are the ones read.
func roleStatus(sentence, holder, title string) schema.RoleStatus {
	toks := tokenize(sentence)
	c := roleClause{toks: toks, holder: findWords(toks, holder, 0), role: [2]int{0, len(toks)}}
	near := 0
	if c.holder[0] >= 0 {
		near = c.holder[0]
	}
	c.title = findWords(toks, title, near)
	c.role = c.span()
	return c.status()
}

// holderSpan is the span of the holder's mention inside the role's span,
// from the holder entity's spans; nil when there is none.
func holderSpan(d *schema.Document, r *schema.Role) *schema.Span {
	e, ok := d.Entity(r.Person)
	if !ok {
		return nil
	}
	for i := range e.Spans {
		if sp := e.Spans[i]; sp.Start >= r.Span.Start && sp.End <= r.Span.End {
			return &sp
		}
	}
	return nil
}

// roleStatusAt is the time of the role stated at span role of the text
// that toks (sentences split) come from, with the holder's name at holder
// (nil if unknown) and title its words.
func roleStatusAt(toks []token, role schema.Span, title string, holder *schema.Span) schema.RoleStatus {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].s >= role.Start })
	last := first - 1
	for last+1 < len(toks) && toks[last+1].e <= role.End {
		last++
	}
	if last < first {
		return schema.StatusCurrent
	}
	lo, hi := first, last+1
	for lo > 0 && toks[lo-1].sent == toks[first].sent {
		lo--
	}
	for hi < len(toks) && toks[hi].sent == toks[last].sent {
		hi++
	}
	sent := toks[lo:hi]
	c := roleClause{toks: sent, holder: [2]int{-1, -1}, role: [2]int{first - lo, last + 1 - lo}}
	if holder != nil {
		c.holder = tokRange(sent, holder.Start, holder.End)
	}
	near := 0
	if c.holder[0] >= c.role[0] {
		near = c.holder[0] - c.role[0]
	}
	c.title = findWords(sent[c.role[0]:c.role[1]], title, near)
	if c.title[0] >= 0 {
		c.title[0] += c.role[0]
		c.title[1] += c.role[0]
	}
	return c.status()
}

// tokRange is the range of the tokens inside [s, e), or {-1, -1}.
func tokRange(toks []token, s, e int) [2]int {
	r := [2]int{-1, -1}
	for i := range toks {
		if toks[i].s >= s && toks[i].e <= e {
			if r[0] < 0 {
				r[0] = i
			}
			r[1] = i + 1
		}
	}
	return r
}

// findWords finds the words of phrase in toks, case folded: the first
// occurrence within a dozen tokens after token near (the holder's name,
// which a title follows in "X, who resigned as CEO"), else the one nearest
// to near; {-1, -1} when absent.
func findWords(toks []token, phrase string, near int) [2]int {
	words := tokenize(phrase)
	if len(words) == 0 {
		return [2]int{-1, -1}
	}
	// An occurrence after a title modifier ends a longer title ("formerly
	// executive vice president, was named president"): it is taken only
	// when there is no other.
	window := [2][2]int{{-1, -1}, {-1, -1}} // [plain, inside]: the first in the window
	best := window                          // [plain, inside]: the nearest
	for i := 0; i+len(words) <= len(toks); i++ {
		k := 0
		for k < len(words) && strings.EqualFold(toks[i+k].text, words[k].text) {
			k++
		}
		if k < len(words) {
			continue
		}
		in := 0
		if i > 0 && titleMods[strings.ToLower(toks[i-1].text)] {
			in = 1
		}
		if i > near && i <= near+12 && window[in][0] < 0 {
			window[in] = [2]int{i, i + len(words)}
		}
		if best[in][0] < 0 || distance(i, near) < distance(best[in][0], near) {
			best[in] = [2]int{i, i + len(words)}
		}
	}
	for _, r := range [][2]int{window[0], best[0], window[1], best[1]} {
		if r[0] >= 0 {
			return r
		}
	}
	return [2]int{-1, -1}
}

func distance(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}
