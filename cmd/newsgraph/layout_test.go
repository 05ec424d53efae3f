package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection enforces the layering of DEVELOPERS.md: cmd → server →
// console → queries → search → graph → nquads → schema ← extract ←
// loaders; export sits above graph beside queries (it imports graph, nquads
// and schema; server and cmd import it; graph never does); the console's
// read model (console) sits above queries and search, which know nothing
// of it; loaders and extract know nothing of Cayley, and search does not
// import queries, so that queries can offer it as a saved query.
func TestImportDirection(t *testing.T) {
	const mod = "github.com/newsgraph/newsgraph/"
	forbidden := map[string][]string{
		"schema":  {mod + "graph", mod + "queries", mod + "loaders", mod + "extract", mod + "server", mod + "export", mod + "nquads"},
		"nquads":  {mod + "graph", mod + "queries", mod + "loaders", mod + "extract", mod + "server", mod + "export", mod + "search"},
		"extract": {mod + "graph", mod + "queries", mod + "loaders", mod + "server", "github.com/cayleygraph/cayley"},
		"loaders": {mod + "graph", mod + "queries", mod + "server", "github.com/cayleygraph/cayley"},
		"graph":   {mod + "queries", mod + "loaders", mod + "extract", mod + "server", mod + "export", mod + "search", mod + "console", mod + "review"},
		"export":  {mod + "queries", mod + "loaders", mod + "extract", mod + "server", mod + "search", mod + "console"},
		"queries": {mod + "loaders", mod + "extract", mod + "server", mod + "export", mod + "console"},
		"search":  {mod + "loaders", mod + "extract", mod + "server", mod + "queries", mod + "export", mod + "console"},
		"console": {mod + "loaders", mod + "extract", mod + "server"},
		"review":  {mod + "loaders", mod + "extract", mod + "server", mod + "console"},
		"server":  {mod + "loaders", mod + "extract"},
	}
	// extract and loaders reach cayleygraph/quad only through schema, which
	// is where facts become quads; they import nothing of Cayley themselves.
	for _, pkg := range []string{"extract", "loaders"} {
		out, err := exec.Command("go", "list", "-f", `{{join .Imports " "}}`, mod+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		if strings.Contains(string(out), "github.com/cayleygraph/") {
			t.Errorf("%s imports Cayley directly: %s", pkg, out)
		}
	}
	for pkg, bad := range forbidden {
		out, err := exec.Command("go", "list", "-deps", mod+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range bad {
				if strings.HasPrefix(dep, b) {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
