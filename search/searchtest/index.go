package searchtest

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
)

// Index returns the search index of s (search.OpenFor: in memory for a
// memstore), brought up to the store's last commit and closed when the
// test ends.
func Index(tb testing.TB, s *graph.Store) *search.Index {
	tb.Helper()
	x, err := search.OpenFor(s)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { x.Close() })
	if err := x.Follow(tb.Context(), s, nil); err != nil {
		tb.Fatal(err)
	}
	return x
}
