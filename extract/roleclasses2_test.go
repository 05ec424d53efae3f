package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRoleHolderDied: the posts of a person whose death the article
// reports are past, whatever tense states them (obituaries).
func TestRoleHolderDied(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "appositive, died", text: "Ivo Brandt, chairman of Dorn Foods Ltd., died on Friday at his home in Estonia. He was 80.",
			person: "Ivo Brandt", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "relative clause before died", text: "Mira Kessel, who built Sorvik Analytics GmbH into a giant, has died. Mira Kessel was president of Sorvik Analytics GmbH.",
			person: "Mira Kessel", title: "president", org: "Sorvik Analytics GmbH", status: schema.StatusFormer},
		{name: "death in another sentence", text: "Anna Berg died in Riga on Tuesday. Berg, the chief executive of Talvik Foods Ltd., built its export trade in Latvia.",
			person: "Anna Berg", title: "chief executive", org: "Talvik Foods Ltd.", status: schema.StatusFormer},
		{name: "killed", text: "Tom Reyes, chairman of Arco Holdings Inc., was killed in a crash in Chile on Sunday.",
			person: "Tom Reyes", title: "chairman", org: "Arco Holdings Inc.", status: schema.StatusFormer},
		{name: "dies, headline", text: "Mara Lind, president of Arlo Freight Inc., dies at 91\n\nThe company said she died in Norway.",
			person: "Mara Lind", title: "president", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "someone else died", text: "Mara Lind, chairman of Arlo Freight Inc., said her predecessor died last year.",
			person: "Mara Lind", title: "chairman", org: "Arlo Freight Inc.", status: schema.StatusCurrent},
		{name: "the holder speaks of a death", text: "Ivo Brandt, chairman of Dorn Foods Ltd., said Anna Berg died in Latvia.",
			person: "Ivo Brandt", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusCurrent},
	})
}

// TestRoleSeveralPosts: one verb, several posts ("became X in 1972 and Y
// in 1981", "is president of Y and chairman of Z"): each is a role.
func TestRoleSeveralPosts(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "years between", text: "Peter Vance became sales director of Dorn Foods Ltd. in 1990 and chief executive in 1998.",
			person: "Peter Vance", title: "chief executive", org: "Dorn Foods Ltd."},
		{name: "first still read", text: "Peter Vance became sales director of Dorn Foods Ltd. in 1990 and chief executive in 1998.",
			person: "Peter Vance", title: "sales director", org: "Dorn Foods Ltd."},
		{name: "month and year, later", text: "Susan Hale was named treasurer of Sorvik Analytics GmbH in May 2004 and later finance director.",
			person: "Susan Hale", title: "finance director", org: "Sorvik Analytics GmbH"},
		{name: "two employers", text: "Laura Finch is president of Talvik Foods Ltd. and chairman of Riga Shipping Corp., which she founded.",
			person: "Laura Finch", title: "chairman", org: "Riga Shipping Corp."},
		{name: "range then comma", text: "David Moor was treasurer of Arco Holdings Inc. from 1985 to 1988, and general counsel until 1994.",
			person: "David Moor", title: "general counsel", org: "Arco Holdings Inc.", status: schema.StatusFormer},
		{name: "not a post after and", text: "Mara Lind became chairman of Arlo Freight Inc. in 1999 and sales rose in 2000.",
			person: "Mara Lind", title: "sales", not: true, org: "Arlo Freight Inc."},
	})
}

// TestRoleTitleThenHeads: a title before the name gets its employer from a
// relative clause of heading ("Union leader X, who has headed the Y since
// 2021", "X, who leads Y").
func TestRoleTitleThenHeads(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "has headed", text: "Union leader John Dube, who has headed the Transport Workers Union since 2019, spoke to strikers in South Africa.",
			person: "John Dube", title: "union leader", org: "Transport Workers Union"},
		{name: "leads", text: "Party leader Maria Costa, who leads the Green Renewal Party, called for a vote in Portugal.",
			person: "Maria Costa", title: "party leader", org: "Green Renewal Party"},
		{name: "title set off, has led", text: "The union leader, Laura Finch, who has led the Nurses Federation since 2015, said pay talks had failed.",
			person: "Laura Finch", title: "union leader", org: "Nurses Federation"},
		{name: "chairs", text: "Economist Peter Vance, who chairs the Baltic Policy Institute, said rates would fall.",
			person: "Peter Vance", title: "economist", org: "Baltic Policy Institute"},
		{name: "met is no heading", text: "Union leader John Dube, who met the Transport Ministry on Monday, spoke to strikers.",
			person: "John Dube", title: "union leader", org: "Transport Ministry", not: true},
	})
}

