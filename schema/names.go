package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// NormalizeName is the one normal form of a name used for keys, IRIs and
// alias lookup: NFKC, lower case, typographic apostrophes folded, possessive
// 's and dots dropped, other punctuation turned into spaces, a leading "the"
// and a leading '@' dropped, white space collapsed. "The U.S.'s" and "us"
// normalise alike; so do "@elonmusk" and "elonmusk".
func NormalizeName(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '.':
		case r == '\'' || r == '\u2019' || r == '\u2018':
			b.WriteByte('\'')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		words[i] = strings.ReplaceAll(w, "'", "")
	}
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// EntityKey is an entity's identifier inside the project: its type and the
// slug of its canonical name ("person/elon-musk"). Names that differ only
// in case, punctuation or spacing share a key on purpose: they are one
// entity. A name with no letter or digit at all ("!!!", "🚀") has an empty
// slug and is percent-encoded instead (nameSegment), so such names neither
// share one key nor meet a real name's.
func EntityKey(t EntityType, name string) string {
	return string(t) + "/" + nameSegment(name)
}

// EntityIRI is the node of the entity of type t called name.
func EntityIRI(t EntityType, name string) quad.IRI {
	return mint(EntityKey(t, name))
}

// ArticleIRI is the node of the article with the given ID; it is also the
// label of every quad extracted from that article.
//
// Unlike an entity's name, an id is never merged with another: an id that
// is its own slug (lower-case letters, digits and single hyphens, as
// ContentID's hex and most feeds' ids are) is kept as it is, and any other
// id is percent-encoded whole (escapeSegment: everything but letters,
// digits and -._~), so "AP-1" and "ap-1", "a b" and "a-b", "!!!" and "???"
// are four articles. The two forms never meet: an encoded id either holds
// a '%' (no slug does) or is the id itself, which is not its own slug.
func ArticleIRI(id string) quad.IRI {
	if s := slug(id); s == id {
		return mint("article/" + id)
	}
	return mint("article/" + escapeSegment(id))
}

// ArticleID is the inverse of ArticleIRI: the id of the article whose IRI
// is iri, or false for another IRI.
func ArticleID(iri quad.IRI) (string, bool) {
	seg, ok := strings.CutPrefix(string(iri), articleBase)
	if !ok || seg == "" || strings.Contains(seg, "/") {
		return "", false
	}
	id, err := url.PathUnescape(seg)
	return id, err == nil && ArticleIRI(id) == iri
}

// IsArticleIRI tells whether v is an article's IRI, as ArticleIRI makes
// them (and as every fact's label is).
func IsArticleIRI(v quad.Value) bool {
	iri, ok := v.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), articleBase)
}

const articleBase = IDBase + "article/"

// ContentID is the ID of an article that came without one: a hash of its
// date and text, so loading the same article twice yields the same ID.
func ContentID(date, text string) string {
	return hashOf(date, strings.TrimSpace(text))[:16]
}

// SavedQueryIRI is the node of a user's saved query.
func SavedQueryIRI(name string) quad.IRI {
	return mint("query/" + nameSegment(name))
}

func slug(s string) string {
	return strings.ReplaceAll(NormalizeName(s), " ", "-")
}

// nameSegment is the slug of a name, or the percent-encoded name when it
// has no letter or digit to slug (see EntityKey).
func nameSegment(name string) string {
	if s := slug(name); s != "" || name == "" {
		return s
	}
	return escapeSegment(name)
}

func hashOf(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// FoldAccents drops the combining marks of s after canonical decomposition
// ("Tomás" → "Tomas", "Wróblewska" → "Wroblewska"; "ø" and "ł", which are
// letters of their own, stay): the one way the project compares names whose
// lists were written without diacritics.
func FoldAccents(s string) string {
	if isASCII(s) {
		return s
	}
	// A Chain keeps state between calls, so each call makes its own: one
	// shared chain panicked when articles were extracted in parallel.
	folder := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(folder, s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
