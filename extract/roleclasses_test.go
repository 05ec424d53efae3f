package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRoleTitleTime: the words of time go to the status, not the title.
func TestRoleTitleTime(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "former before", text: "The plant was opened by former Kestrel Mills Corp. chief executive Ivo Brandt.",
			person: "Ivo Brandt", title: "chief executive", org: "Kestrel Mills Corp.", status: schema.StatusFormer},
		{name: "a former, appositive", text: "Ivo Brandt, a former president of Arlo Freight Inc., was there.",
			person: "Ivo Brandt", title: "president", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "retired", text: "Ivo Brandt, the retired chairman of Dorn Foods Ltd., sold his shares.",
			person: "Ivo Brandt", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "ORG's former", text: "Talvik Foods Ltd.'s former finance director, Anna Berg, sued.",
			person: "Anna Berg", title: "finance director", org: "Talvik Foods Ltd.", status: schema.StatusFormer},
		{name: "retired ORG title X", text: "The deal was signed by retired Circuit City Stores Inc. executive vice president Mark Ellis in 1990.",
			person: "Mark Ellis", title: "executive vice president", org: "Circuit City Stores Inc.", status: schema.StatusFormer},
		{name: "will become", text: "Mara Lind will become chairman of Arlo Freight Inc. in May.",
			person: "Mara Lind", title: "chairman", org: "Arlo Freight Inc.", status: schema.StatusIncoming},
		{name: "current", text: "Mara Lind, chairman of Arlo Freight Inc., said sales rose.",
			person: "Mara Lind", title: "chairman", org: "Arlo Freight Inc.", status: schema.StatusCurrent},
		{name: "no time word kept", text: "Ivo Brandt, a former president of Arlo Freight Inc., was there.",
			person: "Ivo Brandt", title: "former president", org: "Arlo Freight Inc.", not: true},
	})
}

// TestRoleGovernmentCountry: a government post whose country the article
// implies belongs to that country, never to a company.
func TestRoleGovernmentCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "finance minister, article about one country", text: "Estonia's cabinet met on Monday. Finance Minister Mart Kallas said the budget would be cut. Estonia expects growth.",
			person: "Mart Kallas", title: "finance minister", org: "Estonia"},
		{name: "the health minister, appositive", text: "Hospitals in Peru are full. Lucia Peralta, the health minister, asked for calm in Peru.",
			person: "Lucia Peralta", title: "health minister", org: "Peru"},
		{name: "portfolio words in a name run", text: "Mines in Ghana shut. Mineral Resources Minister Yaw Darko urged talks in Ghana.",
			person: "Yaw Darko", title: "mineral resources minister", org: "Ghana"},
		{name: "President before the name", text: "Voters in Kenya go to the polls. President Amos Kibet said Kenya was ready.",
			person: "Amos Kibet", title: "president", org: "Kenya"},
		{name: "economy secretary", text: "Mexico's peso rose. Economy Secretary Lidia Ortega said Mexico would sign.",
			person: "Lidia Ortega", title: "economy secretary", org: "Mexico"},
		{name: "demonym names the country", text: "Oil fell. Saudi Arabia pumped less. Saudi Energy Minister Faisal Qadri spoke in Vienna about Norway.",
			person: "Faisal Qadri", title: "energy minister", org: "Saudi Arabia"},
		{name: "a country after the preposition", text: "Talks began. Prime Minister Lena Strom of Sweden met Norway's Prime Minister Ola Berg.",
			person: "Lena Strom", title: "prime minister", org: "Sweden"},
		{name: "COUNTRY's Cap Title, X", text: "Prices rose in Kenya. Kenya's Trade Minister, Grace Wambui, said so.",
			person: "Grace Wambui", title: "trade minister", org: "Kenya"},
		{name: "Minister of Cap Portfolio, X", text: "Prices rose in Congo. Congo's Minister of Health Affairs, Mary Lane, said so.",
			person: "Mary Lane", title: "minister of health affairs", org: "Republic of the Congo"},
		{name: "The demonym Cap Title, X", text: "Prices rose in Kenya. The Kenyan Foreign Minister, Daniel Mwangi, agreed.",
			person: "Daniel Mwangi", title: "foreign minister", org: "Kenya"},
		// negatives
		{name: "a capitalised title with no owner or article", text: "In Nairobi, Chief Executive, Ada Okafor, agreed.", person: "Ada Okafor", not: true},
		{name: "portfolio is no org", text: "Mines in Ghana shut. Mineral Resources Minister Yaw Darko urged talks in Ghana.",
			person: "Yaw Darko", org: "Mineral Resources", not: true},
		{name: "never a company for a minister", text: "Chile's mines are idle. Rosa Vial, the mining minister, visited Andes Copper Corp. in Chile.",
			person: "Rosa Vial", org: "Andes Copper Corp.", not: true},
		{name: "no country named: no org", text: "Finance Minister Mart Kallas said the budget would be cut.",
			person: "Mart Kallas", title: "finance minister", org: ""},
		{name: "a company's president is not the state's", text: "Sales rose in Chile. Ana Ruiz, president of Andes Copper Corp., said so.",
			person: "Ana Ruiz", org: "Chile", not: true},
	})
}

