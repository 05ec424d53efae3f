package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// entCase is one made-up sentence of a class of entity errors: the entities
// it must have (name and type) and the names no entity may have.
type entCase struct {
	text   string
	want   map[string]schema.EntityType
	absent []string
	notOrg []string // names that may be entities, but no organisation
}

// checkEntities runs each case through Extract.
func checkEntities(t *testing.T, cases []entCase) {
	t.Helper()
	for _, tt := range cases {
		d := run(tt.text)
		for name, typ := range tt.want {
			e, ok := entity(d, name)
			switch {
			case !ok:
				t.Errorf("%q: no entity %q in %v", tt.text, name, names(d))
			case e.Type != typ:
				t.Errorf("%q: %q is a %s, want %s", tt.text, name, e.Type, typ)
			}
		}
		for _, name := range tt.absent {
			if e, ok := entity(d, name); ok {
				t.Errorf("%q: unwanted %s %q", tt.text, e.Type, name)
			}
		}
		for _, name := range tt.notOrg {
			if e, ok := entity(d, name); ok && e.Type == schema.Organization {
				t.Errorf("%q: %q is an organization", tt.text, name)
			}
		}
	}
}

func names(d schema.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	return out
}

const (
	per = schema.Person
	org = schema.Organization
	com = schema.Company
)

// TestSportsClubs: a club is named by a club word before or after the
// place name (FC, SC, IL, Rovers, Athletic, Town), or takes a plural verb
// as a team does ("Tarvola Vale have appointed").
func TestSportsClubs(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Kingsbridge Athletic have signed the winger Kofi Mensah on a three-year deal.",
			want: map[string]schema.EntityType{"Kingsbridge Athletic": org, "Kofi Mensah": per}},
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
		{text: "The Harbour Relief Programme (HRP) said it had enough food. HRP will stay.",
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
		{text: "The army, known as FAKR, said its troops had retaken two villages.",
			want: map[string]schema.EntityType{"FAKR": org}},
		{text: "Fighters of the Tarno Liberation Front, known by its French initials FLT, attacked. An FLT spokesman said nothing.",
			want: map[string]schema.EntityType{"Tarno Liberation Front": org}, absent: []string{"FLT"}},
		{text: "The central bank, known as BCRV, held rates. BCRV said inflation fell.",
			want: map[string]schema.EntityType{"BCRV": org}},
		{text: "Lanzoni, whose Italian agency, Parlati Sports Management, represents him, declined.",
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
		{text: "Mineral Resources Minister Kagiso Dube urged both sides to settle.",
			want: map[string]schema.EntityType{"Kagiso Dube": per}, absent: []string{"Mineral Resources"}},
		{text: "Energy and Water Minister Lena Okoro said the dam would open.",
			want: map[string]schema.EntityType{"Lena Okoro": per}, absent: []string{"Energy and Water"}},
		// negatives: commercial banks stay companies, a company named U.S. stays whole
		{text: "U.S. Steel said it would close the mill.",
			want: map[string]schema.EntityType{"U.S. Steel": com}},
		{text: "The Health Ministry spokesman said the clinics were open.",
			want: map[string]schema.EntityType{"Health Ministry": org}},
		{text: "Bank of America said its profit rose.",
			want: map[string]schema.EntityType{"Bank of America": com}},
		{text: "Rates at Marlow Bank and the Harbour Savings Bank fell.",
			want: map[string]schema.EntityType{"Marlow Bank": com}},
	})
}

// TestPlacesNotPeople: a capitalised word after "in", "from", "near" or
// "mayor of", or before "province" or "region", with no person cue, is a
// place, not a person; real people in the same frames stay.
func TestPlacesNotPeople(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "She founded the company in a shared office above a bakery in Kreuzwald, investors said.",
			absent: []string{"Kreuzwald"}},
		{text: "The 24-year-old from Tarnovo, who learned the game in a railway club, won.",
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
		{text: `"We cannot wait," said Ruth van der Berg, a mining analyst.`,
			want: map[string]schema.EntityType{"Ruth van der Berg": per}, absent: []string{"Ruth", "Berg"}},
		{text: "Harbourside coach Pieter Van den Bosch said he was sad.",
			want: map[string]schema.EntityType{"Pieter Van den Bosch": per}},
		{text: "Seán Ó Briain, a farmer, said the price was too low.",
			want: map[string]schema.EntityType{"Seán Ó Briain": per}},
		{text: "He praised her in a post on X. Hans-Peter Brandl, a former executive, agreed.",
			want: map[string]schema.EntityType{"Hans-Peter Brandl": per}, absent: []string{"X. Hans-Peter Brandl"}},
		{text: "Lucía Pérez Arregui said the vote was close.",
			want: map[string]schema.EntityType{"Lucía Pérez Arregui": per}},
	})
}

