//go:build external

package console_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// TestPagesOnPostgres: the pages show the same facts from a PostgreSQL
// store, whose counts and walks take the paths other than bolt's.
func TestPagesOnPostgres(t *testing.T) {
	s, err := graph.Open(context.Background(), pgtest.Database(t), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	m, _ := newModelOf(t, s, article(t, "harbour.txt", "harbour-1", "2025-03-04"), article(t, "visa.txt", "visa-1", "2025-03-07"))
	checkPages(t, m)
}
