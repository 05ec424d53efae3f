package extract

import "testing"

// More classes of sentences the statement stage reads (issue 12, point 3,
// second round): verbs that quote, unnamed spokesmen, descriptions of
// speakers, country speakers, clauses before their attribution, time
// phrases. The sentences are made up; each class has negatives. See
// runStmtCases in tables_test.go.

// A quotation that is the object of a verb that quotes without saying —
// "X called the deal "…"", "she thanked Y "for …"", "X described it as
// "…"" — is the subject's statement when it has four words or more; a
// passive verb, a short phrase and a quoted title are not.
func TestQuotingVerbs(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"called the agreement", "Farm deal\nTrade Minister Jonas Ferreira called the agreement \"a turning point for our farmers\" in a post on Monday.",
			[]string{"Jonas Ferreira|a turning point for our farmers|false"}},
		{"she thanked", "Cabinet\nMara Kettleby resigned on Monday. In a brief letter, she thanked the premier \"for the trust he placed in me over four years\".",
			[]string{"Mara Kettleby|for the trust he placed in me over four years|false"}},
		{"described as", "Port\nHarbour master Olav Brun described the new crane as \"the biggest change on this quay since the war\".",
			[]string{"Olav Brun|the biggest change on this quay since the war|false"}},
		{"praised", "Mill\nKarin Dahl praised her workers \"for keeping the mill running through the worst winter in memory\".",
			[]string{"Karin Dahl|for keeping the mill running through the worst winter in memory|false"}},
		{"passive: not the subject's words", "Mill\nKarin Dahl was called \"the hardest working owner in the valley\" by her staff.",
			nil},
		{"short phrase", "Mill\nKarin Dahl called the offer \"an insult\".",
			nil},
	})
}

// A participle that quotes after the main clause ("X rejected the offer,
// calling it "…"") gives the quotation to the subject opening the
// sentence.
func TestQuotingParticiples(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"calling it", "Strike\nThe Harbour Workers Union rejected the offer on Monday, calling it \"an insult to every worker in this port\".",
			[]string{"Harbour Workers Union|an insult to every worker in this port|false"}},
		{"describing it as", "Plan\nKarin Dahl criticised the plan, describing it as \"a gift to the big shipping lines\".",
			[]string{"Karin Dahl|a gift to the big shipping lines|false"}},
		{"characterizing", "Bid\nNordhavn Brewing Corp. dismissed the bid on Tuesday, characterizing it as \"a plan that would break up a healthy company\".",
			[]string{"Nordhavn Brewing Corp.|a plan that would break up a healthy company|false"}},
		{"no named subject", "Prices\nPrices fell sharply, calling into question \"the whole idea of a recovery this year\".",
			nil},
	})
}

// A quotation that opens the sentence after "X, DESCRIPTION, said CLAUSE."
// is X's.
func TestPreviousSpeakerAppositive(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"age", "Mill\nKarin Dahl, 61, said the offer was too low. \"We will not sign anything that cuts the night shift.\"",
			[]string{"Karin Dahl|the offer was too low|true", "Karin Dahl|We will not sign anything that cuts the night shift.|false"}},
		{"description", "Port\nOlav Brun, the harbour master, said the port would stay open. \"We have enough tugs for the whole winter.\"",
			[]string{"Olav Brun|the port would stay open|true", "Olav Brun|We have enough tugs for the whole winter.|false"}},
		{"no speech verb", "Mill\nKarin Dahl, 61, runs the mill. \"Nobody here wants a strike this winter.\"",
			nil},
	})
}

// A speech verb's noun homograph after a determiner ("the charges", "the
// reports") between an attribution and its quotation is no attribution of
// its own.
func TestSpeechNounHomographs(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"the charges", "Results\nKarin Dahl runs the mill. She added that beyond the charges, and \"barring a sharp fall in pulp prices, the mill expects record earnings.\"",
			[]string{"Karin Dahl|barring a sharp fall in pulp prices, the mill expects record earnings.|false"}},
		{"the reports", "Port\nOlav Brun runs the port. He said that despite the reports, \"the port has never been busier than this winter.\"",
			[]string{"Olav Brun|the port has never been busier than this winter.|false"}},
		{"her claims", "Court\nJudge Lena Aas spoke on Monday. She said that their claims \"were never tested in any court of this country.\"",
			[]string{"Lena Aas|were never tested in any court of this country.|false"}},
	})
}

