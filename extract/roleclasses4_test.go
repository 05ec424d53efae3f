package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRoleDemonymPortfolioMinister: "Saudi Energy Minister X", "Kuwaiti Energy
// Minister X": a portfolio that can also end a company's name ("Energy")
// is the title's before "Minister", and the demonym its country.
func TestRoleDemonymPortfolioMinister(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "saudi energy", text: "Saudi Energy Minister Faisal Tamer said output would fall.",
			person: "Faisal Tamer", title: "energy minister", org: "Saudi Arabia"},
		{name: "kuwaiti energy", text: "Kuwaiti Energy Minister Hamad Saleh said output would fall in Saudi Arabia.",
			person: "Hamad Saleh", title: "energy minister", org: "Kuwait"},
		{name: "philippine ambassador", text: "The Philippine ambassador, Lorna Dizon, met officials in Vietnam.",
			person: "Lorna Dizon", title: "ambassador", org: "Philippines"},
	})
	checkEntities(t, []entCase{
		{text: "Saudi Energy Minister Faisal Tamer said output would fall.", absent: []string{"Saudi Energy"}},
		{text: "Shares of Dorn Energy rose in Norway.", want: map[string]schema.EntityType{"Dorn Energy": schema.Company}},
	})
}

// TestRoleDescriptionWithPhrase: "the Latvian ambassador in Oslo, X" names
// X; it is no description of the person in focus.
func TestRoleDescriptionWithPhrase(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "in a city", text: "Tom Reyes flew to Norway on Monday. The Latvian ambassador in Oslo, Mira Kessel, met him.",
			person: "Tom Reyes", title: "ambassador", org: "Latvia", not: true},
		{name: "plain description kept", text: "Anna Berg landed in Oslo on Monday. The Latvian ambassador said talks went well.",
			person: "Anna Berg", title: "ambassador", org: "Latvia"},
	})
}

// TestRoleReportedClauseSubject: "Y said X resigned as president": the
// subject of a reported clause with no "that" holds the post its verb
// states.
func TestRoleReportedClauseSubject(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "resigned as", text: "Dorn Foods Ltd. said Tom Reyes resigned as president and chief operating officer.",
			person: "Tom Reyes", title: "president", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "will become", text: "Arlo Freight Inc. announced Anna Berg would become chief financial officer in May.",
			person: "Anna Berg", title: "chief financial officer", org: "Arlo Freight Inc.", status: schema.StatusIncoming},
		{name: "after a quotation", text: "Talvik Bank cut rates. \"We had to act,\" said Mira Kessel as markets fell in Latvia.",
			person: "Mira Kessel", title: "", org: "Talvik Bank", not: true},
	})
}

// TestRolePortfolioThenOwner: "senior vice president, finance, of Y": a
// portfolio set off by commas between the title and its employer.
func TestRolePortfolioThenOwner(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "named, of", text: "Tom Reyes was named senior vice president, finance, of Dorn Foods Ltd. in Norway.",
			person: "Tom Reyes", title: "senior vice president", org: "Dorn Foods Ltd."},
		{name: "at", text: "Anna Berg has been named vice president, marketing, at Arlo Freight Inc. in Chile.",
			person: "Anna Berg", title: "vice president", org: "Arlo Freight Inc."},
		{name: "appositive", text: "Mira Kessel, vice president, research, of Talvik Bank, said rates would fall.",
			person: "Mira Kessel", title: "vice president", org: "Talvik Bank"},
	})
}

// TestRolePredecessorWithHonorific: "succeeding Mr. X": the honorific
// between the verb and the name leaves X the predecessor.
func TestRolePredecessorWithHonorific(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "succeeding Mr.", text: "Dorn Foods Ltd. named Frank Ives president of its valve unit in Norway, succeeding Mr. Tom Reyes.",
			person: "Tom Reyes", title: "president", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "replaces Ms.", text: "Anna Berg replaces Ms. Mira Kessel as chief executive of Talvik Bank in Latvia.",
			person: "Mira Kessel", title: "chief executive", org: "Talvik Bank", status: schema.StatusFormer},
	})
}

