package search

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Index is a store's text index on disk: the words of its statements and
// articles, with what a search filters on (speaker, speaking organisation,
// mentioned entities, kind, date). It is kept by bleve, so that a search on
// a large store reads a few postings lists instead of the whole graph
// (BuildQuadStore reads every quad: 3 min 56 s and 9.1 GB for 100,000
// articles). Words are normalised as everywhere else (tokens), and ranked
// with BM25 as the in-memory Catalog ranks them.
//
// An Index is a graph.ArticleIndex: the Store it is given to (KeepIndex)
// tells it of the articles it changes or removes, and marks it stale when
// a write is not one it can follow; the articles a load adds it indexes
// when it catches up (CatchUp, RefreshIndex), reading them from the store.
type Index struct {
	store *graph.Store // whose ArticleWrites tell whether the index is in step; nil in tests of the index alone
	path  string
	mu    sync.RWMutex // CatchUp writes alone (and may replace bi); the rest share it
	bi    bleve.Index
}

// IndexDir is where a bolt store keeps its search index: a directory
// beside its bolt file.
const IndexDir = "search.bleve"

// OpenIndex opens the index at path, creating it if it does not exist.
func OpenIndex(path string) (*Index, error) {
	bi, err := bleve.Open(path)
	if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) {
		bi, err = bleve.New(path, indexMapping())
	}
	if err != nil {
		return nil, fmt.Errorf("open search index %s: %w", path, err)
	}
	return &Index{path: path, bi: bi}, nil
}

// Close closes the index.
func (x *Index) Close() error {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.bi.Close()
}

// Put indexes articles, replacing what the index held for each of them, in
// one bleve batch.
func (x *Index) Put(arts []graph.ArticleFacts) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.put(arts)
}

func (x *Index) put(arts []graph.ArticleFacts) error {
	b := x.bi.NewBatch()
	for _, a := range arts {
		if !a.New {
			if err := x.deleteArticle(b, a.IRI); err != nil {
				return err
			}
		}
		for id, d := range indexDocs(a) {
			if err := b.Index(id, d); err != nil {
				return fmt.Errorf("index %s: %w", id, err)
			}
		}
	}
	return x.bi.Batch(b)
}

// Remove drops articles and their statements from the index.
func (x *Index) Remove(articles ...quad.IRI) error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.remove(articles)
}

func (x *Index) remove(articles []quad.IRI) error {
	b := x.bi.NewBatch()
	for _, a := range articles {
		if err := x.deleteArticle(b, a); err != nil {
			return err
		}
	}
	return x.bi.Batch(b)
}

// staleKey is the index's own record that a write it could not follow
// happened (Invalidate); CatchUp, which then rebuilds the index, clears it.
var staleKey = []byte("newsgraph-stale")

// Invalidate records that the store changed in a way Put and Remove did
// not describe.
func (x *Index) Invalidate() error {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.bi.SetInternal(staleKey, []byte{1})
}

// Followed records that the index was told all that a write moving the
// store's ArticleWrites from from to to did (graph.ArticleIndex): if it was
// in step at from, it is in step at to, and the next search need not
// compare it with the store.
func (x *Index) Followed(from, to uint64) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	at, ok, err := x.inStepAt()
	if err != nil || !ok || at != from {
		return err
	}
	return x.setInStepAt(to)
}

// Stale tells whether the index must catch up before it answers for qs:
// a write invalidated it, or the store's graph.Store.ArticleWrites moved
// since it was last in step. Load leaves the articles it adds for the index
// to catch up with (see graph.Store.Load), and a load killed between the
// store's commit and the index's, a store written without the index, or one
// made before newsgraph kept it, differ too. An index not kept by a store
// compares its articles with those of qs. Callers hold the store's read
// lock.
func (x *Index) Stale(ctx context.Context, qs cgraph.QuadStore) (bool, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	invalid, err := x.invalidated()
	if err != nil || invalid {
		return true, err
	}
	if x.store != nil {
		writes, _, err := x.store.ArticleWrites()
		if err != nil {
			return true, err
		}
		at, ok, err := x.inStepAt()
		return err != nil || !ok || at != writes, err
	}
	have, err := x.articles()
	if err != nil {
		return true, err
	}
	arts, err := articleIRIs(ctx, qs)
	return int(have) != len(arts), err
}

