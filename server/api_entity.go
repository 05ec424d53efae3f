package server

import (
	"net/http"
	"strconv"

	"github.com/newsgraph/newsgraph/console"
	"github.com/newsgraph/newsgraph/search"
)

// Limits of the entity lookup.
const (
	lookupDefault = 10
	lookupMax     = 50
)

// handleEntities looks entities up by the start of any of their names:
// GET /api/entities?prefix=ukr&limit=10. Without a prefix, the most
// mentioned.
func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = lookupDefault
	}
	hits, err := s.model.Lookup(r.Context(), r.URL.Query().Get("prefix"), min(limit, lookupMax))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, hits)
}

// handleEntity answers an entity page, GET /api/entity/KEY (a key or any
// name), with the first limit= rows of each list; with list=articles,
// said or mentioned_in, one page of that list: offset= and limit=. from=
// and to= (YYYY-MM-DD) narrow the lists and the timeline to a date range.
func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	q := r.URL.Query()
	d, err := dateParams(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	limit, err := intParam(q.Get("limit"), "limit", 0, console.MaxPageSize)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list := q.Get("list"); list != "" {
		offset, err := intParam(q.Get("offset"), "offset", 0, maxOffset)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		page, err := s.model.EntityList(r.Context(), key, list, offset, limit, d)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		writeJSON(w, http.StatusOK, page)
		return
	}
	e, err := s.model.Entity(r.Context(), key, limit, d)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// maxOffset bounds how deep a list may be paged: the index sorts
// offset+limit hits to answer, so a page past a million is refused rather
// than slow.
const maxOffset = 1_000_000

// dateParams reads the date range of a request: from= and to=, each empty
// or YYYY-MM-DD; a bad one is a 400 naming it.
func dateParams(r *http.Request) (search.Dates, error) {
	return search.ParseDates(r.URL.Query().Get("from"), r.URL.Query().Get("to"))
}

// intParam reads an optional whole-number parameter within [lo, hi].
func intParam(v, name string, lo, hi int) (int, error) {
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, invalid("%s=%q: want a whole number from %d to %d", name, v, lo, hi)
	}
	return n, nil
}