// TestCompanyForms: Spanish and Portuguese heads before the name (Banco,
// Grupo, Diário), long legal forms (S.A.B. de C.V.), and a "-based"
// modifier that is not part of the name.
func TestCompanyForms(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "The death was announced by Grupo Vidriero S.A.B. de C.V., the company he led.",
			want: map[string]schema.EntityType{"Grupo Vidriero S.A.B. de C.V.": com}},
		{text: "Sara Lind, an analyst at Cape Town-based Ubuntu Ventures, said so.",
			want: map[string]schema.EntityType{"Ubuntu Ventures": com}, absent: []string{"Cape Town-based Ubuntu Ventures"}},
		{text: "Matías Rojo, chief economist at the Chilean lender Banco Meridional, disagreed.",
			want: map[string]schema.EntityType{"Banco Meridional": com}},
		{text: "The minister resigned after the daily Jornal do Norte reported irregularities.",
			want: map[string]schema.EntityType{"Jornal do Norte": com}, absent: []string{"Norte"}},
	})
}

// TestOwnedOrganisations: a person's possessive before a party is not part
// of its name; a union's name keeps "and" and a plural possessive.
func TestOwnedOrganisations(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Morales's National Renewal Party holds 98 of the 230 seats.",
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
// of a post before a speech verb ("The coach, Faizel Amod, said").
func TestAppositivePeople(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Zofia Kral, a Polish grandmaster who commentated the match, said it was fair.",
			want: map[string]schema.EntityType{"Zofia Kral": per}},
		{text: "The senior commissioner, Faizel Amod, said in a statement that a deal was near.",
			want: map[string]schema.EntityType{"Faizel Amod": per}},
		{text: "Miroslav Dvorny, a Czech intermediary who advised the club, declined to comment.",
			want: map[string]schema.EntityType{"Miroslav Dvorny": per}},
		// negative: a company in the same frame
		{text: "Tarvex Holdings, a Czech builder, said it would appeal.",
			want: map[string]schema.EntityType{"Tarvex Holdings": com}},
	})
}

// TestMarketReports: a name whose share price moves in a market report
// ("Centerbank added 5/8 to 8 3/4") or that has ADRs is a listed company;
// a sales figure or an index is not.
func TestMarketReports(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Shares of banks rose. Dorvale Bancshares firmed. Kestwick added 5/8 to 8 3/4 in heavy trading.",
			want: map[string]schema.EntityType{"Kestwick": com}},
		{text: "Marlo's lost 1 3/4 to 21 3/4 after the report.",
			want: map[string]schema.EntityType{"Marlo": com}},
		{text: "On the takeover front, Tarlington's ADRs rose 1/4 to 13 7/8.",
			want: map[string]schema.EntityType{"Tarlington": com}, absent: []string{"ADRs"}},
		{text: "WSJ text escapes its slashes: Brevard surged 6 3\\/4 to 55 1\\/2.",
			want: map[string]schema.EntityType{"Brevard": com}},
		// negatives: a sales figure, an index
		{text: "Exports rose 5% to $3 billion in May.", absent: []string{"Exports"}},
		{text: "In late trading the Dow rose 12 to 2,650.", absent: []string{"Dow"}},
	})
}

// TestSeatAndBodies: a name after an "X-based" modifier is a business; the
// acronyms of international bodies are organisations; an occupation opening
// a sentence is a title before a name.
func TestSeatAndBodies(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Lyon-based Ardent Biotech raised 40 million euros.",
			want: map[string]schema.EntityType{"Ardent Biotech": com}},
		{text: "The deal was arranged by Oslo-based Fjordline, the papers said.",
			want: map[string]schema.EntityType{"Fjordline": com}},
		{text: "Because neither club plays in Europe, UEFA's rules do not apply.",
			want: map[string]schema.EntityType{"UEFA": org}},
		{text: "About 11,000 people fled, UNHCR said on Monday.",
			want: map[string]schema.EntityType{"UNHCR": org}},
		{text: "The UNFCCC secretariat said the text was final.",
			want: map[string]schema.EntityType{"UNFCCC": org}},
		{text: "Lawyers for Corella Mining Ltd said they would appeal.",
			want: map[string]schema.EntityType{"Corella Mining Ltd": com}, absent: []string{"Lawyers for Corella Mining Ltd"}},
		{text: "Doctors for Peace said the clinic was closed.",
			want: map[string]schema.EntityType{"Doctors for Peace": org}},
		{text: "Paris-based OECD cut its forecast.",
			want: map[string]schema.EntityType{"OECD": org}},
		{text: "Novelist Ingrid Solberg won the prize on Friday.",
			want: map[string]schema.EntityType{"Ingrid Solberg": per}, absent: []string{"Novelist Ingrid Solberg"}},
		{text: "Striker Kwame Boateng scored twice on Saturday.",
			want: map[string]schema.EntityType{"Kwame Boateng": per}},
		// negatives: a person after a place-based title, a firm named by a trade
		{text: "London-based analyst Ann Lee said prices would rise.",
			want: map[string]schema.EntityType{"Ann Lee": per}},
		{text: "IBM said its profit rose.", want: map[string]schema.EntityType{"IBM": com}},
	})
}

