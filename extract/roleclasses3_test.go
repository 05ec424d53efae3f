package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRoleTitleOpensSentence: a lower-case corporate title before the name
// whose first word is capitalised only because it opens the sentence
// ("Chief executive X said"), and a corporate title with no employer named
// beside it, which is the company the story is about.
func TestRoleTitleOpensSentence(t *testing.T) {
	const story = "Talvik Foods Ltd. said on Monday its profit rose in Latvia. "
	checkRoles(t, []roleCase{
		{name: "chief executive opens", text: story + "Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: "Talvik Foods Ltd."},
		{name: "interim, three words", text: story + "Interim finance director Susan Hale will leave in May.",
			person: "Susan Hale", title: "interim finance director", org: "Talvik Foods Ltd."},
		{name: "co-founder mid-sentence", text: story + "The company said co-founder Laura Finch would become chair.",
			person: "Laura Finch", title: "co-founder", org: "Talvik Foods Ltd."},
		{name: "not the word alone", text: story + "Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "executive", org: "", not: true},
		{name: "not another person's past employer", text: story + "Talvik Foods Ltd. hired Susan Hale, who spent years at Arlo Freight Inc. in Oslo. Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: "Talvik Foods Ltd."},
		{name: "tie: the first named", text: "Talvik Foods Ltd. bought Arlo Freight Inc. in Latvia. Arlo Freight Inc. and Talvik Foods Ltd. agreed terms in May. Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: "Talvik Foods Ltd."},
		{name: "no company in the story", text: "Rain fell in Norway. Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: ""},
	})
}

// TestRoleHeadsClause: "X, who heads/chairs Y" states the post by its verb.
func TestRoleHeadsClause(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "heads", text: "Mira Kessel, who heads the Baltic Freight Council, said tariffs would rise in Latvia.",
			person: "Mira Kessel", title: "head", org: "Baltic Freight Council"},
		{name: "chairs", text: "Tom Reyes, who chairs the Andean Water Trust, spoke in Peru on Friday.",
			person: "Tom Reyes", title: "chair", org: "Andean Water Trust"},
		{name: "now heads", text: "Anna Berg, who now heads the Riga Port Authority, declined to comment.",
			person: "Anna Berg", title: "head", org: "Riga Port Authority"},
		{name: "headed until", text: "Anna Berg, who headed the Riga Port Authority until 2019, declined to comment.",
			person: "Anna Berg", title: "head", org: "Riga Port Authority", status: schema.StatusFormer},
		{name: "led is no title", text: "Peter Vance, who led Dorn Foods Ltd. through the crisis, retired in Norway.",
			person: "Peter Vance", title: "", org: "Dorn Foods Ltd.", not: true},
		{name: "met is no heading", text: "Tom Reyes, who met the Andean Water Trust, spoke in Peru.",
			person: "Tom Reyes", title: "", org: "Andean Water Trust", not: true},
	})
}

// TestRoleHeadsClauseAfterTitle: a title before the name is the post its
// clause of heading states; the verb adds none of its own.
func TestRoleHeadsClauseAfterTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "union leader", text: "Union leader John Dube, who has headed the Transport Workers Union since 2019, spoke in South Africa.",
			person: "John Dube", title: "head", org: "Transport Workers Union", not: true},
		{name: "economist chairs", text: "Economist Peter Vance, who chairs the Baltic Policy Institute, said rates would fall.",
			person: "Peter Vance", title: "chair", org: "Baltic Policy Institute", not: true},
		{name: "union leader kept", text: "Union leader John Dube, who has headed the Transport Workers Union since 2019, spoke in South Africa.",
			person: "John Dube", title: "union leader", org: "Transport Workers Union"},
	})
}