// TestRoleNearCompany: a corporate title with no employer named is the
// company's named in its own or the sentence before, over the one the
// article names most.
func TestRoleNearCompany(t *testing.T) {
	const most = "Dorn Foods Ltd. raised prices in Norway. Dorn Foods Ltd. said demand was strong. Shares of Dorn Foods Ltd. rose. "
	checkRoles(t, []roleCase{
		{name: "previous sentence", text: most + "Its rival, Arlo Freight Inc., cut prices instead. Peter Vance, chief executive, said costs fell.",
			person: "Peter Vance", title: "chief executive", org: "Arlo Freight Inc."},
		{name: "same sentence", text: most + "In Sweden, Arlo Freight Inc. lost money, said Susan Hale, chairman and chief executive.",
			person: "Susan Hale", title: "chairman", org: "Arlo Freight Inc."},
		{name: "not the most named", text: most + "Its rival, Arlo Freight Inc., cut prices instead. Peter Vance, chief executive, said costs fell.",
			person: "Peter Vance", title: "chief executive", org: "Dorn Foods Ltd.", not: true},
		{name: "none near: the most named", text: most + "Arlo Freight Inc. was quiet. Prices in Norway rose. Demand fell in May. Peter Vance, chief executive, said costs fell.",
			person: "Peter Vance", title: "chief executive", org: "Dorn Foods Ltd."},
	})
}

// TestRoleLowerPortfolios: lower-case portfolios joined by "and" before
// "minister" are one title (GUIDELINES: "environment and energy minister").
func TestRoleLowerPortfolios(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the …, X", text: "Chile's economy cooled. The environment and energy minister, Laura Finch, said Chile would cut emissions.",
			person: "Laura Finch", title: "environment and energy minister", org: "Chile"},
		{name: "X, the …", text: "Peru passed a budget. Laura Finch, the trade and tourism minister, praised it in Peru.",
			person: "Laura Finch", title: "trade and tourism minister", org: "Peru"},
		{name: "country's …, X", text: "Ghana's trade, industry and energy minister, Kwesi Mensah, opened the port.",
			person: "Kwesi Mensah", title: "trade, industry and energy minister", org: "Ghana"},
		{name: "no anchor: a verb is no portfolio", text: "Prices rose in Chile, said energy minister Laura Finch.",
			person: "Laura Finch", title: "energy minister", org: "Chile"},
		{name: "list of people, not portfolios", text: "Tom Reyes and energy minister Laura Finch met in Chile.",
			person: "Laura Finch", title: "energy minister", org: "Chile"},
	})
}

// TestRolePossessiveTimeWord: "Y's new chief executive, X" keeps Y.
func TestRolePossessiveTimeWord(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "new", text: "Kestrel Corp.'s new chief executive, Peter Vance, said sales rose.",
			person: "Peter Vance", title: "chief executive", org: "Kestrel Corp."},
		{name: "outgoing", text: "Sales rose, said Kestrel Corp.'s outgoing finance director, Susan Hale.",
			person: "Susan Hale", title: "finance director", org: "Kestrel Corp."},
		{name: "current, no comma", text: "Arlo Freight Inc.'s current chairman David Moor spoke in Norway.",
			person: "David Moor", title: "chairman", org: "Arlo Freight Inc."},
	})
}

// TestRoleListAll: "A, B and C, all directors of Y" gives each the post.
func TestRoleListAll(t *testing.T) {
	const all = "Peter Vance, Susan Hale and David Moor, all directors of Kestrel Corp., resigned on Monday."
	checkRoles(t, []roleCase{
		{name: "all, first", text: all, person: "Peter Vance", title: "director", org: "Kestrel Corp."},
		{name: "all, middle", text: all, person: "Susan Hale", title: "director", org: "Kestrel Corp."},
		{name: "all, last", text: all, person: "David Moor", title: "director", org: "Kestrel Corp."},
		{name: "both", text: "Laura Finch and John Oram, both vice presidents of Arlo Freight Inc., left the company.",
			person: "Laura Finch", title: "vice president", org: "Arlo Freight Inc."},
		{name: "secretaries", text: "Ann Holt and Lisa Ward, both deputy secretaries at the Estonian Finance Ministry, resigned.",
			person: "Lisa Ward", title: "deputy secretary", org: "Estonian Finance Ministry"},
		{name: "all smiles", text: "Peter Vance and Susan Hale, all smiles, left Kestrel Corp. on Monday.",
			person: "Peter Vance", title: "", org: "Kestrel Corp.", not: true},
	})
}

// TestRoleSubjectAfterTitle: the person set off after a sentence-opening
// "The [new] TITLE," is the subject of the verb after it.
func TestRoleSubjectAfterTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the new …, X, is", text: "Chile has a new cabinet. The new finance minister, Peter Vance, is a career economist.",
			person: "Peter Vance", title: "career economist"},
		{name: "the …, X, is", text: "Chile has a new cabinet. The finance minister, Susan Hale, is a trained lawyer.",
			person: "Susan Hale", title: "trained lawyer"},
		{name: "the …, X, was", text: "Kestrel Corp. cut jobs. The chief executive, David Moor, was formerly chairman of Arlo Freight Inc.",
			person: "David Moor", title: "chairman", org: "Arlo Freight Inc.", status: schema.StatusFormer},
	})
}

