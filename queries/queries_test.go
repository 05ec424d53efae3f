package queries_test

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

type row = map[string]any

func TestBuiltins(t *testing.T) {
	s := fixtureStore(t)
	entityCols := []string{"entity", "name", "type", "articles"}
	stmtCols := []string{"speaker", "text", "date", "kind", "channel", "article", "fact"}
	roleCols := []string{"person", "title", "org", "articles", "fact"}
	timelineCols := []string{"person", "title", "org", "status", "date", "article", "fact"}
	nairobi := row{"speaker": "Ada Okafor", "text": "Nairobi is ready.", "date": "2025-06-05", "kind": "quote", "channel": "", "article": "kenya-launch"}
	milestone := row{"speaker": "Kenya Space Agency", "text": "the launch was a milestone", "date": "2025-06-05", "kind": "reported", "channel": "", "article": "kenya-launch"}
	orbit := row{"speaker": "Ada Okafor", "text": "We are going to orbit.", "date": "2025-06-01", "kind": "quote", "channel": "Twitter", "article": "veltrix-orbital"}
	satellites := row{"speaker": "Bram Vos", "text": "Ukraine needs satellites.", "date": "2025-05-20", "kind": "reported", "channel": "", "article": "ukraine-grant"}
	adaCEO := row{"person": "Ada Okafor", "title": "ceo", "org": "Veltrix Corp", "articles": int64(2)}
	tests := []struct {
		name  string
		query string
		args  map[string]string
		want  queries.Result
	}{
		{"all entities", "entities", nil, queries.Result{Columns: entityCols, Rows: []row{
			{"entity": "person/ada-okafor", "name": "Ada Okafor", "type": "person", "articles": int64(2)},
			{"entity": "country/kenya", "name": "Kenya", "type": "country", "articles": int64(2)},
			{"entity": "company/veltrix-corp", "name": "Veltrix Corp", "type": "company", "articles": int64(2)},
			{"entity": "person/bram-vos", "name": "Bram Vos", "type": "person", "articles": int64(1)},
			{"entity": "organization/kenya-space-agency", "name": "Kenya Space Agency", "type": "organization", "articles": int64(1)},
			{"entity": "organization/kestrel-foundation", "name": "Kestrel Foundation", "type": "organization", "articles": int64(1)},
			{"entity": "company/twitter", "name": "Twitter", "type": "company", "articles": int64(1)},
			{"entity": "country/ukraine", "name": "Ukraine", "type": "country", "articles": int64(1)},
		}}},
		{"countries", "entities", map[string]string{"type": "country"}, queries.Result{Columns: entityCols, Rows: []row{
			{"entity": "country/kenya", "name": "Kenya", "type": "country", "articles": int64(2)},
			{"entity": "country/ukraine", "name": "Ukraine", "type": "country", "articles": int64(1)},
		}}},
		// Without a filter, the most recently written first, whatever the date.
		{"all statements", "statements", nil, queries.Result{Columns: stmtCols, Rows: []row{satellites, nairobi, milestone, orbit}}},
		{"statements by handle", "statements", map[string]string{"speaker": "@adaokafor"}, queries.Result{Columns: stmtCols, Rows: []row{nairobi, orbit}}},
		{"statements by surname", "statements", map[string]string{"speaker": "Okafor"}, queries.Result{Columns: stmtCols, Rows: []row{nairobi, orbit}}},
		{"statements by an organization", "statements", map[string]string{"speaker": "Kenya Space Agency"}, queries.Result{Columns: stmtCols, Rows: []row{milestone}}},
		{"statements mentioning, Cyrillic alias", "statements", map[string]string{"mentions": "Україна"}, queries.Result{Columns: stmtCols, Rows: []row{satellites}}},
		{"statements by and mentioning", "statements", map[string]string{"speaker": "Ада Окафор", "mentions": "Kenya"}, queries.Result{Columns: stmtCols, Rows: []row{orbit}}},
		{"all roles", "roles", nil, queries.Result{Columns: roleCols, Rows: []row{
			adaCEO, {"person": "Bram Vos", "title": "director", "org": "Kestrel Foundation", "articles": int64(1)},
		}}},
		{"roles at an org", "roles", map[string]string{"org": "Veltrix"}, queries.Result{Columns: roleCols, Rows: []row{adaCEO}}},
		{"roles of a person elsewhere", "roles", map[string]string{"person": "Okafor", "org": "Kestrel Foundation"}, queries.Result{Columns: timelineCols}},
		{"mentions by Cyrillic alias", "mentions", map[string]string{"entity": "Кения"}, queries.Result{Columns: []string{"article", "title", "date"}, Rows: []row{
			{"article": "kenya-launch", "title": "Kenya hosts Veltrix launch", "date": "2025-06-05"},
			{"article": "veltrix-orbital", "title": "Veltrix signs orbital deal", "date": "2025-06-02"},
		}}},
		{"neighbors", "neighbors", map[string]string{"entity": "person/bram-vos"}, queries.Result{Columns: []string{"direction", "predicate", "value", "article"}, Rows: []row{
			{"direction": "out", "predicate": "rdf:type", "value": "schema:Person", "article": "ukraine-grant"},
			{"direction": "out", "predicate": "schema:alternateName", "value": "Vos", "article": "ukraine-grant"},
			{"direction": "out", "predicate": "schema:name", "value": "Bram Vos", "article": "ukraine-grant"},
			{"direction": "in", "predicate": "ng:holder", "value": "role/fce562411e8627a4a403", "article": "ukraine-grant"},
			{"direction": "in", "predicate": "schema:mentions", "value": "ukraine-grant", "article": "ukraine-grant"},
			{"direction": "in", "predicate": "schema:spokenByCharacter", "value": "statement/a79d1edce15cde91d2b1", "article": "ukraine-grant"},
		}}},
		{"path through a role", "path", map[string]string{"from": "Okafor", "to": "Veltrix"}, queries.Result{Columns: []string{"hops", "path"}, Rows: []row{
			{"hops": int64(2), "path": "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix Corp"},
			{"hops": int64(2), "path": "Ada Okafor —mentions← article(kenya-launch) —mentions→ Veltrix Corp"},
			{"hops": int64(2), "path": "Ada Okafor —mentions← article(veltrix-orbital) —mentions→ Veltrix Corp"},
		}}},
		{"path through a statement", "path", map[string]string{"from": "https://newsgraph.dev/id/company/twitter", "to": "Kenya"}, queries.Result{Columns: []string{"hops", "path"}, Rows: []row{
			{"hops": int64(2), "path": "Twitter —channel← statement(We are going to orbit.) —mentions→ Kenya"},
			{"hops": int64(2), "path": "Twitter —mentions← article(veltrix-orbital) —mentions→ Kenya"},
		}}},
		// Four hops: the search from both ends meets in the middle, and the
		// second half reads from the meeting node on.
		{"path of four hops", "path", map[string]string{"from": "Kenya Space Agency", "to": "Twitter"}, queries.Result{Columns: []string{"hops", "path"}, Rows: []row{
			{"hops": int64(4), "path": "Kenya Space Agency —mentions← article(kenya-launch) —mentions→ Ada Okafor —mentions← article(veltrix-orbital) —mentions→ Twitter"},
			{"hops": int64(4), "path": "Kenya Space Agency —mentions← article(kenya-launch) —mentions→ Ada Okafor —spokenByCharacter← statement(We are going to orbit.) —channel→ Twitter"},
			{"hops": int64(4), "path": "Kenya Space Agency —mentions← article(kenya-launch) —mentions→ Kenya —mentions← article(veltrix-orbital) —mentions→ Twitter"},
			{"hops": int64(4), "path": "Kenya Space Agency —mentions← article(kenya-launch) —mentions→ Kenya —mentions← statement(We are going to orbit.) —channel→ Twitter"},
			{"hops": int64(4), "path": "Kenya Space Agency —mentions← article(kenya-launch) —mentions→ Veltrix Corp —mentions← article(veltrix-orbital) —mentions→ Twitter"},
			{"hops": int64(4), "path": "Kenya Space Agency —speakerOrg← statement(the launch was a milestone) —mentions→ Veltrix Corp —mentions← article(veltrix-orbital) —mentions→ Twitter"},
		}}},
		{"no path", "path", map[string]string{"from": "Okafor", "to": "Vos"}, queries.Result{Columns: []string{"hops", "path"}}},
	}
	for backend, dsn := range backends(t) {
		s := s
		if backend != "mem" {
			s = storeOf(t, dsn, fixtureDocs())
		}
		for _, tt := range tests {
			t.Run(backend+"/"+tt.name, func(t *testing.T) {
				checkBuiltin(t, s, tt.query, tt.args, tt.want)
			})
		}
	}
}

