package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestAccentedGivenNameGender: a given name written with diacritics has the
// gender of the same name without them (the name list has none), so "she"
// after a man with an accented name goes to the woman named before him.
func TestAccentedGivenNameGender(t *testing.T) {
	x := New()
	for _, tc := range []struct{ text, speaker string }{
		{`Ana Brook met Tomás Ferrer in Lima. "The new plant will open in June next year," she said.`, "Ana Brook"},
		{`Inês Calder spoke after José Marin left the room. "We have no plans to sell the company," she said.`, "Inês Calder"},
		{`Carla Moss sat beside Sébastien Roux. "Prices will fall again before the winter," he said.`, "Sébastien Roux"},
	} {
		doc := x.Extract(schema.Article{ID: "t", Date: "2025-01-01", Text: tc.text})
		var got []string
		for _, s := range doc.Statements {
			if !s.Indirect {
				got = append(got, s.Speaker)
			}
		}
		if len(got) != 1 || got[0] != tc.speaker {
			t.Errorf("%q: quotation speakers %q, want [%s]", tc.text, got, tc.speaker)
		}
	}
}
