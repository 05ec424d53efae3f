package extract

import "strings"

// TitleKey is the normal form of a job title, for telling whether two
// titles name the same post: lower case, hyphens and spaces alike,
// abbreviations spelt out (CEO, cfo → chief executive officer, chief
// financial officer; VP → vice president), a "chief executive" or "chief
// financial" completed with "officer", and the forms of chair (chairman,
// chairwoman, chairperson) folded into "chair".
//
// A Role's Title keeps the words of the article ("ceo", "chief executive
// officer"): the gold sets score a title by its words, and an article's
// own words are the ones an annotator writes down. Extract uses TitleKey
// to list one role per person, post and organisation.
func TitleKey(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
	out := make([]string, 0, len(words)+2)
	for i := 0; i < len(words); i++ {
		w := words[i]
		if f, ok := titleForms[w]; ok {
			out = append(out, f...)
			continue
		}
		out = append(out, w)
		if w == "chief" && i+1 < len(words) && chiefOfficers[words[i+1]] && (i+2 == len(words) || words[i+2] != "officer") {
			out = append(out, words[i+1], "officer")
			i++
		}
	}
	return strings.Join(out, " ")
}
