package extract

// Closed word lists of the role stage (roles.go, appositive.go) and of
// title normal forms (titles.go, TitleKey); see lexicon.go.

// focusNouns refer to the country in focus ("the nation's").
var focusNouns = set("nation", "country", "state", "government")

// descriptors are title-like nouns that describe a person but name no post.
var descriptors = set("mogul", "billionaire", "tycoon", "member", "official", "student", "graduate", "investor", "leader", "boss")

// titlePreps link a title to its organisation ("chairman of", "analyst at").
var titlePreps = set("of", "at", "for", "with", "in", "by")

// roleVerbs introduce a post after the subject: "will become chairman",
// "was named president", "retires as chairman", "served as deputy chief".
var roleVerbs = set("become", "becomes", "became", "named", "appointed", "elected", "as")

// orgNouns stand for the organisation in focus: "the company's founder".
var orgNouns = set("company", "firm", "organization", "organisation", "group", "bank", "agency", "concern", "school", "university", "newspaper", "magazine", "network", "station", "unit", "maker")

// corporateTitles name posts that exist only inside an organisation.
var corporateTitles = set("chairman", "chairwoman", "officer", "executive", "president", "director", "treasurer", "controller", "founder", "cofounder", "co-founder", "owner", "co-owner", "proprietor")

// appointVerbs before "by" name who gave a title: "a special master
// appointed by the Texas Supreme Court".
var appointVerbs = set("appointed", "named", "hired")

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
var chiefOfficers = set("executive", "financial", "operating", "technology", "information", "marketing")
