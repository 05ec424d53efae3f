package extract

import "testing"

// One table per class of sentences the statement stage reads (issue 12,
// point 3). The sentences are made up; each class has negatives.

// A quotation split by its attribution, or run on in the same paragraph,
// is one statement; a new quoted paragraph is a statement of its own.
func TestSplitQuotations(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"split by said X", "Harbour\n\"The harbour will stay open all winter,\" Ingrid Moberg said. \"We have enough tugs for that.\"",
			[]string{"Ingrid Moberg|The harbour will stay open all winter … We have enough tugs for that.|false"}},
		{"split by said X with a comma", "\"Prices are falling fast,\" said Tomas Ek, \"and nobody knows where they will stop.\"",
			[]string{"Tomas Ek|Prices are falling fast … and nobody knows where they will stop.|false"}},
		{"present tense, two sentences after", "\"Nobody here wants a strike,\" she says. \"But the offer is too low. We will vote on Friday.\"",
			nil}, // no one named: nothing
		{"profile, she says", "Mill\nKarin Dahl runs the mill. \"Nobody here wants a strike,\" she says. \"But the offer is too low. We will vote on Friday.\"",
			[]string{"Karin Dahl|Nobody here wants a strike … But the offer is too low. We will vote on Friday.|false"}},
		{"new paragraph: its own statement", "\"The mill has work until March,\" said Karin Dahl.\n\n\"After that we will see what the owners decide.\"",
			[]string{"Karin Dahl|The mill has work until March|false", "Karin Dahl|After that we will see what the owners decide.|false"}},
		{"a name opening the next paragraph is not the speaker", "\"The mill has work until March,\" said Karin Dahl. \"We will not close it.\"\n\nOlav Brun, the mayor, said the town would help.",
			[]string{"Karin Dahl|The mill has work until March … We will not close it.|false", "Olav Brun|the town would help|true"}},
		{"a text with no line break: one statement a sentence", "Karin Dahl runs the mill. \"Nobody here wants a strike,\" she says. \"But the offer is too low.\"",
			[]string{"Karin Dahl|Nobody here wants a strike|false", "Karin Dahl|But the offer is too low.|false"}},
		{"a text with no line break: split inside a sentence", "\"Prices are falling fast,\" said Tomas Ek, \"and nobody knows where they will stop.\"",
			[]string{"Tomas Ek|Prices are falling fast … and nobody knows where they will stop.|false"}},
		{"two speakers stay apart", "\"The mill has work until March,\" said Karin Dahl. \"We will not close it this year,\" said Olav Brun.",
			[]string{"Karin Dahl|The mill has work until March|false", "Olav Brun|We will not close it this year|false"}},
	})
}

// A speech verb followed by a phrase that holds no clause reports nothing;
// when "that" or a clause follows the phrase, the clause is the statement.
func TestReportedFragments(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"said on a call", "Lena Brandt said on a call with investors.", nil},
		{"said in an interview", "Lena Brandt said in an interview.", nil},
		{"told a meeting", "Lena Brandt told a meeting of shareholders on Thursday.", nil},
		{"told reporters after", "Lena Brandt told reporters after the game.", nil},
		{"said in a place that", "Lena Brandt said in Lisbon that the talks had failed.",
			[]string{"Lena Brandt|the talks had failed|true"}},
		{"said in a statement on a day that", "Lena Brandt said in a statement on Tuesday that the strike would end.",
			[]string{"Lena Brandt|the strike would end|true"}},
		{"told a hearer in a place that", "Lena Brandt told reporters in Geneva that the convoy had arrived.",
			[]string{"Lena Brandt|the convoy had arrived|true"}},
		{"told a named hearer that", "Lena Brandt told the news agency Nordpress that the mine would reopen.",
			[]string{"Lena Brandt|the mine would reopen|true"}},
		{"said after an event that", "Lena Brandt said after the vote that she would resign.",
			[]string{"Lena Brandt|she would resign|true"}},
		{"said in a statement, a clause", "Lena Brandt said in a statement it would appeal.",
			[]string{"Lena Brandt|it would appeal|true"}},
		{"said on a day, a clause", "Lena Brandt said on Monday the army had left the town.",
			[]string{"Lena Brandt|the army had left the town|true"}},
		{"said on a day, a named subject", "Lena Brandt said on Tuesday Halvorsen Shipping ASA would sell the yard.",
			[]string{"Lena Brandt|Halvorsen Shipping ASA would sell the yard|true"}},
		{"told a named hearer, a clause", "Lena Brandt told Nordpress the mine would reopen.",
			[]string{"Lena Brandt|the mine would reopen|true"}},
		{"said in a statement on a website", "Lena Brandt said in a statement on the union's website.", nil},
	})
}

