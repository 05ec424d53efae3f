package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Extract returns everything found in a. The result depends only on a.
//
// The stages run in order and hand each other typed values (see doc.go):
// scan gives the tokens, findMentions the proper-noun chunks,
// resolveEntities the entity table (classification and coreference), and
// roleFinder and statementFinder read the resolved view.
func (x *Extractor) Extract(a schema.Article) schema.Document {
	tk := scan(x.lx, a.Text)
	chunks := findMentions(tk)
	ents := resolveEntities(tk, chunks)
	v := &resolved{tokens: tk, chunkTable: chunks, entityTable: ents}
	roles := findRoles(v)
	stmts := findStatements(v, roles, a.Date)
	ms := v.mentions()
	out := schema.Document{Article: a}
	out.Entities = v.entities(ms)
	setCountryCodes(out.Entities, x.lx.codes)
	v.statementMentions(stmts, ms)
	out.Roles = roles
	roleTimes(&out, tk.toks) // needs out.Entities: the holder's spans
	out.Statements = stmts
	if out.Entities == nil {
		out.Entities = []schema.Entity{}
	}
	if out.Roles == nil {
		out.Roles = []schema.Role{}
	}
	if out.Statements == nil {
		out.Statements = []schema.Statement{}
	}
	return out
}

// Extractor extracts entities, roles and statements from articles. It holds
// only read-only lexicons and is safe for concurrent use.
type Extractor struct {
	lx *lexicon
}

// New builds an Extractor. The lexicons are loaded once per process.
func New() *Extractor {
	return &Extractor{lx: loadLexicon()}
}

// mention is one occurrence of an entity in the text.
type mention struct {
	ent  int
	s, e int // byte offsets
	surf string
}

// mentions collects every mention: resolved chunks, Twitter handles, and
// country names inside hyphenated words ("Russia-Ukraine", "non-Russian").
func (rv *resolved) mentions() []mention {
	var ms []mention
	for ci := range rv.chunks {
		c := &rv.chunks[ci]
		if c.ent < 0 {
			continue
		}
		s, e := rv.toks[c.ts].s, rv.toks[c.te-1].e
		if c.te < len(rv.toks) && rv.toks[c.te].kind == tPoss {
			e = rv.toks[c.te].e // "Russia's" is an alias of its own
		}
		ms = append(ms, mention{ent: c.ent, s: s, e: e, surf: rv.text[s:e]})
	}
	for i := range rv.toks {
		t := &rv.toks[i]
		switch {
		case t.kind == tHandle:
			if e := rv.handleOwner(i); e >= 0 {
				ms = append(ms, mention{ent: e, s: t.s, e: t.e, surf: t.text})
			}
		case t.kind == tWord && strings.IndexByte(t.text, '-') > 0 && rv.tokChunk[i] < 0:
			rv.hyphenCountries(t, &ms)
		case t.kind == tWord && strings.IndexByte(t.text, '-') > 0 && rv.tokChunk[i] >= 0 && rv.chunks[rv.tokChunk[i]].ent < 0:
			rv.hyphenCountries(t, &ms)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
	return ms
}

func (rv *resolved) hyphenCountries(t *token, ms *[]mention) {
	off := t.s
	parts := strings.Split(t.text, "-")
	for i, p := range parts {
		if c, ok := rv.lx.countryKey[p]; ok && p != "" && p[0] >= 'A' && p[0] <= 'Z' || ok && !isLatin(p) {
			e := rv.newEnt(schema.Country, rv.lx.countries[c], c)
			*ms = append(*ms, mention{ent: e, s: off, e: off + len(p), surf: p})
		} else if c, ok := rv.lx.demonymKey[p]; ok && (i+1 == len(parts) || !languageNouns[parts[i+1]]) {
			// a country, but not in "French-language", "French-speaking"
			e := rv.newEnt(schema.Country, rv.lx.countries[c], c)
			*ms = append(*ms, mention{ent: e, s: off, e: off + len(p), surf: p})
		}
		off += len(p) + 1
	}
}

// entities builds the output entities in order of first mention.
func (rv *resolved) entities(ms []mention) []schema.Entity {
	type acc struct {
		aliases []string
		seen    map[string]bool
		spans   []schema.Span
		first   int
	}
	accs := make([]*acc, len(rv.ents))
	for _, m := range ms {
		a := accs[m.ent]
		if a == nil {
			a = &acc{seen: map[string]bool{}, first: m.s}
			accs[m.ent] = a
		}
		a.spans = append(a.spans, schema.Span{Start: m.s, End: m.e})
		e := rv.ents[m.ent]
		if m.surf != e.name && !a.seen[m.surf] {
			a.seen[m.surf] = true
			a.aliases = append(a.aliases, m.surf)
		}
	}
	idx := make([]int, 0, len(rv.ents))
	for i, a := range accs {
		if a != nil {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(i, j int) bool { return accs[idx[i]].first < accs[idx[j]].first })
	out := make([]schema.Entity, 0, len(idx))
	for _, i := range idx {
		e, a := rv.ents[i], accs[i]
		al := a.aliases
		if al == nil {
			al = []string{}
		}
		out = append(out, schema.Entity{
			ID:       schema.EntityKey(e.typ, e.name),
			Name:     e.name,
			Type:     e.typ,
			Aliases:  al,
			Mentions: len(a.spans),
			Spans:    a.spans,
		})
	}
	return out
}

// statementMentions lists, for each statement, the entities mentioned in
// its span (canonical names, in order of first mention). The mentions are
// in text order, so only those that start inside the span are read.
func (rv *resolved) statementMentions(stmts []schema.Statement, ms []mention) {
	for i := range stmts {
		st := &stmts[i]
		st.Mentions = []string{}
		if st.Span == nil {
			continue
		}
		seen := map[int]bool{}
		first := sort.Search(len(ms), func(j int) bool { return ms[j].s >= st.Span.Start })
		for _, m := range ms[first:] {
			if m.s > st.Span.End {
				break
			}
			if m.e <= st.Span.End && !seen[m.ent] {
				seen[m.ent] = true
				st.Mentions = append(st.Mentions, rv.ents[m.ent].name)
			}
		}
	}
}
