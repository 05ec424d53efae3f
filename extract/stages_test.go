package extract

import (
	"slices"
	"testing"
)

// The stages are tested one at a time: each test builds its stage's input
// with the stages before it and checks only what its own stage hands on.

func TestScanSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // first token of each sentence
	}{
		{"full stops and a line break", "Halvorsen Shipping ASA said it would grow. Mr. Tveit left on Monday.\nThe U.S. Trade Representative spoke.",
			[]string{"Halvorsen", "Mr.", "The"}},
		{"legal form ends a sentence", "The deal went to Kestrel Motors Inc. Terms weren't disclosed.", []string{"The", "Terms"}},
		{"honorific and initial do not", "Mr. J. Tveit met Ms. Moberg in Oslo. They spoke.", []string{"Mr.", "They"}},
		{"quotation", "\"We are ready,\" Ingrid Moberg said. She left.", []string{"\"", "She"}},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := scan(lx, tt.text)
			var got []string
			for _, s := range tk.sentences() {
				got = append(got, tk.toks[s].text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("scan(%q) sentences start with %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindMentions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // chunk surface | honorific or title before it
	}{
		{"title inside a run", "SpaceX CEO Ida Berg met Mr. Lars Tveit of Halvorsen Shipping ASA in Oslo.",
			[]string{"SpaceX|", "Ida Berg|CEO", "Lars Tveit|Mr.", "Halvorsen Shipping ASA|", "Oslo|"}},
		{"of joins after a head noun", "Ingrid Moberg joined the National Institutes of Hydrology in May.",
			[]string{"Ingrid Moberg|", "National Institutes of Hydrology|"}},
		{"demonym split off a title", "Norwegian Trade Minister Eirik Sandvold spoke.",
			[]string{"Norwegian|", "Eirik Sandvold|Trade Minister"}},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := scan(lx, tt.text)
			ct := findMentions(tk)
			var got []string
			for _, c := range ct.chunks {
				got = append(got, tk.tokText(c.ts, c.te)+"|"+c.hon)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findMentions(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestResolveEntities(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // name/type of each entity, in order of creation
	}{
		{"surname and acronym join the full names", "Ingrid Moberg joined the National Institutes of Hydrology in May. Moberg said the NIH would grow.",
			[]string{"Ingrid Moberg/person", "National Institutes of Hydrology/organization"}},
		{"demonym is its country", "Ingrid Moberg, chief executive of Halvorsen Shipping ASA, met Norwegian Trade Minister Eirik Sandvold.",
			[]string{"Ingrid Moberg/person", "Halvorsen Shipping ASA/company", "Norway/country", "Eirik Sandvold/person"}},
		{"modifier of a title is a company", "SpaceX CEO Ida Berg met Mr. Lars Tveit of Halvorsen Shipping ASA in Oslo.",
			[]string{"Ida Berg/person", "Lars Tveit/person", "Halvorsen Shipping ASA/company", "SpaceX/company"}},
	}
	lx := loadLexicon()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tk := scan(lx, tt.text)
			et := resolveEntities(tk, findMentions(tk))
			var got []string
			for _, e := range et.ents {
				got = append(got, e.name+"/"+string(e.typ))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("resolveEntities(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// resolvedView runs the stages up to the resolver on text.
func resolvedView(text string) *resolved {
	tk := scan(loadLexicon(), text)
	ct := findMentions(tk)
	return &resolved{tokens: tk, chunkTable: ct, entityTable: resolveEntities(tk, ct)}
}

func TestFindRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // person | title | org
	}{
		{"appositive and pre-modifier", "Ingrid Moberg, chief executive of Halvorsen Shipping ASA, met Norwegian Trade Minister Eirik Sandvold.",
			[]string{"Ingrid Moberg|chief executive|Halvorsen Shipping ASA", "Eirik Sandvold|trade minister|Norway"}},
		{"company before a title", "SpaceX CEO Ida Berg met Mr. Lars Tveit of Halvorsen Shipping ASA in Oslo.",
			[]string{"Ida Berg|ceo|SpaceX"}},
		{"no title, no role", "Ingrid Moberg joined the National Institutes of Hydrology in May.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range findRoles(resolvedView(tt.text)) {
				got = append(got, r.Person+"|"+r.Title+"|"+r.Org)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findRoles(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindStatements(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"quotation and pronoun", "\"We are ready,\" Ingrid Moberg said. She added that the fleet was young.",
			[]string{"Ingrid Moberg|We are ready|false", "Ingrid Moberg|the fleet was young|true"}},
		{"reported speech after a surname", "Ingrid Moberg joined the National Institutes of Hydrology in May. Moberg said the NIH would grow.",
			[]string{"Ingrid Moberg|the NIH would grow|true"}},
		{"a company speaks for itself", "Halvorsen Shipping ASA said it would grow.", []string{"Halvorsen Shipping ASA|it would grow|true"}},
	})
}