// Negated saying is no statement.
func TestNegatedSaying(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"did not say", "Lena Brandt did not say which border would open.", nil},
		{"would not say", "Lena Brandt would not say when the talks would resume.", nil},
		{"has not said", "Lena Brandt has not said how her party would vote.", nil},
		{"didn't say", "Lena Brandt didn't say whether the plant would close.", nil},
		{"declined to say", "Lena Brandt declined to say whether the plant would close.", nil},
		{"said, not negated", "Lena Brandt said the plant would close.", []string{"Lena Brandt|the plant would close|true"}},
		{"never in the clause", "Lena Brandt said the plant would never close.", []string{"Lena Brandt|the plant would never close|true"}},
	})
}

// A verb whose only complement is a noun phrase reports nothing; with a
// clause it does.
func TestNounObjectVerbs(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"denied a noun", "Lena Brandt has denied any wrongdoing.", nil},
		{"announced a noun", "Halvorsen Shipping ASA announced loans to farmers in Norway.", nil},
		{"reported a noun", "Halvorsen Shipping ASA reported a loss for the second half.", nil},
		{"confirmed a noun", "Lena Brandt confirmed the sale of the Bergen yard.", nil},
		{"denied that", "Lena Brandt denied that she had taken the money.", []string{"Lena Brandt|she had taken the money|true"}},
		{"announced a clause", "Halvorsen Shipping ASA announced it would cut 200 jobs.",
			[]string{"Halvorsen Shipping ASA|it would cut 200 jobs|true"}},
		{"reported a clause", "Halvorsen Shipping ASA reported the fleet was fully booked.",
			[]string{"Halvorsen Shipping ASA|the fleet was fully booked|true"}},
	})
}

// A sentence that holds a direct quotation of four words or more holds no
// reported statement of the same speaker.
func TestReportedBesideQuotation(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"quotation inside the clause", "Lena Brandt said she had signed the order \"because the yard needs the work now\".",
			[]string{"Lena Brandt|because the yard needs the work now|false"}},
		{"told after a quotation", "\"We will not sell the yard,\" Lena Brandt told reporters that evening.",
			[]string{"Lena Brandt|We will not sell the yard|false"}},
		{"said in a statement that, after a quotation", "\"The yard is not for sale,\" Lena Brandt said in a statement, adding that talks had ended.",
			[]string{"Lena Brandt|The yard is not for sale|false"}},
		{"short quotation: the report stays", "Lena Brandt said the offer was \"unfair\".",
			[]string{"Lena Brandt|the offer was \"unfair|true"}},
		{"another sentence: both stay", "Olav Brun said the yard would close. \"We have no orders left,\" Lena Brandt said.",
			[]string{"Olav Brun|the yard would close|true", "Lena Brandt|We have no orders left|false"}},
		{"another speaker: both stay", "Olav Brun said the yard would close, and Lena Brandt said: \"We have no orders left.\"",
			[]string{"Olav Brun|the yard would close|true", "Lena Brandt|We have no orders left.|false"}},
		{"another attribution ends the clause", "Olav Brun said the yard would close, but Lena Brandt said the orders would return.",
			[]string{"Olav Brun|the yard would close|true", "Lena Brandt|the orders would return|true"}},
		{"a comma inside the clause stays", "Olav Brun said the yard, which opened in 1950, would close.",
			[]string{"Olav Brun|the yard, which opened in 1950, would close|true"}},
	})
}

