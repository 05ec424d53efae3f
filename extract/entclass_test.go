package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestSportsClubs: a club is named by a club word before or after the
// place name (FC, SC, IL, Rovers, Athletic, Town), or takes a plural verb
// as a team does ("Tarvola Vale have appointed").
func TestSportsClubs(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Kingsbridge Athletic have signed the winger Kwesi Mensah on a three-year deal.",
			want: map[string]schema.EntityType{"Kingsbridge Athletic": org, "Kwesi Mensah": per}},
		{text: "He joined the Dutch club FC Varendam in 2019 and scored twice.",
			want: map[string]schema.EntityType{"FC Varendam": org}},
		{text: "Moorfield Rovers beat Ashcombe Town 2-1 on Saturday.",
			want: map[string]schema.EntityType{"Moorfield Rovers": org, "Ashcombe Town": org}},
		{text: "The striker left SC Lindenhof for Tarvola United last summer, officials said.",
			want: map[string]schema.EntityType{"SC Lindenhof": org, "Tarvola United": org}},
		{text: "The midfielder arrived from the Norwegian side Brekkvik IL in July.",
			want: map[string]schema.EntityType{"Brekkvik IL": org}},
		{text: "Tarvola Vale have appointed a new manager after a poor start.",
			want: map[string]schema.EntityType{"Tarvola Vale": org}},
		// negatives: people stay people
		{text: "Carla Young, a coach at Brenton Athletic, said the team was tired.",
			want: map[string]schema.EntityType{"Carla Young": per, "Brenton Athletic": org}},
		{text: "Jonas Brandt and Pia Holm have signed the letter.",
			want: map[string]schema.EntityType{"Jonas Brandt": per, "Pia Holm": per}},
	})
}

// TestAgencyAcronyms: an acronym or plain name is an organisation when a
// lower-case agency noun names it ("the state news agency KNA", "ZRCA, the
// UN fisheries agency"), a company when a business noun does.
func TestAgencyAcronyms(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Marta Ilieva told the state news agency KNA that the plan would go ahead.",
			want: map[string]schema.EntityType{"KNA": org}},
		{text: "About 9,000 people have fled since May, according to ZRCA, the UN fisheries agency.",
			want: map[string]schema.EntityType{"ZRCA": org}},
		{text: "Rovenza, the Italian health regulator, said on Monday that the drug was safe.",
			want: map[string]schema.EntityType{"Rovenza": org}},
		{text: "The Harbour Relief Programme (HRP) said it had enough tents. HRP will stay.",
			want: map[string]schema.EntityType{"Harbour Relief Programme": org}, absent: []string{"HRP"}},
		{text: "The campaign group Ocean Not Gas said the licence was unlawful.",
			want: map[string]schema.EntityType{"Ocean Not Gas": org}, absent: []string{"Ocean", "Gas"}},
		{text: "Members of the protest movement Rivers Before Roads blocked the bridge.",
			want: map[string]schema.EntityType{"Rivers Before Roads": org}},
		{text: "The agency Tarvia said on Monday that Kenya would pay.",
			want: map[string]schema.EntityType{"Tarvia": org, "Kenya": schema.Country}},
		{text: "Shares fell on Monday. Anvisa said the vaccine was safe. The agency approved it in May.",
			want: map[string]schema.EntityType{"Anvisa": org}},
		{text: "Demand was strong, Korvanta said on Tuesday. The company added that it would hire.",
			want: map[string]schema.EntityType{"Korvanta": com}},
		{text: "Ada Okafor met investors. Okafor said the plan was good. The company agreed.",
			want: map[string]schema.EntityType{"Ada Okafor": per}, absent: []string{"Okafor"}},
		// negatives: businesses stay companies
		{text: "The army, known as FAKR, said its soldiers had cleared three roads.",
			want: map[string]schema.EntityType{"FAKR": org}},
		{text: "Fighters of the Tarno Liberation Front, known by its French initials FLT, attacked. An FLT spokesman said nothing.",
			want: map[string]schema.EntityType{"Tarno Liberation Front": org}, absent: []string{"FLT"}},
		{text: "The central bank, known as BCRV, held rates. BCRV said inflation fell.",
			want: map[string]schema.EntityType{"BCRV": org}},
		{text: "Marchetti, whose Italian agency, Parlati Sports Management, represents him, declined.",
			want: map[string]schema.EntityType{"Parlati Sports Management": com}},
		{text: "KLT, the Danish shipping company, said profits fell.",
			want: map[string]schema.EntityType{"KLT": com}},
		{text: "Pellax, the Swiss drugmaker, said the trial had ended.",
			want: map[string]schema.EntityType{"Pellax": com}},
		{text: "Hiroshi Tanaka, a lawmaker from the opposition, said no.",
			want: map[string]schema.EntityType{"Hiroshi Tanaka": per}},
		{text: "Ana Brandt met investors. According to Brandt, the company is profitable.",
			want: map[string]schema.EntityType{"Ana Brandt": per}},
		{text: "The Berlin-based consumer group Preiswacht said the recall came too late.",
			want: map[string]schema.EntityType{"Preiswacht": org}},
	})
}

