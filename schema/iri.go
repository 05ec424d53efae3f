package schema

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// ErrNotIRI is wrapped by IRI's errors: the value is not an absolute IRI
// even once escaped, so it must be stored as a literal, or refused.
var ErrNotIRI = errors.New("not an absolute IRI (RFC 3987)")

// IRI is the one place an IRI is made from text: every IRI built from
// input (article ids, entity and saved-query names, urls) goes through it,
// and so do the IRIs the export writers print and the import reads. (The
// vocabulary's constants and the hex hashes of RoleIRI and StatementIRI
// are valid as written; TestVocabularyIRIs checks the constants.) It percent-encodes what no
// IRI may hold — ASCII controls, space, <>"{}|\^` and DEL, every code point
// outside RFC 3987's ucschar (C1 controls, noncharacters, private use,
// U+FFFD), each byte of invalid UTF-8, and a '%' not followed by two hex
// digits — and then checks the result against RFC 3987's ABNF for an
// absolute IRI (scheme ":" ihier-part ["?" iquery] ["#" ifragment]). It
// fails, wrapping ErrNotIRI, if the text still is not one: no scheme, a
// second '#', '[' outside the host, a bad port or IP literal.
//
// Escaping never changes a valid IRI, so IRI(string(IRI(s))) == IRI(s), and
// no input can end an IRI or a quad: after escaping, an IRI holds no '>',
// space or line break.
//
// No maintained Go library validates RFC 3987 (github.com/contomap/iri is
// archived; json-gold only checks http(s) IRIs with a URL regexp and
// net/url accepts spaces and braces), so this follows the ABNF by hand.
func IRI(s string) (quad.IRI, error) {
	e := escapeIRI(s)
	if err := checkIRI(e); err != nil {
		return "", fmt.Errorf("%.80q: %w: %s", s, ErrNotIRI, err)
	}
	return quad.IRI(e), nil
}

// WebIRI returns s as an http or https IRI with a host (escaped by IRI),
// or false: what an article's url must be to become a node.
func WebIRI(s string) (quad.IRI, bool) {
	iri, err := IRI(s)
	if err != nil {
		return "", false
	}
	scheme, rest, _ := strings.Cut(string(iri), ":")
	scheme = strings.ToLower(scheme)
	if scheme != "http" && scheme != "https" || !strings.HasPrefix(rest, "//") {
		return "", false
	}
	host := strings.TrimPrefix(rest, "//")
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	host = host[strings.LastIndexByte(host, '@')+1:]
	if h, _, ok := strings.Cut(host, ":"); ok && !strings.HasPrefix(host, "[") {
		host = h
	}
	return iri, host != ""
}

// mint is the IRI of a node the project names: IDBase + path, where every
// segment of path has been made of slugs or escapeSegment, so it is always
// valid; IRI's check stays as the proof (graph's FuzzExportRoundTrip
// drives arbitrary ids and names through it).
func mint(path string) quad.IRI {
	iri, err := IRI(IDBase + path)
	if err != nil {
		panic("schema: minted an invalid IRI: " + err.Error())
	}
	return iri
}

// escapeSegment percent-encodes every byte of s but iunreserved characters
// (letters, digits, -._~ and ucschar), so the result is one path segment
// that reads back to s alone: escapeSegment is injective.
func escapeSegment(s string) string {
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		if isUnreservedASCII(r) || r >= 0x80 && r != utf8.RuneError && isUcschar(r) {
			b.WriteString(s[i : i+n])
			continue
		}
		pctEncode(&b, s[i:i+n])
	}
	return b.String()
}

