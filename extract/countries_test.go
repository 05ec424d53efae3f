package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestLanguagesAndDemonyms: a demonym names its country except where it
// names a language.
func TestLanguagesAndDemonyms(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		country string // "" when no country may be found
		alias   string
	}{
		{"before a language noun", "She learned Portuguese phrases at school.", "", ""},
		{"after a verb of speaking", "He speaks French fluently.", "", ""},
		{"a pair after a verb of speaking", "He speaks Danish and Portuguese.", "", ""},
		{"ending a phrase after in", "The book was written in Spanish.", "", ""},
		{"a pair ending a phrase after in", "The book was written in Spanish and Italian, then sold.", "", ""},
		{"after into", "It was translated into Russian, said Ivan Petrov.", "", ""},
		{"after fluent in", "Lena Ostrova is fluent in Polish.", "", ""},
		{"in a hyphenated word", "He reads a French-language newspaper.", "", ""},
		{"before people", "Portuguese officials met on Monday.", "Portugal", "Portuguese"},
		{"before a title", "French President Emile Bardot said no.", "France", "French"},
		{"a pair before a noun after in", "They invested in French and German plants.", "France", "French"},
		{"the people", "The deal hurt the French.", "France", "French"},
		{"in a hyphenated word", "Kelso Corp. is a French-owned company.", "France", "French"},
		{"to the named state that ends in its country", "He bought a plant in Mannheim, West Germany. The German plant is new.", "West Germany", "German"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text)
			var countries []schema.Entity
			for _, e := range d.Entities {
				if e.Type == schema.Country {
					countries = append(countries, e)
				}
			}
			if tt.country == "" {
				if len(countries) != 0 {
					t.Errorf("%q: want no country, got %+v", tt.text, countries)
				}
				return
			}
			e, ok := entity(d, tt.country)
			if !ok || e.Type != schema.Country {
				t.Fatalf("%q: no country %q in %+v", tt.text, tt.country, d.Entities)
			}
			if !hasAlias(e, tt.alias) {
				t.Errorf("%q: %q lacks alias %q: %v", tt.text, tt.country, tt.alias, e.Aliases)
			}
		})
	}
}

// TestCompanySeat: "COMPANY of COUNTRY" is a company and its seat, unless
// the country is a usual part of company names.
func TestCompanySeat(t *testing.T) {
	tests := []struct {
		text    string
		company string
		country string
		speaker string
	}{
		{"Hanegawa Co. of Japan said it would open two mills.", "Hanegawa Co.", "Japan", "Hanegawa Co."},
		{"The plants belonged to Brasher Industries Inc. of the U.S. until May.", "Brasher Industries Inc.", "United States", ""},
		{"Aluminum Co. of America said it will raise prices.", "Aluminum Co. of America", "", "Aluminum Co. of America"},
	}
	for _, tt := range tests {
		d := run(tt.text)
		if e, ok := entity(d, tt.company); !ok || e.Type != schema.Company {
			t.Errorf("%q: no company %q in %+v", tt.text, tt.company, d.Entities)
		}
		if tt.country != "" {
			if e, ok := entity(d, tt.country); !ok || e.Type != schema.Country {
				t.Errorf("%q: no country %q in %+v", tt.text, tt.country, d.Entities)
			}
		}
		if tt.speaker != "" && (len(d.Statements) == 0 || d.Statements[0].Speaker != tt.speaker) {
			t.Errorf("%q: statements %+v, want speaker %q", tt.text, d.Statements, tt.speaker)
		}
	}
}

// TestCities: a city from the gazetteer is no person and no company, unless
// the article names someone by it or a company's title follows it.
func TestCities(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   map[string]schema.EntityType
		absent []string
		role   string // "person|title|org" expected among the roles, "" for none to check
	}{
		{"the subject of a speech verb", "Chicago said it would sue the state.", nil, []string{"Chicago"}, ""},
		{"a capital", "Nairobi said the deal was off.", nil, []string{"Nairobi"}, ""},
		{"after city of", "The city of Osaka announced a plan.", nil, []string{"Osaka"}, ""},
		{"before a title", "Neal Corbin, a Miami lawyer, said no.", map[string]schema.EntityType{"Neal Corbin": schema.Person}, []string{"Miami"}, "Neal Corbin|lawyer|"},
		{"before a public post", "Dallas District Judge Jack Hamm said no.", map[string]schema.EntityType{"Jack Hamm": schema.Person}, []string{"Dallas"}, "Jack Hamm|district judge|"},
		{"before a company's title", "Toyota President Ken Mori said yes.", map[string]schema.EntityType{"Toyota": schema.Company}, nil, "Ken Mori|president|Toyota"},
		{"a surname of a person named in full", "Lena Jackson spoke first. Jackson said more.", map[string]schema.EntityType{"Lena Jackson": schema.Person}, []string{"Jackson"}, ""},
		{"with an age", "Houston, 45, said he would run.", map[string]schema.EntityType{"Houston": schema.Person}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text)
			for name, typ := range tt.want {
				if e, ok := entity(d, name); !ok || e.Type != typ {
					t.Errorf("%q: want %s %q in %+v", tt.text, typ, name, d.Entities)
				}
			}
			for _, name := range tt.absent {
				if e, ok := entity(d, name); ok {
					t.Errorf("%q: unwanted entity %+v", tt.text, e)
				}
			}
			if tt.role != "" {
				found := false
				for _, r := range d.Roles {
					found = found || r.Person+"|"+r.Title+"|"+r.Org == tt.role
				}
				if !found {
					t.Errorf("%q: no role %q in %+v", tt.text, tt.role, d.Roles)
				}
			}
		})
	}
}
