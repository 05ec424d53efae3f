package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Closed word classes used by the extractor. Open classes (countries, given
// names) are generated from maintained data packages into data/ (see
// lexdata.go); what is here are small grammatical tables that no data package
// offers in a usable form: abbreviations, honorifics, job-title words,
// organisation and company head nouns and the like. The lists of the role
// stage are in lexroles.go, those of the statement stage (speech verbs,
// report verbs, channels) in lexspeech.go; no other file declares a word
// list.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// abbrevs keep their trailing period in the tokenizer (case-sensitive).
var abbrevs = set(
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Adm", "Maj", "Cmdr",
	"St", "Rev", "Fr", "Hon", "Jr", "Sr", "Messrs", "Mmes", "Pres", "Supt", "Amb",
	"Inc", "Corp", "Co", "Ltd", "Cos", "Bros", "Plc", "Bhd", "Pty", "Mfg", "Assn", "Dept", "Univ", "Intl",
	"No", "Nos", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
	"Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
	"Ave", "Blvd", "Mt", "Ft",
)

// sentenceFinalAbbrev may end a sentence with their period.
var sentenceFinalAbbrev = set("Inc.", "Corp.", "Co.", "Ltd.", "Cos.", "Bros.", "Plc.", "U.S.", "U.K.", "N.V.", "S.A.", "A.G.", "L.P.", "etc.", "Jr.", "Sr.")

// sentenceStarters are capitalised function words that begin sentences.
var sentenceStarters = set(
	"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "As", "It", "Its", "He", "She",
	"They", "We", "I", "This", "That", "These", "Those", "There", "Some", "Many", "Most", "Analysts", "Yesterday", "Today",
	"Meanwhile", "However", "Also", "Although", "After", "Before", "Since", "His", "Her", "Their", "Our", "Such", "Other",
)

// stopCap are capitalised words that are never (part of) a name by themselves:
// function words, pronouns, days, months, and words that are capitalised
// only by sentence position.
var stopCap = set(
	"The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "As", "It", "Its", "It's", "He", "She",
	"They", "We", "I", "You", "This", "That", "These", "Those", "There", "Some", "Many", "Most", "Yesterday", "Today",
	"Meanwhile", "However", "Also", "Although", "After", "Before", "Since", "His", "Her", "Their", "Our", "Such", "Other",
	"What", "Who", "Why", "How", "Where", "Which", "Whether", "Then", "Thus", "So", "Yet", "Not", "No", "Yes", "All",
	"Any", "Each", "Every", "Both", "Few", "More", "Less", "Much", "Several", "Another", "Neither", "Either",
	"Here", "Now", "Still", "Even", "Only", "Just", "Indeed", "Instead", "Besides", "Despite", "Because", "Though",
	"Under", "Over", "From", "To", "By", "With", "Without", "Of", "About", "Among", "Between", "Into", "Through",
	"During", "Until", "Unlike", "Like", "Per", "Via", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Be", "Been",
	"Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May", "Might", "Must", "Shall", "My", "Your",
	"Me", "Him", "Them", "Us", "Mine", "Let", "Please", "Notably", "Moreover", "Furthermore", "Nevertheless",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
	"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
	"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "OK", "TV", "AM", "PM", "Later", "Earlier",
	"Chapter", "Section", "Page", "Figure", "Table", "Photo", "Video",
	// counts that open a sentence: "Two Kessock Bank directors voted no" ("One" names too many firms)
	"Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands",
)

// months maps month names to their numbers (for tweet signature dates).
var months = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
	"September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sep.": 9, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
	"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}

// honorifics precede a person's name and are not part of it. The value is
// the role title they imply ("" for plain courtesy titles).
var honorifics = map[string]string{
	"Mr.": "", "Mrs.": "", "Ms.": "", "Miss": "", "Messrs.": "", "Dr.": "", "Prof.": "professor", "Professor": "professor",
	"Sir": "", "Dame": "", "Lord": "", "Lady": "", "Rev.": "", "Father": "",
	"Sen.": "senator", "Senator": "senator", "Rep.": "representative", "Gov.": "governor", "Governor": "governor",
	"Gen.": "general", "General": "general", "Col.": "colonel", "Lt.": "lieutenant", "Capt.": "captain", "Adm.": "admiral",
	"Judge": "judge", "Justice": "justice", "President": "president", "Pres.": "president", "Premier": "premier",
	"Chancellor": "chancellor", "Minister": "minister", "Ambassador": "ambassador", "Secretary": "secretary",
	"King": "king", "Queen": "queen", "Prince": "prince", "Princess": "princess", "Pope": "pope", "Mayor": "mayor",
	"Chairman": "chairman", "Chairwoman": "chairwoman", "Commissioner": "commissioner", "Sheikh": "", "Cardinal": "cardinal",
}

// titleHeads are nouns that end a job title ("vice *president*",
// "space *chief*"). Lower-case; capitalised forms are folded before lookup.
var titleHeads = set(
	"president", "chairman", "chairwoman", "chairperson", "chair", "director", "officer", "executive", "ceo", "cfo", "coo", "cto",
	"minister", "secretary", "chief", "head", "founder", "cofounder", "co-founder", "owner", "co-owner", "proprietor", "partner",
	"manager", "editor", "publisher", "teacher", "professor", "principal", "dean", "prosecutor", "attorney", "lawyer",
	"judge", "justice", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "strategist", "trader",
	"treasurer", "controller", "counsel", "governor", "senator", "congressman", "congresswoman", "representative",
	"ambassador", "envoy", "commissioner", "mayor", "premier", "chancellor", "king", "queen", "general", "admiral",
	"colonel", "commander", "leader", "deputy", "aide", "adviser", "advisor", "consultant", "specialist", "engineer",
	"scientist", "physicist", "chemist", "actress", "actor", "writer", "author", "cartoonist", "columnist", "reporter",
	"psychiatrist", "psychologist", "physician", "doctor", "surgeon", "nurse", "official", "member", "entrepreneur",
	"investor", "banker", "broker", "master", "administrator", "superintendent", "coordinator", "auditor", "accountant",
	"mogul", "billionaire", "tycoon", "boss", "negotiator", "diplomat", "spokesmen", "architect", "designer", "planner",
	"vice-president", "vice-chairman", "trustee", "steward", "curator", "coach", "captain", "pilot", "astronaut",
	"economist", "researcher", "student", "graduate", "agent", "detective", "inspector", "sheriff", "officer",
)

// titleMods precede a title head inside a title ("vice", "prime", "chief
// executive").
var titleMods = set(
	"vice", "deputy", "prime", "chief", "executive", "senior", "junior", "assistant", "associate", "general", "managing",
	"acting", "interim", "former", "co", "joint", "group", "foreign", "finance", "defense", "defence", "interior",
	"justice", "health", "education", "trade", "economy", "energy", "transportation", "space", "media", "marketing",
	"sales", "financial", "operating", "technology", "technical", "information", "investment", "research", "wine",
	"nonexecutive", "non-executive", "independent", "special", "district", "federal", "state", "head", "corporate",
	"presidential", "national", "security", "press", "communications", "legal", "art", "creative", "editorial",
	"money", "portfolio", "fund", "chip", "equity", "bond", "stock", "oil", "mathematics", "science", "history",
	"english", "social-studies", "testing", "policy", "military", "intelligence", "tech", "business", "free-lance",
	"freelance", "staff", "principal", "top", "lead", "supreme", "surgeon", "attorney", "regional", "country", "world",
)

// legalForm reports whether w is a company's legal form (Inc., Corp, N.V.,
// S.p.A., plc): a word of schema.LegalForms, the one list that cross-article
// name matching also uses, looked up with case and dots folded. Only
// capitalised words count ("Company", "Group"), and lower-case "plc".
func legalForm(w string) bool {
	if w == "" || len(w) > 16 || (w[0] < 'A' || w[0] > 'Z') && w != "plc" {
		return false
	}
	var buf [16]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c < 'a' || c > 'z':
			return false
		}
		buf[n] = c
		n++
	}
	return schema.LegalForms[string(buf[:n])]
}

