package search

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/newsgraph/newsgraph/graph"
	bolt "go.etcd.io/bbolt"
)

// Index is a store's text index: the words of its statements and
// articles, with what a search filters on (speaker, speaking organisation,
// mentioned entities, kind, date). It is kept by bleve, so that a search on
// a large store reads a few postings lists instead of the whole graph
// (the in-memory catalog this package once built read every quad: 3 min
// 56 s and 9.1 GB for 100,000 articles). Words are normalised as
// everywhere else (tokens, schema.NormalizeName), and ranked with BM25.
//
// An Index is derived from a store and follows it from above: the store
// knows nothing of it. Follow reads the store's commits since the last one
// the index applied (a number it keeps inside bleve, beside the documents)
// and re-reads the articles they name; a commit that invalidates more (an
// import, a merge) makes it rebuild. See follow.go.
type Index struct {
	path string       // "" for an index in memory
	mu   sync.RWMutex // Follow writes alone (and may replace bi); searches share it
	bi   bleve.Index
}

// IndexDir is where a bolt store keeps its search index: a directory
// beside its bolt file.
const IndexDir = "search.bleve"

// OpenIndex opens the index at path, creating it if it does not exist; an
// empty path is an index in memory, for a store in memory. An index another
// process holds makes it fail with ErrBusy after lockTimeout, where bleve
// would wait for ever.
func OpenIndex(path string) (*Index, error) { return openIndex(path, lockTimeout) }

// lockTimeout is how long OpenIndex waits for another process to let go of
// the index: as long as graph.DefaultLockTimeout waits for a bolt store.
const lockTimeout = graph.DefaultLockTimeout

func openIndex(path string, timeout time.Duration) (*Index, error) {
	var (
		bi  bleve.Index
		err error
	)
	cfg := map[string]any{"bolt_timeout": timeout.String()}
	if path == "" {
		// Scorch in memory, not bleve.NewMemOnly's upsidedown, which
		// scores by TF-IDF where scorch ranks by BM25: the same search on
		// memstore and on bolt gave other scores (0.785 against 0.826).
		bi, err = bleve.NewUsing("", indexMapping(), scorch.Name, scorch.Name, nil)
	} else if bi, err = bleve.OpenUsing(path, cfg); errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		bi, err = bleve.NewUsing(path, indexMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
	}
	if errors.Is(err, bolt.ErrTimeout) {
		err = ErrBusy
	}
	if err != nil && !errors.Is(err, ErrBusy) && path != "" {
		bi, err = recreate(path, cfg, err)
	}
	if err != nil {
		return nil, fmt.Errorf("open search index %s: %w", path, err)
	}
	return &Index{path: path, bi: bi}, nil
}

// recreate replaces an index that cannot be opened (a process killed while
// it created it left half a mapping: "unexpected end of JSON input") with
// an empty one, which the next Follow fills from the store: the index is
// derived, the graph is the record.
func recreate(path string, cfg map[string]any, cause error) (bleve.Index, error) {
	slog.Warn("search index unreadable; it is made again from the store", "path", path, "err", cause)
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("%w (and removing it: %v)", cause, err)
	}
	return bleve.NewUsing(path, indexMapping(), bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore, cfg)
}

// Close closes the index.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.bi.Close()
}

// Articles is how many articles the index holds.
func (x *Index) Articles() (uint64, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.articles()
}

func (x *Index) articles() (uint64, error) {
	req := bleve.NewSearchRequestOptions(termQuery(fieldKind, kindArticle), 0, 0, false)
	res, err := x.bi.Search(req)
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}

// Lookup is what a search needs from the graph: entity keys for the names
// in its filters, people who hold a role at an organisation, display names
// of entities, and an article's headline and body for snippets.
type Lookup interface {
	Resolve(alias string) ([]string, error)
	Holders(orgKeys []string) ([]string, error)
	Name(key string) string
	Article(key string) (id, headline, body string)
}

