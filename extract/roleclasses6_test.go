package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// Classes of posts in 1989 business-wire prose, round 6 (eval/teamdev-wire
// and the work half of dev WSJ name them; every sentence here is made up).

// TestRoleDatelineSubject: "Y Corp. (City, State) -- X was named
// president": the name after a dateline's dash opens the clause, as after
// a sentence start, so the verb's post is X's.
func TestRoleDatelineSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "named", text: "Brisbane Tool Co. (Dayton, Ohio) -- Harold Quist was named president.",
			person: "Harold Quist", title: "president", org: "Brisbane Tool Co."},
		{name: "age, elected", text: "Kessock Foods Inc. (Boise, Idaho) -- Maren Oakes, 44 years old, was elected a director, increasing the board to nine.",
			person: "Maren Oakes", title: "director", org: "Kessock Foods Inc."},
		{name: "formerly, of this concern", text: "Ardent Freight Corp. (Tulsa, Okla.) -- Tobias Grell, formerly treasurer, was named chief financial officer of this trucking concern.",
			person: "Tobias Grell", title: "chief financial officer", org: "Ardent Freight Corp."},
		{name: "continues as", text: "Calloway Mills Inc. (Macon, Ga.) -- Ingrid Solheim was elected chairman, a new post. Ms. Solheim, 58, continues as chief executive officer.",
			person: "Ingrid Solheim", title: "chairman", org: "Calloway Mills Inc."},
		{name: "a list is no subject", text: "Calloway Mills Inc. said its board -- Ingrid Solheim, Maren Oakes and Tobias Grell -- was named in Canada.",
			person: "Ingrid Solheim", title: "", org: "", not: true},
	})
}

// TestRolePastEmployerNotNew: "Y said X, formerly treasurer of Z, was named
// senior vice president": the employer of a post the holder has left is
// not the employer of the post a verb gives in the same sentence.
func TestRolePastEmployerNotNew(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "formerly", text: "Brisbane Tool Co. said Harold Quist, formerly treasurer of Haldane Corp., was named senior vice president.",
			person: "Harold Quist", title: "senior vice president", org: "Brisbane Tool Co."},
		{name: "formerly, not the old one", text: "Brisbane Tool Co. said Harold Quist, formerly treasurer of Haldane Corp., was named senior vice president.",
			person: "Harold Quist", title: "senior vice president", org: "Haldane Corp.", not: true},
		{name: "who had been", text: "Kessock Foods Inc. said Maren Oakes, who had been president of Arbor Yarns Co., was elected chairman.",
			person: "Maren Oakes", title: "chairman", org: "Kessock Foods Inc."},
		{name: "a former partner", text: "Ardent Freight Corp. said Tobias Grell, a former partner at Lisle & Crane, will become chief financial officer.",
			person: "Tobias Grell", title: "chief financial officer", org: "Ardent Freight Corp."},
		{name: "a former partner, no corporate title", text: "Ardent Freight Corp. said Tobias Grell, a former partner at Lisle & Crane, will become general counsel.",
			person: "Tobias Grell", title: "general counsel", org: "Lisle & Crane", not: true},
		{name: "a present post keeps its employer", text: "Calloway Mills Inc. said Ingrid Solheim, chief executive of Haldane Corp., will become chairman.",
			person: "Ingrid Solheim", title: "chairman", org: "Haldane Corp."},
	})
}

// TestRoleBareFieldAppositive: "X, banking analyst at Y, said": wire prose
// drops the article of an appositive; a field before the occupation is
// still part of the title.
func TestRoleBareFieldAppositive(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "banking analyst at", text: "Harold Quist, banking analyst at Brisbane Securities Inc., said loans in Mexico would fall.",
			person: "Harold Quist", title: "banking analyst", org: "Brisbane Securities Inc."},
		{name: "mining analyst with", text: "Maren Oakes, mining analyst with Kessock & Co., said copper prices in Chile rose.",
			person: "Maren Oakes", title: "mining analyst", org: "Kessock & Co."},
		{name: "publishing executive, age", text: "Tobias Grell, 52, publishing executive at Calloway Press Inc., joined the board in Canada.",
			person: "Tobias Grell", title: "publishing executive", org: "Calloway Press Inc."},
		{name: "a verb is no field", text: "Ingrid Solheim, said analyst Tobias Grell, sold shares.",
			person: "Ingrid Solheim", title: "", org: "", not: true},
	})
}

