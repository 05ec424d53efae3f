package queries_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// succession is a made-up change of chief executive at a Finnish company,
// told by four articles that spell the post three ways: Ines Kahl is
// incoming in March, current in June (when her predecessor Tom Reyes is
// former), former in October (when Ruth Amble is incoming), and Ruth
// Amble is current in November.
func succession() []*schema.Document {
	talvik := schema.Entity{Name: "Talvik Oy", Type: schema.Company, Aliases: []string{"Talvik"}}
	ines := schema.Entity{Name: "Ines Kahl", Type: schema.Person, Aliases: []string{"Kahl"}}
	tom := schema.Entity{Name: "Tom Reyes", Type: schema.Person}
	ruth := schema.Entity{Name: "Ruth Amble", Type: schema.Person}
	finland := schema.Entity{Name: "Finland", Type: schema.Country, Alpha2: "FI", Alpha3: "FIN"}
	kestrel := schema.Entity{Name: "Kestrel Foundation", Type: schema.Organization}
	return []*schema.Document{
		{Article: schema.Article{ID: "talvik-march", Date: "2025-03-10", Title: "Talvik names Kahl"},
			Entities: []schema.Entity{talvik, ines, finland},
			Roles:    []schema.Role{{Person: "Ines Kahl", Title: "chief executive", Org: "Talvik Oy", Incoming: true}}},
		{Article: schema.Article{ID: "talvik-june", Date: "2025-06-02", Title: "Kahl takes over at Talvik"},
			Entities: []schema.Entity{talvik, ines, tom, kestrel},
			Roles: []schema.Role{
				{Person: "Ines Kahl", Title: "ceo", Org: "Talvik Oy"},
				{Person: "Tom Reyes", Title: "ceo", Org: "Talvik Oy", Former: true},
				{Person: "Ines Kahl", Title: "chairwoman", Org: "Kestrel Foundation"},
			}},
		{Article: schema.Article{ID: "talvik-october", Date: "2025-10-20", Title: "Kahl steps down"},
			Entities: []schema.Entity{talvik, ines, ruth},
			Roles: []schema.Role{
				{Person: "Ines Kahl", Title: "chief executive officer", Org: "Talvik Oy", Former: true},
				{Person: "Ruth Amble", Title: "CEO", Org: "Talvik Oy", Incoming: true},
			}},
		{Article: schema.Article{ID: "talvik-november", Date: "2025-11-03", Title: "Amble starts"},
			Entities: []schema.Entity{talvik, ruth},
			Roles:    []schema.Role{{Person: "Ruth Amble", Title: "chief executive", Org: "Talvik Oy"}}},
	}
}

func TestHolders(t *testing.T) {
	ev := func(person, title, status, date, article string) row {
		return row{"person": person, "title": title, "org": "Talvik Oy", "status": status, "date": date, "article": article}
	}
	inesMarch := ev("Ines Kahl", "chief executive", "incoming", "2025-03-10", "talvik-march")
	inesJune := ev("Ines Kahl", "ceo", "current", "2025-06-02", "talvik-june")
	tomJune := ev("Tom Reyes", "ceo", "former", "2025-06-02", "talvik-june")
	inesOct := ev("Ines Kahl", "chief executive officer", "former", "2025-10-20", "talvik-october")
	ruthOct := ev("Ruth Amble", "ceo", "incoming", "2025-10-20", "talvik-october")
	ruthNov := ev("Ruth Amble", "chief executive", "current", "2025-11-03", "talvik-november")
	tests := []struct {
		name string
		args map[string]string
		want []row
	}{
		{"before any article", map[string]string{"on": "2025-02-01"}, nil},
		{"the day she is announced", map[string]string{"on": "2025-03-10"}, nil},
		{"announced, not yet in post", map[string]string{"on": "2025-04-30"}, nil},
		{"the day she takes over", map[string]string{"on": "2025-06-02"}, []row{inesJune}},
		{"between articles", map[string]string{"on": "2025-08-15"}, []row{inesJune}},
		{"the day she leaves and he is named", map[string]string{"on": "2025-10-20"}, nil},
		{"successor in post", map[string]string{"on": "2025-12-01"}, []row{ruthNov}},
		{"whole history", nil, []row{inesMarch, inesJune, tomJune, inesOct, ruthOct, ruthNov}},
		{"another spelling, an alias", map[string]string{"title": "Chief Executive", "org": "Talvik", "on": "2025-07-01"}, []row{inesJune}},
		{"another post", map[string]string{"title": "CFO"}, nil},
	}
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, succession())
		for _, tt := range tests {
			t.Run(backend+"/"+tt.name, func(t *testing.T) {
				args := map[string]string{"title": "ceo", "org": "Talvik Oy"}
				for k, v := range tt.args {
					args[k] = v
				}
				res, err := queries.Run(context.Background(), s, "holders", args, queries.RunOptions{})
				if err != nil {
					t.Fatal(err)
				}
				checkTimeline(t, "holders", args, res, tt.want)
			})
		}
	}
}

