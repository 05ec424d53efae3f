package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestOrganizations covers how companies and organisations are told apart
// and joined: head nouns, acronyms, appositives and short forms. The
// agencies, companies and people are made up.
func TestOrganizations(t *testing.T) {
	type want struct {
		name  string
		typ   schema.EntityType
		alias string // "" for none to check
	}
	tests := []struct {
		name   string
		text   string
		want   []want
		absent []string // names that must not be entities
	}{
		{
			name: "head before of decides",
			text: "The Department of Rivers and Mining Services approved the plan.",
			want: []want{{"Department of Rivers and Mining Services", schema.Organization, ""}},
		},
		{
			name: "and inside an agency name",
			text: "The Harbour and Exchange Commission said it would act.",
			want: []want{{"Harbour and Exchange Commission", schema.Organization, ""}},
		},
		{
			name: "and inside an agency name before a title",
			text: "Harbour and Exchange Commission Chairman Paul Dent said no.",
			want: []want{{"Harbour and Exchange Commission", schema.Organization, ""}, {"Paul Dent", schema.Person, ""}},
		},
		{
			name: "a hyphenated acronym is no headline",
			text: "The QRB-CIO said it would strike.",
			want: []want{{"QRB-CIO", schema.Organization, ""}},
		},
		{
			name: "a name before a lower-case union",
			text: "The United Carvers union struck on Monday.",
			want: []want{{"United Carvers", schema.Organization, ""}},
		},
		{
			name:   "two bodies joined by and stay apart",
			text:   "The bill passed the House and Senate in May.",
			absent: []string{"House and Senate"},
		},
		{
			name: "an organisation head beats the ampersand",
			text: "He bought it from the R.T. & Mona B. Calder Foundation last year.",
			want: []want{{"R.T. & Mona B. Calder Foundation", schema.Organization, ""}},
		},
		{
			name: "a savings association is a company",
			text: "Lakeview Savings Association raised its rates.",
			want: []want{{"Lakeview Savings Association", schema.Company, ""}},
		},
		{
			name:   "a country's possessive is not part of the name",
			text:   "Norway's Fair Pricing Commission has said it will look into the bids.",
			want:   []want{{"Fair Pricing Commission", schema.Organization, ""}, {"Norway", schema.Country, "Norway's"}},
			absent: []string{"Norway's Fair Pricing Commission"},
		},
		{
			name: "lower-case agency after a place",
			text: "Anna Berg, director of planning for the Nebraska department of public works, declined to comment.",
			want: []want{{"Nebraska department of public works", schema.Organization, ""}},
		},
		{
			name: "an acronym with the definite article is an organisation",
			text: "The QRA said on Monday it would review the deal. QRA Chairman Paul Dent agreed.",
			want: []want{{"QRA", schema.Organization, ""}},
		},
		{
			name: "an acronym without article is a company",
			text: "ZNX said it would hire 200 people.",
			want: []want{{"ZNX", schema.Company, ""}},
		},
		{
			name: "an acronym takes the type of its expansion",
			text: "The Maritime Safety Agency (MSA) issued rules. MSA officials met.",
			want: []want{{"Maritime Safety Agency", schema.Organization, "MSA"}},
		},
		{
			name:   "an acronym that names a test is no entity",
			text:   "Scores on the QAT test fell, and the QAT is widely used.",
			absent: []string{"QAT"},
		},
		{
			name: "an appositive names an organisation",
			text: `"No," said Ida Penn, an official at Velkom, the Federation of Northern Growers. Velkom said more.`,
			want: []want{{"Federation of Northern Growers", schema.Organization, "Velkom"}},
		},
		{
			name: "a bracketed other name",
			text: "The Federation of Northern Growers (Velkom) met. Velkom said more.",
			want: []want{{"Federation of Northern Growers", schema.Organization, "Velkom"}},
		},
		{
			name:   "a short form joins the long name",
			text:   "Pat Lowe is suing the Dunmore Guild of Weavers. Lowe, a Dunmore Guild member, said so.",
			want:   []want{{"Dunmore Guild of Weavers", schema.Organization, "Dunmore Guild"}},
			absent: []string{"Dunmore Guild"},
		},
		{
			name:   "a legal form left out",
			text:   "Tarvel Group Ltd. bought shares. Tarvel Group is led by two partners.",
			want:   []want{{"Tarvel Group Ltd.", schema.Company, "Tarvel Group"}},
			absent: []string{"Tarvel Group"},
		},
		{
			name: "a department's one-word form",
			text: "The Treasury Department said no. Later the Treasury said more.",
			want: []want{{"Treasury Department", schema.Organization, "Treasury"}},
		},
		{
			name:   "a company stays a company before a title",
			text:   "Tarvel Ltd. bid one yen. Tarvel President Ann Holt apologised.",
			want:   []want{{"Tarvel Ltd.", schema.Company, "Tarvel"}},
			absent: []string{"Tarvel"},
		},
		{
			name: "a clipped name",
			text: "The Federal Reserve met. Fed officials said rates would hold.",
			want: []want{{"Federal Reserve", schema.Organization, "Fed"}},
		},
		{
			name:   "Treasury securities are no department",
			text:   "Investors bought U.S. Treasury debt and Treasury bills.",
			absent: []string{"U.S. Treasury", "Treasury"},
		},
		{
			name:   "a sentence after a legal form",
			text:   "Kelso Corp. agreed to buy a plant from Palworth Inc. Terms weren't disclosed.",
			want:   []want{{"Palworth Inc.", schema.Company, ""}},
			absent: []string{"Palworth Inc. Terms"},
		},
		{
			name: "a title after a legal form does not end the sentence",
			text: "Bolt Corp. Chairman Ann Holt resigned.",
			want: []want{{"Bolt Corp.", schema.Company, ""}, {"Ann Holt", schema.Person, ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text)
			for _, w := range tt.want {
				e, ok := entity(d, w.name)
				if !ok {
					t.Errorf("%q: no entity %q in %+v", tt.text, w.name, d.Entities)
					continue
				}
				if e.Type != w.typ {
					t.Errorf("%q: %q has type %s, want %s", tt.text, w.name, e.Type, w.typ)
				}
				if w.alias != "" && !hasAlias(e, w.alias) {
					t.Errorf("%q: %q lacks alias %q: %v", tt.text, w.name, w.alias, e.Aliases)
				}
			}
			for _, name := range tt.absent {
				for _, e := range d.Entities {
					if e.Name == name {
						t.Errorf("%q: unwanted entity %+v", tt.text, e)
					}
				}
			}
		})
	}
}

func TestLegalForm(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Inc.", true}, {"Inc", true}, {"Corp.", true}, {"N.V.", true}, {"S.p.A.", true}, {"PLC", true}, {"plc", true},
		{"GmbH", true}, {"L.L.C.", true}, {"Group", true}, {"Company", true},
		{"company", false}, {"group", false}, {"Bancorp", false}, {"U.S.", false}, {"Incorporation", false}, {"", false},
	}
	for _, tt := range tests {
		if got := legalForm(tt.in); got != tt.want {
			t.Errorf("legalForm(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// one list: every legal form the graph's name matching drops is one here
	for w := range schema.LegalForms {
		if c := strings.ToUpper(w[:1]) + w[1:]; !legalForm(c) {
			t.Errorf("legalForm(%q) = false, but schema.LegalForms has %q", c, w)
		}
	}
}
