package search

import (
	"fmt"
	"slices"
	"strings"
	"time"

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
// end is open. The zero Dates takes every document, dated or not; a range
// with an end takes only dated documents.
type Dates struct{ From, To string }

// ParseDates checks a range given as from= and to= parameters: each empty
// or a date YYYY-MM-DD, from not after to. Its errors are ErrInvalid and
// name the parameter.
func ParseDates(from, to string) (Dates, error) {
	d := Dates{From: strings.TrimSpace(from), To: strings.TrimSpace(to)}
	for _, f := range []struct{ name, v string }{{"from", d.From}, {"to", d.To}} {
		if f.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, f.v); err != nil {
			return Dates{}, &paramError{fmt.Sprintf("parameter %s: want a date YYYY-MM-DD, got %q", f.name, f.v)}
		}
	}
	if d.From != "" && d.To != "" && d.From > d.To {
		return Dates{}, &paramError{fmt.Sprintf("parameter from: %s is after to=%s", d.From, d.To)}
	}
	return d, nil
}

// paramError is a bad parameter, named in its message; it is ErrInvalid
// without ErrInvalid's words, which speak of a search.
type paramError struct{ msg string }

func (e *paramError) Error() string        { return e.msg }
func (e *paramError) Is(target error) bool { return target == ErrInvalid }

// Has tells whether day (YYYY-MM-DD, or "" for undated) is within d.
func (d Dates) Has(day string) bool {
	if d == (Dates{}) {
		return true
	}
	return day != "" && (d.From == "" || day >= d.From) && (d.To == "" || day <= d.To)
}

// within narrows q to the documents dated within d.
func within(q query.Query, d Dates) query.Query {
	if d == (Dates{}) {
		return q
	}
	both := true // an empty end is open whatever it says
	r := bleve.NewTermRangeInclusiveQuery(d.From, d.To, &both, &both)
	r.SetField(fieldDate)
	return bleve.NewConjunctionQuery(q, r)
}

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
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindArticle), anyOf(entities, fieldMentions))
	return x.newest(within(q, d), from, size)
}

// StatementsBy returns the statements dated within d that the entity
// made, as speaker or as the organisation spoken for, newest first.
func (x *Index) StatementsBy(entity string, d Dates, from, size int) (Page, error) {
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindStatement), anyOf([]string{entity}, fieldSpeaker, fieldOrg))
	return x.newest(within(q, d), from, size)
}

// StatementsMentioning returns the statements dated within d that mention
// the entity, newest first.
func (x *Index) StatementsMentioning(entity string, d Dates, from, size int) (Page, error) {
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindStatement), termQuery(fieldMentions, entity))
	return x.newest(within(q, d), from, size)
}

// LatestArticles returns the n newest articles dated within d and how many
// there are.
func (x *Index) LatestArticles(d Dates, n int) (Page, error) {
	return x.newest(within(termQuery(fieldKind, kindArticle), d), 0, n)
}

// Statements is how many statements dated within d the index holds.
func (x *Index) Statements(d Dates) (uint64, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	res, err := x.bi.Search(bleve.NewSearchRequestOptions(within(termQuery(fieldKind, kindStatement), d), 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("search index: %w", err)
	}
	return res.Total, nil
}

// StatementsPerDay counts the statements of each date, oldest first, from
// the date's doc values (one facet over the statements: about 0.1 s for
// 500,000 of them, against a read of every statement's date in the graph).
// Statements without a date are not counted, nor those outside d.
func (x *Index) StatementsPerDay(d Dates) ([]Day, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	const maxDays = 100000 // 270 years of days: a bound, not a limit met
	req := bleve.NewSearchRequestOptions(within(termQuery(fieldKind, kindStatement), d), 0, 0, false)
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
