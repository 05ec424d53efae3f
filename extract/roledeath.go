package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// A person whose death the article reports holds no post any more, nor
// does one it says was fired or resigned with no post named ("Vance was
// fired in May", "Hale resigned after a vote"): in an
// obituary "He remained chairman from 1994", "the company he led" and the
// appositive "X, chairman of Y," all state past posts (GUIDELINES: "the
// late" makes a post former). The death is read from the person's own
// mentions: as the subject of "died"/"dies" or "was killed" (after an
// appositive or relative clause set off by commas: "X, who built Y,
// died"), or after "the late".

// deceased is the set of the person entities of d (by name) whose death
// the text states; toks are d.Text's tokens with sentences split.
func deceased(d *schema.Document, toks []token) map[string]bool {
	var dead map[string]bool
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != schema.Person {
			continue
		}
		for _, sp := range e.Spans {
			if mentionDied(toks, sp) {
				if dead == nil {
					dead = map[string]bool{}
				}
				dead[e.Name] = true
				break
			}
		}
	}
	return dead
}

// mentionDied reports whether the person mentioned at sp is said to have
// died: "the late X", "X died", "X, 87, dies", "X, who …, has died",
// "X was killed".
func mentionDied(toks []token, sp schema.Span) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].s >= sp.Start })
	j := i
	for j < len(toks) && toks[j].e <= sp.End {
		j++
	}
	if j == i || j >= len(toks) {
		return false
	}
	if i >= 2 && toks[i-1].text == "late" && (toks[i-2].text == "the" || toks[i-2].text == "The") {
		return true
	}
	k := j
	if toks[k].text == "," { // an appositive or relative clause: "X, who built Y, died"
		k++
		for k < len(toks) && k < j+40 && toks[k].sent == toks[j].sent && toks[k].text != "," {
			k++
		}
		k++
	}
	if k >= len(toks) || toks[k].sent != toks[i].sent {
		return false
	}
	for n := 0; k < len(toks) && n < 2 && beForms[toks[k].text]; n++ {
		if k+1 < len(toks) && deathStates[toks[k+1].text] {
			return true
		}
		if k+1 < len(toks) && removedVerbs[toks[k+1].text] && toks[k].text != "be" {
			return leftAll(toks, k+2) // "X was fired in May"
		}
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].text; {
	case deathVerbs[w]:
		return true
	case w == "resigned" || w == "retired" || w == "quit":
		return leftAll(toks, k+1)
	case w == "stepped" && k+1 < len(toks) && toks[k+1].text == "down":
		return leftAll(toks, k+2)
	}
	return false
}

// leftAll tells that a verb of leaving that ends before token k names no
// post, so it ends them all: not "resigned as chairman", "retired from the
// board", "was replaced by Y as CEO".
func leftAll(toks []token, k int) bool {
	return k >= len(toks) || toks[k].text != "as" && toks[k].text != "from" && toks[k].text != "by"
}
