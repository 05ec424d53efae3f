//go:build eval

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The seed article is third-party text: it is read from ../../shared (the
// project's steering folder next to the checkout) and never committed.
func seedDoc(t *testing.T) schema.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "seed", "musk-putin-2022-03-14.txt"))
	if err != nil {
		t.Fatalf("seed article not available (the eval tag needs ../shared beside the checkout): %v", err)
	}
	text := strings.TrimLeft(string(b), " ")
	text = strings.TrimPrefix(text, "date 2022-03-14")
	text = strings.TrimLeft(text, " ")
	return New().Extract(schema.Article{ID: "seed", Date: "2022-03-14", Text: text})
}

func TestSeedEntities(t *testing.T) {
	d := seedDoc(t)
	want := []struct {
		name    string
		typ     schema.EntityType
		aliases []string
	}{
		{"Elon Musk", schema.Person, []string{"Musk", "@elonmusk"}},
		{"Vladimir Putin", schema.Person, []string{"Putin", "Владимир Путин"}},
		{"Dmitry Rogozin", schema.Person, []string{"Rogozin"}},
		{"Mykhailo Fedorov", schema.Person, nil},
		{"Zelenskyy", schema.Person, nil},
		{"Andriy Yermak", schema.Person, nil},
		{"Russia", schema.Country, []string{"Russian", "Russia's"}},
		// "writing the country's name in Ukrainian" names the language, which
		// is no mention of the country (see TestLanguagesAndDemonyms); the
		// gold file lists the alias, which score.py does not require
		{"Ukraine", schema.Country, []string{"Україна", "Ukrainians"}},
		{"United States", schema.Country, []string{"US", "Americans"}},
		{"Israel", schema.Country, nil},
		{"SpaceX", schema.Company, nil},
		{"Twitter", schema.Company, nil},
		{"Facebook", schema.Company, nil},
		{"Kremlin", schema.Organization, nil},
	}
	for _, w := range want {
		e, ok := d.Entity(w.name)
		if !ok {
			t.Errorf("missing entity %q", w.name)
			continue
		}
		if e.Type != w.typ {
			t.Errorf("%q: type %s, want %s", w.name, e.Type, w.typ)
		}
		for _, a := range w.aliases {
			if !hasAlias(e, a) {
				t.Errorf("%q lacks alias %q (has %v)", w.name, a, e.Aliases)
			}
		}
	}
	for _, e := range d.Entities {
		if e.Type == schema.Person && !strings.Contains(" Elon Musk Vladimir Putin Dmitry Rogozin Mykhailo Fedorov Zelenskyy Andriy Yermak ", " "+e.Name+" ") {
			t.Errorf("unexpected person %q", e.Name)
		}
	}
}

func TestSeedRoles(t *testing.T) {
	d := seedDoc(t)
	want := [][3]string{
		{"Elon Musk", "ceo", "SpaceX"},
		{"Vladimir Putin", "president", "Russia"},
		{"Dmitry Rogozin", "space chief", "Russia"},
		{"Mykhailo Fedorov", "vice prime minister", "Ukraine"},
		{"Andriy Yermak", "head of the presidential administration", "Ukraine"},
	}
	for _, w := range want {
		found := false
		for _, r := range d.Roles {
			found = found || r.Person == w[0] && r.Title == w[1] && r.Org == w[2]
		}
		if !found {
			t.Errorf("missing role %v in %+v", w, d.Roles)
		}
	}
	if len(d.Roles) != len(want) {
		t.Errorf("%d roles, want %d: %+v", len(d.Roles), len(want), d.Roles)
	}
}

func TestSeedStatements(t *testing.T) {
	d := seedDoc(t)
	direct := []struct{ start, date string }{
		{"I hereby challenge", "2022-03-14"},
		{"Stakes are", "2022-03-14"},
		{"Do you agree to this fight", "2022-03-14"},
		{"Important warning: Starlink is the only", "2022-03-03"},
	}
	n := 0
	for _, s := range d.Statements {
		if !s.Indirect {
			n++
		}
	}
	if n != len(direct) {
		t.Errorf("%d direct statements, want %d", n, len(direct))
	}
	for _, w := range direct {
		found := false
		for _, s := range d.Statements {
			if s.Indirect || !strings.HasPrefix(s.Text, w.start) {
				continue
			}
			found = true
			if s.Speaker != "Elon Musk" || s.Date != w.date || s.Channel != "Twitter" {
				t.Errorf("%q: speaker %q date %q channel %q", w.start, s.Speaker, s.Date, s.Channel)
			}
		}
		if !found {
			t.Errorf("no quotation %q", w.start)
		}
	}
	reported := []struct{ speaker, words string }{
		{"Dmitry Rogozin", "Americans should use"},
		{"Mykhailo Fedorov", "Ukrainians might end up losing internet connectivity"},
		// "Zelenskyy has proposed a direct meeting with …" is in the seed's
		// gold (guidelines v1) but is a verb with only a noun object, which
		// guidelines v2 leave out (shared/eval/GUIDELINES.md, Statements)
		{"Israel", "will mediate the negotiations"},
		{"Andriy Yermak", "complex but noble"},
		{"Elon Musk", "honoured"},
	}
	for _, w := range reported {
		found := false
		for _, s := range d.Statements {
			found = found || s.Indirect && s.Speaker == w.speaker && strings.Contains(s.Text, w.words)
		}
		if !found {
			t.Errorf("no reported speech by %s with %q", w.speaker, w.words)
		}
	}
	for _, s := range d.Statements {
		if s.Indirect && s.Speaker == "Andriy Yermak" && s.Channel != "Facebook" {
			t.Errorf("Yermak's statement channel %q, want Facebook", s.Channel)
		}
	}
}
