package search_test

import (
	"maps"
	"slices"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// What a search must find, worked out the plain way a reader of the
// articles would: every statement and article of the store, read with path
// walks, kept if it holds every word of the request (the last word as a
// prefix, from three letters) and passes its filters.

// textDoc is a statement or an article as the store holds it.
type textDoc struct {
	hit      string          // "statement statement/…" or "article ID", as hitKeys spells hits
	words    map[string]bool // normalised words
	speaker  string          // key of who said it (statements)
	org      string          // key of the organisation it was said for (statements)
	mentions []string        // keys of the entities it mentions
}

// readDocs reads every statement and article of s.
func readDocs(t *testing.T, s *graph.Store) []textDoc {
	t.Helper()
	var docs []textDoc
	err := s.Read(func(qs cgraph.QuadStore) error {
		out := func(node quad.Value, p quad.IRI) []string {
			vs, err := values(qs, path.StartPath(qs, node).Out(p))
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, v := range vs {
				texts = append(texts, strings.TrimPrefix(schema.Text(v), schema.IDBase))
			}
			return texts
		}
		first := func(node quad.Value, p quad.IRI) string { return strings.Join(out(node, p), " ") }
		of := func(typ quad.IRI) []quad.Value {
			nodes, err := values(qs, path.StartPath(qs, typ).In(schema.PredType))
			if err != nil {
				t.Fatal(err)
			}
			return nodes
		}
		for _, n := range of(schema.TypeStatement) {
			docs = append(docs, textDoc{hit: "statement " + keyOf(n), words: wordSet(first(n, schema.PredText)),
				speaker: first(n, schema.PredSpeaker), org: first(n, schema.PredSpeakerOrg), mentions: out(n, schema.PredMentions)})
		}
		for _, n := range of(schema.TypeNewsArticle) {
			docs = append(docs, textDoc{hit: "article " + first(n, schema.PredName),
				words:    wordSet(first(n, schema.PredHeadline) + "\n" + first(n, schema.PredArticleBody)),
				mentions: out(n, schema.PredMentions)})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// wordSet is the normalised words of text (schema.NormalizeName: "Ukraine's"
// and "UKRAINE" are one word).
func wordSet(text string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(schema.NormalizeName(text)) {
		set[w] = true
	}
	return set
}

// expectHits is what req must find among docs, sorted as hitKeys sorts.
func expectHits(t *testing.T, docs []textDoc, l storeLookup, req search.Request) []string {
	t.Helper()
	resolve := func(alias string) map[string]bool {
		if alias == "" {
			return nil
		}
		keys, err := l.Resolve(alias)
		if err != nil {
			t.Fatal(err)
		}
		return setOf(keys)
	}
	speaker, org, mentions := resolve(req.Speaker), resolve(req.Org), resolve(req.Mentions)
	var holders map[string]bool
	if org != nil {
		keys, err := l.Holders(slices.Collect(maps.Keys(org)))
		if err != nil {
			t.Fatal(err)
		}
		holders = setOf(keys)
	}
	words := strings.Fields(schema.NormalizeName(req.Q))
	var out []string
	for _, d := range docs {
		statement := strings.HasPrefix(d.hit, "statement ")
		switch {
		case !d.hasWords(words),
			req.Kind == "statement" && !statement, req.Kind == "article" && statement,
			!statement && (speaker != nil || org != nil),
			speaker != nil && !speaker[d.speaker] && !speaker[d.org],
			org != nil && !org[d.org] && !holders[d.speaker],
			mentions != nil && !slices.ContainsFunc(d.mentions, func(k string) bool { return mentions[k] }):
			continue
		}
		out = append(out, d.hit)
	}
	slices.Sort(out)
	return out
}

// hasWords: d holds every word, the last one as a prefix from three letters
// (the word being typed).
func (d textDoc) hasWords(words []string) bool {
	for i, w := range words {
		if d.words[w] {
			continue
		}
		if i < len(words)-1 || len([]rune(w)) < 3 || !d.hasPrefix(w) {
			return false
		}
	}
	return true
}

func (d textDoc) hasPrefix(p string) bool {
	for w := range d.words {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func setOf(keys []string) map[string]bool {
	set := map[string]bool{}
	for _, k := range keys {
		set[k] = true
	}
	return set
}
