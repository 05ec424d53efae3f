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
	switch l := v.(type) {
	case quad.String:
		return quad.String(strings.ToValidUTF8(string(l), "\uFFFD"))
	case quad.TypedString:
		l.Value = validText(l.Value).(quad.String)
		return l
	case quad.LangString:
		l.Value = validText(l.Value).(quad.String)
		return l
	}
	return v
}