// TestRoleOneWordCompanyAgain: "Farrow's lost 1 3/4 to 21 3/4. … three
// Farrow's directors, A, B and C": a one-word company named again with no
// cue of its own is the same company, and owns the title it modifies.
func TestRoleOneWordCompanyAgain(t *testing.T) {
	const quote = "Halden Media proposed a merger. Farrow's lost 1 3/4 to 21 3/4. "
	checkRoles(t, []roleCase{
		{name: "three X's directors", text: quote + "Kessock Group Ltd. is led by three Farrow's directors, Harold Quist, Maren Oakes and Tobias Grell.",
			person: "Maren Oakes", title: "director", org: "Farrow"},
		{name: "X's president, Y,", text: quote + "Farrow's president, Ingrid Solheim, called the price too low.",
			person: "Ingrid Solheim", title: "president", org: "Farrow"},
		{name: "Y, X's chairman,", text: "Tarrant rose 3/8 to 9 1/4 in Canada. Harold Quist, Tarrant's chairman, called the bid low.",
			person: "Harold Quist", title: "chairman", org: "Tarrant"},
	})
}

// TestRoleUnitOfEmployer: "X, a trader in Y's bond department": the name
// that owns a department, office or desk is the employer, though no cue
// typed it (a place after "in" is none: "a teacher in Greenville").
func TestRoleUnitOfEmployer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "department", text: "\"Prices rose,\" said Harold Quist, a trader in Dunmore Kessler Pratt's bond department.",
			person: "Harold Quist", title: "trader", org: "Dunmore Kessler Pratt"},
		{name: "office", text: "\"Rates will fall,\" said Maren Oakes, head of research in Kessock Halley's Tokyo office.",
			person: "Maren Oakes", title: "head of research", org: "Kessock Halley"},
		{name: "desk", text: "Tobias Grell, a senior trader on the bond desk, said yields in Japan rose. \"Buyers left,\" said Ingrid Solheim, a trader in Calloway Brent's currency desk.",
			person: "Ingrid Solheim", title: "trader", org: "Calloway Brent"},
		{name: "a place is none", text: "Harold Quist, a teacher in Greenville, said test scores in Mexico rose.",
			person: "Harold Quist", title: "teacher", org: "Greenville", not: true},
	})
}

// TestRolePortfolioSecretary: "Commerce Secretary X", "Treasury Secretary
// X": a portfolio before "Secretary" is part of a government post, the
// country's, even where the word names a town or a body of its own.
func TestRolePortfolioSecretary(t *testing.T) {
	const us = "The U.S. economy slowed in the third quarter. "
	checkRoles(t, []roleCase{
		{name: "commerce", text: us + "Commerce Secretary Harold Quist said exports would rise.",
			person: "Harold Quist", title: "commerce secretary", org: "United States"},
		{name: "treasury", text: us + "Treasury Secretary Maren Oakes said rates would fall.",
			person: "Maren Oakes", title: "treasury secretary", org: "United States"},
		{name: "agriculture", text: us + "Agriculture Secretary Tobias Grell visited farms in Iowa.",
			person: "Tobias Grell", title: "agriculture secretary", org: "United States"},
		{name: "a plain secretary is a company's", text: "Kessock Foods Inc. cut jobs in Canada. Secretary Ingrid Solheim signed the filing.",
			person: "Ingrid Solheim", title: "secretary", org: "United States", not: true},
	})
}