// TestRoleAppositiveOrgAbbrevUntil: "X, Y CEO," (an upper-case title
// after the employer) and "X, Y's chief executive until last year,".
func TestRoleAppositiveOrgAbbrevUntil(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "org CEO", text: "Tom Reyes, Dorn Foods Ltd. CEO, said sales rose in Norway.",
			person: "Tom Reyes", title: "ceo", org: "Dorn Foods Ltd."},
		{name: "until last year", text: "Anna Berg, Talvik Bank's chief executive until last year, joined Arlo Freight Inc. in Latvia.",
			person: "Anna Berg", title: "chief executive", org: "Talvik Bank", status: schema.StatusFormer},
		{name: "until recently", text: "Mira Kessel, finance director of Dorn Foods Ltd. until recently, spoke in Oslo.",
			person: "Mira Kessel", title: "finance director", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "until next year", text: "Mira Kessel, finance director of Dorn Foods Ltd. until next year, spoke in Oslo.",
			person: "Mira Kessel", title: "finance director", org: "Dorn Foods Ltd.", status: schema.StatusCurrent},
	})
}

// TestRoleCounterpart: "her Estonian counterpart X" holds, for Estonia, the
// state post the sentence gave the other person.
func TestRoleCounterpart(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "and her counterpart", text: "Latvian Prime Minister Anna Berg and her Estonian counterpart Tom Reyes met in Riga.",
			person: "Tom Reyes", title: "prime minister", org: "Estonia"},
		{name: "met, comma", text: "Foreign Minister Mira Kessel of Latvia met her Lithuanian counterpart, Peter Vance, in Vilnius.",
			person: "Peter Vance", title: "foreign minister", org: "Lithuania"},
		{name: "no country", text: "Finance Minister Tom Reyes of Chile met his counterpart Anna Berg on Monday.",
			person: "Anna Berg", title: "finance minister", org: "Chile", not: true},
	})
}

// TestRoleSubjectAfterIntro: the subject named after an introductory
// phrase holds the post its verb states.
func TestRoleSubjectAfterIntro(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "in year", text: "In 1990, Tom Reyes was elected president of the Latvian Publishers Council.",
			person: "Tom Reyes", title: "president", org: "Latvian Publishers Council"},
		{name: "born in", text: "Born in Riga, Anna Berg worked as a nurse at the Riga General Hospital.",
			person: "Anna Berg", title: "nurse", org: "Riga General Hospital"},
		{name: "after joining", text: "After joining Dorn Press as an editor in 1961, Anna Berg became its publisher in 1978.",
			person: "Anna Berg", title: "publisher", org: "Dorn Press"},
		{name: "not an object", text: "In Riga, police arrested Tom Reyes as chairman of the Latvian Publishers Council met.",
			person: "Tom Reyes", title: "chairman", org: "Latvian Publishers Council", not: true},
	})
}

// TestRoleSharedSurname: a lone surname several persons share is the
// first named in full before it (the story's subject), also as the first
// of two family names ("Villa" of "Ana Villa Ruiz").
func TestRoleSharedSurname(t *testing.T) {
	const text = "Anna Berg, who ran Dorn Press, died on Monday. Her son, Tom Berg, a doctor, confirmed it. " +
		"Berg served as president of the Latvian Publishers Council. Her husband, the architect Peter Berg, died in 2009."
	checkRoles(t, []roleCase{
		{name: "the mother", text: text, person: "Anna Berg", title: "president", org: "Latvian Publishers Council", status: schema.StatusFormer},
		{name: "not the husband", text: text, person: "Peter Berg", title: "president", org: "Latvian Publishers Council", not: true},
		{name: "not the son", text: text, person: "Tom Berg", title: "president", org: "Latvian Publishers Council", not: true},
		{name: "first family name", text: "Ana Villa Ruiz ran Dorn Press for years. Her father, Jorge Villa, founded it. Villa became president of the Chilean Publishers Council in 1990.",
			person: "Ana Villa Ruiz", title: "president", org: "Chilean Publishers Council"},
	})
}

