package extract

// Closed word lists of the role stage (roles.go, appositive.go,
// roleverbs.go); the words of time are in timecues.go; see lexicon.go.

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