// TestWordNetOrgHeads: a name ending in a kind of organisation from
// WordNet's noun.group (Brigade, Conservancy, Collective, Militia) is an
// organisation; heads that end other names as often (House, Band) are not.
func TestWordNetOrgHeads(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Fighters of the Kivu Defence Brigade attacked the town.",
			want: map[string]schema.EntityType{"Kivu Defence Brigade": org}},
		{text: "The Harbour Conservancy said the dunes were at risk.",
			want: map[string]schema.EntityType{"Harbour Conservancy": org}},
		{text: "Members of the Tarno Observers Collective marched on Friday.",
			want: map[string]schema.EntityType{"Tarno Observers Collective": org}},
		// negatives: a publisher's house, a band
		{text: "Marlow House published the memoir in May.", notOrg: []string{"Marlow House"}},
		{text: "The Velvet Harbour Band played on Friday.", notOrg: []string{"Velvet Harbour Band"}},
	})
}

// TestPersonFrames: a two-word name with no given name the lexicon knows is
// a person where only a person stands: after "by", "according to", "met",
// in a list after "include"; a surname with a company cue after it is
// still the person's ("Petković's spokesman").
func TestPersonFrames(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "The report was written by Oyelaran Adebisi on Monday.",
			want: map[string]schema.EntityType{"Oyelaran Adebisi": per}},
		{text: "The fund is empty, according to Ngozi Eze-Abara, a trustee.",
			want: map[string]schema.EntityType{"Ngozi Eze-Abara": per}},
		{text: "Critics include Sipho Mabaso, Lindiwe Khoza and Themba Ndlovu.",
			want: map[string]schema.EntityType{"Sipho Mabaso": per, "Lindiwe Khoza": per, "Themba Ndlovu": per}},
		{text: "The mayor, Dragana Petković, disagreed. Petković's spokesman said nothing.",
			want: map[string]schema.EntityType{"Dragana Petković": per}, absent: []string{"Petković"}},
		{text: "Coach Pieter Van den Bosch was sad. Van den Bosch, who joined in May, left.",
			want: map[string]schema.EntityType{"Pieter Van den Bosch": per}, absent: []string{"Van den Bosch"}},
		{text: "Ernesto Salas Garza died on Monday. \"Don Ernesto taught us all,\" a worker said.",
			want: map[string]schema.EntityType{"Ernesto Salas Garza": per}, absent: []string{"Don Ernesto"}},
		{text: "Don Ritter, a farmer, said prices fell.",
			want: map[string]schema.EntityType{"Don Ritter": per}},
		{text: "Lula da Silva met Xi Jinping in Brasília. Lula said Xi agreed.",
			want: map[string]schema.EntityType{"Lula da Silva": per, "Xi Jinping": per}, absent: []string{"Xi", "Lula"}},
		// negatives: products in a list, a company after "by"
		{text: "Its books, including Harbour Press's Scoring High and Learning Materials, sold well.",
			absent: []string{"Learning Materials"}},
		{text: "The plant is owned by Tarvex Holdings.",
			want: map[string]schema.EntityType{"Tarvex Holdings": com}},
	})
}

// FuzzEntityClasses runs Extract on mutations of sentences of the entity
// classes (particles, lists inside names, slogans, stock quotes, "on X."):
// every span stays inside the text, every entity has a name, and the
// output is the same twice.
func FuzzEntityClasses(f *testing.F) {
	for _, s := range []string{
		"The Commission for Arbitration, Mediation and Wages called both sides.",
		`"We cannot wait," said Ruth van der Berg, a mining analyst.`,
		"He praised her in a post on X. Hans-Peter Brandl, a former executive, agreed.",
		"The campaign group Ocean Not Gas said the licence was unlawful.",
		"WSJ text escapes its slashes: Brevard surged 6 3\\/4 to 55 1\\/2.",
		"Morales's National Renewal Party holds 98 of the 230 seats.",
		"The Textile and Garment Workers' Union (TGWU) is demanding a raise.",
		"Sara Lind, an analyst at Cape Town-based Ubuntu Ventures, said so.",
		"The army, known as FAKR, said its troops had retaken two villages.",
		"Anvisa said the vaccine was safe. The agency approved it.",
	} {
		f.Add(s)
	}
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		a := schema.Article{ID: "f", Date: "2020-01-01", Text: text}
		d := x.Extract(a)
		for _, e := range d.Entities {
			if e.Name == "" {
				t.Fatalf("entity with no name in %q", text)
			}
			for _, sp := range e.Spans {
				if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
					t.Fatalf("span %+v of %q out of bounds (%d)", sp, e.Name, len(text))
				}
			}
		}
		if again := x.Extract(a); len(again.Entities) != len(d.Entities) {
			t.Fatalf("%d entities, then %d, in %q", len(d.Entities), len(again.Entities), text)
		}
	})
}

