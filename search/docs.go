package search

import (
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

func indexMapping() mapping.IndexMapping {
	m := bleve.NewIndexMapping()
	m.ScoringModel = "bm25"
	if err := m.AddCustomAnalyzer("words", map[string]any{"type": custom.Name, "tokenizer": whitespace.Name}); err != nil {
		panic(err) // the names above are bleve's own
	}
	words := bleve.NewTextFieldMapping()
	words.Analyzer, words.Store, words.IncludeInAll, words.IncludeTermVectors, words.DocValues = "words", false, false, false, false
	// Only the date is sorted on, so only it keeps doc values.
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer, f.Store, f.IncludeInAll, f.IncludeTermVectors, f.DocValues = keyword.Name, store, false, false, false
		return f
	}
	text := bleve.NewTextFieldMapping()
	text.Index, text.Store, text.IncludeInAll = false, true, false
	dm := bleve.NewDocumentStaticMapping()
	dm.AddFieldMappingsAt(fieldWords, words)
	dm.AddFieldMappingsAt(fieldText, text)
	dm.AddFieldMappingsAt(fieldKind, kw(true))
	dm.AddFieldMappingsAt(fieldSpeaker, kw(true))
	dm.AddFieldMappingsAt(fieldOrg, kw(true))
	dm.AddFieldMappingsAt(fieldMentions, kw(false))
	dm.AddFieldMappingsAt(fieldArticle, kw(true))
	date := kw(true)
	date.DocValues = true
	dm.AddFieldMappingsAt(fieldDate, date)
	m.DefaultMapping = dm
	m.DefaultAnalyzer = "words"
	return m
}

// indexDocs turns an article's quads into the index's documents, by id:
// the article ("article/ID") and each of its statements (their keys).
func indexDocs(a ArticleFacts) map[string]map[string]any {
	subjects := map[quad.IRI][]quad.Quad{}
	for _, q := range a.Quads {
		if s, ok := q.Subject.(quad.IRI); ok {
			subjects[s] = append(subjects[s], q)
		}
	}
	art := subjects[a.IRI]
	date, headline, body := one(art, schema.PredDatePublished), one(art, schema.PredHeadline), one(art, schema.PredArticleBody)
	id := key(string(a.IRI))
	docs := map[string]map[string]any{
		key(string(a.IRI)): {
			fieldKind: kindArticle, fieldArticle: id, fieldDate: date, fieldMentions: keys(all(art, schema.PredMentions)),
			fieldWords: strings.Join(tokens(headline+"\n"+headline+"\n"+body), " "), // the headline counts twice
		},
	}
	for s, qs := range subjects {
		if !has(qs, schema.PredType, schema.TypeStatement) || one(qs, schema.PredIsPartOf) != string(a.IRI) {
			continue
		}
		text := one(qs, schema.PredText)
		d := map[string]any{
			fieldKind: kindStatement, fieldText: text, fieldWords: strings.Join(tokens(text), " "),
			fieldArticle: id, fieldDate: date, fieldMentions: keys(all(qs, schema.PredMentions)),
		}
		if v := one(qs, schema.PredDateCreated); v != "" {
			d[fieldDate] = v
		}
		if v := one(qs, schema.PredSpeaker); v != "" {
			d[fieldSpeaker] = key(v)
		}
		if v := one(qs, schema.PredSpeakerOrg); v != "" {
			d[fieldOrg] = key(v)
		}
		docs[key(string(s))] = d
	}
	return docs
}

func one(qs []quad.Quad, p quad.IRI) string {
	var out string
	for _, q := range qs {
		if q.Predicate == p {
			if v := schema.Text(q.Object); out == "" || v < out {
				out = v
			}
		}
	}
	return out
}

func all(qs []quad.Quad, p quad.IRI) []string {
	var out []string
	for _, q := range qs {
		if q.Predicate == p {
			out = append(out, schema.Text(q.Object))
		}
	}
	sort.Strings(out)
	return out
}

func has(qs []quad.Quad, p quad.IRI, o quad.Value) bool {
	for _, q := range qs {
		if q.Predicate == p && q.Object == o {
			return true
		}
	}
	return false
}

func keys(iris []string) []string {
	out := make([]string, len(iris))
	for i, s := range iris {
		out[i] = key(s)
	}
	return out
}

// tokens splits text into normalised words (see schema.NormalizeName:
// NFKC, lower case, possessives and punctuation dropped), so "Ukraine's"
// and "UKRAINE" are one term, in the documents and in the requests alike.
func tokens(text string) []string {
	return strings.Fields(schema.NormalizeName(text))
}

// key is an IRI without schema.IDBase: "person/ada-okafor".
func key(iri string) string { return strings.TrimPrefix(iri, schema.IDBase) }
