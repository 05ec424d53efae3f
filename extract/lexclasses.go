package extract

// Word lists of the entity classes of descriptors.go (clubs, described
// names, central banks, places in a person's slot, market reports): the
// entity stage's lexicon beside lexicon.go.

// clubPrefixes open the names of sports clubs in many languages (FC
// Varendam, KRC Leiewaarde, CD Valdespino); clubSuffixes end them
// (Brekkvik IL, Moorfield Rovers, Kingsbridge Athletic). A closed class:
// the abbreviations of Football Club, Club Deportivo, Idrettslag and the
// like, and the English words clubs take after their town.
var clubPrefixes = set("FC", "CF", "CD", "SC", "AC", "AS", "AFC", "KRC", "KV", "KAA", "RSC", "SK", "FK", "NK", "BK",
	"IF", "IK", "SV", "VfB", "VfL", "TSV", "RC", "RCD", "UD", "SD", "CA", "CR", "SL", "HJK", "PSV", "AZ", "GD")

var clubSuffixes = set("FC", "CF", "AFC", "IL", "IF", "BK", "SK", "FK", "United", "Rovers", "Athletic", "Wanderers",
	"Albion", "Town", "Rangers", "Hotspur", "Argyle", "Harriers", "Dynamo", "Athletico", "Sporting")

// leadingCompanyHeads open company names in Spanish, Portuguese, Italian
// and French, whose head noun comes first (Banco Meridional, Grupo
// Vidriero, Jornal do Norte, Diário do Sado).
var leadingCompanyHeads = set("Banco", "Banca", "Grupo", "Gruppo", "Groupe", "Compañía", "Companhia", "Compagnie",
	"Jornal", "Diário", "Diario", "Editora", "Editorial", "Seguros", "Constructora", "Construtora", "Cervecería", "Société")

// businessNouns are lower-case nouns that describe a company before or in
// apposition to its name ("the Peruvian lender Banco Litoral", "KLT, the
// Danish shipping company"); bodyNouns describe an organisation ("the state
// news agency KNA", "Rovenza, the Italian health regulator"). Nouns ending
// in "maker" (drugmaker, glassmaker) are businesses too.
var businessNouns = set("company", "firm", "lender", "bank", "insurer", "carrier", "airline", "retailer", "publisher",
	"newspaper", "daily", "weekly", "tabloid", "broadcaster", "conglomerate", "manufacturer", "producer", "operator",
	"developer", "startup", "start-up", "miner", "brokerage", "subsidiary", "chain", "supplier", "distributor",
	"exporter", "importer", "glassmaker", "group", "giant", "multinational", "fund", "builder", "shipper", "refiner",
	"utility", "telecom", "automaker", "magazine", "consultancy", "maker", "parent", "rival")

var bodyNouns = set("agency", "regulator", "watchdog", "ministry", "body", "authority", "charity", "organisation",
	"organization", "union", "party", "club", "federation", "association", "court", "institute", "university",
	"commission", "council", "side", "team", "league", "movement", "coalition", "ngo", "army", "militia", "parliament",
	"legislature", "tribunal", "foundation", "think-tank", "campaign")

// groupKinds before "group" make it an organisation, not a company ("the
// campaign group Ocean Not Gas", "a rights group").
var groupKinds = set("campaign", "rights", "advocacy", "pressure", "lobby", "environmental", "activist", "protest",
	"armed", "rebel", "militant", "civic", "consumer", "community", "opposition", "human-rights", "conservation", "research", "residents'")

// commercialCountryBanks are commercial banks named "Bank of COUNTRY";
// every other "Bank of COUNTRY" is the country's central bank (Bank of
// Portugal, Bank of Japan).
var commercialCountryBanks = set("America", "China", "Ireland", "Cyprus", "India", "Georgia", "Baroda", "Communications")

// internationalBodies are acronyms of intergovernmental bodies and of the
// international sports federations, organisations by GUIDELINES (the UN's
// own, beginning with UN, are found by their prefix).
var internationalBodies = set("UN", "U.N.", "EU", "E.U.", "NATO", "WHO", "IMF", "WTO", "OPEC", "OECD", "ASEAN", "AU", "ECB",
	"IAEA", "ICC", "ICJ", "ICRC", "IFRC", "WFP", "FAO", "ILO", "IOM", "OSCE", "ECOWAS", "SADC", "IOC", "FIFA", "UEFA",
	"CAF", "CONCACAF", "CONMEBOL", "AFC", "IAAF", "ITF", "FIDE", "MSF", "EBRD", "IDB", "AfDB", "ADB", "BIS", "Interpol")