// "the ministry said", "the union said": the organisation of that kind
// named last; a kind with no organisation named reports nothing.
func TestOrgOfKind(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"the ministry", "The Ministry of Fisheries banned trawling in May. The Nordic Council backed the ban. The ministry said the ban would stay.",
			[]string{"Ministry of Fisheries|the ban would stay|true"}},
		{"the union", "The Seafarers' Union called a strike. The Nordic Council asked for talks. The union said the strike would go on.",
			[]string{"Seafarers' Union|the strike would go on|true"}},
		{"the federation", "The Norwegian Chess Federation met in Bergen. The Nordic Council sent a letter. The federation said it would ask for more money.",
			[]string{"Norwegian Chess Federation|it would ask for more money|true"}},
		{"the union, after a quotation", "The Seafarers' Union called a strike. \"We will not return to work for promises,\" the union said.",
			[]string{"Seafarers' Union|We will not return to work for promises|false"}},
		{"the company, after a quotation", "Halvorsen Shipping ASA bought two tankers. \"The fleet is now full and ready,\" the company said.",
			[]string{"Halvorsen Shipping ASA|The fleet is now full and ready|false"}},
		{"the company in the next sentence", "\"The fleet is now full and ready for the winter,\" said Kim Brandt of Halvorsen Shipping ASA. \"We expect a good year.\" In response, the company said it would hire.",
			[]string{"Kim Brandt|The fleet is now full and ready for the winter|false", "Kim Brandt|We expect a good year.|false", "Halvorsen Shipping ASA|it would hire|true"}},
		{"the company that opens the sentence before", "Halvorsen Shipping ASA bought two tankers from Nordbank ASA. Halvorsen Shipping ASA paid cash, and Halvorsen Shipping ASA rose. Nordbank ASA fell 3%. The bank said the sale would close in May.",
			[]string{"Nordbank ASA|the sale would close in May|true"}},
		{"the company that opens a sentence two back", "Halvorsen Shipping ASA sold a yard to Nordbank ASA. Nordbank ASA paid cash, and Nordbank ASA rose. Halvorsen Shipping ASA said it would buy tankers. Terms were not disclosed. The company said the tankers were new.",
			[]string{"Halvorsen Shipping ASA|it would buy tankers|true", "Halvorsen Shipping ASA|the tankers were new|true"}},
		{"no company opens the sentences before: the most named", "Halvorsen Shipping ASA bought two tankers from Nordbank ASA. Halvorsen Shipping ASA paid cash. Prices rose in May. The company said the tankers were new.",
			[]string{"Halvorsen Shipping ASA|the tankers were new|true"}},
		{"no federation named", "The Nordic Council sent a letter. The federation said it would ask for more money.", nil},
		{"the company: the company in focus", "Halvorsen Shipping ASA bought two tankers. The company said the fleet was full.",
			[]string{"Halvorsen Shipping ASA|the fleet was full|true"}},
	})
}

// The attribution after the clause, with a description or an appositive
// for the speaker.
func TestAttributionAfterClause(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"said X, description", "The strike will end on Friday, said Olav Brun, the union's general secretary.",
			[]string{"Olav Brun|The strike will end on Friday|true"}},
		{"description, X, said", "The yard will close in May, the company's chairman, Olav Brun, said.",
			[]string{"Olav Brun|The yard will close in May|true"}},
		{"organisation said", "Steel demand is rising in Asia, the Nordic Steel Federation said.",
			[]string{"Nordic Steel Federation|Steel demand is rising in Asia|true"}},
		{"unnamed speaker: no report", "The yard will close in May, a spokeswoman for Halvorsen Shipping ASA said.", nil},
		{"an age, then said and a clause", "Kim Brandt, 45, said the plan would help Halvorsen Shipping ASA.",
			[]string{"Kim Brandt|the plan would help Halvorsen Shipping ASA|true"}},
		{"two clauses, description, X, said", "The yard will close, and the workers will move, the firm's lawyer, Kim Brandt, said.",
			[]string{"Kim Brandt|The yard will close, and the workers will move|true"}},
	})
}