// A government body described by its country and no name ("the Finnish
// government", "Poland's foreign ministry") speaks for the country, not
// for an organisation named earlier.
func TestCountryGovernmentSpeaker(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"demonym government", "Pensions\nThe BBC reported on the plan. The Finnish government said it would raise the pension age.",
			[]string{"Finland|it would raise the pension age|true"}},
		{"possessive ministry", "Envoy\nPoland's foreign ministry said the ambassador had been summoned.",
			[]string{"Poland|the ambassador had been summoned|true"}},
		{"possessive before a named ministry", "Envoy\nThe Ministry of Health opened a clinic. Chile's interior ministry said the border would reopen on Monday.",
			[]string{"Chile|the border would reopen on Monday|true"}},
		{"the ministry named before", "Envoy\nThe Ministry of Health opened a clinic. The ministry said the clinic would treat 300 people a day.",
			[]string{"Ministry of Health|the clinic would treat 300 people a day|true"}},
	})
}

// An unnamed spokesman of a named company speaks for it ("…," a Nordhavn
// spokesman said); an unnamed one of nobody named is nobody, even right
// after another speaker's quotation.
func TestSpokesmanOfOrg(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"company spokesman after", "Brewery\n\"We will not sell the brewery to anyone,\" a Nordhavn Brewing spokesman said.",
			[]string{"Nordhavn Brewing|We will not sell the brewery to anyone|false"}},
		{"spokeswoman for", "Rail\n\"The line will reopen on Friday morning,\" said a spokeswoman for Baltic Rail AB.",
			[]string{"Baltic Rail AB|The line will reopen on Friday morning|false"}},
		{"spokeswoman before", "Mine\nAn Arkto Mining spokeswoman said: \"The mine has been safe for thirty years.\"",
			[]string{"Arkto Mining|The mine has been safe for thirty years.|false"}},
		{"nobody named", "Brewery\n\"We will hire 200 workers next year,\" Olav Brun said. \"We will not sell the brewery to anyone,\" a spokesman said.",
			[]string{"Olav Brun|We will hire 200 workers next year|false"}},
	})
}

// "The company's chief executive said", "the minister said": the person
// the article gives that post (the role stage's roles), before the person
// named last.
func TestDescriptionByRole(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"quotation, the company's chief executive", "Brewery\n\nLena Aas, the chief executive of Nordhavn Brewing Corp., opened the plant on Monday. Olav Brun, a brewer, showed the tanks to visitors. \"We will hire 200 workers next year,\" the company's chief executive said.",
			[]string{"Lena Aas|We will hire 200 workers next year|false"}},
		{"reported, the company's chief executive", "Brewery\n\nLena Aas, the chief executive of Nordhavn Brewing Corp., opened the plant on Monday. Olav Brun, a brewer, showed the tanks to visitors.\n\nThe company's chief executive said the brewery would also build a second plant.",
			[]string{"Lena Aas|the brewery would also build a second plant|true"}},
		{"the minister", "Budget\n\nFinance Minister Tomas Ek of Chile opened the session. Karin Dahl, a banker, asked about debt. \"The budget will be balanced by 2027,\" the minister said.",
			[]string{"Tomas Ek|The budget will be balanced by 2027|false"}},
		{"nobody holds the post: the person in focus", "Brewery\n\nOlav Brun, a brewer, showed the new tanks. \"We will hire 200 workers next year,\" the chief executive said.",
			[]string{"Olav Brun|We will hire 200 workers next year|false"}},
	})
}