// TestRoleEmployerByAnaphora: "its", "the company's", "the federation's",
// "this chemicals maker" and a bare corporate title name the organisation
// the article is about.
func TestRoleEmployerByAnaphora(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "Its chairman", text: "Talvik Foods Ltd. posted a loss. Its chairman, Jaan Oras, said the plan was sound.",
			person: "Jaan Oras", title: "chairman", org: "Talvik Foods Ltd."},
		{name: "a capitalised corporate title opening the sentence", text: "The wine comes from Silver Hollow Vineyards Inc. in California. Owner Al Brown planned to sell it.",
			person: "Al Brown", title: "owner", org: "Silver Hollow Vineyards Inc."},
		{name: "the company's, most named company", text: "Talvik Foods Ltd. posted a loss. Talvik cut jobs. Analysts at Birch Capital were unimpressed. The company's general counsel, Mari Tamm, declined to comment.",
			person: "Mari Tamm", title: "general counsel", org: "Talvik Foods Ltd."},
		{name: "ORG's CEO", text: "Talvik Foods Ltd. posted a loss. Talvik's CEO, Anna Berg, spoke later.",
			person: "Anna Berg", title: "ceo", org: "Talvik Foods Ltd."},
		{name: "the federation's", text: "The Baltic Chess Federation met in Riga. The federation's president, Ott Kask, resigned.",
			person: "Ott Kask", title: "president", org: "Baltic Chess Federation"},
		{name: "this chemicals maker", text: "Talvik Foods Ltd. posted a loss. Maris Ozols was named vice president of this chemicals maker.",
			person: "Maris Ozols", title: "vice president", org: "Talvik Foods Ltd."},
		{name: "bare corporate title", text: "Talvik Foods Ltd. posted a loss, said Anna Berg, chief executive officer.",
			person: "Anna Berg", title: "chief executive officer", org: "Talvik Foods Ltd."},
		{name: "Its: the subject of the sentence before", text: "Kestrel Motors Inc. recalled vans. Kestrel said so. The Federal Transport Authority opened an inquiry. Its president, Hanna Vogt, spoke.",
			person: "Hanna Vogt", title: "president", org: "Federal Transport Authority"},
		// negatives
		{name: "Its is not the company most named", text: "Kestrel Motors Inc. recalled vans. Kestrel said so. The Federal Transport Authority opened an inquiry. Its president, Hanna Vogt, spoke.",
			person: "Hanna Vogt", org: "Kestrel Motors Inc.", not: true},
		{name: "the description is no title", text: "Talvik Foods Ltd. posted a loss. Maris Ozols was named vice president of this chemicals maker.",
			person: "Maris Ozols", title: "vice president of this chemicals maker", org: "Talvik Foods Ltd.", not: true},
		{name: "the last named is not the company in focus", text: "Talvik Foods Ltd. posted a loss. Talvik cut jobs. Analysts at Birch Capital were unimpressed. The company's general counsel, Mari Tamm, declined to comment.",
			person: "Mari Tamm", org: "Birch Capital", not: true},
		{name: "a family's is no organisation", text: "Talvik Foods Ltd. posted a loss. The family's lawyer, Mari Tamm, declined to comment.",
			person: "Mari Tamm", org: "Talvik Foods Ltd.", not: true},
	})
}

