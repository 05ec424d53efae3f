package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// Classes of posts as 1989 business-wire prose states them (eval/teamdev-wire
// names them; every sentence here is made up).

// TestRoleAppositionThenLeft: "Y said its president, X, resigned": the
// title set off before the name, and the verb after the name ends the post.
func TestRoleAppositionThenLeft(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "its president", text: "Wexcombe Tool Co. said its president, Desmond Kirwan, resigned to pursue other interests.",
			person: "Desmond Kirwan", title: "president", org: "Wexcombe Tool Co.", status: schema.StatusFormer},
		{name: "its treasurer retired", text: "Lisgar Mills Inc. said its treasurer, Orla Brankin, retired after 30 years in Ireland.",
			person: "Orla Brankin", title: "treasurer", org: "Lisgar Mills Inc.", status: schema.StatusFormer},
		{name: "stepped down", text: "Quenby Foods Corp. said its chief financial officer, Tamsin Oswin, stepped down.",
			person: "Tamsin Oswin", title: "chief financial officer", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "said, not left", text: "Wexcombe Tool Co.'s president, Desmond Kirwan, said the plant in Mexico would close.",
			person: "Desmond Kirwan", title: "president", org: "Wexcombe Tool Co.", status: schema.StatusCurrent},
		{name: "said another left", text: "Wexcombe Tool Co.'s chairman, Desmond Kirwan, said Aldous Pellow resigned.",
			person: "Desmond Kirwan", title: "chairman", org: "Wexcombe Tool Co.", status: schema.StatusCurrent},
	})
}

// TestRoleFunctionAfterTitle: "X, vice president, sales, resigned": a
// business function set off by commas after the title does not hide the
// verb after it.
func TestRoleFunctionAfterTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "sales", text: "Lisgar Mills Inc. said Aldous Pellow, vice president, sales, resigned.",
			person: "Aldous Pellow", title: "vice president", org: "Lisgar Mills Inc.", status: schema.StatusFormer},
		{name: "finance", text: "Quenby Foods Corp. said Tamsin Oswin, senior vice president, finance, retired in Canada.",
			person: "Tamsin Oswin", title: "senior vice president", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "kept", text: "Quenby Foods Corp. said Tamsin Oswin, vice president, marketing, was elected a director.",
			person: "Tamsin Oswin", title: "vice president", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
	})
}

// TestRoleWherePastPost: "X joined Y in 1984 from Z, where he was a senior
// vice president": a past tense in the "where" clause of the place the
// holder came from or worked at states a past post; a present one a post
// held now.
func TestRoleWherePastPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "joined from", text: "Desmond Kirwan joined Wexcombe Tool Co. in 1984 from Lisgar Mills Inc., where he was a senior vice president.",
			person: "Desmond Kirwan", title: "senior vice president", org: "Lisgar Mills Inc.", status: schema.StatusFormer},
		{name: "had been", text: "Laura Brankin came to Quenby Foods Corp. from Kessock Bank, where she had been controller since 1979.",
			person: "Laura Brankin", title: "controller", org: "Kessock Bank", status: schema.StatusFormer},
		{name: "spent years at", text: "Aldous Pellow spent a decade at Strome Textiles Ltd., where he was treasurer, before moving to Canada.",
			person: "Aldous Pellow", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusFormer},
		{name: "present kept", text: "Helen Oswin works at Kessock Bank, where she is controller of the Irish branch.",
			person: "Helen Oswin", title: "controller", org: "Kessock Bank", status: schema.StatusCurrent},
	})
}

// TestRoleGerundField: "X, a banking analyst at Y": a field in -ing before
// an occupation is part of the title, but an adjective in -ing judges
// ("a leading analyst" is an analyst).
func TestRoleGerundField(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "banking", text: "Desmond Kirwan, a banking analyst at Kessock Securities Corp., said loans in Brazil would fall.",
			person: "Desmond Kirwan", title: "banking analyst", org: "Kessock Securities Corp."},
		{name: "brewing", text: "Aldous Pellow, a brewing analyst with Strome & Co., said sales in Ireland rose.",
			person: "Aldous Pellow", title: "brewing analyst", org: "Strome & Co."},
		{name: "publishing", text: "Helen Oswin, a publishing executive at Quenby Press Inc., said the sale in Canada was near.",
			person: "Helen Oswin", title: "publishing executive", org: "Quenby Press Inc."},
		{name: "leading judges", text: "Laura Brankin, a leading analyst at Kessock Securities Corp., said rates in Spain would rise.",
			person: "Laura Brankin", title: "leading analyst", org: "Kessock Securities Corp.", not: true},
	})
}