// TestRoleItsAfterPersonSentence: after a sentence whose subject is a
// person, "its" is the organisation that sentence named last.
func TestRoleItsAfterPersonSentence(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "before joining", text: "Anna Berg worked at Dorn Press Ltd. before joining Talvik Media Inc. in 1961. She became its publisher in 1978.",
			person: "Anna Berg", title: "publisher", org: "Talvik Media Inc."},
		{name: "organisation subject", text: "Dorn Foods Ltd. bought Arlo Freight Inc. in Norway. Its chairman, Tom Reyes, hailed the deal.",
			person: "Tom Reyes", title: "chairman", org: "Dorn Foods Ltd."},
		{name: "left for", text: "Peter Vance left Arlo Freight Inc. in May to join Talvik Bank Ltd. in Latvia. Its chairman, Mira Kessel, welcomed him.",
			person: "Mira Kessel", title: "chairman", org: "Talvik Bank Ltd."},
	})
}

// TestRoleCoordinatedVerb: "X founded Y in 2019 and has been its chief
// executive since": the second verb of the subject's clause states a post.
func TestRoleCoordinatedVerb(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "and has been its", text: "Anna Berg founded Dorn Press Ltd. in 2019 and has been its chief executive since.",
			person: "Anna Berg", title: "chief executive", org: "Dorn Press Ltd."},
		{name: "and was later", text: "Tom Reyes joined Arlo Freight Inc. in 2010 and was later its finance director.",
			person: "Tom Reyes", title: "finance director", org: "Arlo Freight Inc."},
		{name: "another subject", text: "Tom Reyes praised the plan in Chile and Anna Berg was named chairman of Arlo Freight Inc.",
			person: "Tom Reyes", title: "chairman", org: "Arlo Freight Inc.", not: true},
	})
}

// TestRoleFieldInsideTitle: "chief risk officer", "senior policy adviser":
// a plain word between a title modifier and the head is the title's.
func TestRoleFieldInsideTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "chief risk officer", text: "Tom Reyes joins Dorn Press Ltd. as chief risk officer in Norway.",
			person: "Tom Reyes", title: "chief risk officer", org: "Dorn Press Ltd."},
		{name: "senior policy adviser", text: "Anna Berg, senior policy adviser at the Riga Institute of Health, said cases rose.",
			person: "Anna Berg", title: "senior policy adviser", org: "Riga Institute of Health"},
		{name: "chief people officer", text: "Mira Kessel, chief people officer of Arlo Freight Inc., resigned.",
			person: "Mira Kessel", title: "chief people officer", org: "Arlo Freight Inc.", status: schema.StatusFormer},
	})
}

// TestRoleFieldInsideTitleBefore: the same field in a title before the
// name.
func TestRoleFieldInsideTitleBefore(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "before the name", text: "Dorn Press Ltd. said chief risk officer Tom Reyes found the breach in Norway.",
			person: "Tom Reyes", title: "chief risk officer", org: "Dorn Press Ltd."},
		{name: "possessive", text: "Arlo Freight Inc.'s chief digital officer, Anna Berg, left in May.",
			person: "Anna Berg", title: "chief digital officer", org: "Arlo Freight Inc."},
	})
}

// TestRoleFoundedByAndNoOwner: "Y was founded by X and Z" (founders) and
// "X, the trial's principal investigator" (a post with no named employer).
func TestRoleFoundedByAndNoOwner(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "was founded by", text: "Dorn Robotics Inc. was founded by Tom Reyes and Anna Berg in 2021.",
			person: "Anna Berg", title: "founder", org: "Dorn Robotics Inc."},
		{name: "first of two", text: "Dorn Robotics Inc. was founded by Tom Reyes and Anna Berg in 2021.",
			person: "Tom Reyes", title: "founder", org: "Dorn Robotics Inc."},
		{name: "participle", text: "Talvik Bank Ltd., founded by Mira Kessel in 1990, cut rates in Latvia.",
			person: "Mira Kessel", title: "founder", org: "Talvik Bank Ltd."},
		{name: "trial's investigator", text: "Tom Reyes, the trial's principal investigator, said results were strong in Kenya.",
			person: "Tom Reyes", title: "principal investigator", org: ""},
		{name: "time word after the owner", text: "Tom Reyes, the trial's current principal investigator, said results were strong in Kenya.",
			person: "Tom Reyes", title: "principal investigator", org: ""},
		{name: "funded is not founded", text: "Dorn Robotics Inc. was funded by Tom Reyes in 2021.",
			person: "Tom Reyes", title: "founder", org: "Dorn Robotics Inc.", not: true},
	})
}