// escapeIRI percent-encodes what no part of an IRI may hold (see IRI).
func escapeIRI(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	query := false // iprivate is allowed in the query only
	for i, w := 0, 0; i < len(s); i += w {
		r, n := utf8.DecodeRuneInString(s[i:])
		w = n
		if r == '?' && !strings.ContainsRune(s[:i], '#') {
			query = true
		} else if r == '#' {
			query = false
		}
		switch {
		case r == '%' && isPctEncoded(s[i:]):
			b.WriteByte('%')
		case r < 0x80 && r != '%' && isIRIASCII(byte(r)):
			b.WriteByte(byte(r))
		case r >= 0x80 && r != utf8.RuneError && (isUcschar(r) || query && isIprivate(r)):
			b.WriteString(s[i : i+n])
		default:
			pctEncode(&b, s[i:i+n])
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if r == '%' && !isPctEncoded(s[i:]) || r < 0x80 && r != '%' && !isIRIASCII(byte(r)) ||
			r >= 0x80 && (r == utf8.RuneError || !isUcschar(r)) {
			return true
		}
	}
	return false
}

func pctEncode(b *strings.Builder, s string) {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		b.WriteByte('%')
		b.WriteByte(hex[s[i]>>4])
		b.WriteByte(hex[s[i]&15])
	}
}

func isPctEncoded(s string) bool {
	return len(s) >= 3 && s[0] == '%' && isHex(s[1]) && isHex(s[2])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isUnreservedASCII is RFC 3986's unreserved: ALPHA DIGIT - . _ ~
func isUnreservedASCII(r rune) bool { return r < 0x80 && unreservedSet[r] }

// isIRIASCII reports whether c may appear somewhere in an IRI: unreserved,
// gen-delims, sub-delims and '%'.
func isIRIASCII(c byte) bool { return c < 0x80 && iriSet[c] }

// asciiSet is a set of ASCII characters; the sets below are RFC 3986's
// character classes, looked up rather than searched (reading an export of
// 1,500 articles spent 30% of its time in strings.ContainsRune).
type asciiSet [0x80]bool

func newASCIISet(chars string, sets ...*asciiSet) *asciiSet {
	var s asciiSet
	for _, other := range sets {
		for c, ok := range other {
			s[c] = s[c] || ok
		}
	}
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return &s
}

var (
	unreservedSet = newASCIISet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
	subDelimSet   = newASCIISet("!$&'()*+,;=")
	iriSet        = newASCIISet(":/?#[]@%", unreservedSet, subDelimSet)
	hostSet       = newASCIISet("", unreservedSet, subDelimSet) // ireg-name
	userSet       = newASCIISet(":", hostSet)                   // iuserinfo
	pathSet       = newASCIISet(":@/", hostSet)                 // ipchar and '/'
	querySet      = newASCIISet("?", pathSet)                   // iquery, ifragment
)

// isUcschar is RFC 3987's ucschar: the non-ASCII code points an IRI may
// hold anywhere.
func isUcschar(r rune) bool {
	switch {
	case 0xA0 <= r && r <= 0xD7FF, 0xF900 <= r && r <= 0xFDCF, 0xFDF0 <= r && r <= 0xFFEF:
		return true
	case 0x10000 <= r && r <= 0xEFFFD:
		return r&0xFFFF <= 0xFFFD && r < 0xE0000 || 0xE1000 <= r
	}
	return false
}

// isIprivate is RFC 3987's iprivate, allowed only in a query.
func isIprivate(r rune) bool {
	return 0xE000 <= r && r <= 0xF8FF || 0xF0000 <= r && r <= 0xFFFFD || 0x100000 <= r && r <= 0x10FFFD
}

// url records an article's url under schema:url: as an IRI when WebIRI
// takes it (escaped), else as a plain string literal holding the url as it
// was given (relative, another scheme, no host, a bad port). So a url can
// never end a quad, and a query that wants a link checks the value is an
// IRI. schema.org itself allows text where it asks for a URL.
func (b *quadBuilder) url(n quad.IRI, u string) {
	if iri, ok := WebIRI(u); ok {
		b.add(n, PredURL, iri)
	} else {
		b.addString(n, PredURL, u)
	}
}
