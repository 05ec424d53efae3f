package review

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// FuzzCompare: any two names, hostile ones included, give evidence
// without panicking, the same kinds whichever comes first, and details
// that are valid text.
//
//	go test -fuzz Compare ./review/
func FuzzCompare(f *testing.F) {
	for _, s := range [][3]string{
		{"A. Okafor", "Ada Okafor", "Okafor"},
		{"Volodymyr Zelenskyy", "Зеленський", "Zelensky"},
		{"William E. Trotter II", "W. Trotter", "III"},
		{"", " ", "\x00\xff"},
		{"Jr.", "Sr", "ii iii"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, a, b, alias string) {
		x := Names{Type: schema.Person, Name: a, Aliases: []string{alias}}
		y := Names{Type: schema.Person, Name: b}
		kinds := func(ev []Evidence) []string {
			var out []string
			for _, e := range ev {
				if !utf8.ValidString(e.Detail) || e.Detail == "" {
					t.Errorf("evidence %s has detail %q", e.Kind, e.Detail)
				}
				out = append(out, e.Kind)
			}
			slices.Sort(out)
			return out
		}
		if ab, ba := kinds(Compare(x, y)), kinds(Compare(y, x)); !slices.Equal(ab, ba) {
			t.Errorf("Compare(%q, %q) = %v, but the other way %v", a, b, ab, ba)
		}
	})
}
