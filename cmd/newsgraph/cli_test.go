package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// examplesStore loads the bundled examples, as the README's first command
// does, into a new store and returns its path.
func examplesStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "examples.db")
	if code, _, stderr := runCmd(t, "--db", db, "load", "--no-index", "../../examples/"); code != 0 {
		t.Fatalf("load examples: exit %d: %s", code, stderr)
	}
	return db
}

// TestExplainExamples: every 'newsgraph explain' line of explain --help
// explains a fact of the bundled examples.
func TestExplainExamples(t *testing.T) {
	db := examplesStore(t)
	code, help, _ := runCmd(t, "explain", "--help")
	if code != 0 {
		t.Fatalf("explain --help: exit %d", code)
	}
	n := 0
	for _, line := range strings.Split(help, "\n") {
		fields := strings.Fields(line)
		if len(fields) < 3 || fields[0] != "newsgraph" || fields[1] != "explain" || !strings.Contains(fields[2], "/") {
			continue
		}
		n++
		code, stdout, stderr := runCmd(t, append([]string{"--db", db}, fields[1:]...)...)
		if code != 0 || strings.Count(stdout, "\n") < 2 && !strings.Contains(stdout, `"sentence"`) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", line, code, stdout, stderr)
		}
	}
	if n < 2 {
		t.Errorf("explain --help has %d explain examples, want the statement and the role", n)
	}
}

// TestErrorPrintedOnce: an error is printed once, after one "newsgraph:",
// with its context said once.
func TestErrorPrintedOnce(t *testing.T) {
	db := examplesStore(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"export", "--entity", "Nobody Atall"}, "newsgraph: export: no entity with that name: \"Nobody Atall\"\n"},
		{[]string{"export", "--article", "nope"}, "newsgraph: export: no article with id \"nope\"\n"},
		{[]string{"query", "mentions", "--arg", "entity=Nobody Atall"}, ""},
	}
	for _, tt := range tests {
		_, _, stderr := runCmd(t, append([]string{"--db", db}, tt.args...)...)
		if tt.want != "" && stderr != tt.want {
			t.Errorf("%v: stderr %q, want %q", tt.args, stderr, tt.want)
		}
		if strings.Count(stderr, "newsgraph:") > 1 {
			t.Errorf("%v: stderr %q says newsgraph: more than once", tt.args, stderr)
		}
	}
}

func TestErrorText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"export: export: no entity with that name", "export: no entity with that name"},
		{"import: import: bad.nq:3: predicate", "import: bad.nq:3: predicate"},
		{"newsgraph: stats: stats: store is closed", "stats: store is closed"},
		{"open store x: no store", "open store x: no store"},
		// the same words twice in a message, not as contexts, stay
		{`query explain: no fact "a: a: b"`, `query explain: no fact "a: a: b"`},
	}
	for _, tt := range tests {
		if got := errorText(errString(tt.in)); got != tt.want {
			t.Errorf("errorText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// TestHelpHidesBench: bench, a developers' tool, is not listed among the
// commands but still runs.
func TestHelpHidesBench(t *testing.T) {
	code, help, _ := runCmd(t, "--help")
	if code != 0 || !strings.Contains(help, "  load ") {
		t.Fatalf("--help: exit %d %q", code, help)
	}
	if strings.Contains(help, "bench") {
		t.Errorf("--help lists bench:\n%s", help)
	}
	if code, out, _ := runCmd(t, "bench", "extract", "--help"); code != 0 || !strings.Contains(out, "words/s") {
		t.Errorf("bench extract --help: exit %d %q", code, out)
	}
}

// TestQueryDidYouMean: a mistyped query name is a usage error that names
// the queries it may be a mistyping of.
func TestQueryDidYouMean(t *testing.T) {
	db := examplesStore(t)
	tests := []struct{ name, want string }{
		{"statments", `unknown query "statments"; did you mean "statements"? (see 'newsgraph query list')`},
		{"Roles", `did you mean "roles"?`},
		{"ent", `did you mean "entities"?`},
		{"neighbours", `did you mean "neighbors"?`},
		{"xyzzy", `unknown query "xyzzy" (see 'newsgraph query list')`},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCmd(t, "--db", db, "query", tt.name)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
			t.Errorf("query %s = %d %q %q, want exit %d and %q", tt.name, code, stdout, stderr, exitUsage, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"entities", "statements", "roles", "holders", "mentions", "neighbors", "path", "explain", "search"}
	tests := []struct {
		typed string
		want  []string
	}{
		{"statments", []string{"statements"}},
		{"role", []string{"roles"}},
		{"holder", []string{"holders"}},
		{"pth", []string{"path"}},
		{"ex", []string{"explain"}},
		{"zzzzzzzz", nil},
	}
	for _, tt := range tests {
		if got := suggest(tt.typed, known); strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("suggest(%q) = %q, want %q", tt.typed, got, tt.want)
		}
	}
}

// TestNoRows: an empty result says so in a table, and is [] in JSON.
func TestNoRows(t *testing.T) {
	db := examplesStore(t)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"query", "statements", "--arg", "speaker=Okafor", "--arg", "offset=100000"}, "no rows\n"},
		{[]string{"query", "statements", "--arg", "speaker=Okafor", "--arg", "offset=100000", "--format", "json"}, "[]\n"},
		{[]string{"query", "roles", "--arg", "person=Okafor", "--arg", "org=Kenya"}, "no rows\n"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCmd(t, append([]string{"--db", db}, tt.args...)...)
		if code != 0 || stdout != tt.want {
			t.Errorf("%v = %d %q %q, want %q", tt.args, code, stdout, stderr, tt.want)
		}
	}
}

// TestExportNoSourcePaths: --no-source-paths leaves out every article's
// ng:loadedFrom and nothing else; without it the paths are there.
func TestExportNoSourcePaths(t *testing.T) {
	db := examplesStore(t)
	tests := []struct {
		args  []string
		paths int // ng:loadedFrom quads without the flag
	}{
		{[]string{"--format", "nquads"}, 11},
		{[]string{"--format", "jsonld"}, 11},
		{[]string{"--format", "nquads", "--entity", "Ada Okafor"}, 10},
		{[]string{"--format", "nquads", "--article", "94199e7dee1ec589"}, 1},
	}
	for _, tt := range tests {
		_, with, _ := runCmd(t, append([]string{"--db", db, "export"}, tt.args...)...)
		code, without, stderr := runCmd(t, append([]string{"--db", db, "export", "--no-source-paths"}, tt.args...)...)
		if code != 0 {
			t.Fatalf("%v --no-source-paths: exit %d %s", tt.args, code, stderr)
		}
		if got := strings.Count(with, "loadedFrom"); got != tt.paths {
			t.Errorf("%v: %d source paths, want %d", tt.args, got, tt.paths)
		}
		if strings.Contains(without, "loadedFrom") || strings.Contains(without, "examples/") {
			t.Errorf("%v --no-source-paths still has a source path", tt.args)
		}
		if tt.args[1] == "nquads" {
			if got, want := strings.Count(without, "\n"), strings.Count(with, "\n")-tt.paths; got != want {
				t.Errorf("%v --no-source-paths: %d quads, want %d (all but the paths)", tt.args, got, want)
			}
		}
	}
}
