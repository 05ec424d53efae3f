package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// All texts below are made up: the people and companies are fictional, the
// countries real.

var x = New()

func run(text string) schema.Document {
	return x.Extract(schema.Article{ID: "t", Date: "2023-05-02", Text: text})
}

func entity(d schema.Document, name string) (schema.Entity, bool) {
	return d.Entity(name)
}

func hasAlias(e schema.Entity, alias string) bool {
	for _, a := range e.Aliases {
		if a == alias {
			return true
		}
	}
	return false
}

func TestEntityTypes(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  schema.EntityType
	}{
		{"Shares of Norvale Robotics Inc. rose 5% on Tuesday.", "Norvale Robotics Inc.", schema.Company},
		{"The deal was approved by the Ministry of Coastal Affairs last week.", "Ministry of Coastal Affairs", schema.Organization},
		{"Analysts at Brindle & Marsh expect more cuts.", "Brindle & Marsh", schema.Company},
		{"The talks were held in Norway and Chile.", "Norway", schema.Country},
		{"The talks were held in Norway and Chile.", "Chile", schema.Country},
		{"Officials in Kenya said nothing, and Peter Talbot declined to comment.", "Peter Talbot", schema.Person},
		{"The Kremlin said it had no plans.", "Kremlin", schema.Organization},
		{"He studied at Westbrook University of Applied Arts before moving.", "Westbrook University of Applied Arts", schema.Organization},
		{"Quorvant Group Ltd. said its profit fell.", "Quorvant Group Ltd.", schema.Company},
	}
	for _, tt := range tests {
		d := run(tt.text)
		e, ok := entity(d, tt.name)
		if !ok {
			t.Errorf("%q: no entity %q in %+v", tt.text, tt.name, d.Entities)
			continue
		}
		if e.Type != tt.typ {
			t.Errorf("%q: %q has type %s, want %s", tt.text, tt.name, e.Type, tt.typ)
		}
		if e.ID != schema.EntityKey(tt.typ, tt.name) {
			t.Errorf("%q: ID %q", tt.text, e.ID)
		}
	}
}

func TestNoSpuriousEntities(t *testing.T) {
	d := run("Meanwhile, Monday was quiet. However, the market in California rose in March.")
	if len(d.Entities) != 0 {
		t.Errorf("want no entities, got %+v", d.Entities)
	}
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		text, name, alias string
		typ               schema.EntityType
	}{
		{"Harriet Olsen, 52, joined the board. Ms. Olsen said the plan was sound.", "Harriet Olsen", "Olsen", schema.Person},
		{"Gregor Vantas spoke first. Later Vantas left the room.", "Gregor Vantas", "Vantas", schema.Person},
		{"Belmont Tooling Corp. cut jobs. Belmont said sales were weak.", "Belmont Tooling Corp.", "Belmont", schema.Company},
		{"The Office of Budget Review (OBR) warned on spending. The OBR said more.", "Office of Budget Review", "OBR", schema.Organization},
		{"Russia's army moved. Russian troops crossed the river.", "Russia", "Russian", schema.Country},
		{"Kremlin’s spokesman was silent.", "Kremlin", "", schema.Organization},
	}
	for _, tt := range tests {
		d := run(tt.text)
		e, ok := entity(d, tt.name)
		if !ok {
			t.Errorf("%q: no entity %q in %+v", tt.text, tt.name, d.Entities)
			continue
		}
		if e.Type != tt.typ {
			t.Errorf("%q: type %s, want %s", tt.text, e.Type, tt.typ)
		}
		if tt.alias != "" && !hasAlias(e, tt.alias) {
			t.Errorf("%q: %q lacks alias %q: %v", tt.text, tt.name, tt.alias, e.Aliases)
		}
		if e.Mentions < 1 || len(e.Spans) != e.Mentions {
			t.Errorf("%q: mentions %d spans %d", tt.text, e.Mentions, len(e.Spans))
		}
		for _, sp := range e.Spans {
			if sp.Start < 0 || sp.End > len(tt.text) || sp.Start >= sp.End {
				t.Errorf("%q: bad span %+v", tt.text, sp)
			}
		}
	}
}