// TestRoleEmployerAfterBased: "an analyst at Dayton-based Y": a place
// modifier in "-based" stands between the preposition and the employer.
func TestRoleEmployerAfterBased(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "one word", text: "Desmond Kirwan, an analyst at Dayton-based Kessock Securities, said loans in Brazil would fall.",
			person: "Desmond Kirwan", title: "analyst", org: "Kessock Securities"},
		{name: "two words", text: "Helen Oswin, a trader at New York-based Strome Capital, said bonds in Japan would rally.",
			person: "Helen Oswin", title: "trader", org: "Strome Capital"},
		{name: "with the", text: "Aldous Pellow, treasurer of the Omaha-based Quenby Foods Corp., said sales in Mexico rose.",
			person: "Aldous Pellow", title: "treasurer", org: "Quenby Foods Corp."},
	})
}

// TestRoleCoordinatedTitlesTime: "X will become president and chief
// operating officer": the verb's time holds for the second title too.
func TestRoleCoordinatedTitlesTime(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "will become", text: "Desmond Kirwan will become president and chief operating officer of Quenby Foods Corp. in May.",
			person: "Desmond Kirwan", title: "chief operating officer", org: "Quenby Foods Corp.", status: schema.StatusIncoming},
		{name: "will succeed as", text: "Strome Textiles Ltd. said Helen Oswin will succeed Aldous Pellow as chairman and chief executive officer.",
			person: "Helen Oswin", title: "chief executive officer", org: "Strome Textiles Ltd.", status: schema.StatusIncoming},
		{name: "resigned as", text: "Desmond Kirwan resigned as president and chief operating officer of Quenby Foods Corp. in Canada.",
			person: "Desmond Kirwan", title: "chief operating officer", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "other clause", text: "Laura Brankin resigned on Monday and chief executive Desmond Kirwan of Quenby Foods Corp. took charge in Canada.",
			person: "Desmond Kirwan", title: "chief executive", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
	})
}

// TestRoleTakesTitleOf: "X will assume the additional title of president",
// "X was given the added title of treasurer": a verb of taking states a
// post only before "the title of".
func TestRoleTakesTitleOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "will assume", text: "Quenby Foods Corp. said Helen Oswin, chairman, will assume the additional title of president.",
			person: "Helen Oswin", title: "president", org: "Quenby Foods Corp.", status: schema.StatusIncoming},
		{name: "was given", text: "Strome Textiles Ltd. said Aldous Pellow was given the added title of treasurer in Ireland.",
			person: "Aldous Pellow", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "assumed", text: "Desmond Kirwan assumed the title of chairman of Quenby Foods Corp. in May.",
			person: "Desmond Kirwan", title: "chairman", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "no title", text: "Desmond Kirwan assumed the role of critic at Quenby Foods Corp. in Canada.",
			person: "Desmond Kirwan", title: "", org: "Quenby Foods Corp.", not: true},
	})
}

// TestRoleSubjectAfterDescribedSpeaker: "Y, the Leeds maker of yarn, said X
// was named chairman": the subject of the reported clause after an
// appositive on the company that opens the sentence.
func TestRoleSubjectAfterDescribedSpeaker(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "named", text: "Strome Textiles Ltd., a maker of yarn, said Helen Oswin was named chairman.",
			person: "Helen Oswin", title: "chairman", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "will succeed", text: "Quenby Foods Corp., the Omaha-based meat packer, said Desmond Kirwan will succeed Aldous Pellow as president.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusIncoming},
		{name: "resigned as", text: "Lisgar Mills Inc., which makes paper in Canada, said Laura Brankin resigned as treasurer.",
			person: "Laura Brankin", title: "treasurer", org: "Lisgar Mills Inc.", status: schema.StatusFormer},
		{name: "two clauses", text: "Lisgar Mills Inc. cut jobs, sales fell, said Laura Brankin, who was controller of Kessock Bank.",
			person: "Laura Brankin", title: "controller", org: "Lisgar Mills Inc.", not: true},
	})
}

