package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
)

// mustImport adds testdata/other-tool.nq to s and returns how many quads
// were new.
func mustImport(tb testing.TB, s *Store) int {
	tb.Helper()
	f, err := os.Open("testdata/other-tool.nq")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	n, err := s.Import(context.Background(), []ImportSource{{Name: f.Name(), R: f}}, ImportOptions{TempDir: tb.TempDir()})
	if err != nil {
		tb.Fatalf("Import: %v", err)
	}
	return n
}

func exportString(tb testing.TB, s *Store, format, article string) string {
	tb.Helper()
	var buf bytes.Buffer
	w, err := NewExportWriter(format, &buf)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := s.Export(context.Background(), w, ExportOptions{Article: article}); err != nil {
		tb.Fatalf("Export(%s): %v", format, err)
	}
	if err := w.Close(); err != nil {
		tb.Fatalf("Close(%s): %v", format, err)
	}
	return buf.String()
}

func TestImport(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, veltrixDoc())
			if got := mustImport(t, s); got != 10 {
				t.Errorf("first import added %d quads, want 10", got)
			}
			before := storeKeys(t, s, "")
			if got := mustImport(t, s); got != 0 {
				t.Errorf("second import added %d quads, want 0", got)
			}
			if after := storeKeys(t, s, ""); len(after) != len(before) {
				t.Errorf("store has %d quads after second import, want %d", len(after), len(before))
			}
		})
	}
}

func TestExportNQuads(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, veltrixDoc())
			mustAdd(t, s, kenyaDoc())
			mustImport(t, s)
			out := exportString(t, s, FormatNQuads, "")
			if strings.Contains(out, "^^<xsd:") || strings.Contains(out, `"True"`) {
				t.Errorf("N-Quads export has prefixed datatypes or capitalised booleans:\n%s", out)
			}
			got := readAllNQuads(t, out)
			assertSameKeys(t, "N-Quads read back", keys(got), storeKeys(t, s, ""))
		})
	}
}

func TestExportOneArticle(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, veltrixDoc())
			mustAdd(t, s, kenyaDoc())
			got, err := quad.ReadAll(nquads.NewReader(strings.NewReader(exportString(t, s, FormatNQuads, "kenya-launch")), false))
			if err != nil {
				t.Fatal(err)
			}
			assertSameKeys(t, "one article", keys(got), keys(storedQuads(kenyaDoc())))
			if out := exportString(t, s, FormatNQuads, "no-such-article"); out != "" {
				t.Errorf("export of a missing article = %q, want nothing", out)
			}
		})
	}
}

func TestExportJSONLD(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, veltrixDoc())
	mustAdd(t, s, kenyaDoc())
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
	assertSameKeys(t, "JSON-LD read back", keys(got), storeKeys(t, s, ""))
}

func TestNewExportWriterUnknown(t *testing.T) {
	if _, err := NewExportWriter("turtle", &bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), "nquads") {
		t.Errorf("NewExportWriter(turtle) = %v, want an error listing the formats", err)
	}
}