// checkBuiltin runs a query and compares its columns and rows with want's.
func checkBuiltin(t *testing.T, s *graph.Store, query string, args map[string]string, want queries.Result) {
	t.Helper()
	got, err := queries.Run(context.Background(), s, query, args, queries.RunOptions{})
	if err != nil {
		t.Fatalf("Run(%s, %v): %v", query, args, err)
	}
	if !reflect.DeepEqual(got.Columns, want.Columns) {
		t.Errorf("columns = %v, want %v", got.Columns, want.Columns)
	}
	if len(got.Rows) != len(want.Rows) {
		t.Fatalf("Run(%s, %v) = %d rows %v, want %d %v", query, args, len(got.Rows), got.Rows, len(want.Rows), want.Rows)
	}
	for i := range got.Rows {
		checkFact(t, query, got.Rows[i])
		if !reflect.DeepEqual(got.Rows[i], want.Rows[i]) {
			t.Errorf("row %d = %v, want %v", i, got.Rows[i], want.Rows[i])
		}
	}
}

// checkFact checks the fact key of a statement or role row, which explain
// takes, and drops it: the key is a hash, the rest of the row is compared.
func checkFact(t *testing.T, query string, row map[string]any) {
	t.Helper()
	prefix := map[string]string{"statements": "statement/", "roles": "role/"}[query]
	if prefix == "" {
		return
	}
	fact, _ := row["fact"].(string)
	if !strings.HasPrefix(fact, prefix) {
		t.Errorf("%s row %v: fact %q lacks the prefix %s", query, row, fact, prefix)
	}
	delete(row, "fact")
}