// TestRoleItsSkipsPossessive: "its" is the organisation the sentence before
// is about, not one in a possessive that modifies it.
func TestRoleItsSkipsPossessive(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "possessive then name", text: "Dorn Foods Ltd.'s biggest customer, the retailer Arlo Freight Inc., backed the deal in Norway. Its chairman, Peter Vance, said so.",
			person: "Peter Vance", title: "chairman", org: "Arlo Freight Inc."},
		{name: "possessive in a phrase", text: "Under pressure from Dorn Foods Ltd.'s lenders, Arlo Freight Inc. sold its port in Chile. Its chief executive, Anna Berg, resigned.",
			person: "Anna Berg", title: "chief executive", org: "Arlo Freight Inc."},
		{name: "only a possessive", text: "Talvik Foods Ltd.'s profit rose in Latvia. Its chairman, Susan Hale, was pleased.",
			person: "Susan Hale", title: "chairman", org: "Talvik Foods Ltd."},
		{name: "first of two plain names", text: "Arlo Freight Inc. bought a stake in Dorn Foods Ltd. on Monday. Its chairman, Peter Vance, hailed the deal.",
			person: "Peter Vance", title: "chairman", org: "Arlo Freight Inc."},
	})
}

// TestRoleNounOwnerByName: "the trust's chair, X" is the organisation
// named last whose name holds the noun, over one the article names more.
func TestRoleNounOwnerByName(t *testing.T) {
	const more = "Arlo Learning gave books to schools in Ireland. Arlo Learning said demand rose. "
	checkRoles(t, []roleCase{
		{name: "trust", text: more + "The Kessel Reading Trust paid for them. The trust's chair, Mira Kessel, said so.",
			person: "Mira Kessel", title: "chair", org: "Kessel Reading Trust"},
		{name: "federation", text: more + "The Irish Rowing Federation backed it. The federation's president, Tom Reyes, spoke.",
			person: "Tom Reyes", title: "president", org: "Irish Rowing Federation"},
		{name: "bank", text: "Dorn Foods Ltd. sold bonds in Norway. Dorn Foods Ltd. said demand was strong. Talvik Bank arranged the sale. The bank's chief economist, Anna Berg, was pleased.",
			person: "Anna Berg", title: "chief economist", org: "Talvik Bank"},
		{name: "no name holds it", text: "Dorn Foods Ltd. sold bonds in Norway. Dorn Foods Ltd. said demand was strong. The company's treasurer, Anna Berg, was pleased.",
			person: "Anna Berg", title: "treasurer", org: "Dorn Foods Ltd."},
	})
}

// TestRoleGovernorCentralBank: a governor with no employer named beside
// the title is the central bank's the article names.
func TestRoleGovernorCentralBank(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "governor", text: "The Central Bank of Kenya held its main rate on Tuesday. Governor Mira Kessel said inflation had eased.",
			person: "Mira Kessel", title: "governor", org: "Central Bank of Kenya"},
		{name: "deputy governor", text: "The Reserve Bank of Malawi raised rates, with Deputy Governor Tom Reyes voting against.",
			person: "Tom Reyes", title: "deputy governor", org: "Reserve Bank of Malawi"},
		{name: "lower case before", text: "The Central Bank of Kenya held its main rate. Its decision was backed by deputy governor Anna Berg.",
			person: "Anna Berg", title: "deputy governor", org: "Central Bank of Kenya"},
		{name: "a lender is no central bank", text: "Arlo Bank Ltd. opened a branch in Texas. Governor Peter Vance cut the ribbon.",
			person: "Peter Vance", title: "governor", org: "Arlo Bank Ltd.", not: true},
	})
}

// TestRoleTheCompanyNamed: "The company (also) named X, its head of sales,
// as deputy chief executive": "the company" and "its" are the company the
// story is about, not the one named last.
func TestRoleTheCompanyNamed(t *testing.T) {
	const story = "Dorn Foods Ltd. raised prices in Norway. Dorn Foods Ltd. said costs rose. Susan Hale spent years at Arlo Freight Inc. before. "
	checkRoles(t, []roleCase{
		{name: "its in apposition", text: story + "The company also named Peter Vance, its head of sales, as deputy chief executive.",
			person: "Peter Vance", title: "head of sales", org: "Dorn Foods Ltd."},
		{name: "named as", text: story + "The company also named Peter Vance, its head of sales, as deputy chief executive.",
			person: "Peter Vance", title: "deputy chief executive", org: "Dorn Foods Ltd."},
		{name: "not the last named", text: story + "The company named Anna Berg as chief financial officer.",
			person: "Anna Berg", title: "chief financial officer", org: "Arlo Freight Inc.", not: true},
		{name: "named, no adverb", text: story + "The company named Anna Berg as chief financial officer.",
			person: "Anna Berg", title: "chief financial officer", org: "Dorn Foods Ltd."},
	})
}