func TestScriptsAndDemonyms(t *testing.T) {
	tests := []struct {
		text, name, alias string
	}{
		{"Ukrainians queued for bread. Україна will not give up, the mayor said.", "Ukraine", "Україна"},
		{"Ukrainians queued for bread in the east of Ukraine.", "Ukraine", "Ukrainians"},
		{"Americans went to the polls. The U.S. economy grew.", "United States", "U.S."},
		{"Americans went to the polls.", "United States", "Americans"},
		{"Israelis were divided over the plan.", "Israel", "Israelis"},
		{"Exports to the UK fell.", "United Kingdom", "UK"},
		{"Россия закрыла границу. Talks with Russia stalled.", "Russia", "Россия"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		e, ok := entity(d, tt.name)
		if !ok {
			t.Errorf("%q: no %q in %+v", tt.text, tt.name, d.Entities)
			continue
		}
		if e.Type != schema.Country {
			t.Errorf("%q: %q is %s", tt.text, tt.name, e.Type)
		}
		if !hasAlias(e, tt.alias) && e.Name != tt.alias {
			t.Errorf("%q: %q lacks alias %q: %v", tt.text, tt.name, tt.alias, e.Aliases)
		}
	}
	// lower-case codes are words, not countries
	d := run("Tell us about it: the answer is in the box and at home.")
	for _, e := range d.Entities {
		if e.Type == schema.Country {
			t.Errorf("spurious country %+v", e)
		}
	}
	// a person's name in Cyrillic joins the Latin one
	d = run("Trade minister Boris Kalinin spoke. Later he wrote: Борис Калинин.")
	e, ok := d.Entity("Boris Kalinin")
	if !ok || !hasAlias(e, "Борис Калинин") {
		t.Errorf("Cyrillic name not resolved: %+v", d.Entities)
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text               string
		person, title, org string
	}{
		{"Veltrix CEO Dana Morrow said the launch was late.", "Dana Morrow", "ceo", "Veltrix"},
		{"Brazilian President Paulo Andrade arrived on Monday.", "Paulo Andrade", "president", "Brazil"},
		{"Norwegian energy chief Lars Fjeld opposed the plan.", "Lars Fjeld", "energy chief", "Norway"},
		{"Karl Weston, chairman of Dunmore Mills Inc., resigned.", "Karl Weston", "chairman", "Dunmore Mills Inc."},
		{"Lena Brook, president and chief executive officer of Palworth Corp., spoke.", "Lena Brook", "chief executive officer", "Palworth Corp."},
		{"Lena Brook, president and chief executive officer of Palworth Corp., spoke.", "Lena Brook", "president", "Palworth Corp."},
		{"Ocean Freight Ltd.'s chief executive, Tom Ridley, quit.", "Tom Ridley", "chief executive", "Ocean Freight Ltd."},
		{"Aid arrived in Finland. The nation's deputy prime minister, Aino Virtanen, thanked donors.", "Aino Virtanen", "deputy prime minister", "Finland"},
		{"Talks resumed in Chile. Head of the Presidential Office Rodrigo Saez attended.", "Rodrigo Saez", "head of the presidential office", "Chile"},
		{"Mark Ellery, a lawyer, declined to comment.", "Mark Ellery", "lawyer", ""},
	}
	for _, tt := range tests {
		d := run(tt.text)
		found := false
		for _, r := range d.Roles {
			if r.Person == tt.person && r.Title == tt.title && r.Org == tt.org {
				found = true
				if r.Confidence <= 0 || r.Confidence > 1 || r.Span == nil || r.Span.End > len(tt.text) {
					t.Errorf("%q: bad confidence/span %+v", tt.text, r)
				}
			}
		}
		if !found {
			t.Errorf("%q: no role {%s, %s, %s} in %+v", tt.text, tt.person, tt.title, tt.org, d.Roles)
		}
	}
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		text, speaker, org, start string
	}{
		{`"We will not sell the plant," said Rosa Quint, the company's chairman.`, "Rosa Quint", "", "We will not sell"},
		{`"Prices will keep rising for a while," Hugo Dray said.`, "Hugo Dray", "", "Prices will keep"},
		{`Mira Solvang said: "The numbers are simply wrong and we know it."`, "Mira Solvang", "", "The numbers are"},
		{"Taking to Twitter, Abel Korr wrote, “I am leaving the board today.” “It was a good run,” he added.", "Abel Korr", "", "It was a good run"},
		{`Corvane Systems Inc. posted a loss. "We expect a better fourth quarter," Corvane said.`, "", "Corvane Systems Inc.", "We expect a better"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		found := false
		for _, s := range d.Statements {
			if !s.Indirect && strings.HasPrefix(s.Text, tt.start) {
				found = true
				if s.Speaker != tt.speaker || s.SpeakerOrg != tt.org {
					t.Errorf("%q: speaker %q/%q, want %q/%q", tt.text, s.Speaker, s.SpeakerOrg, tt.speaker, tt.org)
				}
				if s.Date != "2023-05-02" {
					t.Errorf("%q: date %q", tt.text, s.Date)
				}
				if s.Span == nil || s.Span.Start < 0 || s.Span.End > len(tt.text) {
					t.Errorf("%q: bad span", tt.text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no quote starting %q in %+v", tt.text, tt.start, d.Statements)
		}
	}
	// channel from "Taking to Twitter"
	d := run("Taking to Twitter, Abel Korr wrote, “I am leaving the board today.”")
	if len(d.Statements) != 1 || d.Statements[0].Channel != "Twitter" {
		t.Errorf("want one statement on Twitter, got %+v", d.Statements)
	}
	// scare quotes are not statements
	d = run(`The so-called "rescue" failed.`)
	for _, s := range d.Statements {
		if !s.Indirect {
			t.Errorf("scare quote taken as statement: %+v", s)
		}
	}
}

func TestTweetEmbed(t *testing.T) {
	text := "Ilsa Varga, the founder of Quillon, posted again on Friday.\n\nWe are opening a\n\nnew office in\n\nКанада\n\nnext year — Ilsa Varga (@ilsavarga) June 9, 2023\n\nThe company declined to comment."
	d := run(text)
	var tw *schema.Statement
	for i := range d.Statements {
		if strings.HasPrefix(d.Statements[i].Text, "We are opening") {
			tw = &d.Statements[i]
		}
	}
	if tw == nil {
		t.Fatalf("tweet not found: %+v", d.Statements)
	}
	if tw.Speaker != "Ilsa Varga" || tw.Date != "2023-06-09" || tw.Channel != "Twitter" || tw.Indirect {
		t.Errorf("tweet = %+v", *tw)
	}
	if !strings.HasSuffix(tw.Text, "next year") {
		t.Errorf("tweet text %q", tw.Text)
	}
	e, ok := d.Entity("Ilsa Varga")
	if !ok || !hasAlias(e, "@ilsavarga") {
		t.Errorf("handle not an alias: %+v", e)
	}
	if c, ok := d.Entity("Canada"); !ok || !hasAlias(c, "Канада") {
		t.Errorf("Канада not Canada: %+v", d.Entities)
	}
	found := false
	for _, m := range tw.Mentions {
		found = found || m == "Canada"
	}
	if !found {
		t.Errorf("tweet mentions %v lack Canada", tw.Mentions)
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		text, speaker, org, words string
	}{
		{"Norway has announced that it will double its aid to the region.", "Norway", "", "double its aid"},
		{"Selma Ruiz stated that the factory would reopen in May.", "Selma Ruiz", "", "factory would reopen"},
		{"Greta Holm, who expressed concern that prices might rise further, left early.", "Greta Holm", "", "prices might rise"},
		{"Dellwyn Foods Inc. said it expects lower sales this year.", "", "Dellwyn Foods Inc.", "lower sales"},
		{"Sales will fall sharply next year, according to Omar Field, an analyst.", "Omar Field", "", "Sales will fall"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		found := false
		for _, s := range d.Statements {
			if s.Indirect && strings.Contains(s.Text, tt.words) {
				found = true
				if s.Speaker != tt.speaker || s.SpeakerOrg != tt.org {
					t.Errorf("%q: speaker %q/%q, want %q/%q", tt.text, s.Speaker, s.SpeakerOrg, tt.speaker, tt.org)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reported speech with %q in %+v", tt.text, tt.words, d.Statements)
		}
	}
}

func TestDeterministic(t *testing.T) {
	text := "Veltrix CEO Dana Morrow said Veltrix and Palworth Corp. would merge. \"It is done,\" Morrow said. Russians and Americans reacted."
	a, b := run(text), run(text)
	if len(a.Entities) != len(b.Entities) || len(a.Statements) != len(b.Statements) || len(a.Roles) != len(b.Roles) {
		t.Fatal("not deterministic")
	}
	for i := range a.Entities {
		if a.Entities[i].Name != b.Entities[i].Name {
			t.Fatal("entity order differs")
		}
	}
}

func TestTokenizer(t *testing.T) {
	toks := tokenize(`Mr. Smith's U.S. unit, Macmillan\/McGraw-Hill Co., said "no" — @acme_co.`)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := []string{"Mr.", "Smith", "'s", "U.S.", "unit", ",", `Macmillan\/McGraw-Hill`, "Co.", ",", "said", `"`, "no", `"`, "—", "@acme_co", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	n := splitSentences(tokenize("Mr. Lee met Dr. Park at Acme Inc. The talks ended. \"Why?\" he asked."))
	if n != 3 {
		t.Errorf("sentences = %d, want 3", n)
	}
}
