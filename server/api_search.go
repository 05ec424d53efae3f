package server

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/search"
)

// Search queries are capped: every term is a query of the index, and
// 16,000 words took 16 s on the in-memory catalog the console once kept. A
// thousand characters and 64 terms are more than anyone types.
const (
	maxSearchChars = 1000
	maxSearchTerms = 64
)

// searchArgs are the parameters of a search.
var searchArgs = []string{"q", "speaker", "org", "mentions", "kind", "from", "to"}

// handleSearch: GET /api/search?q=words+org:Veltrix&mentions=Kenya&kind=statement&from=2024-01-01&to=2024-06-30&limit=50.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	args := map[string]string{}
	for _, k := range searchArgs {
		args[k] = r.URL.Query().Get(k)
	}
	var limit int
	fmt.Sscan(r.URL.Query().Get("limit"), &limit)
	res, err := s.search(r.Context(), args, min(limit, s.cfg.MaxRows))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// search runs a search within the query timeout. The index's search takes
// no context: on timeout the answer is 504 and the search, bounded by the
// caps above, finishes unseen.
func (s *Server) search(ctx context.Context, args map[string]string, limit int) (*search.Results, error) {
	chars, terms := 0, 0
	for _, k := range searchArgs {
		chars += utf8.RuneCountInString(args[k])
		terms += len(strings.Fields(args[k]))
	}
	if chars > maxSearchChars || terms > maxSearchTerms {
		return nil, invalid("search query too long: %d characters and %d terms, at most %d and %d", chars, terms, maxSearchChars, maxSearchTerms)
	}
	req, err := search.ParseRequest(args)
	if err != nil {
		return nil, err
	}
	req.Limit = limit
	ctx, cancel := context.WithTimeout(ctx, s.cfg.QueryTimeout)
	defer cancel()
	type answer struct {
		res *search.Results
		err error
	}
	done := make(chan answer, 1)
	go func() {
		res, err := s.model.Search(context.WithoutCancel(ctx), req)
		done <- answer{res, err}
	}()
	select {
	case a := <-done:
		return a.res, a.err
	case <-ctx.Done():
		return nil, fmt.Errorf("search: timed out after %v: %w", s.cfg.QueryTimeout, context.DeadlineExceeded)
	}
}
