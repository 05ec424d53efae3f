package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// defaultDebounce is how long a file must be quiet before --watch reads it:
// editors and downloads write a file in several steps.
const defaultDebounce = 300 * time.Millisecond

// watcher is the state of 'load --watch': which articles each file gave, so
// that a changed file's old articles can be removed. An article's id is a
// hash of its text, so a changed file gives new ids.
type watcher struct {
	store   *graph.Store
	opts    *loadOptions
	columns map[string]string
	out     io.Writer
	x       loaders.Extractor
	ids     map[string][]string // path → ids of the articles it gave
}

// watchLoad loads every article file under opts.Watch (and opts.Paths),
// then loads new and changed files as they appear, until ctx is done. A
// changed file replaces its articles: the facts of articles it no longer
// holds are removed, nothing else. A removed file's articles are removed.
func watchLoad(ctx context.Context, store *graph.Store, opts *loadOptions, columns map[string]string, out io.Writer) error {
	w := &watcher{store: store, opts: opts, columns: columns, out: out, x: extract.New(), ids: map[string][]string{}}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	defer fw.Close()
	// Watch first, then load what is there, so no file written in between
	// is missed (it may be loaded twice, which adds nothing).
	if err := addDirs(fw, opts.Watch); err != nil {
		return fmt.Errorf("watch %s: %w", opts.Watch, err)
	}
	for _, p := range opts.Paths {
		w.loadFile(ctx, p)
	}
	err = filepath.WalkDir(opts.Watch, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && loaders.IsArticleFile(p) {
			w.loadFile(ctx, p)
		}
		return ctx.Err()
	})
	if err != nil && ctx.Err() == nil {
		return fmt.Errorf("watch %s: %w", opts.Watch, err)
	}
	fmt.Fprintf(out, "watching %s for new and changed files\n", opts.Watch)

	debounce := opts.Debounce
	if debounce <= 0 {
		debounce = defaultDebounce
	}
	ready := make(chan string, 64)
	var mu sync.Mutex
	timers := map[string]*time.Timer{}
	defer func() {
		mu.Lock()
		for _, t := range timers {
			t.Stop()
		}
		mu.Unlock()
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-fw.Errors:
			fmt.Fprintf(opts.App.IO.Err, "newsgraph: watch: %v\n", err)
		case p := <-ready:
			mu.Lock()
			delete(timers, p)
			mu.Unlock()
			w.loadFile(ctx, p)
		case ev, ok := <-fw.Events:
			if !ok {
				return nil
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
					addDirs(fw, ev.Name)
					filepath.WalkDir(ev.Name, func(p string, d fs.DirEntry, err error) error {
						if err == nil && !d.IsDir() && loaders.IsArticleFile(p) {
							w.loadFile(ctx, p)
						}
						return nil
					})
					continue
				}
			}
			if !loaders.IsArticleFile(ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Write) || ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				p := ev.Name
				mu.Lock()
				if t, ok := timers[p]; ok {
					t.Reset(debounce)
				} else {
					timers[p] = time.AfterFunc(debounce, func() {
						select {
						case ready <- p:
						case <-ctx.Done():
						}
					})
				}
				mu.Unlock()
			}
		}
	}
}

// addDirs watches dir and every folder under it (fsnotify is not
// recursive), hidden folders excepted.
func addDirs(fw *fsnotify.Watcher, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		return fw.Add(p)
	})
}

// loadFile (re)loads one file: it adds the articles the file holds now and
// removes those it held before and holds no longer. A file that is gone
// removes all its articles.
func (w *watcher) loadFile(ctx context.Context, path string) {
	errOut := w.opts.App.IO.Err
	var now []string
	var st graph.LoadStats
	if err := loaders.CheckRegular(path); errors.Is(err, loaders.ErrNotRegular) {
		// A named pipe would block the watcher until someone writes to it.
		fmt.Fprintf(errOut, "newsgraph: %s: %v; skipped\n", path, err)
		return
	}
	if _, err := os.Stat(path); err == nil {
		articles := loaders.Articles(ctx, []string{path}, loaders.Options{Columns: w.columns, MaxArticleSize: w.opts.MaxArticleSize})
		docs := loaders.Extract(ctx, articles, w.x, w.opts.Workers)
		st, err = w.store.Load(ctx, recordIDs(docs, &now), graph.LoadOptions{
			BatchArticles: w.opts.Batch,
			OnError:       func(err error) { printInputError(errOut, err) },
		})
		if err != nil {
			if ctx.Err() == nil {
				// Which of the file's articles were written is unknown:
				// remove nothing, forget nothing.
				fmt.Fprintf(errOut, "newsgraph: %s: %v\n", path, err)
				w.ids[path] = append(w.ids[path], now...)
			}
			return
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintf(errOut, "newsgraph: %v\n", err)
		return
	}
	keep := map[string]bool{}
	for _, id := range now {
		keep[id] = true
	}
	removed := 0
	for _, id := range w.ids[path] {
		if keep[id] || w.heldElsewhere(path, id) {
			continue
		}
		n, err := w.store.RemoveArticle(ctx, id)
		if err != nil {
			fmt.Fprintf(errOut, "newsgraph: %v\n", err)
			continue
		}
		removed += n
	}
	if len(now) == 0 && st.Failed == 0 {
		delete(w.ids, path)
	} else {
		sort.Strings(now)
		w.ids[path] = now
	}
	if err := indexForSearch(ctx, w.opts.App, w.store, false); err != nil {
		fmt.Fprintf(errOut, "newsgraph: search index: %v\n", err)
	}
	fmt.Fprintf(w.out, "%s: %d articles, %d new quads, %d old quads removed\n", path, len(now), st.Quads, removed)
}

// recordIDs passes docs on, appending the id of each document to ids.
func recordIDs(docs iter.Seq2[schema.Document, error], ids *[]string) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				*ids = append(*ids, d.ID)
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// heldElsewhere reports whether another watched file gave the article id
// (the same text saved twice), whose facts must then stay.
func (w *watcher) heldElsewhere(path, id string) bool {
	for p, ids := range w.ids {
		if p == path {
			continue
		}
		for _, other := range ids {
			if other == id {
				return true
			}
		}
	}
	return false
}