// Search runs r's words and filters against the index; entity hits are the
// caller's (Lookup resolves names exactly; the console matches them by
// prefix).
func (x *Index) Search(r Request, g Lookup) (*Results, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if err := r.check(); err != nil {
		return nil, err
	}
	q, ok, err := x.query(r, g)
	if err != nil {
		return nil, err
	}
	res := &Results{Entities: []Hit{}, Hits: []Hit{}}
	if !ok || r.Kind == kindEntity {
		return res, nil
	}
	req := bleve.NewSearchRequestOptions(within(q, r.Dates), r.limit(), 0, false)
	req.Fields = []string{fieldKind, fieldText, fieldSpeaker, fieldOrg, fieldArticle, fieldDate}
	if tokens(r.Q) == nil {
		req.SortBy([]string{"-" + fieldDate, "_id"})
	} else {
		req.SortBy([]string{"-_score", "-" + fieldDate, "_id"})
	}
	sr, err := x.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	res.Total = int(sr.Total)
	words := tokens(r.Q)
	for _, h := range sr.Hits {
		res.Hits = append(res.Hits, indexHit(h.ID, h.Fields, h.Score, words, g))
	}
	return res, nil
}

// Field names and kinds of the index's documents.
const (
	fieldKind     = "kind"
	fieldWords    = "words" // normalised words, searched
	fieldText     = "text"  // a statement's text, shown
	fieldSpeaker  = "speaker"
	fieldOrg      = "org"
	fieldMentions = "mentions"
	fieldArticle  = "article"
	fieldDate     = "date"

	kindStatement = "statement"
	kindArticle   = "article"
	kindEntity    = "entity"
)

// query is r as a bleve query; ok is false when a filter names an entity
// with no statement or article, which matches nothing.
func (x *Index) query(r Request, g Lookup) (q query.Query, ok bool, err error) {
	var must []query.Query
	words := tokens(r.Q)
	for i, w := range words {
		if i == len(words)-1 && len([]rune(w)) >= 3 {
			p := bleve.NewPrefixQuery(w)
			p.SetField(fieldWords)
			must = append(must, bleve.NewDisjunctionQuery(termQuery(fieldWords, w), p))
			continue
		}
		must = append(must, termQuery(fieldWords, w))
	}
	switch {
	case r.Speaker != "" || r.Org != "" || r.Kind == kindStatement:
		must = append(must, termQuery(fieldKind, kindStatement))
	case r.Kind == kindArticle:
		must = append(must, termQuery(fieldKind, kindArticle))
	}
	if r.Speaker != "" {
		ids, err := g.Resolve(r.Speaker)
		if err != nil {
			return nil, false, err
		}
		must = append(must, anyOf(ids, fieldSpeaker, fieldOrg))
	}
	if r.Org != "" {
		orgs, err := g.Resolve(r.Org)
		if err != nil {
			return nil, false, err
		}
		holders, err := g.Holders(orgs)
		if err != nil {
			return nil, false, err
		}
		must = append(must, bleve.NewDisjunctionQuery(anyOf(orgs, fieldOrg), anyOf(holders, fieldSpeaker)))
	}
	if r.Mentions != "" {
		ids, err := g.Resolve(r.Mentions)
		if err != nil {
			return nil, false, err
		}
		must = append(must, anyOf(ids, fieldMentions))
	}
	if len(must) == 0 {
		return bleve.NewMatchAllQuery(), true, nil
	}
	return bleve.NewConjunctionQuery(must...), true, nil
}

func termQuery(field, term string) *query.TermQuery {
	q := bleve.NewTermQuery(term)
	q.SetField(field)
	return q
}

// anyOf matches a document whose fields hold one of the terms.
func anyOf(terms []string, fields ...string) query.Query {
	var qs []query.Query
	for _, t := range terms {
		for _, f := range fields {
			qs = append(qs, termQuery(f, t))
		}
	}
	if len(qs) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func indexHit(docID string, fields map[string]any, score float64, words []string, g Lookup) Hit {
	str := func(f string) string { s, _ := fields[f].(string); return s }
	id, headline, body := g.Article(str(fieldArticle))
	ref := &Ref{Key: id, Name: headline}
	if headline == "" {
		ref.Name = id
	}
	if str(fieldKind) == kindArticle {
		return Hit{Kind: kindArticle, Key: id, Title: ref.Name, Date: str(fieldDate), Article: ref,
			Text: snippet(body, words), Score: round(score)}
	}
	h := Hit{Kind: kindStatement, Key: docID, Text: str(fieldText), Date: str(fieldDate), Article: ref, Score: round(score)}
	for _, k := range []string{str(fieldSpeaker), str(fieldOrg)} {
		if k != "" {
			h.Speaker = &Ref{Key: k, Name: g.Name(k)}
			h.Title = h.Speaker.Name
			break
		}
	}
	return h
}
