package server_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// withIndex gives cfg the search index of its store, which the server
// keeps following the store.
func withIndex(tb testing.TB, cfg server.Config) server.Config {
	tb.Helper()
	cfg.Index = searchtest.Index(tb, cfg.Store)
	return cfg
}
