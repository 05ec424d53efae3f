package queries

import (
	"errors"

	"github.com/newsgraph/newsgraph/search"
)

// runSearch is the saved-query face of the search package, which the
// console also answers from: entities by alias, statements and articles
// ranked by their words, with graph filters. A one-shot command builds the
// search snapshot from the store each time; the console keeps one.
func runSearch(r *reader, args map[string]string) (*Result, error) {
	req, err := search.ParseRequest(args)
	if err != nil {
		return nil, searchError(err)
	}
	cat, err := search.BuildQuadStore(r.ctx, r.qs)
	if err != nil {
		return nil, err
	}
	res, err := cat.Search(req)
	if err != nil {
		return nil, searchError(err)
	}
	cols, rows := res.Table()
	return &Result{Columns: cols, Rows: rows}, nil
}

// searchError gives search's errors the kinds of this package.
func searchError(err error) error {
	switch {
	case errors.Is(err, search.ErrNotFound):
		return notFoundf("%v", err)
	case errors.Is(err, search.ErrInvalid):
		return invalidf("%v", err)
	}
	return err
}
