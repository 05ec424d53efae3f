package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Elon Musk", "elon musk"},
		{"Kremlin’s", "kremlin"},
		{"Russia's", "russia"},
		{"U.S.", "us"},
		{"@elonmusk", "elonmusk"},
		{"The Wall Street Journal", "wall street journal"},
		{"Владимир Путин", "владимир путин"},
		{"  Macmillan/McGraw-Hill  School Publishing Co. ", "macmillan mcgraw hill school publishing co"},
		{"the", "the"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeName(tt.in); got != tt.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityIRI(t *testing.T) {
	if got, want := EntityIRI(Person, "Elon Musk"), quad.IRI("https://newsgraph.dev/id/person/elon-musk"); got != want {
		t.Errorf("EntityIRI = %v, want %v", got, want)
	}
	if EntityIRI(Country, "Ukraine") == EntityIRI(Person, "Ukraine") {
		t.Error("entities of different types share an IRI")
	}
}

func TestDocumentQuads(t *testing.T) {
	d := &Document{
		Article: Article{ID: "a1", Date: "2022-03-14", Title: "T", Text: "body"},
		Entities: []Entity{
			{Name: "Elon Musk", Type: Person, Aliases: []string{"Musk", "@elonmusk"}},
			{Name: "SpaceX", Type: Company},
			{Name: "Twitter", Type: Company},
		},
		Roles:      []Role{{Person: "Elon Musk", Title: "CEO", Org: "SpaceX"}},
		Statements: []Statement{{Speaker: "Elon Musk", Text: "hi", Date: "2022-03-03", Channel: "Twitter", Mentions: []string{"SpaceX"}}},
	}
	qs := d.Quads()
	label := ArticleIRI("a1")
	got := map[string]bool{}
	for _, q := range qs {
		if q.Label != label {
			t.Errorf("quad %v has label %v, want %v", q, q.Label, label)
		}
		if !q.IsValid() {
			t.Errorf("invalid quad %v", q)
		}
		got[q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String()] = true
	}
	musk := EntityIRI(Person, "Elon Musk").String()
	role := RoleIRI(EntityIRI(Person, "Elon Musk"), "ceo", EntityIRI(Company, "SpaceX")).String()
	stmt := StatementIRI("a1", EntityIRI(Person, "Elon Musk"), "hi").String()
	for _, want := range []string{
		musk + " " + PredType.String() + " " + TypePerson.String(),
		musk + ` <http://schema.org/alternateName> "@elonmusk"`,
		musk + ` <https://newsgraph.dev/ns#key> "elonmusk"`,
		label.String() + " " + PredMentions.String() + " " + musk,
		role + " " + PredRoleIn.String() + " " + EntityIRI(Company, "SpaceX").String(),
		role + ` <http://schema.org/roleName> "ceo"`,
		stmt + " " + PredChannel.String() + " " + EntityIRI(Company, "Twitter").String(),
		stmt + ` <http://schema.org/dateCreated> "2022-03-03"^^<http://www.w3.org/2001/XMLSchema#date>`,
	} {
		if !got[want] {
			t.Errorf("missing quad %s", want)
		}
	}
	again := d.Quads()
	if len(again) != len(qs) {
		t.Fatalf("Quads is not deterministic: %d then %d quads", len(qs), len(again))
	}
	for i := range qs {
		if qs[i] != again[i] {
			t.Errorf("quad %d differs: %v then %v", i, qs[i], again[i])
		}
	}
}

func TestStatementJSONNulls(t *testing.T) {
	b, err := json.Marshal(Statement{Text: "x"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"speaker":null`, `"speaker_org":null`, `"channel":null`, `"mentions":[]`, `"indirect":false`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Statement JSON %s lacks %s", b, want)
		}
	}
	b, _ = json.Marshal(Role{Person: "P", Title: "t"})
	if !strings.Contains(string(b), `"org":null`) {
		t.Errorf("Role JSON %s lacks org null", b)
	}
}

// TestReadmeDocumentsVocabulary keeps the README's vocabulary table in step
// with the package.
func TestReadmeDocumentsVocabulary(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, term := range Vocabulary() {
		row := fmt.Sprintf("| `%s:%s` | `%s` |", term.Prefix, term.Name, string(term.IRI))
		if !strings.Contains(string(readme), row) {
			t.Errorf("README lacks the vocabulary row %s", row)
		}
	}
}

func TestMatchKey(t *testing.T) {
	tests := []struct {
		typ  EntityType
		a, b string
		same bool
	}{
		{Person, "Volodymyr Zelenskyy", "Volodymyr Zelensky", true},
		{Person, "Zelenskiy", "Zelensky", true},
		{Person, "Путин", "Putin", true},
		{Person, "Владимир Путин", "Vladimir Putin", true},
		{Person, "Зеленський", "Zelensky", true},
		{Company, "Veltrix Corp.", "Veltrix", true},
		{Company, "Kestrel Orbital AG", "Kestrel Orbital", true},
		{Organization, "Party", "Party Group", false},
		{Person, "Ada Okafor", "Chidi Okafor", false},
		{Person, "Anna Smith", "Ann Smith", false},
	}
	for _, tt := range tests {
		ka, kb := MatchKey(tt.typ, tt.a), MatchKey(tt.typ, tt.b)
		if (ka == kb) != tt.same {
			t.Errorf("MatchKey(%s, %q) = %q, MatchKey(%q) = %q; want same = %v", tt.typ, tt.a, ka, tt.b, kb, tt.same)
		}
	}
}

func TestPersonSurnameMatchKey(t *testing.T) {
	keys := matchKeys(Entity{Name: "Ada Okafor", Type: Person, Aliases: []string{"@adaokafor"}})
	want := []string{"ada okafor", "okafor", "adaokafor"}
	if strings.Join(keys, "|") != strings.Join(want, "|") {
		t.Errorf("matchKeys = %q, want %q", keys, want)
	}
}

func TestSpan(t *testing.T) {
	s := Span{Start: 12, End: 40}
	got, err := ParseSpan(s.String())
	if err != nil || got != s {
		t.Errorf("ParseSpan(%q) = %v, %v", s.String(), got, err)
	}
	for _, bad := range []string{"", "12", "a-b", "40-12", "-1-3"} {
		if _, err := ParseSpan(bad); err == nil {
			t.Errorf("ParseSpan(%q) accepted", bad)
		}
	}
}