func TestRunLimit(t *testing.T) {
	s := fixtureStore(t)
	got, err := queries.Run(context.Background(), s, "entities", nil, queries.RunOptions{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Rows) != 2 || got.Rows[0]["name"] != "Ada Okafor" {
		t.Errorf("entities with Limit 2 = %v", got.Rows)
	}
}

func TestResolveEntity(t *testing.T) {
	s := fixtureStore(t)
	ada := "https://newsgraph.dev/id/person/ada-okafor"
	tests := []struct{ alias, want string }{
		{"Ada Okafor", ada}, {"okafor", ada}, {"@adaokafor", ada}, {"Ада Окафор", ada},
		{"person/ada-okafor", ada}, {ada, ada}, {"<" + ada + ">", ada},
		{"Україна", "https://newsgraph.dev/id/country/ukraine"},
		{"Veltrix's", "https://newsgraph.dev/id/company/veltrix-corp"},
	}
	for _, tt := range tests {
		got, err := queries.ResolveEntity(context.Background(), s, tt.alias)
		if err != nil || len(got) != 1 || string(got[0]) != tt.want {
			t.Errorf("ResolveEntity(%q) = %v, %v; want [%s]", tt.alias, got, err, tt.want)
		}
	}
	for _, alias := range []string{"Nobody", "person/nobody", "https://example.org/x"} {
		if _, err := queries.ResolveEntity(context.Background(), s, alias); !errors.Is(err, queries.ErrNotFound) {
			t.Errorf("ResolveEntity(%q) = %v, want ErrNotFound", alias, err)
		}
	}
}

func TestRunErrors(t *testing.T) {
	s := fixtureStore(t)
	tests := []struct {
		name  string
		query string
		args  map[string]string
		kind  error
		want  string
	}{
		{"unknown query", "nope", nil, queries.ErrInvalid, `unknown query "nope" (known: entities, statements, roles, holders, mentions, neighbors, path, explain, search)`},
		{"missing param", "mentions", nil, queries.ErrInvalid, "query mentions: missing required parameter entity"},
		{"empty param", "statements", map[string]string{"speaker": " "}, queries.ErrInvalid, "parameter speaker is empty"},
		{"unknown param", "roles", map[string]string{"company": "Veltrix"}, queries.ErrInvalid, "unknown parameter company (it takes person, org, limit, offset)"},
		{"bad type", "entities", map[string]string{"type": "planet"}, queries.ErrInvalid, `unknown entity type "planet"`},
		{"no such entity", "neighbors", map[string]string{"entity": "Zorblax"}, queries.ErrNotFound, `query neighbors: no entity called "Zorblax"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := queries.Run(context.Background(), s, tt.query, tt.args, queries.RunOptions{})
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Run(%s, %v) = %v, want %v containing %q", tt.query, tt.args, err, tt.kind, tt.want)
			}
		})
	}
}

func TestSaveListRun(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	script := `g.V("<https://newsgraph.dev/id/country/kenya>").In("<http://schema.org/mentions>").Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://schema.org/NewsArticle>").Out("<http://schema.org/headline>").All()`
	if err := queries.Save(ctx, s, "kenya-headlines", "old script", ""); err != nil {
		t.Fatal(err)
	}
	if err := queries.Save(ctx, s, "kenya-headlines", script, "headlines of articles about Kenya"); err != nil {
		t.Fatalf("Save again: %v", err)
	}
	list, err := queries.List(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, q := range list {
		names = append(names, q.Name)
	}
	if want := "entities statements roles holders mentions neighbors path explain search kenya-headlines"; strings.Join(names, " ") != want {
		t.Errorf("List names = %v, want %s", names, want)
	}
	for _, q := range list[:len(list)-1] {
		if !q.Builtin {
			t.Errorf("builtin %s listed with Builtin false", q.Name)
		}
	}
	if last := list[len(list)-1]; last.Builtin || last.Script != script || last.Description != "headlines of articles about Kenya" {
		t.Errorf("saved query listed as %+v", last)
	}
	got, err := queries.Run(ctx, s, "kenya-headlines", nil, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []row{{"id": "Kenya hosts Veltrix launch"}, {"id": "Veltrix signs orbital deal"}}
	if !sameRows(got.Rows, want) {
		t.Errorf("Run(kenya-headlines) = %v, want %v", got.Rows, want)
	}
	for _, bad := range []struct{ name, script string }{{"roles", script}, {"Has Spaces", script}, {"", script}, {"empty", " "}} {
		if err := queries.Save(ctx, s, bad.name, bad.script, ""); !errors.Is(err, queries.ErrInvalid) {
			t.Errorf("Save(%q, %q) = %v, want ErrInvalid", bad.name, bad.script, err)
		}
	}
}

// sameRows compares rows ignoring order (Gizmo's order is the store's).
func sameRows(got, want []row) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(got))
outer:
	for _, w := range want {
		for i, g := range got {
			if !used[i] && reflect.DeepEqual(g, w) {
				used[i] = true
				continue outer
			}
		}
		return false
	}
	return true
}

func TestRunGizmo(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	got, err := queries.RunGizmo(ctx, s, `g.V("<https://newsgraph.dev/id/person/bram-vos>").Tag("who").In("<https://newsgraph.dev/ns#holder>").Out("<http://schema.org/roleName>").All()`, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"id", "who"}; !reflect.DeepEqual(got.Columns, want) {
		t.Errorf("columns = %v, want %v", got.Columns, want)
	}
	if want := []row{{"id": "director", "who": "person/bram-vos"}}; !reflect.DeepEqual(got.Rows, want) {
		t.Errorf("rows = %v, want %v", got.Rows, want)
	}
	got, err = queries.RunGizmo(ctx, s, `g.emit({answer: 42, name: "x"})`, queries.RunOptions{})
	if err != nil || !reflect.DeepEqual(got.Rows, []row{{"answer": int64(42), "name": "x"}}) {
		t.Errorf("emit = %v, %v", got, err)
	}
}

func TestRunGizmoErrors(t *testing.T) {
	s := fixtureStore(t)
	tests := []struct {
		name, script string
		kind         error
		want         string
	}{
		{"syntax", "var x = 1;\n  g.V(.All()", queries.ErrInvalid, "gizmo: line 2:7: SyntaxError: Unexpected token"},
		{"reference", "var x = 1;\nfoo.bar()", queries.ErrInvalid, "gizmo: line 2:1: ReferenceError: foo is not defined"},
		{"throw", "\n\nthrow new Error('boom')", queries.ErrInvalid, "gizmo: line 3:7: Error: boom"},
		{"timeout", "while (true) {}", queries.ErrTimeout, "timed out after 100ms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := queries.RunGizmo(context.Background(), s, tt.script, queries.RunOptions{Timeout: 100 * time.Millisecond})
			if !errors.Is(err, tt.kind) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("RunGizmo(%q) = %v, want %v containing %q", tt.script, err, tt.kind, tt.want)
			}
		})
	}
}

// TestConcurrentReadWrite runs queries while articles load; under -race it
// shows that the store's lock keeps memstore safe.
func TestConcurrentReadWrite(t *testing.T) {
	s := fixtureStore(t)
	ctx := context.Background()
	done := make(chan error)
	go func() {
		for i := 0; i < 20; i++ {
			d := fixtureDocs()[i%3]
			d.ID = fmt.Sprintf("copy-%d", i)
			if _, err := s.AddDocument(ctx, d); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for i := 0; i < 20; i++ {
		if _, err := queries.Run(ctx, s, "path", map[string]string{"from": "Okafor", "to": "Kenya"}, queries.RunOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestImportRules checks the dependency direction of STYLE.md.
func TestImportRules(t *testing.T) {
	for pkg, banned := range map[string][]string{
		"../graph": {"queries", "loaders", "extract", "server", "cmd"},
		".":        {"extract", "loaders", "server", "cmd"},
	} {
		out, err := exec.Command("go", "list", "-deps", pkg).Output()
		if err != nil {
			t.Fatalf("go list: %v", err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range banned {
				if strings.HasPrefix(dep, "github.com/newsgraph/newsgraph/"+b) {
					t.Errorf("%s imports %s", pkg, dep)
				}
			}
		}
	}
}

func TestExplain(t *testing.T) {
	s, err := graph.Open(context.Background(), graph.MemDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	text := "Veltrix grew fast. \"We will reach Lagos by June,\" said Ada Okafor. Nobody doubted her."
	quote := strings.Index(text, "\"We")
	end := strings.Index(text, "Okafor.") + len("Okafor")
	d := &schema.Document{
		Article:    schema.Article{ID: "lagos", Date: "2025-03-01", Title: "Lagos", Text: text},
		Entities:   []schema.Entity{{Name: "Ada Okafor", Type: schema.Person}},
		Statements: []schema.Statement{{Speaker: "Ada Okafor", Text: "We will reach Lagos by June", Date: "2025-03-01", Span: &schema.Span{Start: quote, End: end}, Confidence: 0.9}},
	}
	if _, err := s.AddDocument(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	stmts, err := queries.Run(context.Background(), s, "statements", nil, queries.RunOptions{})
	if err != nil || len(stmts.Rows) != 1 {
		t.Fatalf("statements = %v, %v", stmts, err)
	}
	got, err := queries.Run(context.Background(), s, "explain", map[string]string{"fact": stmts.Rows[0]["fact"].(string)}, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"fact": "Ada Okafor · We will reach Lagos by June", "article": "lagos", "date": "2025-03-01",
		"span": fmt.Sprintf("%d-%d", quote, end), "confidence": "0.90",
		"sentence": `»"We will reach Lagos by June," said Ada Okafor«.`,
	}
	if len(got.Rows) != 1 || !reflect.DeepEqual(got.Rows[0], want) {
		t.Errorf("explain = %v, want %v", got.Rows, want)
	}
	for _, bad := range []string{"person/ada-okafor", "statement/nope"} {
		if _, err := queries.Run(context.Background(), s, "explain", map[string]string{"fact": bad}, queries.RunOptions{}); err == nil {
			t.Errorf("explain fact=%s did not fail", bad)
		}
	}
}

// TestBuiltinsTimeOut checks that a query whose deadline has passed fails
// with ErrTimeout instead of answering with the rows it read before it was
// cut short.
func TestBuiltinsTimeOut(t *testing.T) {
	s := fixtureStore(t)
	args := map[string]map[string]string{
		"entities": nil, "statements": {"speaker": "Okafor"}, "roles": nil,
		"mentions": {"entity": "Kenya"}, "neighbors": {"entity": "Kenya"},
		"path": {"from": "Okafor", "to": "Kenya"}, "explain": {"fact": "x"}, "search": {"q": "Kenya"},
	}
	all, err := queries.List(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range all {
		a, ok := args[q.Name]
		if !ok {
			continue
		}
		t.Run(q.Name, func(t *testing.T) {
			ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
			defer cancel()
			res, err := queries.Run(ctx, s, q.Name, a, queries.RunOptions{})
			if !errors.Is(err, queries.ErrTimeout) {
				t.Errorf("Run(%s) after its deadline = %v, %v; want ErrTimeout", q.Name, res, err)
			}
		})
	}
}
