package extract

import (
	"strings"
	"sync"
)

// reportVerbForms is every word that may introduce reported speech:
// reportVerbs and the one-word forms of WordNet's verbs of saying
// (data/speechverbs.txt, see wordnet.go: "reiterated", "pledged",
// "retorted", "underscored"). A WordNet verb that is in none of the
// hand-kept lists reports only with "that" (reportVerb), so its noun
// readings ("a protest that") need the subject a verb has. It is read once,
// on the first article; the statement stage keeps it in its finder so
// that the loop over every token makes one map lookup, as before.
var reportVerbForms = sync.OnceValue(func() map[string]bool {
	out := make(map[string]bool, len(reportVerbs)+512)
	for w := range reportVerbs {
		out[w] = true
	}
	for form := range readSpeechVerbs(speechVerbsTXT) {
		if !strings.Contains(form, " ") {
			out[form] = true
		}
	}
	return out
})
