package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// roleClause is the sentence that states a role, as tokens, with the token
// ranges [start, end) of the role's parts in it; {-1, -1} for a part not
// found.
type roleClause struct {
	toks   []token
	holder [2]int // the holder's name
	title  [2]int // the title's words
	role   [2]int // the whole role as the extractor found it ("X, CEO of Y")
	skip   [2]int // a relative clause on another person that the holder's verbs skip (link)
}

// status applies the rules in turn; the first that finds a cue decides. A
// rule returns "" when it finds none, and may return StatusCurrent to stop
// the others ("X will step down as CEO": the post is still held).
func (c *roleClause) status() schema.RoleStatus {
	if c.title[0] < 0 && c.holder[0] < 0 {
		return schema.StatusCurrent
	}
	for _, rule := range []func() schema.RoleStatus{c.titleWords, c.predecessor, c.successor, c.lateHolder} {
		if st := rule(); st != "" {
			return st
		}
	}
	// What the sentence says after the role can end a post the words
	// before it took up: "X, who was named CEO in 2019, resigned".
	st, later := c.link(), c.after()
	switch {
	case later == schema.StatusFormer && st != schema.StatusIncoming, st == "" && later != "":
		return later
	case st != "":
		return st
	}
	if st := c.yearRange(); st != "" {
		return st // "X was chairman from 1990 to 2004"
	}
	return schema.StatusCurrent
}

// word is token i in lower case when it can be a cue: "" outside the
// sentence and for capitalised words inside it, which are names ("Will
// Tanner" is no modal), except the sentence's first word ("Former CEO X").
func (c *roleClause) word(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	t := &c.toks[i]
	if t.kind == tWord && t.cap && !t.first && i > 0 {
		return ""
	}
	return strings.ToLower(t.text)
}

// span is the range from the first to the last of holder and title.
func (c *roleClause) span() [2]int {
	s := [2]int{-1, -1}
	for _, r := range [][2]int{c.holder, c.title} {
		if r[0] < 0 {
			continue
		}
		if s[0] < 0 || r[0] < s[0] {
			s[0] = r[0]
		}
		s[1] = max(s[1], r[1])
	}
	return s
}

// titleWords reads the title and its modifiers: "ex-CEO", "former
// chairman", "the late founder", "CEO-designate", "president elect".
func (c *roleClause) titleWords() schema.RoleStatus {
	if c.title[0] < 0 {
		return ""
	}
	for i := c.title[0]; i < c.title[1]; i++ {
		w := strings.ToLower(c.toks[i].text)
		switch {
		case hasAffix(w, formerPrefixes, strings.HasPrefix):
			return schema.StatusFormer
		case hasAffix(w, incomingSuffixes, strings.HasSuffix):
			return schema.StatusIncoming
		case i+1 < c.title[1] && formerMods[w] && w != "late":
			return schema.StatusFormer
		case i+1 < c.title[1] && incomingMods[w]:
			return schema.StatusIncoming
		}
	}
	if incomingAfter[c.word(c.title[1])] {
		return schema.StatusIncoming
	}
	st, _ := c.modifiers()
	return st
}

// modifiers scans back from the title over its determiners, organisation
// names and modifiers ("the company's former", "ex-Veltrix") and returns
// the time they give and where they start. It stops at the holder and at
// any other word.
func (c *roleClause) modifiers() (schema.RoleStatus, int) {
	stop := 0
	if c.holder[0] >= 0 && c.holder[1] <= c.title[0] {
		stop = c.holder[1]
	}
	start := c.title[0]
	for i := c.title[0] - 1; i >= stop; i-- {
		t, w := &c.toks[i], c.word(i)
		switch {
		case formerMods[w] || hasAffix(w, formerPrefixes, strings.HasPrefix):
			if w == "late" && !determiners[c.word(i-1)] && c.toks[max(i-1, 0)].kind != tPoss {
				return "", start
			}
			if !c.modifiesName(i) {
				return schema.StatusFormer, i
			}
		case incomingMods[w]:
			if !c.modifiesName(i) {
				return schema.StatusIncoming, i
			}
		case determiners[w], t.kind == tPoss, t.kind == tWord && t.cap:
		default:
			return "", start
		}
		start = i
	}
	return "", start
}

// modifiesName tells that the modifier at i is said of an organisation or
// place, not of the post: "the former Soviet Union's trade minister".
func (c *roleClause) modifiesName(i int) bool {
	j := i + 1
	for j < c.title[0] && c.toks[j].kind == tWord && c.toks[j].cap {
		j++
	}
	return j > i+1 && j < len(c.toks) && c.toks[j].kind == tPoss
}

