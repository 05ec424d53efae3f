package extract

import "strings"

// A role's title keeps the article's words, lower-cased ("ceo", "chief
// executive officer"): the gold sets score a title by its words, and an
// article's own words are the ones an annotator writes down.
// schema.TitleKey is the one normal form that decides which titles name
// the same post; the role stage lists one role per person, TitleKey and
// organisation (roleFinder.add).

// titleLabel is a title as a role states it: the article's words, lower
// case, without the words of time before or after them ("former chief
// executive" → "chief executive", "ex-CEO" → "ceo", "president-elect" →
// "president"). roleTimes reads those words first and turns them into the
// role's status, so the label names the post only, as the gold does.
func titleLabel(title string) string {
	words := strings.Fields(strings.ToLower(title))
	for len(words) > 1 && (formerMods[words[0]] || incomingMods[words[0]] || currentMods[words[0]]) {
		words = words[1:]
	}
	for len(words) > 1 && incomingAfter[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	for _, p := range formerPrefixes {
		if w := words[0]; len(w) > len(p) && strings.HasPrefix(w, p) {
			words[0] = w[len(p):]
		}
	}
	last := len(words) - 1
	for _, s := range incomingSuffixes {
		if w := words[last]; len(w) > len(s) && strings.HasSuffix(w, s) {
			words[last] = w[:len(w)-len(s)]
		}
	}
	return strings.Join(words, " ")
}

// bareTitleWord is w without a time prefix or suffix joined by a hyphen
// ("then-chief" → "chief", "executive-designate" → "executive"), so that
// the title's words are read as words; the title keeps them, roleTimes
// reads them and titleLabel drops them. The checks are byte prefixes: no
// allocation on the role stage's hot path.
func bareTitleWord(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return w
	}
	for _, p := range formerPrefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			w = w[len(p):]
			break
		}
	}
	for _, s := range incomingSuffixes {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}
