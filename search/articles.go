package search

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// How the index reads an article from the store and writes its documents.

// ArticleFacts are the quads an article states (those labelled with its
// IRI) that the index reads: about the article and its statements.
type ArticleFacts struct {
	IRI   quad.IRI
	Quads []quad.Quad
	New   bool // the index holds nothing of the article: nothing to replace
}

func (x *Index) put(arts []ArticleFacts) error {
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

func (x *Index) remove(articles []quad.IRI) error {
	b := x.bi.NewBatch()
	for _, a := range articles {
		if err := x.deleteArticle(b, a); err != nil {
			return err
		}
	}
	return x.bi.Batch(b)
}

// index reads the articles from the store and indexes them, in batches
// (graph.Store.ArticleQuads, one read lock each); reading the next batch
// overlaps indexing the last, which halves the time on two cores (each is
// about half the work).
func (x *Index) index(ctx context.Context, s *graph.Store, articles []quad.IRI, progress func(done, total int)) error {
	const batch = 500
	type read struct {
		facts []ArticleFacts
		err   error
	}
	batches := make(chan read, 1)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(batches)
		for i := 0; i < len(articles); i += batch {
			var r read
			part := articles[i:min(i+batch, len(articles))]
			quads, err := s.ArticleQuads(ctx, part)
			if err != nil {
				r.err = fmt.Errorf("search index: %w", err)
			}
			for _, a := range part {
				if len(quads[a]) == 0 {
					continue // not in the store: a write recorded but cut short
				}
				// New: the index holds nothing of it.
				r.facts = append(r.facts, ArticleFacts{IRI: a, Quads: quads[a], New: true})
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