// wnNonOrgHeads are the nouns of WordNet's organisation heads
// (data/orgheads.txt) that end names of other things as often: businesses
// (firm, publisher, trust), places and buildings (house, palace, land),
// numbers and groups of musicians or players (eleven, band, quartet), and
// words of other senses (power, machine, screen, market).
var wnNonOrgHeads = set("house", "market", "machine", "power", "powerhouse", "screen", "screenland", "filmdom", "land",
	"ring", "pool", "host", "nation", "state", "country", "five", "nine", "eleven", "band", "giant", "indie", "friendly",
	"enemy", "hostile", "high", "hands", "men", "member", "majors", "minors", "class", "rank", "shift", "staff", "wing",
	"detail", "complement", "combination", "combo", "combine", "concern", "establishment", "instrumentality", "organ",
	"payroll", "personnel", "workforce", "manpower", "strings", "van", "voodoo", "obi", "obeah", "macumba", "hunt",
	"horse", "foot", "flight", "relay", "gray", "grey", "blue", "brass", "den", "nest", "pack", "mob", "posse", "gang",
	"cell", "bastion", "axis", "allies", "ally", "alignment", "alinement", "law", "mover", "raider", "underperformer",
	"acquirer", "dealer", "dealership", "distributor", "shipper", "bottler", "processor", "issuer", "maker", "telco",
	"tech", "pharma", "automaker", "carmaker", "shipbuilder", "underwriter", "hedgefund", "dot-com", "business",
	"enterprise", "firm", "company", "corporation", "corp", "partnership", "copartnership", "franchise", "industry",
	"insurer", "publisher", "newspaper", "paper", "magazine", "utility", "subsidiary", "affiliate", "branch", "chain",
	"carrier", "brokerage", "conglomerate", "cartel", "syndicate", "trust", "fund", "bank", "unit", "section", "division",
	"palace", "empire", "quartet", "quartette", "quintet", "quintette", "trio", "duo", "duet", "duette", "octet", "octette",
	"septet", "septette", "sextet", "sextette", "sestet", "ensemble", "orchestra", "symphony", "philharmonic", "choir",
	"chorus", "circus", "troupe", "gamelan", "mariachi", "minstrelsy", "percussion", "crew", "team", "side", "squad",
	"argosy", "fleet", "armor", "armour", "armorer", "armourer", "artillery", "battery", "cavalry", "infantry", "musketry",
	"soldiery", "yeomanry", "order", "religion", "faith", "cult", "sect", "tribe", "hierarchy", "regime", "polity",
	"vanguard", "spearhead", "rearguard", "underground", "resistance", "lobby", "picket", "patrol", "expedition",
	"mission", "outfit", "eleven", "screen", "security", "intelligence", "aviation", "military", "defence", "defense",
	"offence", "offense", "corrections", "reserve", "reserves", "troops", "garrison", "contingent", "detachment",
	"host", "service", "office", "board", "chapter", "lodge", "branch", "arm", "treasury")

// personFrameWords before a two-word name make it a person, weakly
// ("written by", "met", "told", "critics include").
var personFrameWords = set("by", "met", "told", "include", "includes", "included", "including", "interviewed", "thanked",
	"praised", "criticised", "criticized", "appointed", "named", "replaced", "succeeded", "elected", "nominated")

// courtesyGiven are courtesy titles written before a given name alone
// (Spanish, Portuguese, Italian): "Don Ignacio", "Doña Carmen".
var courtesyGiven = set("Don", "Doña", "Dona", "Dom")

// governmentNouns after a capital make it stand for its country ("the
// Warsaw government", GUIDELINES).
var governmentNouns = set("government", "administration", "authorities", "regime", "cabinet", "leadership")

// placeNouns after a name make it a place ("North Tarvo province");
// placeOfNouns before "of" do ("the mayor of Valmira", "the town of Lutoro").
var placeNouns = set("province", "region", "district", "county", "city", "town", "village", "camp", "prefecture",
	"municipality", "oblast", "canton", "governorate", "neighbourhood", "neighborhood", "suburb")

var placeOfNouns = set("mayor", "governor", "town", "city", "village", "province", "region", "outskirts", "suburbs",
	"streets", "centre", "center", "residents", "people", "port", "district", "capital")

// placePreps before a name make it a place when no cue makes it a person
// ("a bakery in Altona", "the 31-year-old from Varna").
var placePreps = set("in", "near", "from", "outside", "around")