// TestRoleOccupations: occupations (WordNet noun.person) are titles, before
// the name or in an appositive, with the employer after "of" or "at".
func TestRoleOccupations(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "the novelist X", text: "The prize went to the novelist Ruth Amble on Monday.",
			person: "Ruth Amble", title: "novelist", org: ""},
		{name: "occupation X of ORG", text: "The virologist Ines Kahl of Tallinn University warned of a new wave.",
			person: "Ines Kahl", title: "virologist", org: "Tallinn University"},
		{name: "appositive occupation at ORG", text: "Mari Tamm, a virologist at Tartu University, agreed.",
			person: "Mari Tamm", title: "virologist", org: "Tartu University"},
		{name: "analyst X at ORG", text: "Mining analyst Mart Kivi at Birch Capital Ltd. was cautious.",
			person: "Mart Kivi", title: "analyst", org: "Birch Capital Ltd."},
		{name: "shopkeeper", text: "In Tartu, shopkeeper Jaan Kask said fraudsters had called him.",
			person: "Jaan Kask", title: "shopkeeper", org: ""},
		// negatives: kin, stakes and candidacies are no posts; a city is no employer
		{name: "kin", text: "Ann Lee, a mother of three, agreed.", person: "Ann Lee", not: true},
		{name: "a shareholder", text: "Ann Lee, a shareholder in Birch Capital Ltd., sued.", person: "Ann Lee", not: true},
		{name: "a candidate", text: "Ann Lee, a candidate for mayor, spoke.", person: "Ann Lee", not: true},
		{name: "a city is no employer", text: "Lawyer Tom Hill of Chicago agreed.", person: "Tom Hill", title: "lawyer", org: "Chicago", not: true},
	})
}

// TestRoleDescribedEmployer: the employer after a description ("at the
// Chilean lender Banco Litoral", "of the Austrian glassmaker Moselglas AG")
// is the name, not the country; "Y's current chief executive" is current.
func TestRoleDescribedEmployer(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "demonym and noun before the name", text: "Kai Lenn, chief economist at the Peruvian lender Banco Litoral, said so.",
			person: "Kai Lenn", title: "chief economist", org: "Banco Litoral"},
		{name: "-maker", text: "Hans Kohler, a former chief executive of the Austrian glassmaker Moselglas AG, said so.",
			person: "Hans Kohler", title: "chief executive", org: "Moselglas AG", status: schema.StatusFormer},
		{name: "noun before the name", text: "Dana Holt, a former sales chief at the payments company Vellucor Systems, spoke.",
			person: "Dana Holt", title: "sales chief", org: "Vellucor Systems", status: schema.StatusFormer},
		{name: "of the company", text: "Vitral Glass Corp. said so. Oscar Lumb, a former finance director of the company, agreed.",
			person: "Oscar Lumb", title: "finance director", org: "Vitral Glass Corp.", status: schema.StatusFormer},
		{name: "current", text: "Vitral Glass Corp. said so. Marta Ruiz, Vitral Glass Corp.'s current chief executive, agreed.",
			person: "Marta Ruiz", title: "chief executive", org: "Vitral Glass Corp.", status: schema.StatusCurrent},
		// negatives
		{name: "the demonym is not the employer", text: "Kai Lenn, chief economist at the Peruvian lender Banco Litoral, said so.",
			person: "Kai Lenn", org: "Chile", not: true},
		{name: "a place after the noun", text: "Kai Lenn, an engineer at the plant in Chile, said so.",
			person: "Kai Lenn", org: "Chile", not: true},
	})
}

