package server

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/queries"
)

// FuzzCheckKey: whatever a client sends as a node key, checkKey either
// refuses it or returns a key of the view's types, short, valid UTF-8, with
// nothing that could end an IRI.
func FuzzCheckKey(f *testing.F) {
	for _, s := range []string{"person/ada-okafor", "<https://newsgraph.dev/id/country/kenya>", "article/a%20b", "query/x",
		"person/a b", "role/", "statement/\x00", "https://newsgraph.dev/id/person/x>", "person/\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		k, err := checkKey(v)
		if err != nil {
			return
		}
		if queries.NodeType(k) == "" || len(k) > graphParamMax || !utf8.ValidString(k) || strings.ContainsAny(k, " <>\"{}|\\^`\n\r\t") {
			t.Fatalf("checkKey(%q) accepted %q", v, k)
		}
	})
}