// checkTimeline compares rows without their fact column, which must be a
// role key.
func checkTimeline(t *testing.T, query string, args map[string]string, res *queries.Result, want []row) {
	t.Helper()
	if cols := []string{"person", "title", "org", "status", "date", "article", "fact"}; !reflect.DeepEqual(res.Columns, cols) {
		t.Errorf("%s %v: columns %v, want %v", query, args, res.Columns, cols)
	}
	var got []row
	for _, r := range res.Rows {
		c := row{}
		for k, v := range r {
			c[k] = v
		}
		if f, _ := c["fact"].(string); !strings.HasPrefix(f, "role/") {
			t.Errorf("%s %v: fact %q is not a role key", query, args, f)
		}
		delete(c, "fact")
		got = append(got, c)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s %v =\n%v\nwant\n%v", query, args, got, want)
	}
}

// TestHoldersOnePost: the three spellings of the post are one role node.
func TestHoldersOnePost(t *testing.T) {
	s := storeOf(t, graph.MemDSN, succession())
	res, err := queries.Run(context.Background(), s, "holders", map[string]string{"title": "chief executive officer", "org": "Talvik"}, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	facts := map[string]map[any]bool{}
	for _, r := range res.Rows {
		p := r["person"].(string)
		if facts[p] == nil {
			facts[p] = map[any]bool{}
		}
		facts[p][r["fact"]] = true
	}
	for p, f := range facts {
		if len(f) != 1 {
			t.Errorf("%s holds the post as %d role nodes %v, want 1", p, len(f), f)
		}
	}
	if len(facts) != 3 {
		t.Errorf("%d holders, want 3: %v", len(facts), res.Rows)
	}
}

func TestRolesTimeline(t *testing.T) {
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, succession())
		tests := []struct {
			args map[string]string
			want []row
		}{
			{map[string]string{"person": "Kahl"}, []row{
				{"person": "Ines Kahl", "title": "chief executive", "org": "Talvik Oy", "status": "incoming", "date": "2025-03-10", "article": "talvik-march"},
				{"person": "Ines Kahl", "title": "chairwoman", "org": "Kestrel Foundation", "status": "current", "date": "2025-06-02", "article": "talvik-june"},
				{"person": "Ines Kahl", "title": "ceo", "org": "Talvik Oy", "status": "current", "date": "2025-06-02", "article": "talvik-june"},
				{"person": "Ines Kahl", "title": "chief executive officer", "org": "Talvik Oy", "status": "former", "date": "2025-10-20", "article": "talvik-october"},
			}},
			{map[string]string{"person": "Ruth Amble", "org": "Talvik"}, []row{
				{"person": "Ruth Amble", "title": "ceo", "org": "Talvik Oy", "status": "incoming", "date": "2025-10-20", "article": "talvik-october"},
				{"person": "Ruth Amble", "title": "chief executive", "org": "Talvik Oy", "status": "current", "date": "2025-11-03", "article": "talvik-november"},
			}},
			{map[string]string{"person": "Tom Reyes", "org": "Kestrel Foundation"}, nil},
		}
		for _, tt := range tests {
			res, err := queries.Run(context.Background(), s, "roles", tt.args, queries.RunOptions{})
			if err != nil {
				t.Fatalf("%s: %v", backend, err)
			}
			checkTimeline(t, "roles", tt.args, res, tt.want)
		}
		// Pages of one row put end to end give the whole timeline.
		var paged []row
		for off := 0; ; off++ {
			res, err := queries.Run(context.Background(), s, "roles", map[string]string{"person": "Kahl", "limit": "1", "offset": fmt.Sprint(off)}, queries.RunOptions{})
			if err != nil {
				t.Fatal(err)
			}
			paged = append(paged, res.Rows...)
			if !res.More {
				break
			}
		}
		all, err := queries.Run(context.Background(), s, "roles", map[string]string{"person": "Kahl"}, queries.RunOptions{})
		if err != nil || !reflect.DeepEqual(paged, all.Rows) {
			t.Errorf("%s: pages of roles person=Kahl = %v, want %v (%v)", backend, paged, all.Rows, err)
		}
	}
}

func TestHoldersErrors(t *testing.T) {
	s := storeOf(t, graph.MemDSN, succession())
	tests := []struct {
		args map[string]string
		kind error
		says string
	}{
		{map[string]string{"title": "ceo", "org": "Talvik", "on": "2025-13-01"}, queries.ErrInvalid, "parameter on"},
		{map[string]string{"title": "ceo", "org": "Talvik", "on": "June 2"}, queries.ErrInvalid, "YYYY-MM-DD"},
		{map[string]string{"title": "ceo", "org": "Talvik", "on": "2025-6-2"}, queries.ErrInvalid, "parameter on"},
		{map[string]string{"org": "Talvik"}, queries.ErrInvalid, "title"},
		{map[string]string{"title": "ceo"}, queries.ErrInvalid, "org"},
		{map[string]string{"title": "...", "org": "Talvik"}, queries.ErrInvalid, "parameter title"},
		{map[string]string{"title": "ceo", "org": "Nordlys AS"}, queries.ErrNotFound, "Nordlys"},
	}
	for _, tt := range tests {
		_, err := queries.Run(context.Background(), s, "holders", tt.args, queries.RunOptions{})
		if !errors.Is(err, tt.kind) || !strings.Contains(fmtErr(err), tt.says) {
			t.Errorf("holders %v = %v, want %v naming %q", tt.args, err, tt.kind, tt.says)
		}
	}
}

func fmtErr(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
