package search

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The console's pages read lists from the index rather than from the
// graph: a country mentioned by 40,000 articles has its newest 50 articles
// in one sorted postings read (the date keeps doc values), where the graph
// would read every article's date first.

// Doc is one document of the index as a page shows it.
type Doc struct {
	Kind    string // "article" or "statement"
	Key     string // the statement's key, or the article's ("article/ID")
	Text    string // a statement's text
	Date    string
	Speaker string // entity key, "" if none
	Org     string // entity key, "" if none
	Article string // the article's key ("article/ID")
}

// Page is a window of documents, newest first, and how many match.
type Page struct {
	Docs  []Doc
	Total int
}

// Day is a date and how many statements carry it.
type Day struct {
	Date  string
	Count int
}

// Dates is a range of dates, YYYY-MM-DD, both ends included; an empty
// end is open. The zero Dates takes every document, dated or not.
type Dates struct{ From, To string }

// ArticlesMentioning returns the articles that mention the entity with
// the given key, newest first, size of them after skipping from.
func (x *Index) ArticlesMentioning(entity string, from, size int) (Page, error) {
	return x.ArticlesMentioningAny([]string{entity}, Dates{}, from, size)
}

// ArticlesMentioningAny returns the articles dated within d that mention
// any of the entities (keys), newest first, then by key, size of them
// after skipping from: the mentions query reads its page so, and the ties
// at the page's ends by date (queries/mentions.go).
func (x *Index) ArticlesMentioningAny(entities []string, d Dates, from, size int) (Page, error) {
	must := []query.Query{termQuery(fieldKind, kindArticle), anyOf(entities, fieldMentions)}
	if d != (Dates{}) {
		both := true // an empty end is open whatever it says
		r := bleve.NewTermRangeInclusiveQuery(d.From, d.To, &both, &both)
		r.SetField(fieldDate)
		must = append(must, r)
	}
	return x.newest(bleve.NewConjunctionQuery(must...), from, size)
}

// StatementsBy returns the statements the entity made, as speaker or as
// the organisation spoken for, newest first.
func (x *Index) StatementsBy(entity string, from, size int) (Page, error) {
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindStatement), anyOf([]string{entity}, fieldSpeaker, fieldOrg))
	return x.newest(q, from, size)
}

// StatementsMentioning returns the statements that mention the entity,
// newest first.
func (x *Index) StatementsMentioning(entity string, from, size int) (Page, error) {
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindStatement), termQuery(fieldMentions, entity))
	return x.newest(q, from, size)
}

// LatestArticles returns the n newest articles and how many there are.
func (x *Index) LatestArticles(n int) (Page, error) {
	return x.newest(termQuery(fieldKind, kindArticle), 0, n)
}

// Statements is how many statements the index holds.
func (x *Index) Statements() (uint64, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	res, err := x.bi.Search(bleve.NewSearchRequestOptions(termQuery(fieldKind, kindStatement), 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("search index: %w", err)
	}
	return res.Total, nil
}

// StatementsPerDay counts the statements of each date, oldest first, from
// the date's doc values (one facet over the statements: about 0.1 s for
// 500,000 of them, against a read of every statement's date in the graph).
// Statements without a date are not counted.
func (x *Index) StatementsPerDay() ([]Day, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	const maxDays = 100000 // 270 years of days: a bound, not a limit met
	req := bleve.NewSearchRequestOptions(termQuery(fieldKind, kindStatement), 0, 0, false)
	req.AddFacet("days", bleve.NewFacetRequest(fieldDate, maxDays))
	res, err := x.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search index: statements per day: %w", err)
	}
	var out []Day
	if f := res.Facets["days"]; f != nil {
		for _, t := range f.Terms.Terms() {
			if t.Term != "" {
				out = append(out, Day{t.Term, t.Count})
			}
		}
	}
	sortDays(out)
	return out, nil
}

// newest runs q for a window of hits sorted by date, newest first, then by
// id, with the stored fields a page shows.
func (x *Index) newest(q query.Query, from, size int) (Page, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	req := bleve.NewSearchRequestOptions(q, size, max(from, 0), false)
	req.Fields = []string{fieldKind, fieldText, fieldSpeaker, fieldOrg, fieldArticle, fieldDate}
	req.SortBy([]string{"-" + fieldDate, "_id"})
	req.Score = bleve.ScoreNone // sorted by date: no hit needs a score
	res, err := x.bi.Search(req)
	if err != nil {
		return Page{}, fmt.Errorf("search index: %w", err)
	}
	p := Page{Total: int(res.Total), Docs: make([]Doc, 0, len(res.Hits))}
	for _, h := range res.Hits {
		str := func(f string) string { s, _ := h.Fields[f].(string); return s }
		d := Doc{Kind: str(fieldKind), Key: h.ID, Text: str(fieldText), Date: str(fieldDate),
			Speaker: str(fieldSpeaker), Org: str(fieldOrg), Article: str(fieldArticle)}
		if d.Kind == kindArticle && d.Article == "" {
			d.Article = h.ID
		}
		p.Docs = append(p.Docs, d)
	}
	return p, nil
}

func sortDays(days []Day) {
	slices.SortFunc(days, func(a, b Day) int { return strings.Compare(a.Date, b.Date) })
}