// "he"/"she" is the speaker of the last statement or the person named
// since, of a fitting gender.
func TestPronounSpeakers(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"the person just named", "Kim Brandt said the yard would close. Alex Moen chairs the union. He said the strike would go on.",
			[]string{"Kim Brandt|the yard would close|true", "Alex Moen|the strike would go on|true"}},
		{"the last speaker", "Lena Brandt said the yard would close. She added that the talks had failed.",
			[]string{"Lena Brandt|the yard would close|true", "Lena Brandt|the talks had failed|true"}},
		{"gender skips the person just named", "Olav Brun said the yard would close. Lena Brandt chairs the union. He said the strike would go on.",
			[]string{"Olav Brun|the yard would close|true", "Olav Brun|the strike would go on|true"}},
		{"the subject, not a name inside the sentence", "Kim Brandt said the yard would close. Alex Moen wrote to Jordan Lind. He said the strike would go on.",
			[]string{"Kim Brandt|the yard would close|true", "Alex Moen|the strike would go on|true"}},
	})
}

// "X VERBed …, saying CLAUSE" and "X announced A, and said that CLAUSE":
// the subject of the first verb says the clause.
func TestCoordinatedSaying(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"saying", "Olav Brun urged the two sides to settle, saying the stoppage was costing the town dearly.",
			[]string{"Olav Brun|the stoppage was costing the town dearly|true"}},
		{"and said that", "Halvorsen Shipping ASA announced the deal on its website, and said that the first ships would sail in May.",
			[]string{"Halvorsen Shipping ASA|the first ships would sail in May|true"}},
		{"the ministry ..., and said", "The Ministry of Fisheries banned trawling in May. The ministry published the rules on Monday and said the ban would stay.",
			[]string{"Ministry of Fisheries|the ban would stay|true"}},
		{"saying, a title and a company before the name", "Halvorsen Shipping ASA Chairman Olav Brun urged the two sides to settle, saying the stoppage was costing the town dearly.",
			[]string{"Olav Brun|the stoppage was costing the town dearly|true"}},
		{"saying with no subject", "Prices rose in May, saying nothing about the future.", nil},
	})
}

// An embedded post is the lines before its signature, not the line that
// introduces it.
func TestEmbeddedPosts(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"a line ending in a colon introduces the post", "Kim Brandt won the final in Oslo.\n\nBrandt herself was brief:\n\nNo words yet. Thank you all. — Kim Brandt (@kimbrandt) April 11, 2026",
			[]string{"Kim Brandt|No words yet. Thank you all.|false"}},
		{"short lines of one post", "Kim Brandt won the final in Oslo.\n\nNo words yet\nThank you all\nSee you in May — Kim Brandt (@kimbrandt) April 11, 2026",
			[]string{"Kim Brandt|No words yet Thank you all See you in May|false"}},
		{"an unresolved signature names the person by a word of the name", "On Saturday, Dragomira Petrova beat Wu Meilan in Oslo. \"My mind was on the endgame,\" Petrova told reporters.\n\nNo words yet. Thank you all. — Dragomira Petrova (@dpetrova) April 11, 2026\n\nCongratulations to Dragi, a worthy winner. — Wu Meilan (@wumeilan) April 11, 2026\n\nWu told reporters she would rest.",
			[]string{"Petrova|My mind was on the endgame|false", "Petrova|No words yet. Thank you all.|false", "Wu|Congratulations to Dragi, a worthy winner.|false", "Wu|she would rest|true"}},
		{"a sentence before the post", "Kim Brandt won the final in Oslo.\nNo words yet. Thank you all. — Kim Brandt (@kimbrandt) April 11, 2026",
			[]string{"Kim Brandt|No words yet. Thank you all.|false"}},
	})
}

// A name inside the subject's prepositional phrase is not the speaker:
// "analysts at X said" has an unnamed speaker (no reported statement, per
// GUIDELINES), "Y of X said" has Y.
func TestSpeakerInPhrase(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"analysts at", "Analysts at Nordbank ASA said the yard would close.", nil},
		{"a spokeswoman for", "A spokeswoman for Halvorsen Shipping ASA said the yard would close.", nil},
		{"others at", "But others at Halvorsen Shipping ASA say the yard will stay open.", nil},
		{"a person of a company", "Kim Brandt of Halvorsen Shipping ASA said the yard would close.",
			[]string{"Kim Brandt|the yard would close|true"}},
		{"a company of a country", "Halvorsen Shipping ASA of Norway said the yard would close.",
			[]string{"Halvorsen Shipping ASA|the yard would close|true"}},
		{"quotation: the organisation speaks for the spokeswoman", "\"The yard will close in May,\" a spokeswoman for Halvorsen Shipping ASA said.",
			[]string{"Halvorsen Shipping ASA|The yard will close in May|false"}},
	})
}

