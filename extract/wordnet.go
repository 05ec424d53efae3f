package extract

import (
	_ "embed"
	"strings"
)

//go:generate go run ./internal/genwordnet -dict /usr/share/wordnet -out data

// The word lists generated from WordNet 3.0 (Princeton University; WordNet
// 3.0 licence, whose notice heads each file) as Debian's wordnet-base
// packages it, by internal/genwordnet. They are the open classes of
// occupations, organisation head nouns and speech verbs, in place of lists
// typed from examples.

//go:embed data/occupations.txt
var occupationsTXT string

//go:embed data/orgheads.txt
var orgHeadsTXT string

//go:embed data/speechverbs.txt
var speechVerbsTXT string

//go:embed data/ingadjectives.txt
var ingAdjectivesTXT string

// wordnetLists are the WordNet lexicons, parsed. Keys are lower case, the
// words of a phrase joined by one space ("prime minister").
type wordnetLists struct {
	occupations map[string]bool   // virologist, novelist, prime minister, ceo
	orgHeads    map[string]bool   // federation, ministry, university
	speechVerbs map[string]string // every form (say, says, said) -> lemma (say)
	ingAdjs     map[string]bool   // leading, caring: -ing words that judge; other -ing words name a field
}

// newWordnetLists parses the embedded lists; the lexicon calls it once.
func newWordnetLists() *wordnetLists {
	return &wordnetLists{
		occupations: readWordSet(occupationsTXT),
		orgHeads:    readWordSet(orgHeadsTXT),
		speechVerbs: readSpeechVerbs(speechVerbsTXT),
		ingAdjs:     readWordSet(ingAdjectivesTXT),
	}
}

// readWordSet reads one word or phrase a line; '#' lines are comments.
func readWordSet(text string) map[string]bool {
	out := map[string]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			out[strings.ToLower(line)] = true
		}
	}
	return out
}

// readSpeechVerbs reads "lemma TAB third-person TAB past|past…" lines into
// a map from each form to its lemma.
func readSpeechVerbs(text string) map[string]string {
	out := map[string]string{}
	for line := range strings.SplitSeq(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		lemma := strings.ToLower(strings.TrimSpace(f[0]))
		out[lemma] = lemma
		for _, col := range f[1:] {
			for form := range strings.SplitSeq(col, "|") {
				if form = strings.ToLower(strings.TrimSpace(form)); form != "" {
					out[form] = lemma
				}
			}
		}
	}
	return out
}