// "X was quoted as saying CLAUSE" reports for X; so does a speech verb
// after an adverb that does not end in -ly ("has long argued", "had
// already said").
func TestQuotedAsSaying(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"quoted as saying that", "Mill\nKarin Dahl was quoted as saying that the mill would close in May.",
			[]string{"Karin Dahl|the mill would close in May|true"}},
		{"quoted as saying, no that", "Port\nThe Baltic Times reported on Monday. Olav Brun was quoted as saying the port would need new tugs.",
			[]string{"Olav Brun|the port would need new tugs|true"}},
		{"has long argued", "Mill\nKarin Dahl has long argued that the tax is unfair to small mills.",
			[]string{"Karin Dahl|the tax is unfair to small mills|true"}},
		{"had already said", "Bridge\nTomas Ek had already said the bridge would reopen in June.",
			[]string{"Tomas Ek|the bridge would reopen in June|true"}},
		{"quoted as a source: no saying", "Mill\nKarin Dahl was quoted as a source in the report.",
			nil},
	})
}

// A country speaks like an organisation: "X, which …, said", and "the
// kingdom/country said" is the country named last.
func TestCountrySpeakers(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"relative clause", "Oil\nNorway, which leads the northern producers, said it would cut exports by a tenth.",
			[]string{"Norway|it would cut exports by a tenth|true"}},
		{"appositive", "Grain\nPoland, the largest grower in the group, said the quota was too low.",
			[]string{"Poland|the quota was too low|true"}},
		{"the kingdom", "Oil\nSaudi Arabia cut output again in May. The kingdom said the market needed support.",
			[]string{"Saudi Arabia|the market needed support|true"}},
		{"the country", "Grain\nUkraine shipped more wheat in March. The country said exports would rise again.",
			[]string{"Ukraine|exports would rise again|true"}},
		{"no country named", "Grain\nThe country said exports would rise again.",
			nil},
		{"place phrase", "Grain\nIn Poland, farmers protested. Karin Dahl, a grower, said the quota was too low.",
			[]string{"Karin Dahl|the quota was too low|true"}},
	})
}

// A definite description of a person by age, nationality or post, before
// or after the speech verb ("the 24-year-old said", "the Norwegian said",
// "said the coach"), is the person in focus, not a country.
func TestPersonDescriptions(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"age", "Chess\n\nKarin Dahl won the final on Sunday. \"I did not expect to win this year,\" the 24-year-old said.",
			[]string{"Karin Dahl|I did not expect to win this year|false"}},
		{"demonym", "Chess\n\nOlav Brun lost in the semi-final. \"The tiebreak was too fast for me,\" the Norwegian said.",
			[]string{"Olav Brun|The tiebreak was too fast for me|false"}},
		{"said the coach", "Chess\n\nLena Aas coached both players. \"They both played the best chess of their lives,\" said the coach.",
			[]string{"Lena Aas|They both played the best chess of their lives|false"}},
		{"reported, the Brazilian", "Chess\n\nTomas Ek lost on Sunday. The Brazilian said he would play again next year.",
			[]string{"Tomas Ek|he would play again next year|true"}},
		{"age after said", "Chess\n\nKarin Dahl won the final on Sunday. \"I did not expect to win this year,\" said the 24-year-old.",
			[]string{"Karin Dahl|I did not expect to win this year|false"}},
	})
}

// "CLAUSE, X said" with a phrase after the verb ("said on Monday", "told
// reporters", "said in a statement") or a lower-case title before the name
// ("union leader X said") reports the clause before.
func TestClauseBeforeWithAdjuncts(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"said on Monday", "Port\nThe port will stay open all winter, Olav Brun said on Monday.",
			[]string{"Olav Brun|The port will stay open all winter|true"}},
		{"told reporters", "Mill\nThe mill would close in May, Karin Dahl told reporters.",
			[]string{"Karin Dahl|The mill would close in May|true"}},
		{"told a newspaper", "Mill\nThe mill would close in May, Karin Dahl told the Baltic Times.",
			[]string{"Karin Dahl|The mill would close in May|true"}},
		{"the company said in a statement", "Brewery\nNordhavn Brewing Corp. expects profit to fall by a third, the company said in a statement.",
			[]string{"Nordhavn Brewing Corp.|Nordhavn Brewing Corp. expects profit to fall by a third|true"}},
		{"lower-case title", "Mill\nThe mill would close in May, union leader Karin Dahl said.",
			[]string{"Karin Dahl|The mill would close in May|true"}},
		{"a phrase with no clause before", "Mill\nKarin Dahl said in an interview.",
			nil},
		{"an unnamed spokesman in a parenthesis", "Brewery\nKarin Dahl runs the brewery. The new numbers, the spokesman said, would come from lower sales.",
			nil},
	})
}

