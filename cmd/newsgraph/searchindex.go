package main

import (
	"context"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
)

// indexForSearch brings the store's search index in step (search.RefreshIndex):
// load runs it after writing the graph, and query before a search, so that
// a search reads an index of every article. It indexes only what the index
// lacks: the articles of the load just done, or all of them for a store
// loaded before newsgraph kept the index. show draws a progress bar.
func indexForSearch(ctx context.Context, app *App, store *graph.Store, show bool) error {
	bar := newProgress(app, show)
	bar.Describe("indexing for search")
	start := time.Now()
	caught, err := search.RefreshIndex(ctx, store, func(done, total int) {
		bar.ChangeMax(total)
		bar.Set(done)
	})
	bar.Finish()
	if caught {
		app.Logger.Info("search index in step", "took", time.Since(start).Round(time.Millisecond))
	}
	return err
}