// inStepKey holds the store's ArticleWrites when the index was last in step.
var inStepKey = []byte("newsgraph-in-step-at")

// inStepAt reads the mark under inStepKey; ok is false if there is none.
func (x *Index) inStepAt() (at uint64, ok bool, err error) {
	v, err := x.bi.GetInternal(inStepKey)
	if err != nil || len(v) != 8 {
		return 0, false, err
	}
	return binary.BigEndian.Uint64(v), true, nil
}

func (x *Index) setInStepAt(writes uint64) error {
	return x.bi.SetInternal(inStepKey, binary.BigEndian.AppendUint64(nil, writes))
}

// CatchUp brings the index in step with qs: after a write it could not
// follow it rebuilds it whole; otherwise it indexes the articles of qs it
// lacks and drops those qs no longer holds. It calls progress (if not nil)
// after each batch of articles indexed. Callers hold the store's read lock.
func (x *Index) CatchUp(ctx context.Context, qs cgraph.QuadStore, progress func(done, total int)) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	var writes uint64
	if x.store != nil {
		var err error
		if writes, _, err = x.store.ArticleWrites(); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
		defer x.store.CapMappedPages()()
	}
	invalid, err := x.invalidated()
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if invalid {
		if err := x.empty(); err != nil {
			return err
		}
	}
	arts, err := articleIRIs(ctx, qs)
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	extra, err := x.articleKeys()
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	var missing, gone []quad.IRI
	for _, a := range arts {
		if !extra[key(string(a))] {
			missing = append(missing, a)
		}
		delete(extra, key(string(a)))
	}
	for k := range extra {
		gone = append(gone, quad.IRI(schema.IDBase+k))
	}
	if err := x.remove(gone); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if err := x.index(ctx, qs, missing, progress); err != nil {
		return err
	}
	if x.store == nil {
		return nil
	}
	return x.setInStepAt(writes)
}

// index reads the articles from qs and indexes them, in batches; reading
// the next batch overlaps indexing the last, which halves the time on two
// cores (each is about half the work).
func (x *Index) index(ctx context.Context, qs cgraph.QuadStore, articles []quad.IRI, progress func(done, total int)) error {
	const batch = 500
	type read struct {
		facts []graph.ArticleFacts
		err   error
	}
	batches := make(chan read, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(batches)
		for i := 0; i < len(articles); i += batch {
			var r read
			for _, a := range articles[i:min(i+batch, len(articles))] {
				f, err := ArticleFactsOf(ctx, qs, a)
				if err != nil {
					r.err = fmt.Errorf("search index: %s: %w", a, err)
					break
				}
				f.New = true // the index holds nothing of it
				r.facts = append(r.facts, f)
			}
			select {
			case batches <- r:
			case <-ctx.Done():
				return
			}
			if r.err != nil {
				return
			}
		}
	}()
	done := 0
	for r := range batches {
		if r.err != nil {
			return r.err
		}
		if err := x.put(r.facts); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
		done += len(r.facts)
		if progress != nil {
			progress(done, len(articles))
		}
	}
	return ctx.Err()
}

func (x *Index) invalidated() (bool, error) {
	mark, err := x.bi.GetInternal(staleKey)
	return len(mark) > 0, err
}

// empty replaces the index with an empty one (which is not invalidated).
func (x *Index) empty() error {
	if err := x.bi.Close(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if err := os.RemoveAll(x.path); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	var err error
	if x.bi, err = bleve.New(x.path, indexMapping()); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return nil
}

// articleKeys are the keys of the articles the index holds.
func (x *Index) articleKeys() (map[string]bool, error) {
	n, err := x.articles()
	if err != nil {
		return nil, err
	}
	res, err := x.bi.Search(bleve.NewSearchRequestOptions(termQuery(fieldKind, kindArticle), int(n), 0, false))
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = true
	}
	return out, nil
}

