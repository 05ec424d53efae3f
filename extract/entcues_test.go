package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// More entity classes, each a table of made-up sentences with negatives
// (checkEntities is in tables_test.go).

// TestMarketReports: a name whose share price moves in a market report
// ("Harborbank added 3/8 to 9 1/4") or that has ADRs is a listed company;
// a sales figure or an index is not.
func TestMarketReports(t *testing.T) {
	checkEntities(t, []entCase{
		{text: "Shares of banks rose. Dorvale Bancshares firmed. Kestwick added 3/8 to 9 1/4 in heavy trading.",
			want: map[string]schema.EntityType{"Kestwick": com}},
		{text: "Marlo's lost 1 1/4 to 17 1/2 after the report.",
			want: map[string]schema.EntityType{"Marlo": com}},
		{text: "On the takeover front, Tarlington's ADRs rose 1/8 to 11 5/8.",
			want: map[string]schema.EntityType{"Tarlington": com}, absent: []string{"ADRs"}},
		{text: "WSJ text escapes its slashes: Brevard surged 4 1\\/4 to 38 3\\/4.",
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
		{text: "Lawyers for Tamberra Mining Ltd said they would appeal.",
			want: map[string]schema.EntityType{"Tamberra Mining Ltd": com}, absent: []string{"Lawyers for Tamberra Mining Ltd"}},
		{text: "Doctors for Peace said the clinic was closed.",
			want: map[string]schema.EntityType{"Doctors for Peace": org}},
		{text: "Paris-based OECD cut its forecast.",
			want: map[string]schema.EntityType{"OECD": org}},
		{text: "Novelist Maren Lykke won the prize on Friday.",
			want: map[string]schema.EntityType{"Maren Lykke": per}, absent: []string{"Novelist Maren Lykke"}},
		{text: "Striker Kojo Amponsah scored twice on Saturday.",
			want: map[string]schema.EntityType{"Kojo Amponsah": per}},
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
		{text: "Fighters of the Tarvo Defence Brigade attacked the town.",
			want: map[string]schema.EntityType{"Tarvo Defence Brigade": org}},
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
		{text: "The report was written by Olumide Adebisi on Monday.",
			want: map[string]schema.EntityType{"Olumide Adebisi": per}},
		{text: "The fund is empty, according to Ngozi Eze-Abara, a trustee.",
			want: map[string]schema.EntityType{"Ngozi Eze-Abara": per}},
		{text: "Critics include Sipho Mabaso, Lindiwe Khoza and Sizwe Zwane.",
			want: map[string]schema.EntityType{"Sipho Mabaso": per, "Lindiwe Khoza": per, "Sizwe Zwane": per}},
		{text: "The mayor, Dragana Petković, disagreed. Petković's spokesman said nothing.",
			want: map[string]schema.EntityType{"Dragana Petković": per}, absent: []string{"Petković"}},
		{text: "Coach Pieter Van den Bosch was sad. Van den Bosch, who joined in May, left.",
			want: map[string]schema.EntityType{"Pieter Van den Bosch": per}, absent: []string{"Van den Bosch"}},
		{text: "Ignacio Montes Ibarra died on Monday. \"Don Ignacio taught us all,\" a worker said.",
			want: map[string]schema.EntityType{"Ignacio Montes Ibarra": per}, absent: []string{"Don Ignacio"}},
		{text: "Don Ritter, a farmer, said prices fell.",
			want: map[string]schema.EntityType{"Don Ritter": per}},
		{text: "Lula da Silva met Xi Jinping in Brasília. Lula said Xi agreed.",
			want: map[string]schema.EntityType{"Lula da Silva": per, "Xi Jinping": per}, absent: []string{"Xi", "Lula"}},
		// negatives: products in a list, a company after "by"
		{text: "Its books, including Harbour Press's Reading Ready and Number Paths, sold well.",
			absent: []string{"Number Paths"}},
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
		`"We cannot wait," said Greta van der Berg, a mining analyst.`,
		"He praised her in a post on X. Karl-Heinz Brandl, a former executive, agreed.",
		"The campaign group Ocean Not Gas said the licence was unlawful.",
		"WSJ text escapes its slashes: Brevard surged 4 1\\/4 to 38 3\\/4.",
		"Morales's National Renewal Party holds 61 of the 150 seats.",
		"The Textile and Garment Workers' Union (TGWU) is demanding a raise.",
		"Sara Lind, an analyst at Port Elizabeth-based Fynbos Ventures, said so.",
		"The army, known as FAKR, said its soldiers had cleared three roads.",
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
		{text: "Officials from the Democratic Republic of Congo met in Lutoro.",
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