// TestRoleSuccessorOfSubject: "X was named chairman. He succeeds Y, who
// retired.": the predecessor named after a succession verb with no "as"
// held the post the subject was given just before; "the late Y" is such a
// predecessor too.
func TestRoleSuccessorOfSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "he succeeds", text: "Kessock Foods Inc. said Harold Quist was named chairman. He succeeds Maren Oakes, who retired.",
			person: "Maren Oakes", title: "chairman", org: "Kessock Foods Inc.", status: schema.StatusFormer},
		{name: "she replaces", text: "Ardent Freight Corp. named Ingrid Solheim president. She replaces Tobias Grell, who will become a consultant in Canada.",
			person: "Tobias Grell", title: "president", org: "Ardent Freight Corp.", status: schema.StatusFormer},
		{name: "will be succeeded by", text: "Calloway Mills Inc. said its treasurer, Lena Dorsey, will retire in June. She will be succeeded by Owen Pruitt, 41.",
			person: "Owen Pruitt", title: "treasurer", org: "Calloway Mills Inc.", status: schema.StatusIncoming},
		{name: "the late", text: "Harold Quist was named chief executive of Brisbane Tool Co., succeeding the late Maren Oakes.",
			person: "Maren Oakes", title: "chief executive", org: "Brisbane Tool Co.", status: schema.StatusFormer},
		{name: "no post before", text: "Harold Quist joined Brisbane Tool Co. in Mexico. He succeeds Maren Oakes in the job.",
			person: "Maren Oakes", title: "", org: "Brisbane Tool Co.", not: true},
	})
}

// TestRoleDatelineEmployer: "Y Corp. (City, State) -- X, president of Z,
// was named vice chairman": in a list of changes the post a verb gives
// belongs to the dateline's company, not to the employer of the holder's
// other post.
func TestRoleDatelineEmployer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "president of another", text: "Calloway Mills Inc. (Macon, Ga.) -- Ingrid Solheim, president of Arbor Yarns Co., was named vice chairman.",
			person: "Ingrid Solheim", title: "vice chairman", org: "Calloway Mills Inc."},
		{name: "a director of another", text: "Brisbane Tool Co. (Dayton, Ohio) -- Harold Quist, 61, a director of Kessock Foods Inc., was elected chairman.",
			person: "Harold Quist", title: "chairman", org: "Brisbane Tool Co."},
		{name: "partner of a law firm", text: "Ardent Freight Corp. (Tulsa, Okla.) -- Maren Oakes, a partner of Lisle & Crane, was named general counsel, a new post.",
			person: "Maren Oakes", title: "general counsel", org: "Ardent Freight Corp."},
		{name: "other post kept", text: "Calloway Mills Inc. (Macon, Ga.) -- Ingrid Solheim, president of Arbor Yarns Co., was named vice chairman.",
			person: "Ingrid Solheim", title: "president", org: "Arbor Yarns Co."},
	})
}

// TestRoleFullerPostNoBorrowedEmployer: "Among private economists, X,
// chief economist of Y, …. Z, an economist at W": a title the holder has
// in fuller form at a named employer repeats that post; it takes no
// employer from the article's other holders of the shorter title.
func TestRoleFullerPostNoBorrowedEmployer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "economists", text: "Rates in Poland held. Among private economists, Harold Quist, chief economist of Brisbane Bank, said rates would fall. Maren Oakes, an economist at Kessock Capital, disagreed.",
			person: "Harold Quist", title: "economist", org: "Kessock Capital", not: true},
		{name: "analysts", text: "Copper rose in Chile. Of the analysts, Tobias Grell, senior analyst at Calloway Securities, was upbeat. Lena Dorsey, an analyst with Ardent & Co., was not.",
			person: "Tobias Grell", title: "analyst", org: "Ardent & Co.", not: true},
		{name: "fuller post kept", text: "Rates in Poland held. Among private economists, Harold Quist, chief economist of Brisbane Bank, said rates would fall. Maren Oakes, an economist at Kessock Capital, disagreed.",
			person: "Harold Quist", title: "chief economist", org: "Brisbane Bank"},
		{name: "other holder kept", text: "Copper rose in Chile. Of the analysts, Tobias Grell, senior analyst at Calloway Securities, was upbeat. Lena Dorsey, an analyst with Ardent & Co., was not.",
			person: "Lena Dorsey", title: "analyst", org: "Ardent & Co."},
	})
}