// TestRoleSucceedingWhoRetired: "X was named president, succeeding Y, who
// retired": the leaving is Y's, X's post is current; and "succeeding Y,
// who was named treasurer": Y's new post is current.
func TestRoleSucceedingWhoRetired(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "who retired", text: "Desmond Kirwan was named controller of Quenby Foods Corp., succeeding Laura Brankin, who retired.",
			person: "Desmond Kirwan", title: "controller", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "predecessor former", text: "Desmond Kirwan was named controller of Quenby Foods Corp., succeeding Laura Brankin, who retired.",
			person: "Laura Brankin", title: "controller", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "replacing who resigned", text: "Helen Oswin was elected president of Strome Textiles Ltd., replacing Aldous Pellow, who resigned in May.",
			person: "Helen Oswin", title: "president", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "who was named", text: "Desmond Kirwan was named controller of Quenby Foods Corp. He succeeds Laura Brankin, who was named treasurer.",
			person: "Laura Brankin", title: "treasurer", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "who retired as", text: "Desmond Kirwan succeeds Laura Brankin, who retired as controller of Quenby Foods Corp.",
			person: "Laura Brankin", title: "controller", org: "Quenby Foods Corp.", status: schema.StatusFormer},
	})
}

// TestRoleRemainPromoted: "X will remain a director" states a post held
// now; "X was promoted to executive vice president" an appointment;
// "resigned as chairman of Y to join Z as president" a post taken at Z.
func TestRoleRemainPromoted(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "will remain", text: "Quenby Foods Corp. said Helen Oswin, 65, will remain a director.",
			person: "Helen Oswin", title: "director", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "would remain", text: "Strome Textiles Ltd. said Desmond Kirwan would remain chairman of the company.",
			person: "Desmond Kirwan", title: "chairman", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "would have been", text: "Desmond Kirwan would have been chairman of Quenby Foods Corp. if the deal had closed.",
			person: "Desmond Kirwan", title: "chairman", org: "Quenby Foods Corp.", not: true},
		{name: "promoted to", text: "Desmond Kirwan was promoted to executive vice president of Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "executive vice president", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "elevated to", text: "Lisgar Mills Inc. said Laura Brankin, 47, was elevated to senior vice president.",
			person: "Laura Brankin", title: "senior vice president", org: "Lisgar Mills Inc.", status: schema.StatusCurrent},
		{name: "resigned to join", text: "Desmond Kirwan, 45, resigned as chairman of Quenby Foods Corp. to join Strome Textiles Ltd. as president.",
			person: "Desmond Kirwan", title: "president", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "resigned kept", text: "Desmond Kirwan, 45, resigned as chairman of Quenby Foods Corp. to join Strome Textiles Ltd. as president.",
			person: "Desmond Kirwan", title: "chairman", org: "Quenby Foods Corp.", status: schema.StatusFormer},
	})
}

// TestRolePredecessorNoun: "X's predecessor, Y," and "his predecessor, Y,":
// Y held X's post before X.
func TestRolePredecessorNoun(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "his", text: "Desmond Kirwan, Quenby Foods Corp.'s president, said sales rose. His predecessor, Laura Brankin, retired in May.",
			person: "Laura Brankin", title: "president", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "possessive name", text: "Canada's finance minister, Douglas Merriman, proposed rules. Mr. Merriman's predecessor, Gilles Brassard, had opposed any limit.",
			person: "Gilles Brassard", title: "finance minister", org: "Canada", status: schema.StatusFormer},
		{name: "her", text: "Helen Oswin was named treasurer of Strome Textiles Ltd. in May. Her predecessor, Aldous Pellow, joined a bank in Ireland.",
			person: "Aldous Pellow", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusFormer},
		{name: "holder kept", text: "Helen Oswin was named treasurer of Strome Textiles Ltd. in May. Her predecessor, Aldous Pellow, joined a bank in Ireland.",
			person: "Helen Oswin", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
	})
}

// TestRoleSucceedWhoAs: "X will succeed Y, who is retiring, as chairman":
// a relative clause on the predecessor stands between the name and "as";
// both get the post, and the clause's verbs are Y's, not X's.
func TestRoleSucceedWhoAs(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "successor incoming", text: "Desmond Kirwan will succeed Aldous Pellow, who is retiring, as chairman of Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "chairman", org: "Quenby Foods Corp.", status: schema.StatusIncoming},
		{name: "predecessor holds", text: "Desmond Kirwan will succeed Aldous Pellow, who is retiring, as chairman of Quenby Foods Corp.",
			person: "Aldous Pellow", title: "chairman", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "successor current", text: "Helen Oswin succeeds Laura Brankin, who resigned in May, as treasurer of Strome Textiles Ltd.",
			person: "Helen Oswin", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusCurrent},
		{name: "predecessor left", text: "Helen Oswin succeeds Laura Brankin, who resigned in May, as treasurer of Strome Textiles Ltd.",
			person: "Laura Brankin", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusFormer},
		{name: "no post", text: "Desmond Kirwan praised Aldous Pellow, who retired, as a fine engineer at Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "", org: "Quenby Foods Corp.", not: true},
	})
}

