package main

import (
	"context"
	"errors"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
)

// searchIndex returns the store's search index (search.OpenFor), opened
// once per command and closed when it ends, or the server's, lent to a
// command that runs inside it.
func (app *App) searchIndex(store *graph.Store) (*search.Index, error) {
	if app.index == nil {
		x, err := search.OpenFor(store)
		if err != nil {
			return nil, err
		}
		app.index, app.closeIndex = x, func() { x.Close() }
	}
	return app.index, nil
}

// indexForSearch brings the store's search index up to the store's last
// commit (search.Index.Follow): the write commands run it after writing,
// and query before a search, so that a search reads an index of every
// article. It indexes only the articles the commits since its last name,
// or all of them for a store loaded before stores kept commits. show draws
// a progress bar. A store in memory, gone with the command, is indexed
// only when a search needs it (by the query itself).
func indexForSearch(ctx context.Context, app *App, store *graph.Store, show bool) error {
	if _, bolt := store.BoltDir(); !bolt {
		if _, shared := store.SharedName(); !shared {
			return nil
		}
	}
	x, err := app.searchIndex(store)
	if errors.Is(err, search.ErrBusy) {
		// Another newsgraph of this machine (a serve on the same
		// PostgreSQL store) holds it, and follows the store itself.
		app.Logger.Info("search index held by another process; it follows the store", "err", err)
		return nil
	}
	if err != nil {
		return err
	}
	behind, err := x.Behind(ctx, store)
	if err != nil || !behind {
		return err
	}
	bar := newProgress(app, show, "indexing for search", "articles")
	start := time.Now()
	indexed := 0
	err = x.Follow(ctx, store, func(done, total int) {
		bar.SetTotal(total)
		bar.Set(done)
		indexed = done
	})
	if err != nil {
		bar.Clear()
		return err
	}
	bar.Finish(indexed)
	app.Logger.Info("search index in step", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// followIndex is indexForSearch after a write: the write stands if the
// index cannot follow it (the index is derived, and its next Follow
// catches up), so a failure is a warning.
func followIndex(ctx context.Context, app *App, store *graph.Store) {
	if err := indexForSearch(ctx, app, store, false); err != nil {
		app.Logger.Warn("search index not brought up to date; the next search will", "err", err)
	}
}