// TestRoleVerbs: roles stated by a verb, of its subject or of its object.
func TestRoleVerbs(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "is chairman of", text: "John Oram is chairman of Birch Capital Ltd. in Tallinn.",
			person: "John Oram", title: "chairman", org: "Birch Capital Ltd."},
		{name: "succeeds: the successor", text: "Maria Tamm succeeds Oliver Kask as chief executive of Talvik Foods Ltd. in May.",
			person: "Maria Tamm", title: "chief executive", org: "Talvik Foods Ltd.", status: schema.StatusCurrent},
		{name: "succeeds: the predecessor", text: "Maria Tamm succeeds Oliver Kask as chief executive of Talvik Foods Ltd. in May.",
			person: "Oliver Kask", title: "chief executive", org: "Talvik Foods Ltd.", status: schema.StatusFormer},
		{name: "took over from", text: "Peter Lind took over from Martin Grey as head coach of Kestlow Rovers in March.",
			person: "Martin Grey", title: "head coach", org: "Kestlow Rovers", status: schema.StatusFormer},
		{name: "named X as its new CFO", text: "On Monday Talvik Foods Ltd. named Anna Berg as its new CFO.",
			person: "Anna Berg", title: "cfo", org: "Talvik Foods Ltd."},
		{name: "ORG appointed X title", text: "Kestrel Corp. appointed Lisa Ward chief financial officer.",
			person: "Lisa Ward", title: "chief financial officer", org: "Kestrel Corp."},
		{name: "who founded", text: "Mira Kessel, who founded Sorvik Analytics GmbH in 2017, spoke.",
			person: "Mira Kessel", title: "founder", org: "Sorvik Analytics GmbH"},
		{name: "who founded the company: the holder's", text: "Tessera Inc. bought Sorvik Ltd. Tessera Inc. said so. Sorvik Ltd.'s chief executive, Mira Kessel, who founded the company in 2017, spoke.",
			person: "Mira Kessel", title: "founder", org: "Sorvik Ltd."},
		{name: "founded it", text: "Sorvik Ltd. grew fast. Mark Ellis founded it in 1990.",
			person: "Mark Ellis", title: "founder", org: "Sorvik Ltd."},
		{name: "pronoun subject", text: "Mark Ellis joined Kestrel Corp. in 1990. He was also president of the Glass Makers Association.",
			person: "Mark Ellis", title: "president", org: "Glass Makers Association"},
		{name: "was an occupation", text: "Tom Reyes was a lawyer in Madrid before the war.",
			person: "Tom Reyes", title: "lawyer", org: ""},
		{name: "succeeding, future", text: "Lisa Ward, 55, will become chairman of Kestrel Corp. in May, succeeding Owen Parton, 64, who is retiring.",
			person: "Owen Parton", title: "chairman", org: "Kestrel Corp.", status: schema.StatusCurrent},
		{name: "replacing, past", text: "Lisa Ward became chairman of Kestrel Corp. in May, replacing Owen Parton.",
			person: "Owen Parton", title: "chairman", org: "Kestrel Corp.", status: schema.StatusFormer},
		{name: "said that X will become", text: "Halvorsen Shipping ASA said on Monday that Ingrid Moberg, 51, will become chief executive officer in April.",
			person: "Ingrid Moberg", title: "chief executive officer", org: "Halvorsen Shipping ASA", status: schema.StatusIncoming},
		{name: "was replaced by", text: "Prices rose in Peru. Tomas Vela, the finance minister who wrote two budgets, was replaced by Ana Peralta.",
			person: "Ana Peralta", title: "finance minister", org: "Peru", status: schema.StatusCurrent},
		{name: "will be succeeded by", text: "Prices rose in Peru. Health Minister Rosa Diaz will stay until April, when she will be succeeded by Mario Ruiz.",
			person: "Mario Ruiz", title: "health minister", org: "Peru", status: schema.StatusIncoming},
		{name: "until now", text: "Prices rose in Peru. Ana Peralta, until now secretary of state for the budget, spoke.",
			person: "Ana Peralta", title: "secretary of state", org: "Peru", status: schema.StatusFormer},
		{name: "join Y as", text: "Mark Ellis will join Tessera Inc. as chief financial officer in May.",
			person: "Mark Ellis", title: "chief financial officer", org: "Tessera Inc.", status: schema.StatusIncoming},
		{name: "join Y as, with a modifier that names something else", text: "The European Commission met. Mark Ellis will join Tessera Inc. as European finance director.",
			person: "Mark Ellis", title: "finance director", org: "Tessera Inc.", status: schema.StatusIncoming},
		{name: "subject in apposition to a title", text: "Sorvik Ltd.'s finance chief, Greta Hollmer, will join Tessera Inc. as chief financial officer.",
			person: "Greta Hollmer", title: "chief financial officer", org: "Tessera Inc.", status: schema.StatusIncoming},
		// negatives
		{name: "is expected to become", text: "Ann Holt is expected to become chairman of Kestrel Corp.",
			person: "Ann Holt", title: "chairman", org: "Kestrel Corp.", status: schema.StatusIncoming},
		{name: "an aim is no post", text: "Laura Dole says she is studying to become a nurse.", person: "Laura Dole", not: true},
		{name: "wants to be named", text: "Laura Dole wants to be named chairman of Kestrel Corp.", person: "Laura Dole", not: true},
		{name: "the reporter is not the subject", text: "Tom Reyes said that Ann Holt will become chief executive of Tessera Inc. in May.",
			person: "Tom Reyes", not: true},
		{name: "a name after a comma is no subject", text: "Sorvik Ltd. praised its staff, Greta Hollmer said, and will join Tessera Inc. as a partner.",
			person: "Greta Hollmer", org: "Tessera Inc.", not: true},
		{name: "replaced by a thing", text: "Prices rose in Peru. Tomas Vela, the finance minister, was replaced by a committee chaired by Ana Peralta.",
			person: "Ana Peralta", title: "finance minister", org: "Peru", not: true},
		{name: "succeeding in another sentence", text: "Lisa Ward became chairman of Kestrel Corp. in May. The plant, succeeding Owen Parton's old mill, opened.",
			person: "Owen Parton", not: true},
		{name: "no title after the verb", text: "Tom Reyes was chairman-less for a year and is a keen sailor.", person: "Tom Reyes", not: true},
		{name: "as well as", text: "Tom Reyes as well as chairman Anna Berg of Kestrel Corp. left.", person: "Tom Reyes", not: true},
		{name: "another clause's verb", text: "Mark Ellis left Kestrel Corp. in May. He is replaced by Lisa Ward, a banker who until now was treasurer of Birch Capital Ltd.",
			person: "Mark Ellis", title: "treasurer", org: "Birch Capital Ltd.", not: true},
		{name: "had been, after an appositive", text: "Mark Ellis, 61, who had been treasurer of Birch Capital Ltd. since 2001, left.",
			person: "Mark Ellis", title: "treasurer", org: "Birch Capital Ltd.", status: schema.StatusFormer},
		{name: "who founded the company: not the company most named", text: "Tessera Inc. bought Sorvik Ltd. Tessera Inc. said so. Sorvik Ltd.'s chief executive, Mira Kessel, who founded the company in 2017, spoke.",
			person: "Mira Kessel", title: "founder", org: "Tessera Inc.", not: true},
		{name: "founded a country", text: "Tom Reyes founded Kestrel Corp. in Chile.", person: "Tom Reyes", org: "Chile", not: true},
	})
}

