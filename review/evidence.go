package review

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Kinds of Evidence.
const (
	EvidenceMatchKey = "same match key"
	EvidenceAlias    = "alias"
	EvidenceSurname  = "same surname"
)

// Evidence is one reason why two entities look like one.
type Evidence struct {
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
}

// Names are what evidence is found in: an entity's type, canonical name
// and other names.
type Names struct {
	Type    schema.EntityType
	Name    string
	Aliases []string
}

// Compare returns the evidence that a and b are one entity, none when
// they are of different types or nothing links their names. Names are
// compared by schema.MatchKey, the form resolution compares them in.
func Compare(a, b Names) []Evidence {
	if a.Type != b.Type {
		return nil
	}
	ka, kb := schema.MatchKey(a.Type, a.Name), schema.MatchKey(b.Type, b.Name)
	var out []Evidence
	if ka != "" && ka == kb {
		out = append(out, Evidence{EvidenceMatchKey, fmt.Sprintf("%q and %q are both %q once spelling is folded", a.Name, b.Name, ka)})
	}
	out = append(out, aliasEvidence(a, b, kb)...)
	out = append(out, aliasEvidence(b, a, ka)...)
	if a.Type == schema.Person && ka != kb {
		if detail, ok := sameSurname(a.Name, b.Name, ka, kb); ok {
			out = append(out, Evidence{EvidenceSurname, detail})
		}
	}
	return out
}

// aliasEvidence is the evidence that an alias of a is the name of b,
// whose name has the match key kb.
func aliasEvidence(a, b Names, kb string) []Evidence {
	for _, alias := range a.Aliases {
		if alias != a.Name && kb != "" && schema.MatchKey(a.Type, alias) == kb {
			return []Evidence{{EvidenceAlias, fmt.Sprintf("%q, a name of %q, is the name of %q", alias, a.Name, b.Name)}}
		}
	}
	return nil
}

// sameSurname tells whether two people's names (match keys ka and kb)
// share their last word and have compatible given names: the same first
// given name, an initial and a name it starts, or none on one side. A
// generational suffix ("Jr.", "III") is not a surname: MatchKey folds
// "II" and "III" alike.
func sameSurname(a, b, ka, kb string) (string, bool) {
	wa, wb := nameWords(a, ka), nameWords(b, kb)
	if len(wa) == 0 || len(wb) == 0 || wa[len(wa)-1].key != wb[len(wb)-1].key {
		return "", false
	}
	ga, gb := wa[:len(wa)-1], wb[:len(wb)-1]
	surname := wa[len(wa)-1].shown
	switch {
	case len(ga) == 0 || len(gb) == 0:
		if len(ga) == 0 {
			a, b = b, a
		}
		return fmt.Sprintf("%q names the surname of %q only", b, a), true
	case ga[0].key == gb[0].key:
		return fmt.Sprintf("%q and %q share the given name %q and the surname %q", a, b, ga[0].shown, surname), true
	case isInitialOf(ga[0].key, gb[0].key):
		return fmt.Sprintf("%q gives only the initial of %q", a, b), true
	case isInitialOf(gb[0].key, ga[0].key):
		return fmt.Sprintf("%q gives only the initial of %q", b, a), true
	}
	return "", false
}

// word is a word of a name: as compared (its match key's) and as shown
// (normalised).
type word struct{ key, shown string }

// nameWords returns the words of a person's name whose match key is key,
// without a generational suffix at the end.
func nameWords(name, key string) []word {
	keys, shown := strings.Fields(key), strings.Fields(schema.NormalizeName(name))
	if len(shown) != len(keys) {
		shown = keys
	}
	out := make([]word, len(keys))
	for i := range keys {
		out[i] = word{keys[i], shown[i]}
	}
	for len(out) > 1 && generational[out[len(out)-1].shown] {
		out = out[:len(out)-1]
	}
	return out
}

// generational are the suffixes after a surname, normalised (the
// extractor's nameSuffixes, extract/lexicon.go).
var generational = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// isInitialOf tells whether i is one letter that starts the longer name w.
func isInitialOf(i, w string) bool {
	return len([]rune(i)) == 1 && len([]rune(w)) > 1 && strings.HasPrefix(w, i)
}