// TestCountryRuns: a country's official name is one mention whatever its
// words ("Democratic Republic of the Congo", "Côte d'Ivoire"), and the
// short forms the gazetteer lacks (UAE, DRC) name their country.
func TestCountryRuns(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Officials from the Democratic Republic of Congo met in Goma.",
			want: map[string]schema.EntityType{"DR Congo": schema.Country}, absent: []string{"Republic of the Congo"}},
		{text: "Troops from Côte d'Ivoire left on Monday.",
			want: map[string]schema.EntityType{"Ivory Coast": schema.Country}},
		{text: "The UAE and the DRC signed the deal.",
			want: map[string]schema.EntityType{"United Arab Emirates": schema.Country, "DR Congo": schema.Country}},
		{text: "Officials from the Democratic Republic of Congo met. Congo's army and Congolese troops left.",
			want: map[string]schema.EntityType{"DR Congo": schema.Country}, absent: []string{"Republic of the Congo"}},
		// negatives: Congo alone is the Republic of the Congo; North and South Korea stay two
		{text: "North Korea and South Korea talked.",
			want: map[string]schema.EntityType{"North Korea": schema.Country, "South Korea": schema.Country}},
		{text: "Congo's president visited Brazzaville.",
			want: map[string]schema.EntityType{"Republic of the Congo": schema.Country}},
	})
}

// TestOutletsAndEvents: a name ending in a newspaper's word is a company
// ("Bloomberg News", "Harbour Herald"); a forum is an organisation; a
// numbered meeting (COP29) is an event, no entity.
func TestOutletsAndEvents(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "The talks stalled, Bloomberg News said on Monday.",
			want: map[string]schema.EntityType{"Bloomberg News": com}},
		{text: "The deal was first reported by the Tarvik Herald on Sunday.",
			want: map[string]schema.EntityType{"Tarvik Herald": com}},
		{text: "She spoke at the Global Harbour Forum in Oslo.",
			want: map[string]schema.EntityType{"Global Harbour Forum": org}},
		{text: "At COP29 in Baku, Azerbaijan, delegates met. SB62 ended.",
			want: map[string]schema.EntityType{"Azerbaijan": schema.Country}, absent: []string{"COP29", "SB62"}},
	})
	for w, want := range map[string]bool{"COP29": true, "SB62": true, "G20": false, "IBM": false, "F1": false, "A320X": false} {
		if got := numberedMeeting(w); got != want {
			t.Errorf("numberedMeeting(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestCommonAcronyms: acronyms that are common nouns (LNG, EVs, MPs, VAT,
// R&D, NGOs) name no entity; an agency's acronym still does.
func TestCommonAcronyms(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "The LNG terminal opened. Sales of EVs and SUVs rose in May.",
			absent: []string{"LNG", "EVs", "SUVs"}},
		{text: "Two MPs and three MEPs said the VAT rise and the CPI data were bad.",
			absent: []string{"MPs", "MEPs", "VAT", "CPI"}},
		{text: "NGOs welcomed the R&D plan. The UAV crashed near the HQ.",
			absent: []string{"NGOs", "R&D", "UAV", "HQ"}},
		// negative: an agency named by acronym
		{text: "The KNA said the plan would go ahead.",
			want: map[string]schema.EntityType{"KNA": org}},
	})
}

// TestBrandsAndWaters: "X maker Y" describes a company (OpenMind); seas, straits and the
// West Bank are places.
func TestBrandsAndWaters(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Chatbot maker OpenMind said the service was down.",
			want: map[string]schema.EntityType{"OpenMind": com}},
		{text: "Ships in the Red Sea and the Strait of Hormuz were attacked near the West Bank.",
			absent: []string{"Red Sea", "Strait of Hormuz", "West Bank"}},
		// negatives: people after the same kind of words
		{text: "Lena McAllister said the plan was good.",
			want: map[string]schema.EntityType{"Lena McAllister": per}},
		{text: "The club owner John Harrow sold his stake.",
			want: map[string]schema.EntityType{"John Harrow": per}},
	})
}
