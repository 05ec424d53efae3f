package extract

// Closed word lists of the role stage (roles.go, appositive.go,
// roleverbs.go); the words of time are in timecues.go; see lexicon.go.

// focusNouns refer to the country in focus ("the nation's").
var focusNouns = set("nation", "country", "state", "government")

// descriptors are title-like nouns that describe a person but name no post.
var descriptors = set("mogul", "billionaire", "tycoon", "member", "official", "student", "graduate", "investor", "leader", "boss")

// employerPreps link a title to its employer ("analyst at", "with", "for").
var employerPreps = set("at", "with", "for", "of")

// unitNouns name a part of a business that a possessive name owns: "in
// Y's bond department", "in Y's Tokyo office".
var unitNouns = set("department", "office", "offices", "division", "unit", "desk", "bureau", "branch", "subsidiary", "arm")

// rankMods make a post below the one their title names without them
// ("vice president", "deputy chairman", "assistant treasurer").
var rankMods = set("vice", "deputy", "assistant", "associate", "under")

// titlePreps link a title to its organisation ("chairman of", "analyst at").
var titlePreps = set("of", "at", "for", "with", "in", "by")

// The verbs that state a post of their subject, by class. verbClass is a
// switch, not a map: verbRoles asks it of every word of a sentence that
// has a subject.
const (
	verbNone  = iota
	verbRole  // introduce a post: "will become chairman", "was named president", "retires as chairman"
	verbLink  // introduce a post when a title follows at once: "X is chairman of Y", "X remained chairman"
	verbFound // make the subject a founder of the object: "X, who founded Y"
)

func verbClass(w string) int {
	switch w {
	case "become", "becomes", "became", "named", "appointed", "elected", "as", "promoted", "elevated":
		return verbRole
	case "is", "was", "remains", "remained", "remain", "been":
		return verbLink
	case "founded", "co-founded", "cofounded":
		return verbFound
	}
	return verbNone
}

// roleAdverbs may stand between a verb and the title: "was also president
// of", "is now chairman", "had previously been".
var roleAdverbs = set("also", "now", "still", "currently", "previously", "formerly", "once", "later", "briefly")

// titleTakeVerbs state a post only before "the [added] title of": "will
// assume the additional title of president", "was given the added title
// of treasurer" ("assumed control" states none).
var titleTakeVerbs = set("assume", "assumes", "assumed", "assuming", "given", "gets", "got", "receives", "received", "adds", "added")

// appointObjVerbs take the appointee as object: "named X as its new CFO",
// "appointed X chief executive".
var appointObjVerbs = set("named", "appointed", "elected", "hired", "tapped", "picked", "chose", "promoted", "names",
	"appoints", "hires", "taps")

// orgNouns stand for the organisation in focus: "the company's founder".
var orgNouns = set("company", "firm", "organization", "organisation", "group", "bank", "agency", "concern", "school", "university", "newspaper", "magazine", "network", "station", "unit", "maker")

// corporateTitles name posts that exist only inside an organisation.
var corporateTitles = set("chairman", "chairwoman", "officer", "executive", "president", "director", "treasurer", "controller", "founder", "cofounder", "co-founder", "owner", "co-owner", "proprietor")

// appointVerbs before "by" name who gave a title: "a special master
// appointed by the Idaho Supreme Court".
var appointVerbs = set("appointed", "named", "hired")

// notTitles are WordNet occupations that are more often ordinary words
// than a post before or after a name ("the head", "a boss"), or that name
// a stake or a stance rather than a job ("a shareholder", "a candidate").
var notTitles = set("head", "boss", "member", "leader", "official", "worker", "employee", "people", "person",
	"man", "woman", "fellow", "hand", "agent", "user", "player", "citizen", "resident", "owner", "holder", "victim",
	"friend", "native", "host", "guest", "speaker", "voice", "subject", "patient", "client", "customer", "buyer",
	"seller", "dealer", "runner", "supporter", "follower", "believer", "survivor", "refugee", "migrant", "partner",
	"star", "giant", "heavyweight", "veteran", "master", "mate", "rival", "colleague", "successor", "predecessor",
	// stakes, candidacies and stances, which GUIDELINES.md does not count as posts
	"shareholder", "stockholder", "candidate", "nominee", "critic", "volunteer", "insider", "expert", "bidder",
	"speculator", "arbitrager", "arbitrageur", "proponent", "advocate", "backer", "holder", "beneficiary")

// notOrgNouns are WordNet organisation nouns that more often mean
// something else before "'s": "the country's" is the nation (focusNouns),
// "the family's", "the team's" are people.
var notOrgNouns = set("country", "nation", "state", "government", "family", "team", "crew", "class", "people",
	"world", "market", "city", "town", "house", "home", "party", "side", "group")

// govHeads end a government post's title, whose organisation is a country.
var govHeads = set("minister", "premier", "ambassador", "chancellor")

// headsOfState are posts that, written before the name with no
// organisation ("President X"), belong to the country of the article; a
// lower-case "president" is more often a company's.
var headsOfState = set("president", "vice president", "vice-president", "prime minister")

// govPortfolios before "secretary" make a government post ("economy
// secretary", "foreign secretary"); a bare "secretary" is a clerk's post.
var govPortfolios = set("foreign", "home", "economy", "finance", "treasury", "defense", "defence", "health", "interior",
	"trade", "energy", "education", "labor", "labour", "transport", "transportation", "agriculture", "commerce",
	"environment", "justice", "culture", "press", "cabinet", "state")

// companyNouns stand for a business: "the company's", "this chemicals
// maker" (any "-maker"), "the lender's" resolve to the company in focus.
var companyNouns = set("company", "firm", "maker", "lender", "bank", "group", "concern", "insurer", "carrier",
	"retailer", "producer", "manufacturer", "miner", "operator", "developer", "publisher", "airline", "business",
	"conglomerate", "brewer", "startup", "supplier", "utility", "exporter", "importer", "chain", "fund")

