package schema

import (
	"sort"
	"strings"
)

// LDContext is the JSON-LD @context of exports: one prefix per namespace of
// Vocabulary, plus xsd. It lives with the vocabulary because export writes
// it and queries shortens IRIs with the same prefixes (Prefixes).
func LDContext() map[string]any {
	ctx := map[string]any{"xsd": XSD}
	for _, t := range Vocabulary() {
		ctx[t.Prefix] = strings.TrimSuffix(string(t.IRI), t.Name)
	}
	return ctx
}

// Prefixes returns the namespace prefixes of LDContext, longest namespace
// first, for shortening IRIs ("http://schema.org/name" → "schema:name").
func Prefixes() [][2]string {
	var out [][2]string
	for p, ns := range LDContext() {
		out = append(out, [2]string{p, ns.(string)})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i][1]) != len(out[j][1]) {
			return len(out[i][1]) > len(out[j][1])
		}
		return out[i][0] < out[j][0]
	})
	return out
}