// articleIRIs lists the store's articles.
func articleIRIs(ctx context.Context, qs cgraph.QuadStore) ([]quad.IRI, error) {
	var out []quad.IRI
	seen := map[quad.IRI]bool{}
	err := path.StartPath(qs, schema.TypeNewsArticle).In(schema.PredType).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		if iri, ok := v.(quad.IRI); ok && !seen[iri] {
			seen[iri] = true
			out = append(out, iri)
		}
		return nil
	})
	return out, err
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
// caller's (Lookup resolves names exactly, the Catalog by prefix).
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
	req := bleve.NewSearchRequestOptions(q, r.limit(), 0, false)
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
func indexDocs(a graph.ArticleFacts) map[string]map[string]any {
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
			fieldWords: strings.Join(tokens(headline+"\n"+headline+"\n"+body), " "), // the headline counts twice, as in the Catalog
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

// deleteArticle adds to b the deletion of an article's documents: the
// article's and those of the statements the index holds for it.
func (x *Index) deleteArticle(b *bleve.Batch, article quad.IRI) error {
	id := key(string(article))
	b.Delete(id)
	q := bleve.NewConjunctionQuery(termQuery(fieldKind, kindStatement), termQuery(fieldArticle, id))
	for from := 0; ; from += 1000 {
		res, err := x.bi.Search(bleve.NewSearchRequestOptions(q, 1000, from, false))
		if err != nil {
			return fmt.Errorf("search index: statements of %s: %w", article, err)
		}
		for _, h := range res.Hits {
			b.Delete(h.ID)
		}
		if len(res.Hits) < 1000 {
			return nil
		}
	}
}

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

// ArticleFactsOf reads from qs what the index needs of one article: the
// quads about the article and about its statements that the article
// states, found through the store's subject and object indexes. Callers
// hold the store's read lock (graph.Store.Read).
func ArticleFactsOf(ctx context.Context, qs cgraph.QuadStore, article quad.IRI) (graph.ArticleFacts, error) {
	a := graph.ArticleFacts{IRI: article}
	subjects := []quad.Value{article}
	err := path.StartPath(qs, article).In(schema.PredIsPartOf).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		subjects = append(subjects, v)
		return nil
	})
	if err != nil {
		return a, err
	}
	for _, s := range subjects {
		ref, err := qs.ValueOf(s)
		if err != nil {
			return a, err
		}
		if ref == nil {
			continue
		}
		err = iterator.Iterate(ctx, qs.QuadIterator(quad.Subject, ref)).Paths(false).Each(func(r cgraph.Ref) error {
			q, err := qs.Quad(r)
			if err == nil && q.Label == article {
				a.Quads = append(a.Quads, q)
			}
			return err
		})
		if err != nil {
			return a, err
		}
	}
	return a, nil
}

// KeepIndexOf opens the search index of a bolt store (IndexDir in its
// directory, created on first use) and gives it to the store to keep in
// step (graph.Store.KeepIndex). Other stores keep none: search builds a
// Catalog there. A store whose directory cannot hold the index (read-only)
// goes on without one, which the returned error says.
func KeepIndexOf(s *graph.Store) error {
	dir, ok := s.BoltDir()
	if !ok {
		return nil
	}
	x, err := OpenIndex(filepath.Join(dir, IndexDir))
	if err != nil {
		return err
	}
	x.store = s
	s.KeepIndex(x)
	return nil
}

// RefreshIndex brings the search index s keeps in step (Index.CatchUp) if
// it is stale, calling progress after each batch of articles, and tells
// whether it had to. A store without one has nothing to refresh.
func RefreshIndex(ctx context.Context, s *graph.Store, progress func(done, total int)) (rebuilt bool, err error) {
	x, ok := s.Index().(*Index)
	if !ok {
		return false, nil
	}
	err = s.Read(func(qs cgraph.QuadStore) error {
		stale, err := x.Stale(ctx, qs)
		if err != nil || !stale {
			return err
		}
		rebuilt = true
		return x.CatchUp(ctx, qs, progress)
	})
	return rebuilt, err
}
