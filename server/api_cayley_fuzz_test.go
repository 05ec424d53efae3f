package server

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// FuzzCayleyWriteBody: whatever a write's body holds, in any of its
// formats, stageBody either refuses it or stages strict N-Quads that
// parse back to as many quads as it counted, so that no input can end an
// IRI or a quad in what Import writes.
func FuzzCayleyWriteBody(f *testing.F) {
	seeds := []string{
		`<https://e.example/a> <https://e.example/p> "x" .` + "\n",
		`<https://e.example/a> <https://e.example/p> "x"@en <https://e.example/g> .` + "\n# comment\n",
		`[{"subject":"<https://e.example/a>","predicate":"<https://e.example/p>","object":"x"}]`,
		`[{"subject":"_:b1","predicate":"<https://e.example/p>","object":"\"2\"^^<xsd:integer>","label":"<https://e.example/g>"}]`,
		`[{"subject":"<https://e.example/a> <x:y> \"z\" .\n<a:b>","predicate":"<https://e.example/p>","object":"x"}]`,
		`{"subject":"<https://e.example/a>","predicate":"<https://e.example/p>","object":"x\u0000"}`,
	}
	var pq bytes.Buffer
	w := pquads.NewWriter(&pq, nil)
	w.WriteQuad(quad.Make(quad.IRI("https://e.example/a"), quad.IRI("https://e.example/p"), "x", nil))
	w.Close()
	seeds = append(seeds, pq.String())
	for _, s := range seeds {
		for i := range writeFormats {
			f.Add(s, i)
		}
	}
	f.Fuzz(func(t *testing.T, body string, format int) {
		if format < 0 || format >= len(writeFormats) {
			return
		}
		staged, n, err := stageBody(strings.NewReader(body), writeFormats[format])
		if err != nil {
			return
		}
		quads, err := readStaged(staged)
		if err != nil {
			t.Fatalf("staged N-Quads do not parse: %v\n%q", err, staged)
		}
		if len(quads) != n {
			t.Fatalf("stageBody counted %d quads, staged %d", n, len(quads))
		}
	})
}