// Verbs of saying from WordNet report with "that"; their noun readings
// and their forms without "that" do not.
func TestWordnetSpeechVerbs(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"reiterated that", "Kim Brandt reiterated that the yard would stay open.", []string{"Kim Brandt|the yard would stay open|true"}},
		{"pledged that", "Halvorsen Shipping ASA pledged that no jobs would go.", []string{"Halvorsen Shipping ASA|no jobs would go|true"}},
		{"retorted that", "Kim Brandt retorted that the figures were wrong.", []string{"Kim Brandt|the figures were wrong|true"}},
		{"without that", "Kim Brandt reiterated her support for the plan.", nil},
		{"a noun", "The protest that followed ended in Oslo.", nil},
	})
}

// "according to X": a named person or organisation, the last name of a
// possessive chain, or the name after a possessive description; a document
// of X is no speaker.
func TestAccordingTo(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"a company", "At least 37 ships were sold, according to Halvorsen Shipping ASA.",
			[]string{"Halvorsen Shipping ASA|At least 37 ships were sold|true"}},
		{"a country's ministry", "Fishing fell by a third in May, according to Norway's Ministry of Fisheries.",
			[]string{"Ministry of Fisheries|Fishing fell by a third in May|true"}},
		{"a person's agent, named", "Nordbank ASA will also get 20% of any sale, according to Kim Brandt's agent, Alex Moen.",
			[]string{"Alex Moen|Nordbank ASA will also get 20% of any sale|true"}},
		{"a company's report", "Prices rose 3% in May, according to Halvorsen Shipping ASA's annual report.", nil},
		{"a person first", "According to Kim Brandt, the yard will close in May.", []string{"Kim Brandt|the yard will close in May|true"}},
		{"the minutes", "According to the minutes, Kim Brandt voted against the plan.", nil},
	})
}

// An organisation named by its other name in an appositive speaks: "the
// army, known as FADT, said".
func TestKnownAsSpeaker(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"known as", "The army, known as NAF, said on Tuesday that its soldiers had taken back two villages.",
			[]string{"NAF|its soldiers had taken back two villages|true"}},
		{"known by its initials", "The rebel group, known by its initials KPF, said the talks had failed.",
			[]string{"KPF|the talks had failed|true"}},
		{"not an appositive of the subject", "The army, which KPF fought, said the talks had failed.", nil},
	})
}

// "as X noted, CLAUSE": X says the clause after the parenthetical.
func TestAsParenthetical(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"opening the sentence", "As Kim Brandt noted, the yard has no orders left.", []string{"Kim Brandt|the yard has no orders left|true"}},
		{"inside the sentence", "The price is high, but, as Ms. Brandt said, buyers set their own idea of a fair price.",
			[]string{"Brandt|buyers set their own idea of a fair price|true"}},
		{"not a verb of saying", "As Kim Brandt spoke, the crowd left the hall.", nil},
		{"as with a noun", "Kim Brandt works as a pilot, the airline said.", nil},
	})
}

// "X accused Y of …" reports the accusation (GUIDELINES: accused … of).
func TestAccusations(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"accused a company of", "Kim Brandt accused Halvorsen Shipping ASA of hiding the losses.",
			[]string{"Kim Brandt|Halvorsen Shipping ASA of hiding the losses|true"}},
		{"has accused the government of", "Kim Brandt has accused the government of breaking its word on pensions.",
			[]string{"Kim Brandt|the government of breaking its word on pensions|true"}},
		{"passive", "Kim Brandt was accused of fraud by the prosecutors.", nil},
		{"no of", "Kim Brandt accused the board in a long letter.", nil},
		{"urged Y to", "The Nordic Council urged the government to restore its reserves.",
			[]string{"Nordic Council|the government to restore its reserves|true"}},
		{"urged to a place", "Kim Brandt urged caution on the trip to Oslo.", nil},
	})
}

