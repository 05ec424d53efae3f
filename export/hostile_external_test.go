//go:build external

package export

import (
	"bytes"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// hostileStore holds the articles of hostileDocs: injections, spaces,
// quotes, controls, NUL, U+2028, invalid UTF-8, a 10,000-character url.
func hostileStore(t *testing.T) *graph.Store {
	s := mustOpen(t, "bolt")
	for _, d := range quadtest.Hostile() {
		mustAdd(t, s, d)
	}
	return s
}

// TestRapperReadsHostileExport: rapper reads every quad of the export of
// a hostile store, without a warning, and writes back the store's quads.
func TestRapperReadsHostileExport(t *testing.T) {
	rapper := needTool(t, "rapper", "apt-get install raptor2-utils")
	s := hostileStore(t)
	p := writeExport(t, s, FormatNQuads, "g.nq", Options{})
	var stderr bytes.Buffer
	cmd := exec.Command(rapper, "-i", "nquads", "-o", "nquads", p)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("rapper: %v\n%s", err, stderr.String())
	}
	if res := stderr.Bytes(); bytes.Contains(res, []byte("Error")) || bytes.Contains(res, []byte("Warning")) {
		t.Fatalf("rapper complained:\n%s", res)
	}
	want := storeKeys(t, s, "")
	m := regexp.MustCompile(`returned (\d+) (statements|triples)`).FindSubmatch(stderr.Bytes())
	if m == nil {
		t.Fatalf("rapper printed no count:\n%s", stderr.String())
	}
	if n, _ := strconv.Atoi(string(m[1])); n != len(want) {
		t.Errorf("rapper read %d statements, the store has %d", n, len(want))
	}
	got := quadtest.Keys(quadtest.ReadNQuads(t, string(out)))
	quadtest.AssertSameKeys(t, "rapper's quads", withoutNUL(got, want), withoutNUL(want, want))
}

// withoutNUL drops from ks the quads whose subject and predicate are those
// of a quad of ref with a NUL in its object. Raptor keeps literals as C
// strings, so rapper writes back "nul" for "nul\x00here" (it read the line
// and counted the quad); n3 and jsonld.js keep the NUL
// (TestN3AndJSONLDReadHostileExport).
func withoutNUL(ks, ref []string) []string {
	cut := map[string]bool{}
	for _, k := range ref {
		if strings.Contains(k, "\x00") {
			cut[sp(k)] = true
		}
	}
	var out []string
	for _, k := range ks {
		if !cut[sp(k)] {
			out = append(out, k)
		}
	}
	return out
}

// sp is the subject and predicate of a quad key.
func sp(k string) string {
	f := strings.SplitN(k, " ", 3)
	return f[0] + " " + f[1]
}

// TestN3AndJSONLDReadHostileExport: n3 reads the N-Quads export and
// jsonld.js the JSON-LD export of a hostile store, both to its quads.
func TestN3AndJSONLDReadHostileExport(t *testing.T) {
	s := hostileStore(t)
	want := storeKeys(t, s, "")
	p := writeExport(t, s, FormatNQuads, "g.nq", Options{})
	quadtest.AssertSameKeys(t, "n3", rdfcheck(t, "nquads", p), want)
	p = writeExport(t, s, FormatJSONLD, "g.jsonld", Options{})
	quadtest.AssertSameKeys(t, "jsonld.toRDF", rdfcheck(t, "jsonld", p), want)
}