// TestRoleNowAfterLeaving: a person who resigned or quit holds the post the
// article says they hold now.
func TestRoleNowAfterLeaving(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "is now", text: "Former city manager Tom Reyes resigned in May. Reyes is now general manager of the Andean Water Trust.",
			person: "Tom Reyes", title: "general manager", org: "Andean Water Trust", status: schema.StatusCurrent},
		{name: "was fired, now", text: "Peter Vance was fired in March. Vance is now chief executive of Arlo Freight Inc., a rival in Chile.",
			person: "Peter Vance", title: "chief executive", org: "Arlo Freight Inc.", status: schema.StatusCurrent},
		{name: "currently", text: "Anna Berg quit in 2020 after a row. Berg is currently treasurer of Dorn Foods Ltd. in Norway.",
			person: "Anna Berg", title: "treasurer", org: "Dorn Foods Ltd.", status: schema.StatusCurrent},
		{name: "the post resigned", text: "Peter Vance, chief executive of Arlo Freight Inc., resigned on Monday.",
			person: "Peter Vance", title: "chief executive", org: "Arlo Freight Inc.", status: schema.StatusFormer},
	})
}

// TestRoleCapTitleThenOf: "Title X of Y": a capitalised title before the
// name and its employer after it.
func TestRoleCapTitleThenOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "analyst of", text: "Shares rose in Norway. Analyst Mira Kessel of Talvik Securities said they were cheap.",
			person: "Mira Kessel", title: "analyst", org: "Talvik Securities"},
		{name: "professor of the", text: "Professor Tom Reyes of the Baltic Policy Institute said rates would fall in Latvia.",
			person: "Tom Reyes", title: "professor", org: "Baltic Policy Institute"},
		{name: "minister of country", text: "Foreign Minister Anna Berg of Latvia met her counterpart from Estonia on Monday.",
			person: "Anna Berg", title: "foreign minister", org: "Latvia"},
		{name: "at", text: "Economist Peter Vance at Dorn Bank Ltd. expects a cut in Norway.",
			person: "Peter Vance", title: "economist", org: "Dorn Bank Ltd."},
		{name: "a city is no employer", text: "Coach Tom Reyes of Dallas said his team would win.",
			person: "Tom Reyes", title: "coach", org: "Dallas", not: true},
	})
}

// TestRoleOwnerTitleTail: "Y's title of NOUN, X" and "Y's title to/in
// PLACE, X": the words after the head word before the name.
func TestRoleOwnerTitleTail(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "of engineering", text: "Dorn Foods Ltd.'s director of engineering, Peter Vance, will run the plant in Norway.",
			person: "Peter Vance", title: "director of engineering", org: "Dorn Foods Ltd."},
		{name: "head of research", text: "Talvik Bank's head of equity research, Anna Berg, expects a cut in Latvia.",
			person: "Anna Berg", title: "head of equity research", org: "Talvik Bank"},
		{name: "ambassador to", text: "The talks were arranged by Chile's ambassador to Peru, Tom Reyes, on Monday.",
			person: "Tom Reyes", title: "ambassador", org: "Chile"},
		{name: "ambassador in a city", text: "Latvia's ambassador in Oslo, Mira Kessel, was summoned by Norway.",
			person: "Mira Kessel", title: "ambassador", org: "Latvia"},
		{name: "not a verb phrase", text: "Dorn Foods Ltd. said the head of the union, Peter Vance, would speak.",
			person: "Peter Vance", title: "", org: "Dorn Foods Ltd.", not: true},
	})
}

// TestRoleTitleTailNegatives: a tail read after words that are no title
// gives no post, and an owner the text names but that is not resolved is
// not replaced by the story's company.
func TestRoleTitleTailNegatives(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "unknown words before", text: "The charity's field logistics coordinator in Goma, Anna Berg, asked Congo for trucks.",
			person: "Anna Berg", title: "coordinator", org: "", not: true},
	})
}

