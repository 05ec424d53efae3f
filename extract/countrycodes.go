package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

//go:generate go run ./internal/gencountrycodes -in /tmp/wc/node_modules/world-countries/countries.json -gazetteer data/countries.tsv -out data/countrycodes.tsv

// countryCodesTSV is generated from the npm package world-countries
// (ODbL-1.0), the source of the gazetteer: the ISO 3166-1 codes of its
// countries, by canonical name.
//
//go:embed data/countrycodes.tsv
var countryCodesTSV string

// countryCodes maps a country's canonical name (the gazetteer's, which is
// the entity's Name) to its ISO 3166-1 alpha-2 and alpha-3 codes.
type countryCodes map[string][2]string

// newCountryCodes parses the embedded table; the lexicon builds it once.
func newCountryCodes() countryCodes {
	out := countryCodes{}
	for line := range strings.SplitSeq(countryCodesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) == 3 {
			out[f[0]] = [2]string{f[1], f[2]}
		}
	}
	return out
}

// setCountryCodes fills Alpha2 and Alpha3 of the country entities whose
// name the table knows, so that the graph's country nodes carry them
// (schema writes ng:iso3166Alpha2, ng:iso3166Alpha3). Extract calls it on
// the Document's entities once they are final:
//
//	setCountryCodes(out.Entities, x.lx.codes)
func setCountryCodes(ents []schema.Entity, codes countryCodes) {
	for i := range ents {
		e := &ents[i]
		if e.Type != schema.Country {
			continue
		}
		if c, ok := codes[e.Name]; ok {
			e.Alpha2, e.Alpha3 = c[0], c[1]
		}
	}
}