// TestPublicBodies: central banks and international bodies are
// organisations by their structure: "Bank of COUNTRY", "Central Bank",
// "Programme", "Without Borders", a commission whose name lists its tasks.
func TestPublicBodies(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Inflation slowed in May, according to the Bank of Greece.",
			want: map[string]schema.EntityType{"Bank of Greece": org}},
		{text: "Economists at the Bank of Italy expect a cut.",
			want: map[string]schema.EntityType{"Bank of Italy": org}},
		{text: "The Central Bank of Kenya raised rates on Tuesday.",
			want: map[string]schema.EntityType{"Central Bank of Kenya": org}},
		{text: "The World Harvest Programme said it had food for a month.",
			want: map[string]schema.EntityType{"World Harvest Programme": org}},
		{text: "Cholera cases rose, according to Engineers Without Borders.",
			want: map[string]schema.EntityType{"Engineers Without Borders": org}},
		{text: "The Commission for Arbitration, Mediation and Wages called both sides.",
			want:   map[string]schema.EntityType{"Commission for Arbitration, Mediation and Wages": org},
			absent: []string{"Commission for Arbitration"}},
		{text: "With the U.S. Federal Reserve holding rates, the bank waited.",
			want: map[string]schema.EntityType{"United States": schema.Country, "Federal Reserve": org}},
		{text: "Mineral Resources Minister Tumelo Dube urged both sides to settle.",
			want: map[string]schema.EntityType{"Tumelo Dube": per}, absent: []string{"Mineral Resources"}},
		{text: "Energy and Water Minister Lena Okoro said the dam would open.",
			want: map[string]schema.EntityType{"Lena Okoro": per}, absent: []string{"Energy and Water"}},
		// negatives: commercial banks stay companies, a company named U.S. stays whole
		{text: "U.S. Steel said it would close the mill.",
			want: map[string]schema.EntityType{"U.S. Steel": com}},
		{text: "The Health Ministry spokesman said the clinics were open.",
			want: map[string]schema.EntityType{"Health Ministry": org}},
		{text: "Bank of Westmark said its profit rose.",
			want: map[string]schema.EntityType{"Bank of Westmark": com}},
		{text: "Rates at Marlow Bank and the Harbour Savings Bank fell.",
			want: map[string]schema.EntityType{"Marlow Bank": com}},
	})
}

// TestPlacesNotPeople: a capitalised word after "in", "from", "near" or
// "mayor of", or before "province" or "region", with no person cue, is a
// place, not a person; real people in the same frames stay.
func TestPlacesNotPeople(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "She founded the company in a rented room behind a bakery in Kreuzwald, investors said.",
			absent: []string{"Kreuzwald"}},
		{text: "The 31-year-old from Tarnovo, who learned to row on a city lake, won.",
			absent: []string{"Tarnovo"}},
		{text: "Fighting in South Marrow province has killed 40 people.",
			absent: []string{"South Marrow"}},
		{text: "Aid reached West Tarno province on Friday. Officials in West Tarno said roads were closed.",
			absent: []string{"West Tarno"}},
		{text: "Ana Ferreira, the mayor of Vilanova, will become housing minister.",
			want: map[string]schema.EntityType{"Ana Ferreira": per}, absent: []string{"Vilanova"}},
		{text: "Aid reached North Marrow province. North Marrow's governor, Ana Lopes, said roads were closed.",
			want: map[string]schema.EntityType{"Ana Lopes": per}, absent: []string{"North Marrow"}},
		{text: "Ministers from the Gulf states and the Sahel met in Doha.",
			absent: []string{"Gulf", "Sahel"}},
		// negatives: people after the same prepositions; a name after "from"
		// is a place there only
		{text: "Orders came from Harwick Vale last year. Harwick Vale have signed a striker.",
			want: map[string]schema.EntityType{"Harwick Vale": org}},
		{text: "The letter from Jonas Brandt arrived on Monday.",
			want: map[string]schema.EntityType{"Jonas Brandt": per}},
		{text: "In Kitale, shopkeeper Joseph Mwangi said prices had doubled.",
			want: map[string]schema.EntityType{"Joseph Mwangi": per}, absent: []string{"Kitale"}},
		{text: "Talks in Lisbon with Anna Sousa ended late.",
			want: map[string]schema.EntityType{"Anna Sousa": per}},
	})
}

