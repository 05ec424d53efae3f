package nquads

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// FullDatatypes turns a native value (Int, Float, Bool, Time) or a typed
// literal into a TypedString with a full datatype IRI, and leaves other
// values as they are. Cayley spells the datatypes of native values as
// prefixed IRIs ("xsd:integer") and booleans as "True" (CAYLEY-NOTES), which
// no other RDF tool reads as the same literal.
func FullDatatypes(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: schema.XSDBoolean}
	case quad.TypedStringer: // Int, Float, Time, TypedString
		ts := v.TypedString()
		ts.Type = fullIRI(ts.Type)
		return ts
	}
	return v
}

// IsLangTag is N-Quads' LANGTAG without '@': [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func IsLangTag(s string) bool {
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for j := 0; j < len(part); j++ {
			c := part[j] | 0x20
			if !('a' <= c && c <= 'z') && (i == 0 || !('0' <= part[j] && part[j] <= '9')) {
				return false
			}
		}
	}
	return true
}

// IsBNodeLabel is a conservative subset of N-Quads' BLANK_NODE_LABEL
// without "_:": letters, digits and '_', then also '-' and '.', not ending
// in '.'. Every label it takes is valid; rarer PN_CHARS are refused.
func IsBNodeLabel(s string) bool {
	if s == "" || s[len(s)-1] == '.' {
		return false
	}
	for i, r := range s {
		ok := r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || i > 0 && (r == '-' || r == '.')
		if !ok || r == utf8.RuneError || r >= 0xE000 && r < 0xF900 || r > 0xEFFFF {
			return false
		}
	}
	return true
}

// fullIRI expands a prefixed datatype such as xsd:integer.
func fullIRI(iri quad.IRI) quad.IRI {
	if rest, ok := strings.CutPrefix(string(iri), "xsd:"); ok {
		return quad.IRI(schema.XSD + rest)
	}
	return iri.Full()
}
