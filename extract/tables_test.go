package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// The table helpers the class tests share: each runs made-up texts through
// the extractor and checks what a reader of the graph would see, the roles
// (checkRoles), the entities and their types (checkEntities) and the
// statements (runStmtCases), with the negatives of each class.

// roleCase is one made-up sentence and a role Extract must find in it (or,
// with not set, must not find: a negative of the class).
type roleCase struct {
	name, text         string
	person, title, org string // title "" in a negative: any title
	status             schema.RoleStatus
	not                bool
}

func statusOf(r schema.Role) schema.RoleStatus {
	switch {
	case r.Former:
		return schema.StatusFormer
	case r.Incoming:
		return schema.StatusIncoming
	}
	return schema.StatusCurrent
}

// checkRoles runs each case through Extract.
func checkRoles(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, tt := range cases {
		d := run(tt.text)
		found := false
		for _, r := range d.Roles {
			if r.Person == tt.person && (r.Title == tt.title || tt.not && tt.title == "") && r.Org == tt.org {
				found = true
				if !tt.not && tt.status != "" && statusOf(r) != tt.status {
					t.Errorf("%s: %q: role %+v has status %s, want %s", tt.name, tt.text, r, statusOf(r), tt.status)
				}
			}
		}
		switch {
		case tt.not && found:
			t.Errorf("%s: %q: unwanted role {%s, %s, %s} in %+v", tt.name, tt.text, tt.person, tt.title, tt.org, d.Roles)
		case !tt.not && !found:
			t.Errorf("%s: %q: no role {%s, %s, %s} in %+v", tt.name, tt.text, tt.person, tt.title, tt.org, d.Roles)
		}
	}
}

// entCase is one made-up sentence of a class of entity errors: the entities
// it must have (name and type) and the names no entity may have.
type entCase struct {
	text   string
	want   map[string]schema.EntityType
	absent []string
	notOrg []string // names that may be entities, but no organisation
}

// checkEntities runs each case through Extract.
func checkEntities(t *testing.T, cases []entCase) {
	t.Helper()
	for _, tt := range cases {
		d := run(tt.text)
		for name, typ := range tt.want {
			e, ok := entity(d, name)
			switch {
			case !ok:
				t.Errorf("%q: no entity %q in %v", tt.text, name, names(d))
			case e.Type != typ:
				t.Errorf("%q: %q is a %s, want %s", tt.text, name, e.Type, typ)
			}
		}
		for _, name := range tt.absent {
			if e, ok := entity(d, name); ok {
				t.Errorf("%q: unwanted %s %q", tt.text, e.Type, name)
			}
		}
		for _, name := range tt.notOrg {
			if e, ok := entity(d, name); ok && e.Type == schema.Organization {
				t.Errorf("%q: %q is an organization", tt.text, name)
			}
		}
	}
}

func names(d schema.Document) []string {
	var out []string
	for _, e := range d.Entities {
		out = append(out, string(e.Type)+":"+e.Name)
	}
	return out
}

const (
	per = schema.Person
	org = schema.Organization
	com = schema.Company
)

// findStatementsOf runs the role stage and the statement stage on v.
func findStatementsOf(v *resolved) []schema.Statement {
	return findStatements(v, findRoles(v), "2024-01-01")
}

type stmtCase struct {
	name, text string
	want       []string // speaker | text | indirect
}

func runStmtCases(t *testing.T, tests []stmtCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range findStatementsOf(resolvedView(tt.text)) {
				got = append(got, fmt.Sprintf("%s|%s|%v", s.Speaker, s.Text, s.Indirect))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findStatements(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