// TestRoleCountOpensSentence: "Two Kessock Bank directors, X and Y, voted
// no": a count opening the sentence is no part of the company's name.
func TestRoleCountOpensSentence(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "two", text: "Kessock Bank cut rates in Peru. Two Kessock Bank directors, Harold Quist and Maren Oakes, voted no.",
			person: "Maren Oakes", title: "director", org: "Kessock Bank"},
		{name: "three", text: "Brisbane Tool Co. lost money in Mexico. Three Brisbane Tool Co. vice presidents, Tobias Grell, Lena Dorsey and Owen Pruitt, resigned.",
			person: "Tobias Grell", title: "vice president", org: "Brisbane Tool Co."},
		{name: "five", text: "Ardent Freight Corp. cut routes in Canada. Five Ardent Freight Corp. directors, Ingrid Solheim, Harold Quist, Maren Oakes, Lena Dorsey and Owen Pruitt, quit.",
			person: "Lena Dorsey", title: "director", org: "Ardent Freight Corp."},
	})
}

// TestRoleObjectToPostOf: "Y named X to the new post of vice chairman":
// the post an appointment names after its object with "to the post of".
func TestRoleObjectToPostOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "new post", text: "Brisbane Tool Co. named Harold Quist to the new post of vice chairman.",
			person: "Harold Quist", title: "vice chairman", org: "Brisbane Tool Co."},
		{name: "post", text: "Kessock Foods Inc. appointed Maren Oakes, 48, to the post of chief financial officer.",
			person: "Maren Oakes", title: "chief financial officer", org: "Kessock Foods Inc."},
		{name: "additional title", text: "Ardent Freight Corp. elected Tobias Grell to the additional post of treasurer in Canada.",
			person: "Tobias Grell", title: "treasurer", org: "Ardent Freight Corp."},
	})
}

// TestRoleTookOverFrom: "X has been chairman since 1978, when he took over
// from Y": the one taken over from held the post the subject was given.
func TestRoleTookOverFrom(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "when he took over from the late", text: "Harold Quist has been chairman of Brisbane Tool Co. since 1978, when he took over from the late Maren Oakes.",
			person: "Maren Oakes", title: "chairman", org: "Brisbane Tool Co.", status: schema.StatusFormer},
		{name: "when she took over from", text: "Lena Dorsey became president of Kessock Foods Inc. in 1981, when she took over from Owen Pruitt.",
			person: "Owen Pruitt", title: "president", org: "Kessock Foods Inc.", status: schema.StatusFormer},
		{name: "next sentence", text: "Tobias Grell was named treasurer of Ardent Freight Corp. in May. He took over from Ingrid Solheim, who retired.",
			person: "Ingrid Solheim", title: "treasurer", org: "Ardent Freight Corp.", status: schema.StatusFormer},
	})
}