// companyEnds end only company names, whatever comes before them
// ("Trust for Thrift Bancorp"); unlike legal forms they are part of the
// name.
var companyEnds = set("Bancorp", "Bancorporation", "Bancshares")

// companyHeads are nouns that make a capitalised phrase a company ("Hearthstone
// Media", "Brasher Industries", "Pennow Associates").
var companyHeads = set(
	"Bank", "Bancorp", "Trust", "Savings", "Financial", "Capital", "Securities", "Investments", "Partners", "Associates",
	"Industries", "Industry", "Enterprises", "Communications", "Systems", "Technologies", "Technology", "Electronics", "Motors",
	"Airlines", "Airways", "Pharmaceuticals", "Petroleum", "Oil", "Energy", "Media", "Entertainment", "Pictures", "Studios",
	"Records", "Productions", "Publishing", "Publications", "Press", "Stores", "Foods", "Brewing", "Cellars", "Chemical",
	"Chemicals", "Steel", "Motor", "Telephone", "Telegraph", "Telecom", "Broadcasting", "Networks", "Network", "Software",
	"Computer", "Computers", "Insurance", "Utilities", "Manufacturing", "Products", "Services", "Logic", "Semiconductor",
	"Mining", "Resources", "Realty", "Properties", "Airlines", "Shipping", "Lines", "Railroad", "Rail", "Radio",
	"Television", "Magazine", "Journal", "Motors", "Soup", "Electric", "Loan", "Bancshares", "Ventures", "Labs",
	"Laboratories", "Solutions", "Dynamics", "Research", "Aerospace", "Automotive", "Apparel", "Brands", "Markets",
	"Bancorporation", "Holding", "Management",
	// newspapers and news services ("Bloomberg News", "Harbour Herald")
	"News", "Times", "Post", "Herald", "Tribune", "Gazette", "Chronicle", "Courier",
)