// TestRoleNationalityNoEmployer: a country before a title that is no state
// post is the holder's nationality, not the employer.
func TestRoleNationalityNoEmployer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "demonym striker", text: "Arlo United signed Ghanaian striker Tom Reyes on Friday.",
			person: "Tom Reyes", title: "striker", org: ""},
		{name: "a demonym intermediary", text: "Anna Berg, a Czech intermediary who advised the club, declined to comment.",
			person: "Anna Berg", title: "intermediary", org: ""},
		{name: "demonym novelist", text: "The prize went to Norwegian novelist Mira Kessel on Monday.",
			person: "Mira Kessel", title: "novelist", org: ""},
		{name: "state post kept", text: "Portuguese Prime Minister Peter Vance met Spanish officials.",
			person: "Peter Vance", title: "prime minister", org: "Portugal"},
		{name: "diplomat kept", text: "Anna Berg, a Kenyan diplomat, said the border would reopen.",
			person: "Anna Berg", title: "diplomat", org: "Kenya"},
		{name: "ambassador kept", text: "Latvian ambassador Mira Kessel was summoned in Oslo.",
			person: "Mira Kessel", title: "ambassador", org: "Latvia"},
	})
}

// TestDatelineIsNoCompany: a wire dateline in capitals ("TOKYO - ") is the
// place the story was filed from, so the story's company stays in focus.
func TestDatelineIsNoCompany(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "OSLO - Dorn Foods Ltd. raised prices on Monday.", absent: []string{"OSLO"}},
		{text: "RIGA, May 12 - Talvik Foods Ltd. cut jobs in Latvia.", absent: []string{"RIGA"}},
		{text: "NAIROBI — Arlo Freight Inc. bought trucks in Kenya.", absent: []string{"NAIROBI"}},
	})
	checkRoles(t, []roleCase{
		{name: "chairman after a dateline", text: "OSLO - Dorn Motors Corp. said on Friday that chairman Tom Reyes will step down in October.",
			person: "Tom Reyes", title: "chairman", org: "Dorn Motors Corp."},
	})
}

// TestRoleAtDescribedFirm: "title at NOUN Y" with no article before the
// description ("an economist at brokerage Y", "at shipping firm Y").
func TestRoleAtDescribedFirm(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "brokerage", text: "Mira Kessel, an economist at brokerage Talvik Capital, expects a cut in Latvia.",
			person: "Mira Kessel", title: "economist", org: "Talvik Capital"},
		{name: "two words", text: "Peter Vance, previously finance director at shipping firm Dorn Lines, joins Arlo Freight Inc. in May.",
			person: "Peter Vance", title: "finance director", org: "Dorn Lines", status: schema.StatusFormer},
		{name: "law firm", text: "Anna Berg, a partner at law firm Reyes & Kessel, advised the buyer in Chile.",
			person: "Anna Berg", title: "partner", org: "Reyes & Kessel"},
		{name: "no name after", text: "Tom Reyes, a trader at investment banks in Norway, said bonds fell.",
			person: "Tom Reyes", title: "trader", org: "Norway", not: true},
	})
}

// TestRoleBodyNounTitle: a title whose first word is the kind of body
// ("Council member X", "union president X") belongs to the body of that
// kind the article names.
func TestRoleBodyNounTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "council member", text: "The Arlo Town Council met on Monday. Council member Tom Reyes voted against the budget.",
			person: "Tom Reyes", title: "council member", org: "Arlo Town Council"},
		{name: "union president", text: "The Nurses Union of Latvia called a strike. On Friday, union president Mira Kessel said talks had failed.",
			person: "Mira Kessel", title: "president", org: "Nurses Union of Latvia"},
		{name: "committee chairman", text: "The Budget Oversight Committee met in Ghana. Committee chairman Peter Vance said costs rose.",
			person: "Peter Vance", title: "chairman", org: "Budget Oversight Committee"},
		{name: "no body of that kind", text: "Dorn Foods Ltd. opened a plant in Norway. Council member Tom Reyes cut the ribbon.",
			person: "Tom Reyes", title: "council member", org: "Dorn Foods Ltd.", not: true},
	})
}