// TestRoleAppositiveMore: appositives with an age, an adverb or a time
// word before the title.
func TestRoleAppositiveMore(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "years old and former", text: "Tom Reyes, 58 years old and former president of Arco Holdings Inc., will join the board.",
			person: "Tom Reyes", title: "president", org: "Arco Holdings Inc.", status: schema.StatusFormer},
		{name: "formerly", text: "Lisa Ward, formerly treasurer of Birch Capital Ltd., left.",
			person: "Lisa Ward", title: "treasurer", org: "Birch Capital Ltd.", status: schema.StatusFormer},
		{name: "previously", text: "Lisa Ward, previously head of research at Birch Capital Ltd., joined Kestrel Corp.",
			person: "Lisa Ward", title: "head of research", org: "Birch Capital Ltd.", status: schema.StatusFormer},
		{name: "age then the retired", text: "Mark Ellis, 61, the retired chairman of Dorn Foods Ltd., sold his shares.",
			person: "Mark Ellis", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "City, State, before the title", text: "Ed Mack, a Darien, Conn., fund manager who tracks insurers, said so.",
			person: "Ed Mack", title: "fund manager", org: ""},
		// negatives
		{name: "City, State, before no title", text: "Ann Lee, a Dallas, Texas, resident, agreed.", person: "Ann Lee", not: true},
		{name: "years old, no title", text: "Tom Reyes, 58 years old and a keen sailor, will join Arco Holdings Inc.", person: "Tom Reyes", not: true},
		{name: "formerly, a place", text: "Lisa Ward, formerly of Birch Capital Ltd., left.", person: "Lisa Ward", not: true},
	})
}

