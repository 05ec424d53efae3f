package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// entIndex finds the entities of an article by the parts of their names.
// Coreference looks up every mention, and a long article names thousands
// of entities, so the lookups must not compare a mention with each of
// them. newEnt adds every entity as it is made; since entities are only
// ever added, "the first entity with X" and "the last entity with X" are
// kept per key and stay right.
//
// Keys made of words join them with a space: words never contain white
// space and are never empty (they are token texts or strings.Fields of a
// name), so the key names one sequence of words.
type entIndex struct {
	personSuffix map[string]int32    // last k of a person's n > k words -> last such person
	personLastOf map[string][]int32  // last word (or, of three, the one before) of a person's name -> every such person, in order
	personPrefix map[string][2]int32 // first k of a person's n > k words -> first and last such person
	personHandle map[string]int32    // lower-case name without spaces -> first person
	personLast   nameTrie            // lower-case last words of persons
	personName   nameTrie            // lower-case names of persons
	orgPrefix    map[string][3]int32 // first k of n > k words -> first company or organisation, first company, first organisation
	orgInitials  map[string]int32    // initials, see initialsMatch -> first company or organisation
	orgClip      map[string]int32    // full name of a clipping -> first company or organisation it begins
}

func wordsKey(words []string) string { return strings.Join(words, " ") }

// firstOf keeps the smaller of two entity indices, -1 meaning none.
func firstOf(a, b int32) int32 {
	if a < 0 || b >= 0 && b < a {
		return b
	}
	return a
}

// add indexes entity ei of the document.
func (x *entIndex) add(ei int, e *ent) {
	if x.personSuffix == nil {
		x.personSuffix = map[string]int32{}
		x.personLastOf = map[string][]int32{}
		x.personPrefix = map[string][2]int32{}
		x.personHandle = map[string]int32{}
		x.orgPrefix = map[string][3]int32{}
		x.orgInitials = map[string]int32{}
		x.orgClip = map[string]int32{}
	}
	switch e.typ {
	case schema.Person:
		x.addPerson(ei, e)
	case schema.Company, schema.Organization:
		x.addOrg(ei, e)
	}
}

// addPerson indexes person ei by its name's prefixes and suffixes, its
// handle spelling and, for spelling variants, its last word and name.
func (x *entIndex) addPerson(ei int, e *ent) {
	i := int32(ei)
	n := len(e.words)
	for k := 1; k < n; k++ {
		x.personSuffix[wordsKey(e.words[n-k:])] = i
		p := wordsKey(e.words[:k])
		if v, ok := x.personPrefix[p]; ok {
			x.personPrefix[p] = [2]int32{v[0], i}
		} else {
			x.personPrefix[p] = [2]int32{i, i}
		}
	}
	if n > 1 {
		x.personLastOf[e.words[n-1]] = append(x.personLastOf[e.words[n-1]], i)
	}
	if n > 2 && !personParticles[strings.ToLower(e.words[n-2])] {
		// "Villaseñor" of "Ernesto Villaseñor Garza": a first family name
		x.personLastOf[e.words[n-2]] = append(x.personLastOf[e.words[n-2]], i)
	}
	h := strings.ToLower(strings.Join(e.words, ""))
	if _, ok := x.personHandle[h]; !ok {
		x.personHandle[h] = i
	}
	if n > 0 {
		x.personLast.add(strings.ToLower(e.words[n-1]), ei, n)
	}
	x.personName.add(strings.ToLower(e.name), ei, n)
}