// TestRolePromotionFromPastDeputy: "X, formerly executive vice president,
// was named president": a deputy's post the text makes past and the post
// it ranks under are two posts, though the words of one are in the other.
func TestRolePromotionFromPastDeputy(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "formerly", text: "Brisbane Tool Co. said Harold Quist, 47, formerly executive vice president, was named president.",
			person: "Harold Quist", title: "president", org: "Brisbane Tool Co.", status: schema.StatusCurrent},
		{name: "who had been", text: "Norlander Shipping A/S said Ingrid Solheim, who had been deputy chairman, was named chairman.",
			person: "Ingrid Solheim", title: "chairman", org: "Norlander Shipping A/S"},
		{name: "a former", text: "Kessock Foods Inc. said Maren Oakes, a former assistant treasurer, was named treasurer.",
			person: "Maren Oakes", title: "treasurer", org: "Kessock Foods Inc."},
		{name: "past deputy kept", text: "Brisbane Tool Co. said Harold Quist, 47, formerly executive vice president, was named president.",
			person: "Harold Quist", title: "executive vice president", org: "Brisbane Tool Co.", status: schema.StatusFormer},
	})
}

// TestRoleJoinedAsEarlier: "X, 50, joined Y in 1972 as a sales engineer"
// beside another post of X at Y: the post X joined as is past.
func TestRoleJoinedAsEarlier(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "later post named before", text: "Kessock Corp. said Maren Oakes is senior vice president of Kessock Corp. Ms. Oakes, 50, joined Kessock Corp. in 1972 as a sales engineer.",
			person: "Maren Oakes", title: "sales engineer", org: "Kessock Corp.", status: schema.StatusFormer},
		{name: "and became", text: "Harold Quist joined Brisbane Tool Co. in 1981 as treasurer. Mr. Quist became president of Brisbane Tool Co. in 1995.",
			person: "Harold Quist", title: "treasurer", org: "Brisbane Tool Co.", status: schema.StatusFormer},
		{name: "no other post: current", text: "Tobias Grell joined Ardent Freight Corp. in 2019 as treasurer, the company said in Canada.",
			person: "Tobias Grell", title: "treasurer", org: "Ardent Freight Corp.", status: schema.StatusCurrent},
		{name: "the later post kept", text: "Harold Quist joined Brisbane Tool Co. in 1981 as treasurer. Mr. Quist became president of Brisbane Tool Co. in 1995.",
			person: "Harold Quist", title: "president", org: "Brisbane Tool Co.", status: schema.StatusCurrent},
	})
}

// TestRoleNowAppositive: "X, now senior vice president of Y,": an
// appositive opened by an adverb of the present states a post held now.
func TestRoleNowAppositive(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "now", text: "Harold Quist, now senior vice president of Brisbane Tool Co., said sales in Mexico rose.",
			person: "Harold Quist", title: "senior vice president", org: "Brisbane Tool Co.", status: schema.StatusCurrent},
		{name: "still", text: "Tobias Grell, still chairman of Ardent Freight Corp., sold shares in Canada.",
			person: "Tobias Grell", title: "chairman", org: "Ardent Freight Corp.", status: schema.StatusCurrent},
		{name: "filled by", text: "The post will be filled by Ingrid Solheim, now controller of Calloway Mills Inc.",
			person: "Ingrid Solheim", title: "controller", org: "Calloway Mills Inc.", status: schema.StatusCurrent},
	})
}

// TestRolePluralTitleOfList: "Trade ministers A of Peru and B of Chile":
// a plural title before names each followed by its employer gives each
// the title at that employer.
func TestRolePluralTitleOfList(t *testing.T) {
	const two = "Trade ministers Harold Quist of Peru and Maren Oakes of Chile met in Lima on Friday."
	checkRoles(t, []roleCase{
		{name: "first", text: two, person: "Harold Quist", title: "trade minister", org: "Peru"},
		{name: "second", text: two, person: "Maren Oakes", title: "trade minister", org: "Chile"},
		{name: "companies", text: "The talks were led by chief executives Tobias Grell of Ardent Freight Corp. and Lena Dorsey of Calloway Mills Inc.",
			person: "Lena Dorsey", title: "chief executive", org: "Calloway Mills Inc."},
		{name: "no employer, no role", text: "Fans cheered as ministers Harold Quist and Maren Oakes arrived in Lima.",
			person: "Harold Quist", title: "minister", org: "Peru", not: true},
	})
}
