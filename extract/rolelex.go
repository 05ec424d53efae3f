package extract

import (
	"strings"
	"sync"
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
	ingAdjs     map[string]bool // WordNet's adjectives in -ing (judgement)
}

// loadRoleLex parses the lists once per process, like loadLexicon.
var loadRoleLex = sync.OnceValue(func() *roleLex {
	wn := newWordnetLists()
	rl := &roleLex{occupations: map[string]bool{}, orgNouns: map[string]bool{}, ingAdjs: wn.ingAdjs}
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
	return orgNouns[w] || companyNouns[w] || rf.lex.orgNouns[w] || strings.HasSuffix(w, "maker") && len(w) > 5
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

// statePost tells that a title can be held in a state's service, so that a
// country before it is its employer ("Portuguese Prime Minister X", "a
// Kenyan official", "Russian space chief X"); before any other title a
// country is the holder's nationality.
func statePost(title string) bool {
	if govTitle(title) || headsOfState[title] {
		return true
	}
	if i := strings.Index(title, " of "); i > 0 {
		title = title[:i]
	}
	return stateHeads[lastWord(title)]
}

func isIts(w string) bool { return w == "its" || w == "Its" }

// titleWordAt tells that token k can be part of a title read backwards
// from the name: a lower-case title word, or an upper-case abbreviation
// ("Talvik's CEO, X"); last is the word nearest the name.
func (rf *roleFinder) titleWordAt(k int, last bool) bool {
	t := &rf.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.cap {
		lw := strings.ToLower(t.text)
		// "Chief executive X": a word capitalised only by opening the
		// sentence, before the title's lower-case head
		return t.allCaps && titleHeads[lw] || t.first && !last && !t.allCaps && (titleHeads[lw] || titleMods[lw])
	}
	w := bareTitleWord(t.text) // "then-chief executive X"
	return titleHeads[w] || titleMods[w] || last && rf.lex.occupations[w]
}

// bodyNoun tells that token k is a lower-case noun of an organisation
// (or one capitalised only by opening the sentence) that makes a post of
// the descriptor after it: "union leader", "Party leader", "club boss".
func (rf *roleFinder) bodyNoun(k int) bool {
	t := &rf.toks[k]
	w := strings.ToLower(t.text)
	return t.kind == tWord && (!t.cap || t.first) && !t.allCaps && (rf.isOrgNoun(w) || w == "party") // notOrgNouns keeps "party" out for "the party's"
}