// addOrg indexes company or organisation ei by its name's prefixes, its
// initials and the clippings it begins.
func (x *entIndex) addOrg(ei int, e *ent) {
	i := int32(ei)
	n := len(e.words)
	for k := 1; k < n; k++ {
		p := wordsKey(e.words[:k])
		v, ok := x.orgPrefix[p]
		if !ok {
			v = [3]int32{-1, -1, -1}
		}
		v[0] = firstOf(v[0], i)
		if e.typ == schema.Company {
			v[1] = firstOf(v[1], i)
		} else {
			v[2] = firstOf(v[2], i)
		}
		x.orgPrefix[p] = v
	}
	all, caps := initials(e.words)
	keys := []string{all, caps}
	for j := 0; j+3 <= len(all); j++ {
		keys = append(keys, all[j:]) // HasSuffix(all, acronym) with three letters or more
	}
	for _, k := range keys {
		if _, ok := x.orgInitials[k]; !ok {
			x.orgInitials[k] = i
		}
	}
	for _, full := range clippings {
		if _, ok := x.orgClip[full]; !ok && (e.name == full || strings.HasPrefix(e.name, full+" ")) {
			x.orgClip[full] = i
		}
	}
}

// initials are the capitals that begin the capitalised words (all) and
// their hyphen or slash parts (caps): "National Institutes of Hydrology" is
// NIH, "Health and Human Services" HHS.
func initials(words []string) (all, caps string) {
	var a, c strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		a.WriteRune(r)
		for _, p := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' }) {
			r2, _ := utf8.DecodeRuneInString(p)
			c.WriteRune(r2)
		}
	}
	return a.String(), c.String()
}

// initialsOf finds the first company or organisation whose initials are the
// acronym: "NIH" ~ National Institutes of Hydrology; "HHS" ~ (Department of)
// Health and Human Services, the acronym of three letters or more being the
// end of the initials.
func (x *entIndex) initialsOf(acro string) int {
	acro = strings.ReplaceAll(acro, ".", "")
	if len(acro) < 2 {
		return -1
	}
	if i, ok := x.orgInitials[acro]; ok {
		return int(i)
	}
	return -1
}

// personPart finds the person a Latin name of words is part of: the last
// person whose name ends in the words or, for two words or more, begins
// with them; else, for one word of five letters or more, the first person
// of two words or more whose last word is a spelling variant of it.
func (x *entIndex) personPart(words []string) int {
	n := len(words)
	k := wordsKey(words)
	best := int32(-1)
	if i, ok := x.personSuffix[k]; ok {
		best = i
	}
	if v, ok := x.personPrefix[k]; ok && n >= 2 {
		best = max(best, v[1])
	}
	if best >= 0 || n != 1 || utf8.RuneCountInString(words[0]) < 5 {
		return int(best)
	}
	x.personLast.similarTo(strings.ToLower(words[0]), func(es []trieEnt) {
		for _, e := range es {
			if e.words >= 2 {
				best = firstOf(best, e.ent)
				return
			}
		}
	})
	return int(best)
}

// personScript finds the person that a name of n words in another script
// names, tl being its transliteration: the last person whose name, or for
// one word whose last word, is a spelling variant of it.
func (x *entIndex) personScript(tl string, n int) int {
	best := int32(-1)
	last := func(es []trieEnt) { best = max(best, es[len(es)-1].ent) }
	x.personName.similarTo(tl, last)
	if n == 1 {
		x.personLast.similarTo(tl, last)
	}
	return int(best)
}

// orgPart finds the first company or organisation that a name of words
// begins (of type typ unless typ is ""), whose name a clipping clip stands
// for, or, for an acronym, whose initials it is.
func (x *entIndex) orgPart(words []string, typ schema.EntityType, clip string, acro bool) int {
	best := int32(-1)
	if v, ok := x.orgPrefix[wordsKey(words)]; ok {
		switch typ {
		case "":
			best = v[0]
		case schema.Company:
			best = v[1]
		case schema.Organization:
			best = v[2]
		}
	}
	if i, ok := x.orgClip[clip]; ok && clip != "" {
		best = firstOf(best, i)
	}
	if acro && len(words) == 1 {
		best = firstOf(best, int32(x.initialsOf(words[0])))
	}
	return int(best)
}
