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
		// lower-case function words inside organisation names
		{"A study by Parents for Literacy, a research group, found gaps.", "Parents for Literacy", schema.Organization},
		{"Anna Berg joined the Freedom and Unity Party in May.", "Freedom and Unity Party", schema.Organization},
		// a possessive inside a name that ends in a head noun
		{"Crane's Hollow Wine Cellars raised its prices.", "Crane's Hollow Wine Cellars", schema.Company},
		// a Latin name with its non-Latin spelling in brackets is a person
		{"The deal was signed by Olena Hrytsenko (Олена Гриценко) in Kyiv.", "Olena Hrytsenko", schema.Person},
		// once typed, a name keeps its type
		{"Tarvel Corp. opened an office. Critics in Ukraine would judge Tarvel by its results.", "Tarvel Corp.", schema.Company},
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
	for _, text := range []string{
		"Meanwhile, Monday was quiet. However, the market in California rose in March.",
		"INQUIRY CLEARS HARBOUR PLAN", // a headline in capitals
		"Rents on Madison Avenue rose, and prices in Southern California fell.",
		"Scores on the Westfield Achievement Test fell.",
	} {
		if d := run(text); len(d.Entities) != 0 {
			t.Errorf("%q: want no entities, got %+v", text, d.Entities)
		}
	}
	// no person "Tarvel" beside the company, and no role for it
	d := run("Tarvel Corp. opened an office. Critics in Ukraine would judge Tarvel by its results.")
	for _, e := range d.Entities {
		if e.Type == schema.Person {
			t.Errorf("spurious person %+v", e)
		}
	}
	if len(d.Roles) != 0 {
		t.Errorf("spurious roles %+v", d.Roles)
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
		{"The deal was signed by Olena Hrytsenko (Олена Гриценко) in Kyiv. Hrytsenko said more.", "Olena Hrytsenko", "Олена Гриценко", schema.Person},
		{"Mary Ann Colter, a teacher, spoke. Mary Ann said nothing else.", "Mary Ann Colter", "Mary Ann", schema.Person},
		{"Sir Hugh Walden joined the board. Sir Hugh said little.", "Hugh Walden", "Hugh", schema.Person},
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
		// age adjective, "will become", "who retires as ORG title", lists, "appointed by"
		{"Sir Alan Reeve, 58-year-old chairman of Tarnhold Ltd., resigned.", "Alan Reeve", "chairman", "Tarnhold Ltd."},
		{"Ian Holt will succeed Sir Colin Marsh, 65, who retires as Brackley Cement nonexecutive chairman on June 1.", "Colin Marsh", "nonexecutive chairman", "Brackley Cement"},
		{"Gwen Tallis will become chairman of Ferrow Group in May.", "Gwen Tallis", "chairman", "Ferrow Group"},
		{"Dora Finch, a special master appointed by the Ohio Supreme Court, ruled.", "Dora Finch", "special master", "Ohio Supreme Court"},
		{"Quarlo Ltd. is run by three Quarlo directors, Jon Pike, Amy Sand and Leo Marsh.", "Amy Sand", "director", "Quarlo Ltd."},
		{"Quarlo Ltd. is run by three Quarlo directors, Jon Pike, Amy Sand and Leo Marsh.", "Leo Marsh", "director", "Quarlo Ltd."},
		// a title opening the sentence
		{"Cartoonist Lena Ostrow sued the guild.", "Lena Ostrow", "cartoonist", ""},
		// a corporate title with a function after "of" belongs to the company in focus
		{"Corvane Inc. cut prices. Dina Wells, executive vice president of marketing, said so.", "Dina Wells", "executive vice president of marketing", "Corvane Inc."},
	}
	for _, tt := range tests {
		d := run(tt.text)
		found := false
		for _, r := range d.Roles {
			if r.Person == tt.person && r.Title == tt.title && r.Org == tt.org {
				found = true
				if r.Confidence <= 0 || r.Confidence > 1 || r.Span == nil || r.Span.Start < 0 || r.Span.End > len(tt.text) || !strings.Contains(tt.text[r.Span.Start:r.Span.End], tt.person) {
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
		{`Corvane Systems Inc. posted a loss. "We expect a better fourth quarter," Corvane said.`, "Corvane Systems Inc.", "Corvane Systems Inc.", "We expect a better"},
		// a straight mark inside a curly quotation does not end it
		{"“If you typed <b onclick=(\"x\")>, it ran,” said Ivo Grant.", "Ivo Grant", "", "If you typed"},
		// the person after a company pre-modifier is the speaker
		{`"We will grow again next year," said Tarvel CEO Ada Mbeki.`, "Ada Mbeki", "", "We will grow"},
		// split quotation: one statement (GUIDELINES v2), its halves joined by " … "
		{`"We lost the vote," said Rosa Quint, "but we will be back next year."`, "Rosa Quint", "", "We lost the vote … but we will be back"},
		// sentence-initial "Says" with an appositive speaker
		{`Says the group's founder, Ivo Grant, "The whole system is broken."`, "Ivo Grant", "", "The whole system"},
		// a definite description of the person in focus opens the sentence
		{`Judge Alma Reyes ruled on Monday. The judge declined to say more, but said: "I am going home now."`, "Alma Reyes", "", "I am going home"},
		// the subject of the speech verb before a quotation inside the clause
		{`Pavel Novak speculated that the buyer would have to "pay a lot more than it has offered so far."`, "Pavel Novak", "", "pay a lot more"},
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
				if s.Span == nil || s.Span.Start < 0 || s.Span.End > len(tt.text) || !spanHolds(tt.text[s.Span.Start:s.Span.End], s.Text) {
					t.Errorf("%q: bad span %+v for %q", tt.text, s.Span, s.Text)
				}
				if s.Confidence <= 0 || s.Confidence > 1 {
					t.Errorf("%q: confidence %v", tt.text, s.Confidence)
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
	// scare quotes, short quoted phrases and quotations nobody can be
	// credited with are not statements
	for _, text := range []string{
		`The so-called "rescue" failed.`,
		`Ivo Grant said the plan was a "parallel form" of the old one.`,
		`Nobody knew why. "The rain will stop when it stops, and not before."`,
	} {
		for _, s := range run(text).Statements {
			if !s.Indirect {
				t.Errorf("%q: taken as a quotation: %+v", text, s)
			}
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
		{"Dellwyn Foods Inc. said it expects lower sales this year.", "Dellwyn Foods Inc.", "Dellwyn Foods Inc.", "lower sales"},
		// the company in focus: definite descriptions and "it"
		{"Harlow Mills Inc. reported a loss. The textile maker said it would close two plants.", "Harlow Mills Inc.", "Harlow Mills Inc.", "close two plants"},
		{"Brenmark Corp. cut its dividend. It also said that sales fell in June.", "Brenmark Corp.", "Brenmark Corp.", "sales fell in June"},
		// appositives between subject and verb
		{"Tara Lund, a lawyer who represents the growers, said the rules were unfair.", "Tara Lund", "", "rules were unfair"},
		{"The firm's attorney, Jonas Pelt, said the claim had no merit.", "Jonas Pelt", "", "claim had no merit"},
		// clause first, speaker after; parenthetical speech verb
		{"Exports to Chile will double next year, Ana Sorel said.", "Ana Sorel", "", "Exports to Chile will double"},
		{"Mostly, Ana Sorel says, the growers wanted lower taxes.", "Ana Sorel", "", "growers wanted lower taxes"},
		// coordinated speakers: one statement each
		{"Rolf Ansorg and Petra Lind said the talks had failed.", "Rolf Ansorg", "", "talks had failed"},
		{"Rolf Ansorg and Petra Lind said the talks had failed.", "Petra Lind", "", "talks had failed"},
		// pronouns take the gender of the given name
		{"Petra Lind met Rolf Ansorg in Oslo. She said the talks had failed.", "Petra Lind", "", "talks had failed"},
		{"Petra Lind met Rolf Ansorg in Oslo. He said the talks had failed.", "Rolf Ansorg", "", "talks had failed"},
		// the hearer and adjuncts between the verb and the clause
		{"Jan Vorek told reporters the mine would reopen in spring.", "Jan Vorek", "", "mine would reopen"},
		{"Ines Dahl said in an interview that the bank would expand into Peru.", "Ines Dahl", "", "bank would expand"},
		{"Ines Dahl runs the fund. Prices rose sharply in May, according to Ms. Dahl.", "Ines Dahl", "", "Prices rose sharply"},
		{"Ines Dahl admits she made a costly error.", "Ines Dahl", "", "made a costly error"},
		{"Sales will fall sharply next year, according to Omar Field, an analyst.", "Omar Field", "", "Sales will fall"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		found := false
		for _, s := range d.Statements {
			if s.Indirect && strings.Contains(s.Text, tt.words) && s.Speaker == tt.speaker {
				found = true
				if s.SpeakerOrg != tt.org {
					t.Errorf("%q: speaker org %q, want %q", tt.text, s.SpeakerOrg, tt.org)
				}
				if s.Span == nil || !strings.Contains(tt.text[s.Span.Start:s.Span.End], tt.words) || s.Confidence <= 0 || s.Confidence > 1 {
					t.Errorf("%q: bad span/confidence %+v", tt.text, s)
				}
			}
		}
		if !found {
			t.Errorf("%q: no reported speech by %q with %q in %+v", tt.text, tt.speaker, tt.words, d.Statements)
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
	toks := tokenize(`Mr. Smith's U.S. unit, Pellham\/Dunmore-Hale Co., said "no" — @acme_co.`)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := []string{"Mr.", "Smith", "'s", "U.S.", "unit", ",", `Pellham\/Dunmore-Hale`, "Co.", ",", "said", `"`, "no", `"`, "—", "@acme_co", "."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
	n := splitSentences(tokenize("Mr. Lee met Dr. Park at Acme Inc. The talks ended. \"Why?\" he asked."))
	if n != 3 {
		t.Errorf("sentences = %d, want 3", n)
	}
}

// spanHolds reports whether each part of a statement's text (the halves of
// a split quotation are joined by " … ") is in its span, in order.
func spanHolds(span, text string) bool {
	for _, part := range strings.Split(text, " … ") {
		i := strings.Index(span, part)
		if i < 0 {
			return false
		}
		span = span[i+len(part):]
	}
	return true
}