// predecessor reads the words before the holder (or before a title that
// precedes the holder): the object of "succeeds", "replacing", "took over
// from" gave the post up, unless the change is still to come ("will
// succeed Y": Y holds it until then).
func (c *roleClause) predecessor() schema.RoleStatus {
	if c.holder[0] < 0 {
		return ""
	}
	start := c.holder[0]
	if c.title[0] >= 0 && c.title[1] <= c.holder[0] {
		_, start = c.modifiers()
	}
	if c.newPostAfter() {
		return "" // "succeeds Y, who was named treasurer": Y's new post
	}
	i := start - 1
	for determiners[c.word(i)] || i >= 0 && i < len(c.toks) && courtesyTitle(c.toks[i].text) {
		i-- // "succeeding Mr. Caldwell"
	}
	w := c.word(i)
	if w == "from" && c.word(i-1) == "over" && takeWords[c.word(i-2)] {
		i -= 2
		w = c.word(i)
	} else if !successionVerbs[w] {
		return ""
	}
	switch {
	case c.futureBefore(i), c.participleOfFuture(i):
		return schema.StatusCurrent
	case c.word(i-1) == "to" && (namedVerbs[c.word(i-2)] || c.decidedBefore(i-1)): // "was named to succeed Y", "voted to remove Y"
		return schema.StatusFormer
	case c.word(i-1) == "to": // "plans to replace Y"
		return schema.StatusCurrent
	case presentTense[w] && c.futureAfter(): // "takes over from Y next month"
		return schema.StatusCurrent
	}
	return schema.StatusFormer
}

// newPostAfter tells that the title follows the holder in a relative
// clause of appointment: "succeeding Y, who was named treasurer".
func (c *roleClause) newPostAfter() bool {
	if c.title[0] < c.holder[1] || c.word(c.holder[1]) != "," || c.word(c.holder[1]+1) != "who" {
		return false
	}
	for k := c.holder[1] + 2; k < c.title[0]; k++ {
		if namedVerbs[c.word(k)] || changeIn[c.word(k)] {
			return true
		}
	}
	return false
}

// decidedBefore tells that "to" at i follows a verb of deciding, maybe
// after a time phrase: "voted to remove Y", "voted on Saturday to remove Y".
func (c *roleClause) decidedBefore(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if decidedVerbs[c.word(k)] {
			return true
		}
	}
	return false
}

// successor reads the words before the holder of a passive succession:
// "she will be succeeded by Y" makes Y's post incoming, "X was replaced
// by Y" current. It speaks only of the post Y takes over, which is not
// stated after Y's name ("…, replaced by Y, until now secretary of state"
// states another post).
func (c *roleClause) successor() schema.RoleStatus {
	i := c.holder[0]
	if i < 2 || c.word(i-1) != "by" || !successionVerbs[c.word(i-2)] || c.title[0] > i {
		return ""
	}
	if c.futureBefore(i - 2) {
		return schema.StatusIncoming
	}
	return schema.StatusCurrent
}

// futureBefore tells whether the verb at i is put in the future by the
// words before it in its clause: "will succeed", "is to replace", "set to
// take over".
func (c *roleClause) futureBefore(i int) bool {
	for k := i - 1; k >= max(0, i-4); k-- {
		w := c.word(k)
		if modals[w] || w == "to" && futureTo[c.word(k-1)] {
			return true
		}
		if clauseBreaks[w] {
			return false
		}
	}
	return false
}

// participleOfFuture tells that the succession verb at i is a participle
// after a comma whose main clause is in the future: "Y will become
// chairman in May, succeeding X" (X holds the post until then).
func (c *roleClause) participleOfFuture(i int) bool {
	if c.word(i-1) != "," || !strings.HasSuffix(c.word(i), "ing") {
		return false
	}
	for k := i - 2; k >= 0; k-- {
		if w := c.word(k); modals[w] || w == "to" && futureTo[c.word(k-1)] {
			return true
		}
	}
	return false
}

// futureAfter tells whether the clause after the title places the change
// in the future: "takes over as CEO next month", "named CEO, effective
// next month".
func (c *roleClause) futureAfter() bool {
	from := max(c.title[1], c.holder[1])
	for i := from; i < min(len(c.toks), from+10); i++ {
		w := c.word(i)
		if futureTime[w] {
			return true
		}
		if w != "," && clauseBreaks[w] {
			return false
		}
	}
	return false
}

// lateHolder: "his father, the late Anselmo Vargas, who had founded it";
// "his predecessor, Y" (predecessorPost).
func (c *roleClause) lateHolder() schema.RoleStatus {
	if i := c.holder[0]; i >= 2 && c.word(i-1) == "late" && (determiners[c.word(i-2)] || c.toks[i-2].kind == tPoss) {
		return schema.StatusFormer
	}
	if i := c.holder[0]; i >= 2 && c.word(i-1) == "," && c.word(i-2) == "predecessor" {
		return schema.StatusFormer
	}
	j := c.holder[0] - 1
	for j > 0 && (courtesyTitle(c.toks[j].text) || c.word(j) == "that" || c.word(j) == "which") {
		j--
	}
	if w := c.word(c.holder[1]); postNouns[c.word(j)] && (w == "held" || w == "had" && c.word(c.holder[1]+1) == "held") {
		return schema.StatusFormer // "named president, a post Mr. Ng held for ten years" (heldPost)
	}
	return ""
}

func hasAffix(w string, affixes []string, has func(s, affix string) bool) bool {
	for _, a := range affixes {
		if has(w, a) && len(w) > len(a) {
			return true
		}
	}
	return false
}

// courtesyTitle tells that w is an honorific that names no post ("Mr.",
// "Ms.", "Dr."), which may stand between a verb and its object's name.
func courtesyTitle(w string) bool {
	t, ok := honorifics[w]
	return ok && t == ""
}
