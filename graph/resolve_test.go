package graph

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func personDoc(id string, names ...string) *schema.Document {
	d := &schema.Document{Article: schema.Article{ID: id, Date: "2025-01-01", Text: "text of " + id + ": " + strings.Join(names, ", ")}}
	for _, n := range names {
		d.Entities = append(d.Entities, schema.Entity{ID: schema.EntityKey(schema.Person, n), Name: n, Type: schema.Person, Mentions: 1})
	}
	return d
}

// TestAcrossArticles checks the documented merge rule: spelling variants,
// scripts and surnames meet the one stored entity that fits, and an
// ambiguous surname does not merge.
func TestAcrossArticles(t *testing.T) {
	tests := []struct {
		name     string
		stored   [][]string // names per earlier article
		incoming string
		want     string // canonical name after loading
	}{
		{"spelling variant", [][]string{{"Volodymyr Zelenskyy"}}, "Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"surname only", [][]string{{"Ada Okafor"}}, "Okafor", "Ada Okafor"},
		{"other script", [][]string{{"Vladimir Putin"}}, "Путин", "Vladimir Putin"},
		{"full name in other script", [][]string{{"Vladimir Putin"}}, "Владимир Путин", "Vladimir Putin"},
		{"two people with that surname", [][]string{{"Anna Smith"}, {"John Smith"}}, "Smith", "Smith"},
		{"same surname, other given name", [][]string{{"Ada Okafor"}}, "Chidi Okafor", "Chidi Okafor"},
		{"exact name", [][]string{{"Ada Okafor"}}, "Ada Okafor", "Ada Okafor"},
		{"nothing stored", nil, "Mira Holt", "Mira Holt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t, "mem")
			for i, names := range tt.stored {
				mustAdd(t, s, personDoc(string(rune('a'+i)), names...))
			}
			d := personDoc("incoming", tt.incoming)
			d.Statements = []schema.Statement{{Speaker: tt.incoming, Text: "we will see", Date: "2025-01-01"}}
			mustAdd(t, s, d)
			if got := d.Entities[0].Name; got != tt.want {
				t.Fatalf("%q stored as %q, want %q", tt.incoming, got, tt.want)
			}
			if d.Statements[0].Speaker != tt.want {
				t.Errorf("statement speaker = %q, want %q", d.Statements[0].Speaker, tt.want)
			}
			if tt.want != tt.incoming && !contains(d.Entities[0].Aliases, tt.incoming) {
				t.Errorf("aliases %q lack the article's spelling %q", d.Entities[0].Aliases, tt.incoming)
			}
			// Loading the same article again adds nothing.
			again := personDoc("incoming", tt.incoming)
			again.Statements = []schema.Statement{{Speaker: tt.incoming, Text: "we will see", Date: "2025-01-01"}}
			if n := mustAdd(t, s, again); n != 0 {
				t.Errorf("reloading added %d quads", n)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