// TestRoleHeldPost: "X was named president, a post Y had held since 1983":
// Y held it before; "a post she has held" is X's own, held now.
func TestRoleHeldPost(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "had held", text: "Quenby Foods Corp. said Helen Oswin was named president, a post Desmond Kirwan had held since 1983.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "held for", text: "Desmond Kirwan is chairman of Quenby Foods Corp. in Canada. Helen Oswin was named president, a post Mr. Kirwan held for ten years.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "that had held", text: "Strome Textiles Ltd. said Laura Brankin was elected treasurer, a post that Aldous Pellow had held.",
			person: "Aldous Pellow", title: "treasurer", org: "Strome Textiles Ltd.", status: schema.StatusFormer},
		{name: "own post", text: "Quenby Foods Corp. said Helen Oswin, treasurer, a post she has held since 1985, was named a vice president.",
			person: "Helen Oswin", title: "treasurer", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
	})
}

// TestRoleParagraphCompany: in a list of changes, a title with no employer
// named belongs to the company its paragraph opens with, not to the
// company named most in the article.
func TestRoleParagraphCompany(t *testing.T) {
	const list = "Changes\n\nQuenby Foods Corp. (Omaha, Neb.) -- Helen Oswin was named treasurer of this meat packer. " +
		"She succeeds Aldous Pellow. Quenby Foods Corp. makes ham in Mexico.\n\n" +
		"Strome Textiles Ltd. (Leeds, England) -- Desmond Kirwan was elected chairman. Mr. Kirwan, 58 years old, continues as chief executive. " +
		"Laura Brankin, formerly executive vice president, was named president.\n"
	checkRoles(t, []roleCase{
		{name: "third sentence", text: list, person: "Laura Brankin", title: "executive vice president", org: "Strome Textiles Ltd.",
			status: schema.StatusFormer},
		{name: "not the most named", text: list, person: "Laura Brankin", title: "executive vice president", org: "Quenby Foods Corp.", not: true},
		{name: "one line", text: "Quenby Foods Corp. said sales rose. Quenby Foods Corp. said jobs would go. Strome Textiles Ltd. sold a mill in Wales. " +
			"The weather was fine. Laura Brankin, formerly executive vice president, was named president.",
			person: "Laura Brankin", title: "executive vice president", org: "Strome Textiles Ltd.", not: true},
	})
}

// TestRoleSpeakerCompanyAfter: "X, executive vice president, will retire,
// Y said.": a corporate title with no employer named belongs to the
// company that speaks at the end of its sentence.
func TestRoleSpeakerCompanyAfter(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "end of sentence", text: "Helen Oswin, executive vice president, will retire at year end, Quenby Foods Corp. said.",
			person: "Helen Oswin", title: "executive vice president", org: "Quenby Foods Corp."},
		{name: "over the one before", text: "Sales at Lisgar Mills Inc. rose. Helen Oswin, treasurer, will retire, Quenby Foods Corp. said.",
			person: "Helen Oswin", title: "treasurer", org: "Quenby Foods Corp."},
		{name: "announced", text: "Desmond Kirwan, president, was named chairman, Strome Textiles Ltd. announced in Leeds, England.",
			person: "Desmond Kirwan", title: "president", org: "Strome Textiles Ltd."},
		{name: "next sentence", text: "\"We will cut jobs,\" said Helen Oswin, chief executive officer. Quenby Foods Corp. said sales fell.",
			person: "Helen Oswin", title: "chief executive officer", org: "Quenby Foods Corp.", not: true},
	})
}