// TestRoleCompoundPortfolio: portfolios joined by "and" before a
// government title are one post; two posts held together ("president and
// chief executive officer") stay two roles, as the dev (WSJ) gold counts
// them.
func TestRoleCompoundPortfolio(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "two portfolios", text: "Prices rose in Estonia. Environment and Energy Minister Maria Tamm spoke in Estonia.",
			person: "Maria Tamm", title: "environment and energy minister", org: "Estonia"},
		{name: "three portfolios", text: "Prices rose in Estonia. Later, Trade, Industry and Energy Minister John Oram agreed.",
			person: "John Oram", title: "trade, industry and energy minister", org: "Estonia"},
		{name: "two posts", text: "Lena Brook, president and chief executive officer of Palworth Corp., spoke.",
			person: "Lena Brook", title: "chief executive officer", org: "Palworth Corp."},
		// negatives: a person or a sentence adverb is no portfolio
		{name: "a person before and", text: "Prices rose in Estonia. Maria Tamm and Energy Minister John Oram met.",
			person: "John Oram", title: "maria tamm and energy minister", org: "Estonia", not: true},
		{name: "a sentence adverb", text: "Prices rose in Estonia. Later, Trade, Industry and Energy Minister John Oram agreed.",
			person: "John Oram", title: "later, trade, industry and energy minister", org: "Estonia", not: true},
		{name: "only the last portfolio", text: "Prices rose in Estonia. Environment and Energy Minister Maria Tamm spoke in Estonia.",
			person: "Maria Tamm", title: "energy minister", org: "Estonia", not: true},
	})
}

// TestRoleFreeModifiers: a field before an occupation after an article,
// or a portfolio before "minister", is part of the title even when no list
// knows it; a judging adjective is not, and makes no role.
func TestRoleFreeModifiers(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a political scientist", text: "Rita Gomez, a political scientist at the Lima Institute of Studies, said so.",
			person: "Rita Gomez", title: "political scientist", org: "Lima Institute of Studies"},
		{name: "a career diplomat", text: "Prices rose in Peru. Thomas Mendes is a career diplomat.",
			person: "Thomas Mendes", title: "career diplomat", org: ""},
		{name: "housing minister", text: "Prices rose in Peru. Ana Peralta will become housing minister on April 1.",
			person: "Ana Peralta", title: "housing minister", org: "Peru", status: schema.StatusIncoming},
		{name: "the emergency coordinator", text: "Ana Peralta, the emergency coordinator of Kestrel Aid Foundation, said so.",
			person: "Ana Peralta", title: "emergency coordinator", org: "Kestrel Aid Foundation"},
		{name: "leader of a party", text: "Gonçalo Brites, leader of the Reform Compact, spoke.",
			person: "Gonçalo Brites", title: "leader", org: "Reform Compact"},
		{name: "board member of", text: "Sofia Quintana, a board member of the Central Bank of Chile, voted no.",
			person: "Sofia Quintana", title: "board member", org: "Central Bank of Chile"},
		// negatives
		{name: "a member is an affiliation", text: "Ana Peralta, a member of the Lima Chess Club, spoke.", person: "Ana Peralta", not: true},
		{name: "a leader alone", text: "Tom Reyes, a leader, spoke.", person: "Tom Reyes", not: true},
		{name: "a good partner", text: "Richard Dole was a good partner to the firm.", person: "Richard Dole", not: true},
		{name: "an unstinting teacher", text: "Nancy Yarrow, an unstinting teacher, won praise.", person: "Nancy Yarrow", not: true},
		{name: "the best man", text: "Ana Peralta, the best man at the wedding, spoke.", person: "Ana Peralta", not: true},
	})
}
