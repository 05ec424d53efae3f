package loaders

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestReadAliases(t *testing.T) {
	in := "# people\nperson\tVolodymyr Zelenskyy\tЗеленський\tZelensky\n\ncompany\tVeltrix Corp.\tVeltrix\n"
	got, err := ReadAliases("a.tsv", strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Type != schema.Person || got[0].Name != "Volodymyr Zelenskyy" ||
		strings.Join(got[0].Aliases, "|") != "Зеленський|Zelensky" || got[1].Type != schema.Company {
		t.Errorf("ReadAliases = %+v", got)
	}
	for _, bad := range []struct{ in, want string }{
		{"person\tOnly Name\n", "a.tsv:1: want TYPE<tab>NAME<tab>ALIAS..., got 2 field(s)"},
		{"# c\nplanet\tMars\tRed\n", `a.tsv:2: unknown entity type "planet"`},
	} {
		_, err := ReadAliases("a.tsv", strings.NewReader(bad.in))
		var pe *ParseError
		if !errors.As(err, &pe) || !strings.HasPrefix(err.Error(), bad.want) {
			t.Errorf("ReadAliases(%q) error = %v, want %q", bad.in, err, bad.want)
		}
	}
}

func FuzzReadAliases(f *testing.F) {
	f.Add("person\tVolodymyr Zelenskyy\tЗеленський\n")
	f.Add("# x\n\ncompany\tA\tB\tC\n")
	f.Fuzz(func(t *testing.T, in string) {
		es, err := ReadAliases("f.tsv", strings.NewReader(in))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.tsv") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, e := range es {
			if e.Name == "" || len(e.Aliases) == 0 {
				t.Fatalf("accepted an entity without name or aliases: %+v", e)
			}
		}
	})
}