// orgHeads are nouns that make a capitalised phrase a (non-company)
// organisation: government bodies, institutions, associations.
var orgHeads = set(
	"Ministry", "Department", "Agency", "Administration", "Office", "Bureau", "Commission", "Committee", "Council",
	"Authority", "Board", "Service", "Institute", "Institutes", "Institution", "University", "College", "School",
	"Academy", "Party", "Parliament", "Congress", "Senate", "Assembly", "Court", "Cabinet", "Government", "Army",
	"Navy", "Force", "Forces", "Police", "Guard", "Foundation", "Association", "Federation", "Union", "League",
	"Society", "Organization", "Organisation", "Fund", "Center", "Centre", "Centers", "Centres", "Kremlin", "Pentagon",
	"Reserve", "Exchange", "Church", "Hospital", "Museum", "Guild", "Coalition", "Alliance", "Movement", "Front",
	"Directorate", "Secretariat", "Tribunal", "Duma", "Rada", "Knesset", "Bundestag", "Treasury", "Fed", "NATO",
	"Nations", "Chamber", "Programme", "Forum",
)

// bareOrgHeads are org heads that are an organisation on their own, even as
// a single word ("the Kremlin", "Congress").
var bareOrgHeads = set(
	"Kremlin", "Pentagon", "Congress", "Senate", "Parliament", "Duma", "Rada", "Knesset", "Bundestag", "Treasury", "Fed",
	"NATO", "Nasdaq",
)

// govBodies are organisation heads that belong to a state; a title at one
// of them with no country named is a post of the country in focus.
var govBodies = set("Administration", "Ministry", "Department", "Cabinet", "Government", "Parliament", "Office", "Council", "Presidency")

// usStates and common place words (US states and their abbreviations) are not
// entities of the four types; they are recognised so that they are not taken
// for companies or people.
var places = set(
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
	"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
	"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
	"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
	"Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
	"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
	"Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
	"N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "W.Va.", "Wyo.",
	"D.C.", "Europe", "Asia", "Africa", "Latin America", "North America", "South America", "Middle East", "Wall Street",
	"Silicon Valley", "Hollywood", "Midwest", "West", "East", "North", "South", "Pacific", "Atlantic",
	"New England", "Northeast", "Southeast", "Northwest", "Southwest",
	// world regions that are no country
	"West Bank", "Gaza", "Crimea", "Donbas", "Donbass", "Kashmir", "Tigray", "Darfur", "Kurdistan", "Nagorno-Karabakh",
	"Gulf", "Persian Gulf", "Sahel", "Balkans", "Caribbean", "Caucasus", "Maghreb", "Levant", "Arctic", "Antarctica",
	"Scandinavia", "Baltics", "Horn of Africa", "Central Asia", "Southeast Asia", "East Africa", "West Africa",
	"Sub-Saharan Africa", "Eastern Europe", "Western Europe", "Central Europe", "Mediterranean",
)

// historicalStates are countries of the news archive that world-countries
// (which lists today's states) does not have, with their demonyms.
var historicalStates = []struct{ name, aliases, demonyms string }{
	{"Soviet Union", "USSR|U.S.S.R.|Soviet Union", "Soviet|Soviets"},
	{"West Germany", "West Germany", "West German|West Germans"},
	{"East Germany", "East Germany", "East German|East Germans"},
	{"Yugoslavia", "Yugoslavia", "Yugoslav|Yugoslavs"},
	{"Czechoslovakia", "Czechoslovakia", "Czechoslovak|Czechoslovaks"},
}