// A quotation over several paragraphs with its speaker after the last
// one: each paragraph is a statement of that speaker.
func TestMultiParagraphQuotations(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"speaker after the last paragraph", "The yard is quiet.\n\n\"We have work until March. After that, nobody knows.\n\n\"But we will not close without a fight,\" said Kim Brandt.",
			[]string{"Kim Brandt|We have work until March. After that, nobody knows.|false", "Kim Brandt|But we will not close without a fight|false"}},
		{"three paragraphs", "The yard is quiet.\n\n\"We have work until March.\n\n\"After that, nobody knows what the owners want.\n\n\"But we will not close without a fight,\" Kim Brandt said.",
			[]string{"Kim Brandt|We have work until March.|false", "Kim Brandt|After that, nobody knows what the owners want.|false", "Kim Brandt|But we will not close without a fight|false"}},
		{"speaker before the first paragraph", "Kim Brandt said: \"We have work until March. After that, nobody knows.\n\n\"But we will not close without a fight.\"",
			[]string{"Kim Brandt|We have work until March. After that, nobody knows.|false", "Kim Brandt|But we will not close without a fight.|false"}},
	})
}

// Titles of works in quotation marks are no statements; speech is, even
// in title case when a verb of saying attributes it.
func TestQuotedTitles(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"a novel", "Kim Brandt wrote the novel \"The Long Winter of the North\" in 2019.", nil},
		{"a film", "Kim Brandt starred in \"Seven Days in Bergen Harbour\", a film by Alex Moen.", nil},
		{"a report after a quotation", "\"We are ready for the winter,\" Kim Brandt said. Her report, \"A Plan for the Northern Ports\", came out in May.",
			[]string{"Kim Brandt|We are ready for the winter|false"}},
		{"speech in title case", "\"We Will Not Return Underground,\" Kim Brandt said.",
			[]string{"Kim Brandt|We Will Not Return Underground|false"}},
	})
}

// "his remarks that CLAUSE": the person in focus said the clause.
func TestRemarkNouns(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"remarks", "Olav Brun spoke in Oslo. Critics mocked his remarks that the yard would double its output.",
			[]string{"Olav Brun|the yard would double its output|true"}},
		{"claims", "Olav Brun spoke in Oslo. Nobody believed his claims that the yard was safe.",
			[]string{"Olav Brun|the yard was safe|true"}},
		{"no possessive", "Olav Brun spoke in Oslo. The remarks that followed were short.", nil},
	})
}

// "it said" after an organisation's statement is that organisation.
func TestItAfterOrgStatement(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"after a quotation", "Halvorsen Shipping ASA sold the yard. Halvorsen Shipping ASA paid its debts. \"We will not pay for the new yard,\" the Nordic Council said. It added that talks would continue.",
			[]string{"Nordic Council|We will not pay for the new yard|false", "Nordic Council|talks would continue|true"}},
		{"after a reported statement", "Halvorsen Shipping ASA sold the yard. Halvorsen Shipping ASA paid its debts. The Nordic Council said the deal was unfair. It added that talks would continue.",
			[]string{"Nordic Council|the deal was unfair|true", "Nordic Council|talks would continue|true"}},
		{"no statement before: the company in focus", "Halvorsen Shipping ASA sold the yard. The Nordic Council met in Oslo. It said the fleet was full.",
			[]string{"Halvorsen Shipping ASA|the fleet was full|true"}},
	})
}

// The attribution after a quotation names its speaker in an appositive:
// "…," X's spokesman, Y, told reporters.
func TestQuotationAppositiveSpeaker(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"company's spokesman, Y, told", "\"We will not sell the yard this year,\" Halvorsen Shipping ASA's spokesman, Kim Brandt, told reporters.",
			[]string{"Kim Brandt|We will not sell the yard this year|false"}},
		{"the union's leader, Y, said", "\"Our members want a fair wage,\" the union's leader, Olav Brun, said.",
			[]string{"Olav Brun|Our members want a fair wage|false"}},
		{"unnamed spokesman: the company", "\"We will not sell the yard this year,\" a spokesman for Halvorsen Shipping ASA said.",
			[]string{"Halvorsen Shipping ASA|We will not sell the yard this year|false"}},
	})
}