// Time phrases around the speech verb: "X on Monday said", "said late on
// Tuesday it had", "said earlier this week that" — the clause starts after
// them.
func TestTimePhrases(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"on Monday said", "Rail\nBaltic Rail AB on Monday said trains would run again on Friday.",
			[]string{"Baltic Rail AB|trains would run again on Friday|true"}},
		{"on Tuesday told reporters that", "Port\nOlav Brun on Tuesday told reporters that the port would expand.",
			[]string{"Olav Brun|the port would expand|true"}},
		{"late on Tuesday", "Brewery\nNordhavn Brewing Corp. said late on Tuesday it had hired a new auditor.",
			[]string{"Nordhavn Brewing Corp.|it had hired a new auditor|true"}},
		{"earlier this week that", "Mill\nKarin Dahl said earlier this week that the mill would close.",
			[]string{"Karin Dahl|the mill would close|true"}},
		{"this is the clause", "Mill\nKarin Dahl said this would be the last winter.",
			[]string{"Karin Dahl|this would be the last winter|true"}},
	})
}

// "according to the striker's agent, Y", "according to his lawyer, Y":
// the person set off after a possessive description, whatever owns it.
func TestAccordingToDescribedPerson(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"the striker's agent", "Transfer\nThe club will also get 20% of any resale fee, according to the striker's agent, Paolo Ricci.",
			[]string{"Paolo Ricci|The club will also get 20% of any resale fee|true"}},
		{"his lawyer", "Court\nThe appeal will be heard in March, according to his lawyer, Karin Dahl.",
			[]string{"Karin Dahl|The appeal will be heard in March|true"}},
		{"the company's annual report: nobody", "Brewery\nSales rose by a third, according to the company's annual report.",
			nil},
	})
}

// "As X put it: "…"", ""…," as X put it", "X put it bluntly: "…"": "put
// it" attributes a quotation like a speech verb.
func TestPutIt(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"as X put it:", "Mill\nAs Karin Dahl put it: \"We are a small mill with a long memory.\"",
			[]string{"Karin Dahl|We are a small mill with a long memory.|false"}},
		{"as X put it, after", "Mill\n\"We are a small mill with a long memory,\" as Karin Dahl put it.",
			[]string{"Karin Dahl|We are a small mill with a long memory|false"}},
		{"put it bluntly", "Port\nOlav Brun put it bluntly: \"The port needs two more tugs before winter.\"",
			[]string{"Olav Brun|The port needs two more tugs before winter.|false"}},
		{"put the offer to a vote: nothing", "Mill\nKarin Dahl put the offer to a vote on Monday.",
			nil},
	})
}

// "Nordhavn Brewing Corp.'s chief executive said": the person the role
// stage gave that post at that company; with no such role, nobody. "X and
// Y both said": each of them.
func TestCompanyTitleAndBoth(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"company's chief executive", "Brewery\n\nLena Aas, the chief executive of Nordhavn Brewing Corp., opened the plant. Olav Brun, a brewer, showed the tanks.\n\nNordhavn Brewing Corp.'s chief executive said the brewery would hire 200 workers.",
			[]string{"Lena Aas|the brewery would hire 200 workers|true"}},
		{"no such role: nobody", "Brewery\n\nOlav Brun, a brewer, showed the tanks.\n\nNordhavn Brewing Corp.'s chief executive said the brewery would hire 200 workers.",
			nil},
		{"both said", "Bridge\nKarin Dahl and Olav Brun both said the bridge was unsafe.",
			[]string{"Olav Brun|the bridge was unsafe|true", "Karin Dahl|the bridge was unsafe|true"}},
	})
}

