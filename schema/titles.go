package schema

import "strings"

// TitleKey is the normal form of a job title, the one that identifies a
// post: two titles with the same key at one organisation are the same role
// ([RoleIRI] hashes the key). It is [NormalizeName] of the title with
// abbreviations spelt out (CEO, cfo → chief executive officer, chief
// financial officer; VP → vice president), a "chief executive" or "chief
// financial" completed with "officer", and the forms of chair (chairman,
// chairwoman, chairperson) folded into "chair", and the words of time
// dropped ("former", "ex-", "incoming", "-elect": the role's status says
// when). Hyphens separate words ("vice-chairman" → "vice chair").
//
// A role keeps the article's own words as its label (schema:roleName):
// TitleKey only decides which posts are one.
func TitleKey(title string) string {
	words := strings.Fields(NormalizeName(title))
	for len(words) > 1 && timeWords[words[0]] {
		words = words[1:]
	}
	for len(words) > 1 && timeSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
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

// timeWords before a title and timeSuffixes after it say when the post is
// held, not which post it is: the time is the role's status (Role.Former,
// Role.Incoming), so "former president", "ex-CEO" and "president-elect"
// name the posts of "president" and "ceo".
var (
	timeWords = map[string]bool{"former": true, "ex": true, "then": true, "incoming": true,
		"outgoing": true, "future": true, "onetime": true, "erstwhile": true}
	timeSuffixes = map[string]bool{"elect": true, "designate": true, "designee": true}
)

// titleForms spell out title abbreviations and fold variant forms.
var titleForms = map[string][]string{
	"ceo": {"chief", "executive", "officer"}, "cfo": {"chief", "financial", "officer"},
	"coo": {"chief", "operating", "officer"}, "cto": {"chief", "technology", "officer"},
	"cio": {"chief", "information", "officer"}, "cmo": {"chief", "marketing", "officer"},
	"vp": {"vice", "president"}, "evp": {"executive", "vice", "president"}, "svp": {"senior", "vice", "president"},
	"chairman": {"chair"}, "chairwoman": {"chair"}, "chairperson": {"chair"},
	"cofounder": {"co", "founder"}, "vicepresident": {"vice", "president"},
}

// chiefOfficers complete "chief X" to "chief X officer".
var chiefOfficers = map[string]bool{
	"executive": true, "financial": true, "operating": true, "technology": true, "information": true, "marketing": true,
}
