package graph

import (
	"context"
	"database/sql"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ArticleQuads returns each article's own facts: the quads it labels whose
// subject is the article or one of its statements (schema:isPartOf it).
// Articles the store does not hold get none. It takes the read lock.
//
// Through Cayley that is a path query and a subject lookup per statement,
// and every value of every quad read is then looked up with a statement of
// its own on a database server (see EachQuad): indexing the 2,000 articles
// of a load from PostgreSQL for search took 21 s, four times the load. On a
// database server ArticleQuads reads the statements of up to 500 articles
// in one query, and their quads with their values in one more per 500
// subjects (articleQuadsSQL); elsewhere through Cayley, article by article.
func (s *Store) ArticleQuads(ctx context.Context, articles []quad.IRI) (map[quad.IRI][]quad.Quad, error) {
	out := make(map[quad.IRI][]quad.Quad, len(articles))
	err := s.Read(func(qs cgraph.QuadStore) error {
		if s.counter != nil {
			return s.counter.articleQuads(ctx, articles, out)
		}
		for _, a := range articles {
			qs, err := articleQuadsOf(ctx, qs, a)
			if err != nil {
				return err
			}
			out[a] = qs
		}
		return nil
	})
	return out, err
}

// articleQuadsOf is ArticleQuads of one article through Cayley.
func articleQuadsOf(ctx context.Context, qs cgraph.QuadStore, article quad.IRI) ([]quad.Quad, error) {
	var out []quad.Quad
	subjects := []quad.Value{article}
	err := path.StartPath(qs, article).In(schema.PredIsPartOf).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
		subjects = append(subjects, v)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, s := range subjects {
		ref, err := qs.ValueOf(s)
		if err != nil {
			return nil, err
		}
		if ref == nil {
			continue
		}
		err = iterator.Iterate(ctx, qs.QuadIterator(quad.Subject, ref)).Paths(false).Each(func(r cgraph.Ref) error {
			q, err := qs.Quad(r)
			if err == nil && q.Label == article {
				out = append(out, q)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// articleQuads is ArticleQuads in SQL: the statements of the articles by
// the osp index, then the quads of the articles and statements by the
// subject index, joined with their values, by horizon.
func (c *quadCounter) articleQuads(ctx context.Context, articles []quad.IRI, out map[quad.IRI][]quad.Quad) error {
	byHash := make(map[refs.ValueHash]quad.IRI, len(articles))
	hashes := make([]refs.ValueHash, len(articles))
	for i, a := range articles {
		hashes[i] = refs.HashOf(a)
		byHash[hashes[i]] = a
		out[a] = nil
	}
	// Each subject with the articles it belongs to (a statement may, in
	// principle, be part of several).
	owners := make(map[refs.ValueHash][]quad.IRI, len(articles))
	for h, a := range byHash {
		owners[h] = []quad.IRI{a}
	}
	partOf := refs.HashOf(schema.PredIsPartOf)
	err := c.eachChunk(ctx, hashes, func(in string) string {
		return `SELECT DISTINCT subject_hash, object_hash FROM quads WHERE predicate_hash = ` + c.d.param(1) + ` AND object_hash IN (` + in + `)`
	}, []any{partOf[:]}, func(rows *sql.Rows) error {
		var s, o []byte
		if err := rows.Scan(&s, &o); err != nil {
			return err
		}
		if a, ok := byHash[refs.ValueHash(o)]; ok && !slices.Contains(owners[refs.ValueHash(s)], a) {
			owners[refs.ValueHash(s)] = append(owners[refs.ValueHash(s)], a)
		}
		return nil
	})
	if err != nil {
		return err
	}
	subjects := make([]refs.ValueHash, 0, len(owners))
	for h := range owners {
		subjects = append(subjects, h)
	}
	var subject []byte
	var r quadValuesRow
	targets := append([]any{&subject}, r.targets()...)
	return c.eachChunk(ctx, subjects, func(in string) string {
		return `SELECT q.subject_hash, ` + quadsWithValues + ` WHERE q.subject_hash IN (` + in + `) ORDER BY q.horizon`
	}, nil, func(rows *sql.Rows) error {
		if err := rows.Scan(targets...); err != nil {
			return err
		}
		q, err := r.quad()
		if err != nil {
			return err
		}
		for _, a := range owners[refs.ValueHash(subject)] {
			if q.Label == a {
				out[a] = append(out[a], q)
			}
		}
		return nil
	})
}