// A sentence that describes how a person spoke ("X was blunt", "X was
// more cautious") introduces the quotation that opens the next sentence.
func TestMannerOfSpeaking(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"was firm", "Bridge\n\nAsked whether the bridge would reopen, Lena Aas was firm. \"The bridge will reopen in June, not a day later.\"",
			[]string{"Lena Aas|The bridge will reopen in June, not a day later.|false"}},
		{"was more cautious", "Port\n\nOlav Brun was more cautious. \"Two more tugs will not be enough for the winter.\"",
			[]string{"Olav Brun|Two more tugs will not be enough for the winter.|false"}},
		{"was blunt about", "Mill\n\nKarin Dahl was blunt about the offer. \"It is an insult to everyone who works here.\"",
			[]string{"Karin Dahl|It is an insult to everyone who works here.|false"}},
		{"was late: nobody", "Mill\n\nKarin Dahl was late. \"The Long Winter of the North is on at the cinema tonight.\"",
			nil},
	})
}

// A sentence whose subject is a person after a capitalised title
// ("Finance Minister X, speaking in parliament, said: "…"") is that
// person's; "the statement quoted X as saying "…"" is X's.
func TestTitledSubjectAndQuotedAs(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"title before the subject, colon", "Budget\n\nFinance Minister Tomas Ek, speaking in parliament, said: \"The budget will be balanced by 2027.\"",
			[]string{"Tomas Ek|The budget will be balanced by 2027.|false"}},
		{"title before the subject, reported", "Budget\n\nFinance Minister Tomas Ek, speaking in parliament, said the budget would be balanced by 2027.",
			[]string{"Tomas Ek|the budget would be balanced by 2027|true"}},
		{"an unnamed asker after a titled subject: nobody", "Mill\n\nOwner Karin Dahl planned to sell the mill, but when a buyer from Oslo asked, \"Is that with or without the river rights?\" she changed her mind.",
			nil},
		{"quoted X as saying, before", "Mill\n\nThe statement quoted Karin Dahl as saying: \"We will rebuild the mill within two years.\"",
			[]string{"Karin Dahl|We will rebuild the mill within two years.|false"}},
		{"quoted X as saying, after", "Port\n\n\"We will need two more tugs this winter,\" the statement quoted Olav Brun as saying.",
			[]string{"Olav Brun|We will need two more tugs this winter|false"}},
	})
}

// A quotation "according to a statement from X" is X's official statement.
func TestAccordingToStatementFrom(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"statement from", "Bridge\n\n\"The bridge will reopen in June after the inspection,\" according to a statement from the Ministry of Transport.",
			[]string{"Ministry of Transport|The bridge will reopen in June after the inspection|false"}},
		{"statement issued by", "Rail\n\n\"Trains will run again on Friday morning,\" according to a statement issued by Baltic Rail AB.",
			[]string{"Baltic Rail AB|Trains will run again on Friday morning|false"}},
		{"post by", "Mill\n\n\"We will rebuild the mill within two years,\" according to a post by Karin Dahl on Facebook.",
			[]string{"Karin Dahl|We will rebuild the mill within two years|false"}},
	})
}

// A capitalised title (and the organisation before it) between the clause
// and the name does not hide the speaker: "CLAUSE, Finance Minister X
// said.", "CLAUSE, said Finance Minister X.", "CLAUSE, Bank of Norway
// Governor X warned on Monday.", "Finance Minister X and Economy Minister
// Y said".
func TestTitlesBeforeSpeakers(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"clause, title name said", "Budget\n\nThe budget will be balanced by 2027, Finance Minister Tomas Ek said.",
			[]string{"Tomas Ek|The budget will be balanced by 2027|true"}},
		{"clause, said title name", "Budget\n\nThe deficit will shrink next year, said Finance Minister Tomas Ek.",
			[]string{"Tomas Ek|The deficit will shrink next year|true"}},
		{"clause, org title name warned", "Rates\n\nGrowth will slow, Bank of Norway Governor Olav Brun warned on Monday.",
			[]string{"Olav Brun|Growth will slow|true"}},
		{"coordinated titled names", "Budget\n\nFinance Minister Tomas Ek and Economy Minister Karin Dahl said the plan was sound.",
			[]string{"Karin Dahl|the plan was sound|true", "Tomas Ek|the plan was sound|true"}},
		{"a name inside the clause after said", "Budget\n\nTomas Ek, 45, said the plan would help Finance Minister Karin Dahl.",
			[]string{"Tomas Ek|the plan would help Finance Minister Karin Dahl|true"}},
	})
}
