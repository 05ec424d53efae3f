package server_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// withIndex gives cfg a search index of its store (a memstore keeps none),
// brought in step after each write the server sees.
func withIndex(tb testing.TB, cfg server.Config) server.Config {
	tb.Helper()
	cfg.Index, cfg.CatchUpIndex = searchtest.Index(tb, cfg.Store)
	return cfg
}
