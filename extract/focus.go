package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// resolved is what roles and statements read: the tokens, the chunks with
// their entities, the entity table, and the focus tables built from them.
type resolved struct {
	*tokens
	*chunkTable
	*entityTable
	foc *focusIndex // entities in focus, see focus
}

// handleOwner resolves a Twitter handle to a person: the name right before
// "(@handle)" in a tweet signature, or a person whose name spelt without
// spaces is the handle.
func (rv *resolved) handleOwner(i int) int {
	if i >= 2 && rv.toks[i-1].text == "(" {
		if ci := rv.tokChunk[i-2]; ci >= 0 && rv.chunks[ci].ent >= 0 {
			return rv.chunks[ci].ent
		}
	}
	if e, ok := rv.idx.personHandle[strings.ToLower(strings.TrimPrefix(rv.toks[i].text, "@"))]; ok {
		return int(e)
	}
	return -1
}

// The entity "in focus" at a token (the person a pronoun or a definite
// description means, the company "it" is) depends on every mention before
// the token. Roles and statements ask for it once per candidate, so
// reading the mentions from the start each time would make long articles
// quadratic; focusIndex answers from tables built once, after the entities
// are resolved (chunks are in text order and keep their entity from then
// on, except for the ones orgEntity resolves late, which it reports).

// maxTree is a Fenwick tree that answers "the largest value stored at a
// position before p" when values are only ever added.
type maxTree []int32

func newMaxTree(n int) maxTree {
	t := make(maxTree, n+1)
	for i := range t {
		t[i] = -1
	}
	return t
}

func (t maxTree) add(pos int, v int32) {
	for i := pos + 1; i < len(t); i += i & -i {
		t[i] = max(t[i], v)
	}
}

func (t maxTree) before(p int) int32 {
	r := int32(-1)
	for i := min(p, len(t)-1); i > 0; i -= i & -i {
		r = max(r, t[i])
	}
	return r
}

// personList is the person chunks, in text order, that a pronoun of one
// gender may refer to.
type personList struct {
	chunk []int32 // chunk index
	sent  []int32 // sentence of the chunk
	first []int32 // position in the list of the first entry of the same sentence
}

type focusIndex struct {
	starts      []int   // first token of each chunk
	lastCountry []int32 // lastCountry[p]: the entity of the last country chunk among chunks[:p], or -1
	orgs        maxTree // company and organisation chunks by index
	persons     [3]personList
	// mostNamed[t][p]: the company (t = 0) or organisation (t = 1) most
	// mentioned among chunks[:p], the latest to reach the count on a tie;
	// built when first asked for, dropped when orgEntity resolves a chunk
	mostNamed [2][]int32
}

