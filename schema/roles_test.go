package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

// triples spells each quad of qs as "S P O" (label dropped).
func triples(qs []quad.Quad) map[string]bool {
	out := map[string]bool{}
	for _, q := range qs {
		out[q.Subject.String()+" "+q.Predicate.String()+" "+q.Object.String()] = true
	}
	return out
}

func TestRoleJSONFlags(t *testing.T) {
	tests := []struct {
		role    Role
		want    []string
		notWant []string
	}{
		{Role{Person: "P", Title: "ceo"}, nil, []string{`"former"`, `"incoming"`}},
		{Role{Person: "P", Title: "ceo", Former: true}, []string{`"former":true`}, []string{`"incoming"`}},
		{Role{Person: "P", Title: "ceo", Incoming: true}, []string{`"incoming":true`}, []string{`"former"`}},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.role)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(string(b), w) {
				t.Errorf("%+v: JSON %s lacks %s", tt.role, b, w)
			}
		}
		for _, w := range tt.notWant {
			if strings.Contains(string(b), w) {
				t.Errorf("%+v: JSON %s has %s", tt.role, b, w)
			}
		}
	}
}

func TestRoleStatus(t *testing.T) {
	tests := []struct {
		role Role
		want RoleStatus
	}{
		{Role{}, StatusCurrent},
		{Role{Former: true}, StatusFormer},
		{Role{Incoming: true}, StatusIncoming},
		{Role{Former: true, Incoming: true}, StatusFormer},
	}
	for _, tt := range tests {
		if got := tt.role.Status(); got != tt.want {
			t.Errorf("%+v.Status() = %q, want %q", tt.role, got, tt.want)
		}
	}
	for _, st := range RoleStatuses {
		if got, err := ParseRoleStatus(string(st)); err != nil || got != st {
			t.Errorf("ParseRoleStatus(%q) = %q, %v", st, got, err)
		}
	}
	if _, err := ParseRoleStatus("past"); err == nil || !strings.Contains(err.Error(), "current, former or incoming") {
		t.Errorf("ParseRoleStatus(past) = %v, want an error naming the statuses", err)
	}
}

// TestRoleQuads: the role node of a post is named by its title key, keeps
// the article's words as its name and writes its status under the
// article's label.
func TestRoleQuads(t *testing.T) {
	d := &Document{
		Article: Article{ID: "a2", Date: "2025-03-02"},
		Entities: []Entity{
			{Name: "Ines Kahl", Type: Person},
			{Name: "Talvik Oy", Type: Company},
		},
		Roles: []Role{{Person: "Ines Kahl", Title: "chief executive", Org: "Talvik Oy", Incoming: true}},
	}
	qs := d.Quads()
	role := RoleIRI(EntityIRI(Person, "Ines Kahl"), "CEO", EntityIRI(Company, "Talvik Oy")).String()
	got := triples(qs)
	for _, want := range []string{
		role + ` <http://schema.org/roleName> "chief executive"`,
		role + ` <https://newsgraph.dev/ns#titleKey> "chief executive officer"`,
		role + ` <https://newsgraph.dev/ns#roleStatus> "incoming"`,
	} {
		if !got[want] {
			t.Errorf("missing quad %s", want)
		}
	}
	for _, q := range qs {
		if q.Predicate == PredRoleStatus && q.Label != ArticleIRI("a2") {
			t.Errorf("status quad %v has label %v, want the article's", q, q.Label)
		}
	}
	d.Roles[0].Incoming = false
	if !triples(d.Quads())[role+` <https://newsgraph.dev/ns#roleStatus> "current"`] {
		t.Error("a role with no flag does not write status current")
	}
}

// TestCountryCodeQuads: a country's ISO codes become quads; malformed codes
// and codes on other entities do not.
func TestCountryCodeQuads(t *testing.T) {
	d := &Document{
		Article: Article{ID: "a3"},
		Entities: []Entity{
			{Name: "Ukraine", Type: Country, Alpha2: "UA", Alpha3: "UKR"},
			{Name: "Chile", Type: Country, Alpha2: "cl", Alpha3: "CH>L"},
			{Name: "Talvik Oy", Type: Company, Alpha2: "FI", Alpha3: "FIN"},
		},
	}
	got := triples(d.Quads())
	ukraine := EntityIRI(Country, "Ukraine").String()
	for _, want := range []string{
		ukraine + ` <https://newsgraph.dev/ns#iso3166Alpha2> "UA"`,
		ukraine + ` <https://newsgraph.dev/ns#iso3166Alpha3> "UKR"`,
	} {
		if !got[want] {
			t.Errorf("missing quad %s", want)
		}
	}
	for k := range got {
		if strings.Contains(k, "iso3166") && !strings.HasPrefix(k, ukraine) {
			t.Errorf("unexpected code quad %s", k)
		}
	}
}
