package queries

import (
	"testing"

	"github.com/cayleygraph/quad"
)

// TestExplicitIRIEscapesLikeTheStore: an IRI typed by a user is escaped as
// schema.IRI escaped it when the store was written, so a url with a space
// or an angle bracket finds its node and can never end the IRI.
func TestExplicitIRIEscapesLikeTheStore(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want quad.IRI
		ok   bool
	}{
		{"<http://example.org/a b>", "http://example.org/a%20b", true},
		{"https://example.org/x>y", "https://example.org/x%3Ey", true},
		{"person/ada okafor", "", true}, // checked below: escaped, not raw
		{"plain words", "", false},
	} {
		got, ok := explicitIRI(tc.in)
		if ok != tc.ok {
			t.Errorf("explicitIRI(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if tc.want != "" && got != tc.want {
			t.Errorf("explicitIRI(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for _, r := range string(got) {
			if r == ' ' || r == '>' || r == '<' {
				t.Errorf("explicitIRI(%q) = %q holds %q", tc.in, got, r)
			}
		}
	}
}