// TestRoleRemovedByObject: the object of a removal (fired, dismissed,
// voted to remove) held the post before.
func TestRoleRemovedByObject(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "fired", text: "The board of Arlo Freight Inc. fired chief executive Tom Reyes on Monday.",
			person: "Tom Reyes", title: "chief executive", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "voted to remove", text: "Members of the Riga Rowing Federation voted on Sunday to remove its president, Anna Berg, in Latvia.",
			person: "Anna Berg", title: "president", org: "Riga Rowing Federation", status: schema.StatusFormer},
		{name: "dismissed its", text: "Dorn Foods Ltd. dismissed its finance director, Peter Vance, after an audit in Norway.",
			person: "Peter Vance", title: "finance director", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "plans to remove", text: "Dorn Foods Ltd. plans to remove its finance director, Peter Vance, after an audit in Norway.",
			person: "Peter Vance", title: "finance director", org: "Dorn Foods Ltd.", status: schema.StatusCurrent},
	})
}

// TestRoleTitleOfOrgThenName: "The chairman of Y, X," — the title and its
// employer set off before the name.
func TestRoleTitleOfOrgThenName(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "chairman of", text: "The chairman of Dorn Foods Ltd., Tom Reyes, said profits rose in Norway.",
			person: "Tom Reyes", title: "chairman", org: "Dorn Foods Ltd."},
		{name: "director of the", text: "Shares fell after the director of the Riga Port Authority, Anna Berg, resigned in Latvia.",
			person: "Anna Berg", title: "director", org: "Riga Port Authority"},
		{name: "economist at", text: "A senior economist at Talvik Bank, Mira Kessel, expects a cut in Latvia.",
			person: "Mira Kessel", title: "senior economist", org: "Talvik Bank"},
		{name: "a customer is no post", text: "The biggest customer of Dorn Foods Ltd., Arlo Freight Inc., said demand rose.",
			person: "Arlo Freight Inc.", title: "", org: "Dorn Foods Ltd.", not: true},
	})
}

// TestRoleSecondAppositive: "X, TITLE [of the study] and a TITLE at Y": two
// posts in one appositive.
func TestRoleSecondAppositive(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "author and professor", text: "Tom Reyes, lead author of the study and a professor at the University of Lower Vale, said results were clear.",
			person: "Tom Reyes", title: "professor", org: "University of Lower Vale"},
		{name: "lawyer and a judge", text: "Anna Berg, a lawyer and a former judge at the Riga District Court, said the ruling was flawed.",
			person: "Anna Berg", title: "judge", org: "Riga District Court", status: schema.StatusFormer},
		{name: "mother is no post", text: "Mira Kessel, a nurse and a mother of three, said wards were full in Latvia.",
			person: "Mira Kessel", title: "mother", org: "", not: true},
	})
}

// TestRoleHyphenTimeTitle: "then-chief executive X", "chief
// executive-designate of Y": the hyphened time word is part of the title's
// words, and sets its time.
func TestRoleHyphenTimeTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "then-", text: "Dorn Foods Ltd. sold its port in Norway. The deal was signed by then-chief executive Tom Reyes in 2015.",
			person: "Tom Reyes", title: "chief executive", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "-designate", text: "Anna Berg, chief executive-designate of Dorn Foods Ltd., met investors in Norway.",
			person: "Anna Berg", title: "chief executive", org: "Dorn Foods Ltd.", status: schema.StatusIncoming},
		{name: "ex-", text: "Talvik Foods Ltd. hired ex-finance director Mira Kessel of Arlo Freight Inc. in Latvia.",
			person: "Mira Kessel", title: "finance director", org: "Arlo Freight Inc.", status: schema.StatusFormer},
	})
}

// TestRoleVerbPostHolderOrg: a post a verb states with no employer named is
// at the employer of the subject's other post in the sentence.
func TestRoleVerbPostHolderOrg(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "will become", text: "Anna Berg, the outgoing chief executive of Dorn Foods Ltd., will become chairman.",
			person: "Anna Berg", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusIncoming},
		{name: "was named", text: "Tom Reyes, finance director of Arlo Freight Inc., was named chief operating officer in Chile.",
			person: "Tom Reyes", title: "chief operating officer", org: "Arlo Freight Inc."},
		{name: "own employer wins", text: "Mira Kessel, finance director of Arlo Freight Inc., became chairman of Talvik Bank in Latvia.",
			person: "Mira Kessel", title: "chairman", org: "Talvik Bank"},
		{name: "a country is no employer", text: "Peter Vance, a former Latvian minister, became an adviser in Riga.",
			person: "Peter Vance", title: "adviser", org: "Latvia", not: true},
	})
}
