//go:build external

package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// These tests read exports with tools that share no code with Cayley:
// Debian's rapper (raptor2) for N-Quads, the npm packages n3 and jsonld
// (tools/rdfcheck) for N-Quads and JSON-LD, networkx for GraphML and GML,
// and Graphviz's dot for DOT. A missing tool fails the test:
// scripts/test.sh installs them all.

// needTool returns the path of a program, failing the test without it.
func needTool(t *testing.T, name, install string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s not found: %s (scripts/test.sh installs it)", name, install)
	}
	return p
}

// externalStore holds two made-up articles that share entities.
func externalStore(t *testing.T) *graph.Store {
	s := mustOpen(t, "bolt")
	mustAdd(t, s, quadtest.Veltrix())
	mustAdd(t, s, quadtest.Kenya())
	return s
}

func writeExport(t *testing.T, s *graph.Store, format, name string, opts Options) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWriter(format, f)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Write(context.Background(), s, w, opts); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

// rdfcheck runs tools/rdfcheck on a file and returns the quads it read.
func rdfcheck(t *testing.T, format, file string) []string {
	t.Helper()
	node := needTool(t, "node", "install nodejs")
	dir, _ := filepath.Abs("../tools/rdfcheck")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "jsonld")); err != nil {
		t.Fatalf("tools/rdfcheck has no node_modules: run 'npm ci' there (scripts/test.sh does)")
	}
	var stderr bytes.Buffer
	cmd := exec.Command(node, filepath.Join(dir, "rdfcheck.js"), format, file)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("rdfcheck %s: %v\n%s", format, err, stderr.String())
	}
	got, err := quad.ReadAll(cnquads.NewReader(bytes.NewReader(out), false))
	if err != nil {
		t.Fatalf("reading rdfcheck's output: %v", err)
	}
	return quadtest.Keys(got)
}

func TestRapperReadsNQuads(t *testing.T) {
	rapper := needTool(t, "rapper", "apt-get install raptor2-utils")
	s := externalStore(t)
	p := writeExport(t, s, FormatNQuads, "g.nq", Options{})
	var stderr bytes.Buffer
	cmd := exec.Command(rapper, "-i", "nquads", "-o", "nquads", p)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	res := stderr.Bytes()
	if err != nil {
		t.Fatalf("rapper: %v\n%s", err, res)
	}
	if bytes.Contains(res, []byte("Error")) || bytes.Contains(res, []byte("Warning")) {
		t.Fatalf("rapper complained:\n%s", res)
	}
	// rapper writes back the quads it read: compare them with the store.
	got, err := quad.ReadAll(cnquads.NewReader(bytes.NewReader(out), false))
	if err != nil {
		t.Fatal(err)
	}
	quadtest.AssertSameKeys(t, "rapper", quadtest.Keys(got), storeKeys(t, s, ""))
	m := regexp.MustCompile(`returned (\d+) (statements|triples)`).FindStringSubmatch(string(res))
	if m == nil {
		t.Fatalf("rapper printed no count:\n%s", res)
	}
	if n, _ := strconv.Atoi(m[1]); n != len(storeKeys(t, s, "")) {
		t.Errorf("rapper read %d statements, the store has %d", n, len(storeKeys(t, s, "")))
	}
}

func TestN3ReadsNQuads(t *testing.T) {
	s := externalStore(t)
	p := writeExport(t, s, FormatNQuads, "g.nq", Options{})
	quadtest.AssertSameKeys(t, "n3", rdfcheck(t, "nquads", p), storeKeys(t, s, ""))
}

// TestJSONLDExpandsToTheSameQuads checks that the export's @context maps
// the vocabulary: a JSON-LD processor expands it back to the store's quads.
func TestJSONLDExpandsToTheSameQuads(t *testing.T) {
	s := externalStore(t)
	p := writeExport(t, s, FormatJSONLD, "g.jsonld", Options{})
	quadtest.AssertSameKeys(t, "jsonld.toRDF", rdfcheck(t, "jsonld", p), storeKeys(t, s, ""))
}

// networkx runs a Python snippet with Debian's python3 (which has
// python3-networkx) and returns its output.
func networkx(t *testing.T, script string, args ...string) string {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		py = needTool(t, "python3", "apt-get install python3-networkx")
	}
	out, err := exec.Command(py, append([]string{"-c", script}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	return string(out)
}

const countScript = `
import json, sys
import networkx as nx
path, fmt = sys.argv[1], sys.argv[2]
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gml(path, label="id")
types = sorted({d.get("type", "") for _, d in g.nodes(data=True)})
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(), "types": types}))
`

// graphCounts counts the nodes and edges the graph formats should have.
func graphCounts(t *testing.T, s *graph.Store, opts Options) (nodes, edges int) {
	var w sliceWriter
	if _, err := Write(context.Background(), s, &w, opts); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, q := range w.quads {
		seen[q.Subject.String()] = true
		if isNodeValue(q.Object) && !isAttributePredicate(q.Predicate) {
			seen[q.Object.String()] = true
			edges++
		}
	}
	return len(seen), edges
}

func TestNetworkxReadsGraphMLAndGML(t *testing.T) {
	s := externalStore(t)
	for _, sel := range []Options{{}, {Entity: "Okafor", Depth: 2}, {Type: "country"}} {
		wantNodes, wantEdges := graphCounts(t, s, sel)
		for _, format := range []string{FormatGraphML, FormatGML} {
			p := writeExport(t, s, format, "g."+format, sel)
			var got struct {
				Nodes, Edges int
				Directed     bool
				Types        []string
			}
			if err := json.Unmarshal([]byte(networkx(t, countScript, p, format)), &got); err != nil {
				t.Fatal(err)
			}
			if got.Nodes != wantNodes || got.Edges != wantEdges || !got.Directed {
				t.Errorf("%s %+v: networkx read %d nodes, %d edges (directed %v); want %d, %d", format, sel, got.Nodes, got.Edges, got.Directed, wantNodes, wantEdges)
			}
			if strings.Contains(strings.Join(got.Types, ","), ",,") || len(got.Types) == 0 {
				t.Errorf("%s: node types %q", format, got.Types)
			}
		}
	}
}

func TestDotRendersWithoutWarnings(t *testing.T) {
	dot := needTool(t, "dot", "apt-get install graphviz")
	s := externalStore(t)
	for _, sel := range []Options{{}, {Entity: "Kenya", Depth: 2}} {
		p := writeExport(t, s, FormatDOT, "g.dot", sel)
		var stderr bytes.Buffer
		cmd := exec.Command(dot, "-Tsvg", "-o", filepath.Join(t.TempDir(), "g.svg"), p)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("dot: %v\n%s", err, stderr.String())
		}
		if stderr.Len() > 0 {
			t.Errorf("dot warned on %+v:\n%s", sel, stderr.String())
		}
	}
}