// TestNameParticles: particles (van der, Van den, Ó) and hyphenated given
// names stay inside one person's name; a social network's one-letter name
// ending a sentence is no initial.
func TestNameParticles(t *testing.T) {
	checkEntities(t, []entCase{
		{text: `"We cannot wait," said Greta van der Berg, a mining analyst.`,
			want: map[string]schema.EntityType{"Greta van der Berg": per}, absent: []string{"Greta", "Berg"}},
		{text: "Harbourside coach Pieter Van den Bosch said he was sad.",
			want: map[string]schema.EntityType{"Pieter Van den Bosch": per}},
		{text: "Seán Ó Briain, a farmer, said the price was too low.",
			want: map[string]schema.EntityType{"Seán Ó Briain": per}},
		{text: "He praised her in a post on X. Karl-Heinz Brandl, a former executive, agreed.",
			want: map[string]schema.EntityType{"Karl-Heinz Brandl": per}, absent: []string{"X. Karl-Heinz Brandl"}},
		{text: "Itziar Gómez Etxeberria said the vote was close.",
			want: map[string]schema.EntityType{"Itziar Gómez Etxeberria": per}},
	})
}

// TestCompanyForms: Spanish and Portuguese heads before the name (Banco,
// Grupo, Diário), long legal forms (S.A.B. de C.V.), and a "-based"
// modifier that is not part of the name.
func TestCompanyForms(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "The death was announced by Grupo Vidriero S.A.B. de C.V., the company he led.",
			want: map[string]schema.EntityType{"Grupo Vidriero S.A.B. de C.V.": com}},
		{text: "Sara Lind, an analyst at Port Elizabeth-based Fynbos Ventures, said so.",
			want: map[string]schema.EntityType{"Fynbos Ventures": com}, absent: []string{"Port Elizabeth-based Fynbos Ventures"}},
		{text: "Joaquín Rojo, chief economist at the Peruvian lender Banco Meridional, disagreed.",
			want: map[string]schema.EntityType{"Banco Meridional": com}},
		{text: "The minister resigned after the daily Jornal do Norte reported irregularities.",
			want: map[string]schema.EntityType{"Jornal do Norte": com}, absent: []string{"Norte"}},
	})
}

// TestOwnedOrganisations: a person's possessive before a party is not part
// of its name; a union's name keeps "and" and a plural possessive.
func TestOwnedOrganisations(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Morales's National Renewal Party holds 61 of the 150 seats.",
			want:   map[string]schema.EntityType{"National Renewal Party": org},
			absent: []string{"Morales's National Renewal Party"}},
		{text: "The Textile and Garment Workers' Union (TGWU) is demanding a raise.",
			want:   map[string]schema.EntityType{"Textile and Garment Workers' Union": org},
			absent: []string{"Garment Workers"}},
		{text: "The Steel and Foundry Workers' Union (SFWU) said the offer was too low. The SFWU will vote.",
			want:   map[string]schema.EntityType{"Steel and Foundry Workers' Union": org},
			absent: []string{"Steel and Foundry Workers", "SFWU"}},
		{text: "The Harbour Athletic Supporters' Trust asked for guarantees.",
			want: map[string]schema.EntityType{"Harbour Athletic Supporters' Trust": org}},
		{text: "The smaller Allied Drivers' Congress said it would not sign.",
			want: map[string]schema.EntityType{"Allied Drivers' Congress": org}},
	})
}

// TestAppositivePeople: a name is a person when an appositive gives it an
// occupation ("a Polish grandmaster") or when it is itself the appositive
// of a post before a speech verb ("The coach, Imraan Amod, said").
func TestAppositivePeople(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Jadwiga Kral, a Polish referee who watched the final, said it was fair.",
			want: map[string]schema.EntityType{"Jadwiga Kral": per}},
		{text: "The senior commissioner, Imraan Amod, said in a statement that a deal was near.",
			want: map[string]schema.EntityType{"Imraan Amod": per}},
		{text: "Radek Dvorny, a Czech agent who worked for the club, declined to comment.",
			want: map[string]schema.EntityType{"Radek Dvorny": per}},
		// negative: a company in the same frame
		{text: "Tarvex Holdings, a Czech builder, said it would appeal.",
			want: map[string]schema.EntityType{"Tarvex Holdings": com}},
	})
}
