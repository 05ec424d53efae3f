package export

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	cnquads "github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// mustImport adds graph's testdata/other-tool.nq (quads written by another
// tool: blank nodes, language tags, typed literals) to s and returns how
// many quads were new.
func mustImport(tb testing.TB, s *graph.Store) int {
	tb.Helper()
	f, err := os.Open("../graph/testdata/other-tool.nq")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	n, err := s.Import(context.Background(), []graph.ImportSource{{Name: f.Name(), R: f}}, graph.ImportOptions{TempDir: tb.TempDir()})
	if err != nil {
		tb.Fatalf("Import: %v", err)
	}
	return n
}

func exportString(tb testing.TB, s *graph.Store, format, article string) string {
	tb.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := Write(context.Background(), s, w, Options{Article: article}); err != nil {
		tb.Fatalf("Write(%s): %v", format, err)
	}
	if err := w.Close(); err != nil {
		tb.Fatalf("Close(%s): %v", format, err)
	}
	return buf.String()
}

func TestExportNQuads(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			mustAdd(t, s, quadtest.Kenya())
			mustImport(t, s)
			out := exportString(t, s, FormatNQuads, "")
			if strings.Contains(out, "^^<xsd:") || strings.Contains(out, `"True"`) {
				t.Errorf("N-Quads export has prefixed datatypes or capitalised booleans:\n%s", out)
			}
			got := quadtest.ReadNQuads(t, out)
			quadtest.AssertSameKeys(t, "N-Quads read back", quadtest.Keys(got), storeKeys(t, s, ""))
		})
	}
}

func TestExportOneArticle(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			mustAdd(t, s, quadtest.Kenya())
			got, err := quad.ReadAll(cnquads.NewReader(strings.NewReader(exportString(t, s, FormatNQuads, "kenya-launch")), false))
			if err != nil {
				t.Fatal(err)
			}
			var all sliceWriter
			if _, err := Write(context.Background(), s, &all, Options{}); err != nil {
				t.Fatal(err)
			}
			var want []quad.Quad
			for _, q := range all.quads {
				if q.Label == schema.ArticleIRI("kenya-launch") {
					want = append(want, q)
				}
			}
			if len(want) == 0 {
				t.Fatal("the store holds no quad labelled with kenya-launch")
			}
			quadtest.AssertSameKeys(t, "one article", quadtest.Keys(got), quadtest.Keys(want))
			if out := exportString(t, s, FormatNQuads, "no-such-article"); out != "" {
				t.Errorf("export of a missing article = %q, want nothing", out)
			}
		})
	}
}

func TestExportJSONLD(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	mustAdd(t, s, quadtest.Kenya())
	out := exportString(t, s, FormatJSONLD, "")
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	ctx, _ := doc["@context"].(map[string]any)
	for prefix, want := range map[string]string{"schema": "http://schema.org/", "ng": "https://newsgraph.dev/ns#"} {
		if ctx[prefix] != want {
			t.Errorf("@context[%q] = %v, want %q", prefix, ctx[prefix], want)
		}
	}
	got, err := quad.ReadAll(jsonld.NewReader(strings.NewReader(out)))
	if err != nil {
		t.Fatalf("reading the export back: %v", err)
	}
	quadtest.AssertSameKeys(t, "JSON-LD read back", quadtest.Keys(got), storeKeys(t, s, ""))
}

func TestNewWriterUnknown(t *testing.T) {
	if _, err := NewWriter("turtle", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "nquads") {
		t.Errorf("NewWriter(turtle) = %v, want an error listing the formats", err)
	}
}

// TestHostileExportRoundTrip: a store loaded with hostile values exports
// N-Quads that the strict reader takes whole, with the store's quads, and
// export → import → export is byte for byte the same.
func TestHostileExportRoundTrip(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			for _, d := range quadtest.Hostile() {
				mustAdd(t, s, d)
			}
			first := exportString(t, s, FormatNQuads, "")
			quadtest.AssertSameKeys(t, "strict read of the export", quadtest.Keys(quadtest.ReadNQuads(t, first)), storeKeys(t, s, ""))
			if strings.Contains(first, "evil.example/p> ") {
				t.Errorf("the injected quad reached the export:\n%s", first)
			}
			if c := strings.Count(first, "\n"); c != len(storeKeys(t, s, "")) {
				t.Errorf("export has %d lines for %d quads", c, len(storeKeys(t, s, "")))
			}
			copyStore := mustOpen(t, kind)
			src := graph.ImportSource{Name: "first.nq", R: strings.NewReader(first)}
			if _, err := copyStore.Import(context.Background(), []graph.ImportSource{src}, graph.ImportOptions{TempDir: t.TempDir()}); err != nil {
				t.Fatalf("importing the export: %v", err)
			}
			if second := exportString(t, copyStore, FormatNQuads, ""); second != first {
				t.Errorf("export → import → export differs:\n%s", quadtest.DiffLines(first, second))
			}
		})
	}
}