// genderClass maps a pronoun's gender to personList: 0 any person, 1 any
// but women, 2 any but men.
func genderClass(g byte) int {
	switch g {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 0
}

// focus returns the focus tables, building them on first use.
func (rv *resolved) focus() *focusIndex {
	if rv.foc != nil {
		return rv.foc
	}
	f := &focusIndex{
		starts:      make([]int, len(rv.chunks)),
		lastCountry: make([]int32, len(rv.chunks)+1),
		orgs:        newMaxTree(len(rv.chunks)),
	}
	f.lastCountry[0] = -1
	for ci := range rv.chunks {
		c := &rv.chunks[ci]
		f.starts[ci] = c.ts
		f.lastCountry[ci+1] = f.lastCountry[ci]
		if c.ent < 0 {
			continue
		}
		e := rv.ents[c.ent]
		switch e.typ {
		case schema.Country:
			f.lastCountry[ci+1] = int32(c.ent)
		case schema.Company, schema.Organization:
			f.orgs.add(ci, int32(ci))
		case schema.Person:
			for g, skip := range [3]byte{1, 'f', 'm'} { // gender 1 is nobody's
				if e.gender == skip {
					continue
				}
				l := &f.persons[g]
				s := int32(rv.toks[c.ts].sent)
				first := int32(len(l.chunk))
				if n := len(l.sent); n > 0 && l.sent[n-1] == s {
					first = l.first[n-1]
				}
				l.chunk, l.sent, l.first = append(l.chunk, int32(ci)), append(l.sent, s), append(l.first, first)
			}
		}
	}
	rv.foc = f
	return f
}

// chunksBefore is the number of chunks that start before token i.
func (f *focusIndex) chunksBefore(i int) int { return sort.SearchInts(f.starts, i) }

// orgResolved records that orgEntity gave chunk ci a company or
// organisation. Only the role stage calls orgEntity, and the statement
// stage builds its own tables (sentFact, channelOf) after it, so they
// never hold a stale chunk.
func (rv *resolved) orgResolved(ci int) {
	if rv.foc != nil {
		rv.foc.orgs.add(ci, int32(ci))
		rv.foc.mostNamed = [2][]int32{}
	}
}

// salientPerson is the first person named in the nearest sentence before
// token i that names one (the subject, most of the time), or the person
// named last in i's own sentence before i.
func (rv *resolved) salientPerson(i int) int { return rv.salientPersonG(i, 0) }

// salientPersonG is salientPerson among the persons of gender g or of no
// known gender.
func (rv *resolved) salientPersonG(i int, g byte) int {
	f := rv.focus()
	l := &f.persons[genderClass(g)]
	p := f.chunksBefore(i)
	j := sort.Search(len(l.chunk), func(j int) bool { return int(l.chunk[j]) >= p }) - 1
	if j < 0 {
		return -1
	}
	sent := int32(rv.toks[i].sent)
	switch {
	case l.sent[j] == sent:
		return rv.chunks[l.chunk[j]].ent
	case l.sent[j] >= sent-6:
		return rv.chunks[l.chunk[l.first[j]]].ent
	}
	return -1
}

// focusCountry is the country in focus at token i: the country mentioned
// last before it.
func (rv *resolved) focusCountry(i int) int {
	f := rv.focus()
	return int(f.lastCountry[f.chunksBefore(i)])
}

// focusOrg is the company or organisation named last before token i.
func (rv *resolved) focusOrg(i int) int {
	f := rv.focus()
	ci := f.orgs.before(f.chunksBefore(i))
	if ci < 0 {
		return -1
	}
	return rv.chunks[ci].ent
}

// focusCompany is the company most mentioned before token i (the first
// named on a tie: the story's subject, before a supplier or past employer
// it names as often; dev-modern work roles 0.785→0.815, check
// 0.559→0.577); organisations count when no company is named, the most
// recent one on a tie (the first moved one WSJ reported statement to a
// ministry named first, over the court named last).
func (rv *resolved) focusCompany(i int) int {
	if e := rv.focusOrgType(i, schema.Company); e >= 0 {
		return e
	}
	return rv.focusOrgType(i, schema.Organization)
}

func (rv *resolved) focusOrgType(i int, t schema.EntityType) int {
	f := rv.focus()
	k := 0
	if t == schema.Organization {
		k = 1
	}
	if f.mostNamed[k] == nil {
		most := make([]int32, len(rv.chunks)+1)
		counts := make([]int32, len(rv.ents))
		first := make([]int32, len(rv.ents)) // chunk of the first mention, +1
		best, bestN := int32(-1), int32(0)
		most[0] = -1
		for ci := range rv.chunks {
			if c := &rv.chunks[ci]; c.ent >= 0 && rv.ents[c.ent].typ == t {
				counts[c.ent]++
				if first[c.ent] == 0 {
					first[c.ent] = int32(ci) + 1
				}
				if n := counts[c.ent]; n > bestN || n == bestN && (t == schema.Organization || first[c.ent] < first[best]) {
					best, bestN = int32(c.ent), n
				}
			}
			most[ci+1] = best
		}
		f.mostNamed[k] = most
	}
	return int(f.mostNamed[k][f.chunksBefore(i)])
}

// chunkEndingAt returns the resolved chunk whose last token is i, or -1.
func (rv *resolved) chunkEndingAt(i int) int {
	if i < 0 || i >= len(rv.toks) {
		return -1
	}
	ci := rv.tokChunk[i]
	if ci < 0 || rv.chunks[ci].te-1 != i || rv.chunks[ci].ent < 0 {
		return -1
	}
	return ci
}

// orgEntity returns the entity of chunk ci, making one for a chunk that was
// left unresolved: a phrase in the organisation slot of a role ("a vice
// president with Banque Orlanne") is an organisation.
func (rv *resolved) orgEntity(ci int) int {
	c := &rv.chunks[ci]
	if c.ent >= 0 {
		return c.ent
	}
	if c.place || c.city {
		return -1
	}
	t := schema.Company
	for k := c.ts; k < c.te; k++ {
		if orgHeads[rv.toks[k].text] {
			t = schema.Organization
		}
	}
	c.typ = t
	c.ent = rv.newEnt(t, rv.surface(c), -1)
	rv.orgResolved(ci)
	return c.ent
}