// TestRoleRepeatDropped: a role that repeats another of the same person
// less fully is dropped.
func TestRoleRepeatDropped(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "no employer beside one", text: "Chief executive Tom Reyes spoke in Chile. Tom Reyes, chief executive of Dorn Foods Ltd., said sales rose.",
			person: "Tom Reyes", title: "chief executive", org: "", not: true},
		{name: "the fuller kept", text: "Chief executive Tom Reyes spoke in Chile. Tom Reyes, chief executive of Dorn Foods Ltd., said sales rose.",
			person: "Tom Reyes", title: "chief executive", org: "Dorn Foods Ltd."},
		{name: "part of a title", text: "Among economists, Anna Berg, chief economist of Talvik Bank, expects a cut. The economist Anna Berg of Talvik Bank spoke in Riga.",
			person: "Anna Berg", title: "economist", org: "Talvik Bank", not: true},
		{name: "two posts kept", text: "Mira Kessel, president and chief executive of Arlo Freight Inc., spoke in Peru.",
			person: "Mira Kessel", title: "president", org: "Arlo Freight Inc."},
	})
}

// TestRoleBecomeSameHouse: "X will become a special adviser" after a
// sentence that gave X a post at Y: the new post is at Y.
func TestRoleBecomeSameHouse(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "next sentence", text: "Tom Reyes, chairman of Dorn Motors Corp., will step down in Japan. Reyes will become a special adviser.",
			person: "Tom Reyes", title: "special adviser", org: "Dorn Motors Corp.", status: schema.StatusIncoming},
		{name: "no earlier post", text: "Tom Reyes lives in Japan. Reyes will become a special adviser.",
			person: "Tom Reyes", title: "special adviser", org: ""},
	})
}

// TestRoleSecondOwnedTitle: "X, Y's managing partner and Z's new chair":
// a second title with an owner of its own.
func TestRoleSecondOwnedTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "second owner", text: "Anna Berg, Talvik Capital's managing partner and Arlo United's new chair, spoke in Oslo.",
			person: "Anna Berg", title: "chair", org: "Arlo United"},
		{name: "first kept", text: "Anna Berg, Talvik Capital's managing partner and Arlo United's new chair, spoke in Oslo.",
			person: "Anna Berg", title: "managing partner", org: "Talvik Capital"},
	})
}

// TestRoleWhereClause: "Y, where he/she was TITLE": the subject held the
// post at Y.
func TestRoleWhereClause(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "where he was", text: "Tom Reyes arrived in July from Talvik Rovers, where he was head of recruitment.",
			person: "Tom Reyes", title: "head of recruitment", org: "Talvik Rovers"},
		{name: "where she was", text: "Anna Berg spent nine years at Dorn Press Ltd., where she was chief editor.",
			person: "Anna Berg", title: "chief editor", org: "Dorn Press Ltd."},
		{name: "where he lived", text: "Tom Reyes moved to Talvik Rovers, where he lived in a flat.",
			person: "Tom Reyes", title: "", org: "Talvik Rovers", not: true},
	})
}

// TestRolePostOf: "named to the new post of vice chairman of Y".
func TestRolePostOf(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "new post of", text: "Tom Reyes was named to the new post of vice chairman of Dorn Foods Inc. in Chile.",
			person: "Tom Reyes", title: "vice chairman", org: "Dorn Foods Inc."},
		{name: "position of", text: "Anna Berg was appointed to the position of chief financial officer of Arlo Inc. in Peru.",
			person: "Anna Berg", title: "chief financial officer", org: "Arlo Inc."},
		{name: "not a post", text: "Tom Reyes was named to the list of guests of Dorn Foods Inc. in Chile.",
			person: "Tom Reyes", title: "", org: "Dorn Foods Inc.", not: true},
	})
}
