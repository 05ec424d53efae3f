package extract

// Closed word lists of the statement stage (quotes.go, attribution.go,
// subjects.go, reported.go, tweets.go, speakers.go); see lexicon.go.

// speechVerbs attribute a statement to its subject. Values: the lemma.
var speechVerbs = set(
	"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "stated", "states", "announced",
	"announces", "declared", "declares", "claimed", "claims", "asked", "asks", "replied", "replies", "insisted",
	"insists", "warned", "warns", "explained", "explains", "noted", "notes", "argued", "argues", "tweeted", "tweets",
	"posted", "posts", "suggested", "suggests", "contended", "contends", "admitted", "admits", "acknowledged",
	"acknowledges", "maintained", "maintains", "predicted", "predicts", "estimated", "estimates", "concluded",
	"believes", "believed", "thinks", "thought", "reported", "reports", "recalled", "recalls", "conceded", "concedes",
	"confirmed", "confirms", "denied", "denies", "proposed", "proposes", "urged", "urges", "commented", "comments",
	"responded", "responds", "remarked", "observed", "quipped", "agreed", "agrees", "complained", "complains",
	"disclosed", "discloses", "indicated", "indicates", "expects", "expected", "promised", "promises", "vowed",
	"vows", "cautioned", "cautions", "stressed", "stresses", "emphasized", "emphasised", "continued", "continues",
	"saying", "shared", "threatened", "speculated", "asserted", "asserts", "recounted", "alleged", "alleges", "charged", "charges", "testified", "assured",
)

// reportVerbs introduce reported speech with "that" or a clause.
var reportVerbs = set(
	"said", "says", "told", "stated", "states", "announced", "announces", "declared", "declares", "claimed", "claims",
	"warned", "warns", "insisted", "insists", "explained", "noted", "notes", "argued", "argues", "suggested", "suggests",
	"contended", "contends", "admitted", "admits", "acknowledged", "acknowledges", "maintained", "maintains",
	"predicted", "predicts", "estimated", "estimates", "concluded", "believes", "believed", "reported", "reports",
	"confirmed", "confirms", "denied", "denies", "proposed", "proposes", "urged", "urges", "agreed", "complained",
	"disclosed", "indicated", "indicates", "expects", "expected", "promised", "vowed", "cautioned", "stressed",
	"emphasized", "alleged", "charged", "testified", "thinks", "think", "say", "expressed", "added", "adds", "wrote",
	"hopes", "hoped", "fears", "feared", "recommended", "ruled", "found", "asserted", "asserts", "sought", "seeks",
)

// speechNouns: "expressed concern that", "made the claim that".
var speechNouns = set("concern", "concerns", "hope", "fear", "fears", "belief", "view", "confidence", "doubt", "doubts")

// channels are social networks and messaging services: a statement said
// "on" or "to" one of them was published there. They are companies.
var channels = set(
	"Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram", "LinkedIn", "WhatsApp", "Snapchat", "Reddit",
	"Weibo", "WeChat", "VKontakte", "Mastodon", "Bluesky",
)

// channelWords: words that mean a message on a social network ("tweet").
var channelWords = map[string]string{"tweet": "Twitter", "tweets": "Twitter", "tweeted": "Twitter", "retweet": "Twitter", "retweeted": "Twitter"}

// personPronouns are resolved to the last fitting person.
var personPronouns = set("he", "she", "He", "She", "him", "her")

var auxWords = set("has", "have", "had", "also", "then", "will", "would", "could", "may", "might", "later", "once", "again", "further", "previously", "recently", "just", "is", "was", "has", "had", "did", "does", "not", "never", "publicly", "then")

// bareClauseVerbs take a clause without "that" ("said it would", "insists
// her motives were correct").
var bareClauseVerbs = set("said", "says", "say", "told", "tells", "announced", "warned", "predicted", "estimated", "denied",
	"denies", "proposed", "seeks", "expects", "believes", "believed", "thinks", "think", "insists", "insisted", "admits",
	"admitted", "concedes", "conceded", "contends", "contended", "argues", "argued", "noted", "notes", "claims", "claimed",
	"reported", "reports", "disclosed", "acknowledged", "acknowledges", "added", "adds", "maintains", "maintained",
	"asserted", "asserts", "complained", "complains", "fears", "feared", "hopes", "hoped", "reasons", "speculated",
	"concluded", "indicated", "confirmed", "stated", "explained")

// timeWords may follow a speech verb before its clause ("said Tuesday that").
var timeWords = set("yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"recently", "earlier", "later", "also", "again", "separately", "previously", "publicly", "privately", "repeatedly", "last", "week", "month", "year", "night")

var objectPronouns = set("her", "him", "them", "us", "me", "you")

// hearers are who one tells things to ("told reporters").
var hearers = set("reporters", "journalists", "colleagues", "investors", "analysts", "shareholders", "employees", "staff",
	"parliament", "lawmakers", "legislators", "students", "parents", "officials", "supporters", "customers", "listeners", "viewers")

// orgDescNouns head a definite description of an organisation: "the
// company said", "the tire maker said", "the restaurant operator said".
var orgDescNouns = set("company", "firm", "maker", "makers", "operator", "concern", "bank", "group", "retailer", "producer",
	"publisher", "airline", "carrier", "insurer", "utility", "manufacturer", "partnership", "thrift", "developer",
	"distributor", "supplier", "chain", "agency", "department", "ministry", "panel", "court", "commission", "board",
	"committee", "institute", "association", "union", "government", "administration", "magazine", "newspaper", "network")

// govDescNouns describe a non-company organisation.
var govDescNouns = set("agency", "department", "ministry", "panel", "court", "commission", "board", "committee", "institute",
	"association", "union", "government", "administration")

// remarkNoun reports whether w takes reported speech after "his/her w
// that". A switch, not a set: reported asks for every word of the
// article, and string compares that fail on the length are cheaper than
// hashing.
func remarkNoun(w string) bool {
	switch w {
	case "remarks", "comments", "claim", "claims", "statement", "warning":
		return true
	}
	return false
}

// objectReportVerbs report their object, so the statement starts at the
// verb: "X proposed cutting ...", "X denied wrongdoing".
var objectReportVerbs = set("proposed", "seeks", "denied", "denies")
