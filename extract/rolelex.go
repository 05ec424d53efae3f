package extract

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// roleLex is the role stage's share of the WordNet lists (wordnet.go):
// occupations that can stand as a title ("the novelist X", "virologist
// X"), and organisation nouns that stand for an organisation named before
// ("the federation's president", "the charity's coordinator"). Both are
// open classes; the hand-typed titleHeads and orgNouns miss most of them
// (titleHeads has 120 words, the WordNet occupations 3,500).
type roleLex struct {
	occupations map[string]bool // one-word occupations only: titles are read a word at a time
	orgNouns    map[string]bool
}

// loadRoleLex parses the lists once per process, like loadLexicon.
var loadRoleLex = sync.OnceValue(func() *roleLex {
	wn := newWordnetLists()
	rl := &roleLex{occupations: map[string]bool{}, orgNouns: map[string]bool{}}
	for w := range wn.occupations {
		if !strings.ContainsAny(w, " -") && !descriptors[w] && !notTitles[w] {
			rl.occupations[w] = true
		}
	}
	for w := range wn.orgHeads {
		if !strings.ContainsAny(w, " -") && !notOrgNouns[w] {
			rl.orgNouns[w] = true
		}
	}
	return rl
})

// isTitleHead: a word that can end a title, from the hand list or the
// WordNet occupations.
func (rf *roleFinder) isTitleHead(w string) bool {
	return titleHeads[w] || rf.lex.occupations[w]
}

// isOrgNoun: a noun that stands for an organisation ("the company's").
func (rf *roleFinder) isOrgNoun(w string) bool {
	return orgNouns[w] || rf.lex.orgNouns[w]
}

// govTitle tells that a title names a government post, whose organisation
// is a country: "finance minister", "prime minister", "ambassador",
// "secretary of state", "economy secretary".
func govTitle(title string) bool {
	t := title
	if i := strings.Index(t, " of "); i > 0 {
		if t[i+4:] == "state" {
			return true
		}
		t = t[:i] // "minister of humanitarian affairs"
	}
	w := strings.Fields(t)
	if len(w) == 0 {
		return false
	}
	last := w[len(w)-1]
	switch {
	case govHeads[last]:
		return true
	case last == "secretary" && len(w) > 1:
		return govPortfolios[w[len(w)-2]]
	}
	return false
}

// articleCountry is the country the article is about: the one named most
// often (the first named on a tie), or -1. A government post with no
// country named belongs to it ("Finance Minister X" in an article about
// Chile's government).
func (rf *roleFinder) articleCountry() int {
	if rf.mainCountry != -2 {
		return rf.mainCountry
	}
	counts := map[int]int{}
	best, bestN := -1, 0
	for ci := range rf.chunks {
		c := &rf.chunks[ci]
		if c.ent < 0 || rf.ents[c.ent].typ != schema.Country {
			continue
		}
		counts[c.ent]++
		if counts[c.ent] > bestN {
			best, bestN = c.ent, counts[c.ent]
		}
	}
	rf.mainCountry = best
	return best
}

// countryNamed reads a country name or demonym at token i (before end)
// that the article already has as an entity: it returns the entity and
// the token after the name, or -1 and i.
func (rf *roleFinder) countryNamed(i, end int) (ent, next int) {
	c, e, _ := rf.countryAt(i, end)
	if c < 0 || e >= end {
		return -1, i
	}
	k, ok := rf.byName[rf.entKey(schema.Country, rf.lx.countries[c])]
	if !ok {
		return -1, i
	}
	return k, e
}
