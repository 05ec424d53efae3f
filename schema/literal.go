package schema

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// validText makes a string literal valid UTF-8, each run of bad bytes
// becoming U+FFFD, so a literal always reads back as it was written: RDF
// text is Unicode, and a parser of the export would make the same
// replacement. Loaders refuse invalid UTF-8 already (loaders/jsonl.go,
// csv.go, html.go); this is the last guard for any other producer. Control
// characters, NUL and U+2028 stay: the N-Quads writer escapes them.
func validText(v quad.Value) quad.Value {
	if s, ok := v.(quad.String); ok {
		return quad.String(strings.ToValidUTF8(string(s), "\uFFFD"))
	}
	return v
}
