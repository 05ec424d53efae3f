package searchtest

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
)

// Index returns a search index of s (search.StoreIndex) in a directory of
// the test, filled from s and closed when the test ends, and the function
// that brings it in step after writes to s.
func Index(tb testing.TB, s *graph.Store) (*search.Index, func(context.Context) error) {
	tb.Helper()
	x, catchUp, closeIndex := IndexIn(tb, s, tb.TempDir())
	tb.Cleanup(closeIndex)
	return x, catchUp
}

// IndexIn is Index in dir, for an index that outlives the test that makes
// it (one benchmark's server shared by the others): the caller closes it.
func IndexIn(tb testing.TB, s *graph.Store, dir string) (*search.Index, func(context.Context) error, func()) {
	tb.Helper()
	x, catchUp, closeIndex, err := search.StoreIndex(s, dir)
	if err != nil {
		tb.Fatal(err)
	}
	if err := catchUp(context.Background()); err != nil {
		closeIndex()
		tb.Fatal(err)
	}
	return x, catchUp, closeIndex
}