// TestRoleSecondTitleAfterFunction: "X, senior vice president, finance, and
// chief financial officer of Y": a second post after the first one's
// business function, with the employer after both.
func TestRoleSecondTitleAfterFunction(t *testing.T) {
	const apposition = "Desmond Kirwan, senior vice president, finance, and chief financial officer of Quenby Foods Corp., said profit fell."
	checkRoles(t, []roleCase{
		{name: "second title", text: apposition, person: "Desmond Kirwan", title: "chief financial officer", org: "Quenby Foods Corp."},
		{name: "first title's employer", text: apposition, person: "Desmond Kirwan", title: "senior vice president", org: "Quenby Foods Corp."},
		{name: "named", text: "Strome Textiles Ltd. named Helen Oswin vice president, marketing, and general manager in Leeds, England.",
			person: "Helen Oswin", title: "general manager", org: "Strome Textiles Ltd."},
		{name: "a list of people", text: "Desmond Kirwan, vice president, sales, and Helen Oswin, treasurer, bought shares of Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "treasurer", org: "", not: true},
	})
}

// TestRoleUntilEnded: "X, president of Y until his retirement in 1985",
// "X, Y's chairman until 1987": "until" a year or an ending event closes
// the post.
func TestRoleUntilEnded(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "his retirement", text: "Desmond Kirwan, president of Quenby Foods Corp. until his retirement in 1985, said prices rose.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "a year", text: "Helen Oswin, Strome Textiles Ltd.'s chairman until 1987, said prices rose in England.",
			person: "Helen Oswin", title: "chairman", org: "Strome Textiles Ltd.", status: schema.StatusFormer},
		{name: "her death", text: "Quenby Foods Corp. was run by Laura Brankin, its treasurer until her death in 1979, and sold in Canada.",
			person: "Laura Brankin", title: "treasurer", org: "Quenby Foods Corp.", status: schema.StatusFormer},
		{name: "until a vote", text: "Desmond Kirwan, chairman of Quenby Foods Corp. until the vote, will stay on in Canada.",
			person: "Desmond Kirwan", title: "chairman", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
	})
}

// TestRoleKindOfOrg: "a partner in the law firm of Strome & Pellow": the
// employer's name after "the KIND of".
func TestRoleKindOfOrg(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "law firm", text: "Desmond Kirwan, a partner in the law firm of Strome & Pellow, said the suit was filed in Canada.",
			person: "Desmond Kirwan", title: "partner", org: "Strome & Pellow"},
		{name: "brokerage firm", text: "Helen Oswin, a vice president at the brokerage firm of Strome Securities Inc., said bonds rose.",
			person: "Helen Oswin", title: "vice president", org: "Strome Securities Inc."},
		{name: "accounting firm", text: "Laura Brankin, a partner with the accounting firm of Pellow, Kirwan & Co., said audits rose.",
			person: "Laura Brankin", title: "partner", org: "Pellow, Kirwan & Co."},
	})
}

// TestRoleJoinedInYearAs: "X joined Y in 1972 as a sales engineer": a year
// between the employer and "as".
func TestRoleJoinedInYearAs(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "sales engineer", text: "Desmond Kirwan joined Quenby Foods Corp. in 1972 as a sales engineer and became president in 1985.",
			person: "Desmond Kirwan", title: "sales engineer", org: "Quenby Foods Corp."},
		{name: "treasurer", text: "Helen Oswin joined Strome Textiles Ltd. in 1980 as treasurer.",
			person: "Helen Oswin", title: "treasurer", org: "Strome Textiles Ltd."},
		{name: "the company", text: "Quenby Foods Corp. named Helen Oswin president. Ms. Oswin, 50, joined the company in 1972 as a sales engineer.",
			person: "Helen Oswin", title: "sales engineer", org: "Quenby Foods Corp."},
		{name: "later post", text: "Desmond Kirwan joined Quenby Foods Corp. in 1972 as a sales engineer and became president in 1985.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp."},
	})
}

// TestRoleNamedAfterFormerTitle: "X, formerly executive vice president, was
// named president": the time of "president" is read at the appointment,
// not inside the longer title before it; and ", a post Y had held" after
// the title speaks of Y.
func TestRoleNamedAfterFormerTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "formerly then named", text: "Desmond Kirwan, formerly senior vice president, was named president of Quenby Foods Corp. in Canada.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "far apart", text: "Desmond Kirwan, 47, formerly executive vice president of Lisgar Mills Inc., was named president of Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "president", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
		{name: "former kept", text: "Desmond Kirwan, 47, formerly executive vice president of Lisgar Mills Inc., was named president of Quenby Foods Corp.",
			person: "Desmond Kirwan", title: "executive vice president", org: "Lisgar Mills Inc.", status: schema.StatusFormer},
		{name: "a post another held", text: "Quenby Foods Corp. said Helen Oswin, 52, was named president, a post Desmond Kirwan had held since 1983.",
			person: "Helen Oswin", title: "president", org: "Quenby Foods Corp.", status: schema.StatusCurrent},
	})
}
