package schema

import "strings"

// MatchKey is the form in which two names of the same entity, spelt
// differently by different articles, become equal. It is NormalizeName, then:
//
//   - Cyrillic letters are transliterated to Latin (Путин → putin,
//     Зеленський → zelenskyi), so a name in another script meets its Latin
//     form;
//   - doubled letters are folded and a word-final -iy, -yi, -ij, -ii or -yy
//     becomes -y, so Zelenskyy, Zelenskiy and Zelensky meet;
//   - for companies, a trailing legal form is dropped (Veltrix Corp. →
//     veltrix), so "Veltrix" and "Veltrix Corp." meet.
//
// The rule for merging across articles (see graph.Store.AddDocument) is built
// on it: a new name joins an existing entity of the same type only when
// exactly one entity has that match key.
func MatchKey(t EntityType, name string) string {
	words := strings.Fields(transliterate(NormalizeName(name)))
	if t == Company {
		for len(words) > 1 && LegalForms[words[len(words)-1]] {
			words = words[:len(words)-1]
		}
	}
	for i, w := range words {
		words[i] = foldSpelling(w)
	}
	return strings.Join(words, " ")
}

// matchKeys returns the match keys an entity is found by: one per name, and
// for people also the surname alone, so that an article that names only
// "Okafor" finds "Ada Okafor" when she is the only Okafor in the store.
func matchKeys(e Entity) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if k != "" && !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		k := MatchKey(e.Type, name)
		add(k)
		if e.Type == Person {
			if i := strings.LastIndexByte(k, ' '); i >= 0 {
				add(k[i+1:])
			}
		}
	}
	return keys
}

// LegalForms are company legal-form words, normalised: the words MatchKey
// drops from the end of a company name.
var LegalForms = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "cos": true,
	"company": true, "ltd": true, "limited": true, "plc": true, "llc": true, "llp": true, "lp": true,
	"nv": true, "ag": true, "sa": true, "spa": true, "gmbh": true, "ab": true, "asa": true, "oyj": true,
	"kk": true, "bhd": true, "pty": true, "pte": true, "se": true, "group": true, "holdings": true,
}

// foldSpelling folds the spelling variants that transliteration produces.
func foldSpelling(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		if r != last {
			b.WriteRune(r)
		}
		last = r
	}
	w = b.String()
	for _, end := range []string{"iy", "yi", "ij", "ii", "yy"} {
		if len(w) > len(end)+1 && strings.HasSuffix(w, end) {
			return w[:len(w)-len(end)] + "y"
		}
	}
	return w
}

// cyrillic maps Russian and Ukrainian letters to a plain Latin
// transliteration (close to the BGN/PCGN and Ukrainian national systems).
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "ye",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya",
}

func transliterate(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r >= 0x400 && r < 0x500 }) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if lat, ok := cyrillic[r]; ok {
			b.WriteString(lat)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}