// extraCountryNames are common English names world-countries lacks.
var extraCountryNames = map[string][]string{
	"United States": {"America", "United States"},
	"Türkiye":       {"Turkey"},
	"Czechia":       {"Czech Republic"},
	// short forms the news uses that world-countries lacks
	"United Arab Emirates": {"UAE", "U.A.E."},
	"DR Congo":             {"DRC"},
}

// extraDemonyms are adjectives the news uses that world-countries lacks
// ("Saudi Energy Minister X", "the Philippine ambassador").
var extraDemonyms = map[string][]string{
	"Saudi Arabia": {"Saudi"},
	"Philippines":  {"Philippine"},
}

// nameConnectors may join capitalised words inside one name.
var nameConnectors = set("of", "for", "&", "de", "del", "della", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "du", "la", "le", "y", "and", "on", "the", "bin", "al")

// personParticles may stand lower-case inside a person's name.
var personParticles = set("de", "van", "von", "bin", "al", "der", "den", "da", "do", "dos", "das", "di", "del", "della", "du", "la", "le", "y")

// particles are the pairs of name connectors that join a name's parts
// ("van der Linde", "de la Cruz", "Van den Heuvel").
var particles = set("van der", "van den", "Van der", "Van den", "von der", "de la", "de las", "de los", "de l'", "van de", "Van de", "della")

// nameSuffixes follow a person's name ("Jr.", "III").
var nameSuffixes = set("Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr")

// Word lists of tokens and mentions (tokens.go, mentions.go).

// capTitleKind tells whether the lower-cased word lw opens a capitalised
// title inside a name run: capTitleHead for "CEO", "President", "Chief
// Executive"; capTitleMod when only a title head after it makes a title
// ("Prime Minister", "Vice President"); 0 otherwise. It is a switch, not a
// set, because tokens.capTitle asks for every capitalised word of every
// run: as two map lookups it cost 1.6% more instructions per article
// (callgrind on BenchmarkExtract), as a switch the same as before.
func capTitleKind(lw string) byte {
	switch lw {
	case "ceo", "cfo", "coo", "cto", "president", "chairman", "chairwoman", "minister", "secretary", "senator", "governor",
		"spokesman", "spokeswoman", "director", "chancellor", "premier", "mayor", "ambassador", "commissioner", "judge", "justice", "chief", "head", "founder", "king", "queen":
		return capTitleHead
	case "vice", "prime", "deputy", "foreign", "defense", "defence", "finance", "interior", "executive", "managing", "general", "attorney":
		return capTitleMod
	}
	return 0
}

// The kinds of capTitleKind.
const (
	capTitleHead = 1 + iota
	capTitleMod
)

// Word lists of classification and coreference (classify.go, cues.go,
// resolve.go).

// honorificGender is the gender an honorific gives a person.
var honorificGender = map[string]byte{
	"Mr.": 'm', "Sir": 'm', "Lord": 'm', "King": 'm', "Prince": 'm', "Father": 'm',
	"Mrs.": 'f', "Ms.": 'f', "Miss": 'f', "Dame": 'f', "Lady": 'f', "Queen": 'f', "Princess": 'f',
}

// govTitles after a capitalised modifier make it an organisation, not a
// company ("Energy Minister X").
var govTitles = set("minister", "secretary", "senator", "governor", "chancellor", "premier", "mayor", "ambassador", "judge", "justice", "commissioner")

// companyCues after a name make it a company: "X shares", "X's stock",
// "X CEO".
var companyCues = set("shares", "stock", "stockholders", "shareholders", "subsidiary", "unit", "CEO", "spokesman", "spokeswoman", "ADRs", "ADR")

// priceVerbs before a share-price move make the name before them a listed
// company ("Marlo's lost 1 1/4 to 17 1/2").
var priceVerbs = set("rose", "fell", "gained", "lost", "added", "dropped", "slipped", "climbed", "surged", "jumped",
	"tumbled", "declined", "advanced", "eased", "plunged", "soared", "edged", "sank", "slid", "rallied", "firmed")

// companyOfCues before "of X" make X a company: "shares of X".
var companyOfCues = set("shares", "unit", "subsidiary")