// TestRolePredicateWho: a relative clause on the subject's post or
// occupation ("X is a Y who was Z") states another post of the subject.
func TestRolePredicateWho(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "until this month was", text: "Chile has a new cabinet. The new finance minister, Peter Vance, is a career economist who until this month was chief economist of Dorn Capital Ltd.",
			person: "Peter Vance", title: "chief economist", org: "Dorn Capital Ltd.", status: schema.StatusFormer},
		{name: "was previously", text: "Susan Hale is a lawyer who was previously general counsel of Arlo Freight Inc.",
			person: "Susan Hale", title: "general counsel", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "in a year became", text: "David Moor, 54, is an engineer who in 2010 became chief executive of Kestrel Corp.",
			person: "David Moor", title: "chief executive", org: "Kestrel Corp."},
		{name: "who of another person", text: "Peter Vance is a lawyer who represents Laura Finch, chairman of Arlo Freight Inc.",
			person: "Peter Vance", title: "chairman", org: "Arlo Freight Inc.", not: true},
	})
}

// TestRoleSameTitleOrg: a post with no employer named whose title another
// person holds at one named organisation in the article (a predecessor, a
// successor) is at that organisation.
func TestRoleSameTitleOrg(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "predecessor retired as", text: "Laura Finch is governor of the Bank of Estonia. She succeeded Peter Vance, who retired as governor in March.",
			person: "Peter Vance", title: "governor", org: "Bank of Estonia", status: schema.StatusFormer},
		{name: "later sentence", text: "Susan Hale became chief executive of Kestrel Corp. in May. David Moor, the previous chief executive, moved to Norway.",
			person: "David Moor", title: "chief executive", org: "Kestrel Corp.", status: schema.StatusFormer},
		{name: "two employers: none", text: "Susan Hale is chief executive of Kestrel Corp. and David Moor is chief executive of Arlo Freight Inc. Tom Reyes, a former chief executive, spoke.",
			person: "Tom Reyes", title: "chief executive", org: "Kestrel Corp.", not: true},
	})
}

// TestRoleTitleCommaHonorific: a title set off before the name keeps the
// person when an honorific stands after the comma ("Its spokeswoman, Dr.
// X,").
func TestRoleTitleCommaHonorific(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "its, Dr.", text: "Kestrel Corp. cut jobs in Norway. Its spokeswoman, Dr. Susan Hale, said more cuts were likely.",
			person: "Susan Hale", title: "spokeswoman", org: "Kestrel Corp."},
		{name: "Y's, Dr.", text: "Arlo Freight Inc.'s chief economist, Dr. Peter Vance, said rates would fall.",
			person: "Peter Vance", title: "chief economist", org: "Arlo Freight Inc."},
		{name: "the ministry's, Mr.", text: "Estonia's Ministry of Health closed two clinics. The ministry's spokesman, Mr. David Moor, said they would reopen.",
			person: "David Moor", title: "spokesman", org: "Ministry of Health"},
	})
}

// TestRoleItsAfterDescription: "its" after a sentence whose subject is
// "the NOUN" is the organisation of that kind named last.
func TestRoleItsAfterDescription(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "ministry", text: "Estonia's Ministry of Health opened clinics. The Bank of Estonia cut rates. The ministry said demand rose. Its spokeswoman, Dr. Susan Hale, said more clinics would open.",
			person: "Susan Hale", title: "spokeswoman", org: "Ministry of Health"},
		{name: "authority", text: "Kestrel Corp. and the Riga Port Authority signed a deal in Latvia. The authority said the port would grow. Its chairman, Peter Vance, welcomed the deal.",
			person: "Peter Vance", title: "chairman", org: "Riga Port Authority"},
		{name: "union", text: "Workers at Kestrel Corp. belong to the Baltic Dockers Union. Kestrel Corp. offered a raise. The union said talks had failed. Its president, John Dube, called a strike.",
			person: "John Dube", title: "president", org: "Baltic Dockers Union"},
	})
}

// TestRoleHolderLeft: a person the article says was fired or resigned,
// with no post named for it, has left the posts stated elsewhere.
func TestRoleHolderLeft(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "was fired", text: "Peter Vance, a teacher at the Riga Language Institute, helped students cheat. Vance was fired in May.",
			person: "Peter Vance", title: "teacher", org: "Riga Language Institute", status: schema.StatusFormer},
		{name: "resigned", text: "Susan Hale, chairman of Kestrel Corp., lost a vote on Monday. In March, Hale resigned after a second vote.",
			person: "Susan Hale", title: "chairman", org: "Kestrel Corp.", status: schema.StatusFormer},
		{name: "stepped down", text: "David Moor, chief executive of Arlo Freight Inc., faced a vote. Moor stepped down on Friday.",
			person: "David Moor", title: "chief executive", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "resigned as another post", text: "Susan Hale, chief executive of Kestrel Corp., spoke on Monday. Hale resigned as chairman in 2019.",
			person: "Susan Hale", title: "chief executive", org: "Kestrel Corp.", status: schema.StatusCurrent},
		{name: "another person resigned", text: "Susan Hale, chairman of Kestrel Corp., said Peter Vance resigned.",
			person: "Susan Hale", title: "chairman", org: "Kestrel Corp.", status: schema.StatusCurrent},
	})
}
