package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestOpeningTimeWord: a time word that opens a sentence ("Former",
// "Retired", "Outgoing") dates the post after it and is no part of the
// company's name, which stays the one the article names elsewhere.
func TestOpeningTimeWord(t *testing.T) {
	x := New()
	for _, tc := range []struct{ text, org string }{
		{"Former Dunmore Corp. chief executive Lars Evers opened the plant in Kenya.", "Dunmore Corp."},
		{"Retired Larch Foods Inc. chairman Piet Hollander died on Monday in Ghana.", "Larch Foods Inc."},
		{"Outgoing Brandvik Shipping ASA president Eva Lund thanked the staff in Norway.", "Brandvik Shipping ASA"},
	} {
		doc := x.Extract(schema.Article{ID: "t", Date: "2025-01-01", Text: tc.text})
		found := false
		for _, e := range doc.Entities {
			if e.Type == schema.Company {
				if e.Name != tc.org {
					t.Errorf("%q: company %q, want %q", tc.text, e.Name, tc.org)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no company, want %q (entities %v)", tc.text, tc.org, doc.Entities)
		}
		if len(doc.Roles) != 1 || doc.Roles[0].Org != tc.org {
			t.Errorf("%q: roles %+v, want one at %q", tc.text, doc.Roles, tc.org)
		}
	}
}
