package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// HasArticle reports whether the article with the given id has been loaded.
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		a := schema.ArticleIRI(id)
		ok, err = hasQuad(ctx, qs, quad.Make(a, schema.PredType, schema.TypeNewsArticle, a))
		return err
	})
	if err != nil {
		return false, fmt.Errorf("look up article %s: %w", id, err)
	}
	return ok, nil
}

// hasQuad reports whether q is in the store, scanning the quads of its
// subject (small for the nodes we ask about).
func hasQuad(ctx context.Context, qs cgraph.QuadStore, q quad.Quad) (bool, error) {
	found := false
	err := EachQuadOf(ctx, qs, quad.Subject, q.Subject, func(got quad.Quad) bool {
		found = quadKey(got) == quadKey(q)
		return !found
	})
	return found, err
}

// EachQuadOf calls fn with every quad that has v in direction d, until fn
// returns false. It is public for package export, which walks an entity's
// neighbourhood through Store.Read with it (one way to read a node's quads,
// not a second copy above graph).
func EachQuadOf(ctx context.Context, qs cgraph.QuadStore, d quad.Direction, v quad.Value, fn func(quad.Quad) bool) error {
	ref, err := qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	err = iterator.Iterate(ctx, qs.QuadIterator(d, ref)).Paths(false).Each(func(r cgraph.Ref) error {
		q, err := qs.Quad(r)
		if err != nil {
			return err
		}
		if !fn(q) {
			cancel()
		}
		return nil
	})
	if err == context.Canceled && ctx.Err() != nil {
		err = nil
	}
	return err
}

// labelledQuads returns the quads labelled with an article's IRI. Cayley's kv
// stores have no label index, so instead of scanning every quad it walks the
// model of schema.Document.Quads: the article node, the entities it mentions,
// its statements (schema:isPartOf) and the roles of its entities, keeping the
// quads of those subjects that carry the label. Quads labelled with the
// article by other tools (import) on other subjects are not found.
func labelledQuads(ctx context.Context, qs cgraph.QuadStore, article quad.IRI) ([]quad.Quad, error) {
	if ref, err := qs.ValueOf(article); err != nil || ref == nil {
		return nil, err // never loaded: the common case on a first load
	}
	subjects, err := articleSubjects(ctx, qs, article)
	if err != nil {
		return nil, err
	}
	var out []quad.Quad
	for _, subj := range subjects {
		err := EachQuadOf(ctx, qs, quad.Subject, subj, func(q quad.Quad) bool {
			if q.Label != nil && q.Label.String() == article.String() {
				out = append(out, q)
			}
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("read quads of %v: %w", subj, err)
		}
	}
	return out, nil
}

// articleSubjects lists the nodes whose facts an article may have stated.
func articleSubjects(ctx context.Context, qs cgraph.QuadStore, article quad.IRI) ([]quad.Value, error) {
	set := newValueSet()
	set.add(article)
	entities := path.StartPath(qs, article).LabelContext(article).Out(schema.PredMentions)
	statements := path.StartPath(qs, article).LabelContext(article).In(schema.PredIsPartOf)
	roles := entities.Clone().In(schema.PredHolder, schema.PredRoleIn)
	for _, p := range []*path.Path{entities, statements, roles} {
		// Distinct values are all we need; asking for alternate paths also
		// trips a nil dereference in Cayley's SQL iterator (NextPath after
		// a change of main key).
		err := p.Iterate(ctx).Paths(false).EachValue(qs, func(v quad.Value) error {
			set.add(v)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("walk article %v: %w", article, err)
		}
	}
	return set.list, nil
}

// valueSet keeps distinct values in the order first seen.
type valueSet struct {
	seen map[string]bool
	list []quad.Value
}

func newValueSet() *valueSet { return &valueSet{seen: map[string]bool{}} }

func (s *valueSet) add(v quad.Value) {
	if k := v.String(); !s.seen[k] {
		s.seen[k] = true
		s.list = append(s.list, v)
	}
}