// currentMods before a title say the post is held now and are no part of
// the title: "Y's current chief executive", "its outgoing president" (held
// until the successor comes), "the new finance director".
var currentMods = set("current", "present", "sitting", "new", "outgoing", "incumbent", "longtime", "long-time")

// auxVerbs may stand between the subject and a verb that states its post:
// "X had been", "X has been chairwoman since 2020".
var auxVerbs = set("had", "has", "have")

// postAdverbs open an appositive that states a past post: "X, formerly
// treasurer of Y", "X, previously head of research at Y". "currently"
// was tried ("X, currently chairman of Y") and dropped: one more wrong
// role on the check half of dev-modern, none gained on the work half.
var postAdverbs = set("formerly", "previously")

// nowAdverbs open an appositive that states a post held now: "X, now
// senior vice president of Y", "X, still chairman of Y" (roleTimes reads
// the time from the text). "currently" is left out again: with it
// dev-modern's check half lost a role and gained a wrong one.
var nowAdverbs = set("now", "still")

// joinVerbs take the employer as object before "as": "will join Y as
// finance director", "rejoined Y as chairman".
var joinVerbs = set("join", "joins", "joined", "joining", "rejoin", "rejoins", "rejoined")

// judgingWords and judgingSuffixes mark adjectives that judge a person
// ("a good partner", "an unstinting teacher", "a successful lawyer"), which
// freeModifiers keeps out of titles: a field before an occupation ("a
// political scientist", "a career diplomat") is a noun or an adjective of
// classing, which rarely ends so.
var (
	judgingWords    = set("good", "great", "best", "better", "bad", "poor", "fine", "real", "true", "big", "young", "old", "top", "keen", "popular", "famous", "respected", "veteran", "tough", "strong", "great-grand")
	judgingSuffixes = []string{"ing", "ful", "ous", "less", "able", "ible", "est", "ive"}
)

// postWithOrg are descriptors (or titles ending in one) that name a post
// when an organisation is named with them: "leader of the Reform Compact",
// "board member of Y"; alone ("a leader") they describe, and a plain
// "member of Y" is an affiliation (GUIDELINES.md; counting it cost one
// wrong role on the dev check half).
var postWithOrg = set("leader", "board member", "council member", "committee member")

// timePreps open a phrase of dates between two posts of one verb ("became
// sales director in 1972 and chief executive in 1981"); dateWords may
// stand in it besides numbers and month names ("in the early 1990s").
var (
	timePreps = set("in", "from", "to", "until", "till", "through", "since", "between", "by")
	dateWords = set("early", "late", "mid", "mid-1990s", "spring", "summer", "autumn", "fall", "winter", "year",
		"this", "last", "week", "month", "now")
)

// headVerbs state that the subject heads an organisation, whose name after
// them is the employer of a title stated before the name ("Union leader X,
// who has headed the Y since 2021").
var headVerbs = set("heads", "headed", "leads", "led", "chairs", "chaired", "runs", "ran", "run", "directs",
	"directed", "manages", "managed", "coaches", "coached")

// headedTitles are the posts a verb of heading states by itself ("X, who
// chairs the Y" is the Y's chair); the other headVerbs state none.
var headedTitles = map[string]string{"heads": "head", "headed": "head", "chairs": "chair", "chaired": "chair"}

// stateHeads end titles a state's servants hold (statePost): a country
// before them is the employer, before any other title ("striker",
// "intermediary", "chief executive") the holder's nationality.
var stateHeads = set("president", "vice-president", "minister", "premier", "chancellor", "ambassador", "envoy", "diplomat",
	"negotiator", "official", "governor", "senator", "lawmaker", "legislator", "congressman", "congresswoman",
	"representative", "deputy", "mayor", "general", "admiral", "colonel", "commander", "officer", "prosecutor", "judge",
	"justice", "spokesman", "spokeswoman", "spokesperson", "secretary", "chief", "head", "director", "commissioner",
	"adviser", "advisor", "king", "queen", "prince", "princess", "monarch", "leader", "regulator", "auditor", "attache",
	"consul", "delegate", "administrator", "inspector", "controller", "ombudsman", "superintendent")

// clauseSpeech open a reported clause whose subject can hold a post: "Y
// said X resigned as president", "Y announced X would become chairman".
var clauseSpeech = set("said", "says", "announced", "announces", "confirmed")

// speechWords cannot name a business function set off after a title ("X,
// chairman, said, …" is no "vice president, sales,").
var speechWords = set("said", "says", "told", "tells", "added", "adds", "announced", "announces", "confirmed", "noted", "stated")

// introWords open a sentence's introductory phrase, after whose comma the
// subject is named: "In 1990, X was elected", "Born in Riga, X worked as".
var introWords = set("in", "on", "at", "after", "before", "since", "during", "born", "following", "until", "as", "under",
	"earlier", "later", "last", "previously", "today", "yesterday")

// mixedHeads end titles whose field, any plain word, stands between a
// title modifier and them: "chief risk officer", "senior policy director".
var mixedHeads = set("officer", "director", "manager", "editor", "correspondent", "counsel", "strategist", "adviser", "advisor")

// becomeVerbs state a change of post in the same house when no employer is
// named: "X will become a special adviser" after "X, chairman of Y".
var becomeVerbs = set("become", "becomes", "became")

// postNouns before "of" name the title after it: "named to the new post
// of vice chairman", "assume the additional title of chief executive".
var postNouns = set("post", "position", "job", "role", "title", "office", "posts", "titles", "positions")