// nonEntityAcronyms are upper-case words that name no organisation.
var nonEntityAcronyms = set("CEO", "CFO", "COO", "CTO", "GDP", "IPO", "TV", "AM", "PM", "OK", "PR", "HR", "AI", "IT",
	"ID", "PC", "PCs", "S&L", "S&Ls", "LBO", "REIT", "ETF", "USD", "EUR", "GMT", "EST", "EDT", "PST", "FAQ", "DNA", "AIDS", "HIV", "COVID", "NO", "YES", "P.M.", "A.M.",
	// common nouns written as acronyms in the news: fuels, vehicles, taxes, statistics, posts
	"LNG", "LPG", "EV", "EVs", "SUV", "SUVs", "UAV", "UAVs", "VAT", "CPI", "PMI", "R&D", "M&A", "NGO", "NGOs", "MP",
	"MPs", "MEP", "MEPs", "HQ", "GPS", "CCTV", "LGBT", "LGBTQ", "VPN", "SMS", "PhD", "MBA", "ESG", "ETFs", "IPOs")

// stateBankWords begin the names of central and state banks.
var stateBankWords = set("Reserve", "Central", "World", "Federal")

// instrumentNouns after "Treasury" make it a kind of security, not the
// department ("Treasury bills", "U.S. Treasury debt").
var instrumentNouns = set("bill", "bills", "bond", "bonds", "note", "notes", "securities", "debt", "issue", "issues",
	"yield", "yields", "market", "prices", "rates", "futures")

// lowerAgencies are organisation heads that newspapers write in lower case
// after a place: "the Oregon department of education".
var lowerAgencies = set("department", "ministry", "board", "commission", "office", "agency", "bureau", "authority", "council")

// lowerOrgNouns after a name make it an organisation: "the United Auto
// Workers union", "the Likud party".
var lowerOrgNouns = set("union", "party")

// thriftWords make an "Association" or "Bank" a savings institution, that
// is a company.
var thriftWords = set("Savings", "Loan", "Thrift")

// nonEntityHeads end names that are none of our four types: streets and
// places, tests, laws, prizes.
var nonEntityHeads = set("Avenue", "Street", "Road", "Boulevard", "Square", "Park", "Bridge", "River", "Lake", "Valley",
	"Island", "Islands", "Beach", "County", "Test", "Tests", "Act", "Award", "Awards", "Prize", "Cup", "Festival", "Index", "Average",
	"Sea", "Ocean", "Strait", "Straits", "Bay", "Desert", "Mountains", "Peninsula", "Delta", "Canal", "Heights", "Strip")

// placeHeadsOf open place names before "of" ("Strait of Hormuz", "Gulf of
// Aden", "Bay of Bengal", "Isle of Man").
var placeHeadsOf = set("Strait", "Straits", "Gulf", "Bay", "Sea", "Isle", "Cape", "Lake", "Mount", "Port")

// compassWords make a region of a place ("Southern California").
var compassWords = set("Northern", "Southern", "Eastern", "Western", "Central", "North", "South", "East", "West", "Upstate", "Downstate")

// measureNouns after a name make it a test, an index or a rating rather
// than an organisation ("the CAT test", "the XYZ index").
var measureNouns = set("test", "tests", "exam", "exams", "examination", "score", "scores", "index", "indexes", "indices", "rating", "ratings")

// clauseWords are lower-case function words and auxiliaries: after a
// name they show that the name is not a modifier of the next word.
var clauseWords = set("and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "than",
	"that", "which", "who", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "should", "can",
	"may", "might", "must", "does", "did", "do", "also", "itself", "last", "this", "next", "about", "under", "over")

// languageNouns after a demonym make it a language.
var languageNouns = set("phrase", "phrases", "word", "words", "language", "languages", "speaker", "speakers",
	"speaking", "text", "texts", "translation", "translations", "version", "versions", "subtitles", "lessons",
	"classes", "course", "courses", "dictionary", "grammar", "accent", "dialect", "idiom", "spelling", "name")

// languageVerbs before a demonym make it a language.
var languageVerbs = set("speak", "speaks", "spoke", "spoken", "speaking", "learn", "learns", "learned", "learnt",
	"learning", "study", "studies", "studied", "teach", "teaches", "taught", "teaching", "understand", "understands",
	"translate", "translates", "translated", "dub", "dubbed", "subtitled", "read", "reads", "write", "writes")

// clippings are short forms of organisation names that are not their
// initials.
var clippings = map[string]string{"Fed": "Federal Reserve", "Amex": "American Stock Exchange"}

// openingTimeWord: a capitalised word opening a sentence that dates the
// post of the name after it ("Former", "Retired", "Outgoing") and so
// belongs to no name. The words are those of timecues.go's formerMods,
// plus the participles a post's end or start takes.
func openingTimeWord(w string) bool {
	lw := strings.ToLower(w)
	return formerMods[lw] || lw == "retired" || lw == "outgoing" || lw == "incoming"
}
