package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/review"
)

// The review routes: an entity's likely duplicates (GET), and the
// decisions an analyst takes about them from the entity page (POST: merge,
// keep apart, unmerge, undo a keep-apart). The POST routes change the store, so they answer
// only with serve --allow-writes and the page's write token, and, as every
// /api/ route, never a request from another origin (guard.go); otherwise
// 403. Their decisions are stored as taken by reviewer.
const reviewer = "console"

// reviewRoutes adds the review routes to the server's mux.
func (s *Server) reviewRoutes() {
	s.mux.HandleFunc("GET /api/review/{key...}", s.handleReview)
	s.mux.HandleFunc("POST /api/review/merge", s.reviewWrite(s.handleReviewMerge))
	s.mux.HandleFunc("POST /api/review/keep-apart", s.reviewWrite(s.handleReviewKeepApart))
	s.mux.HandleFunc("POST /api/review/unmerge", s.reviewWrite(s.handleReviewUnmerge))
	s.mux.HandleFunc("POST /api/review/undo-keep-apart", s.reviewWrite(s.handleReviewUndoKeepApart))
}

// reviewAnswer is a review with whether this page may act on it.
type reviewAnswer struct {
	*review.Report
	CanWrite bool `json:"can_write"`
}

// reviewPair is the body of the POST routes: two entity keys (or names).
// For merge and unmerge A is into and B from.
type reviewPair struct {
	A string `json:"a"`
	B string `json:"b"`
}

// handleReview answers GET /api/review/KEY: the likely duplicates of the
// entity KEY names, with the evidence, and the merges into it to undo.
func (s *Server) handleReview(w http.ResponseWriter, r *http.Request) {
	iri, err := s.resolveUnique(r.Context(), r.PathValue("key"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	rep, err := review.Duplicates(r.Context(), s.cfg.Store, iri)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, reviewAnswer{Report: rep, CanWrite: s.cfg.AllowWrites})
}

// reviewWrite wraps a review decision: 403 without --allow-writes or the
// token; the body is read into a reviewPair; after the write the console
// catches up, so the next page read shows it.
func (s *Server) reviewWrite(h func(context.Context, reviewPair) (any, error)) http.HandlerFunc {
	return s.writes(func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.AllowWrites {
			s.writeError(w, r, &kindError{http.StatusForbidden, "forbidden", "this console is read-only: start it with newsgraph serve --allow-writes"})
			return
		}
		var p reviewPair
		if err := json.NewDecoder(r.Body).Decode(&p); err != nil || p.A == "" || p.B == "" {
			s.writeError(w, r, invalid(`bad body: want {"a": KEY, "b": KEY}`))
			return
		}
		out, err := h(r.Context(), p)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		if err := s.catchUp(r.Context()); err != nil {
			s.cfg.Logger.Error("console not brought up to date", "err", err)
		}
		writeJSON(w, http.StatusOK, out)
	})
}

func (s *Server) handleReviewMerge(ctx context.Context, p reviewPair) (any, error) {
	into, from, err := s.samePair(ctx, p)
	if err != nil {
		return nil, err
	}
	moved, err := s.cfg.Store.MergeEntities(ctx, into, from, decider())
	if err != nil {
		return nil, err
	}
	return map[string]any{"into": review.Key(into), "from": review.Key(from), "moved": moved}, nil
}

func (s *Server) handleReviewKeepApart(ctx context.Context, p reviewPair) (any, error) {
	a, b, err := s.samePair(ctx, p)
	if err != nil {
		return nil, err
	}
	d, err := s.cfg.Store.KeepApart(ctx, a, b, decider())
	if err != nil {
		return nil, err
	}
	return map[string]any{"a": review.Key(d.A), "b": review.Key(d.B)}, nil
}

func (s *Server) handleReviewUnmerge(ctx context.Context, p reviewPair) (any, error) {
	into, err := s.resolveUnique(ctx, p.A)
	if err != nil {
		return nil, err
	}
	from, err := review.MergedFrom(ctx, s.cfg.Store, into, p.B)
	if err != nil {
		return nil, err
	}
	restored, err := s.cfg.Store.Unmerge(ctx, into, from, decider())
	if errors.Is(err, graph.ErrNoMerge) {
		return nil, notFound("%v", err)
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"into": review.Key(into), "from": review.Key(from), "restored": restored}, nil
}

// handleReviewUndoKeepApart lifts the keep-apart of the two entities; two
// not kept apart are a 404, as an unmerge with no merge to undo.
func (s *Server) handleReviewUndoKeepApart(ctx context.Context, p reviewPair) (any, error) {
	a, err := s.resolveUnique(ctx, p.A)
	if err != nil {
		return nil, err
	}
	b, err := s.resolveUnique(ctx, p.B)
	if err != nil {
		return nil, err
	}
	d, err := s.cfg.Store.UndoKeepApart(ctx, a, b, decider())
	if errors.Is(err, graph.ErrNotKeptApart) {
		return nil, notFound("%s and %s are not kept apart", review.Key(a), review.Key(b))
	}
	if err != nil {
		return nil, err
	}
	return map[string]any{"a": review.Key(d.A), "b": review.Key(d.B)}, nil
}

func decider() graph.Decider { return graph.Decider{By: reviewer, At: time.Now()} }

// resolveUnique resolves a key or name to the one entity it names.
func (s *Server) resolveUnique(ctx context.Context, key string) (quad.IRI, error) {
	iris, err := queries.ResolveEntity(ctx, s.cfg.Store, key)
	if err != nil {
		return "", err
	}
	if len(iris) > 1 {
		return "", invalid("%q names %d entities: use a key", key, len(iris))
	}
	return iris[0], nil
}

// samePair resolves the two entities of p, which must be two entities of
// one type.
func (s *Server) samePair(ctx context.Context, p reviewPair) (quad.IRI, quad.IRI, error) {
	a, err := s.resolveUnique(ctx, p.A)
	if err != nil {
		return "", "", err
	}
	b, err := s.resolveUnique(ctx, p.B)
	if err != nil {
		return "", "", err
	}
	ea, _, err := s.cfg.Store.Entity(ctx, a)
	if err != nil {
		return "", "", err
	}
	eb, _, err := s.cfg.Store.Entity(ctx, b)
	if err != nil {
		return "", "", err
	}
	if a == b || ea.Type != eb.Type {
		return "", "", invalid("%s and %s are not two entities of one type", review.Key(a), review.Key(b))
	}
	return a, b, nil
}
