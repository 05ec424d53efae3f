package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

type loadOptions struct {
	App      *App
	Paths    []string
	Workers  int
	Progress bool
	Aliases  string
	Columns  string        // --columns: CSV field=column mapping
	Watch    string        // --watch: a folder to keep loading from
	Debounce time.Duration // --debounce: quiet time before a changed file is read
	Batch    int           // --batch: articles per transaction
	Resume   bool          // --resume: skip articles already in the store
	NoIndex  bool          // --no-index: leave the search index to the first search
	// MaxArticleSize (--max-article-size) is the largest article read whole.
	MaxArticleSize int64
}

func newLoadCmd(app *App, runF func(context.Context, *loadOptions, io.Writer) error) *cobra.Command {
	opts := &loadOptions{App: app}
	cmd := &cobra.Command{
		Use:   "load PATH...",
		Short: "Extract facts from articles and add them to the store",
		Long: `Load reads articles (text files with a "date YYYY-MM-DD" header, JSON lines
with id, url, title, date, source and text, folders of them, or - for
standard input), extracts their entities, roles and statements, and adds
them to the store, each fact labelled with its article.

Loading is idempotent: an article loaded again with the same id and
content (date, title, url, source, text) is recognised by its stored
content hash before extraction and skipped, so a reload of an unchanged
corpus writes nothing and takes a fraction of the first load. An article
whose content changed under the same id replaces its old facts. Inputs
that cannot be read are reported with file and line, the rest is loaded,
and the exit status is 3. In a folder, only regular files are read: named
pipes, sockets and devices are named on stderr and skipped.

The graph depends on the order of the articles only: each article's
entities are resolved against the articles before it, and its facts never
change afterwards because of later ones, so the batch size and where a
load was interrupted make no difference.

Articles are written in batches, one transaction per batch of --batch
articles (fewer when a batch reaches ` + strconv.Itoa(graph.DefaultBatchSize) + ` quads). A load that is killed
or crashes loses at most its open batch: the store opens as it was after
the last batch, and the same load run again, with or without --resume,
skips the articles already in the store and loads the rest, which gives
the graph an uninterrupted load gives. --resume skips every article
already in the store without comparing its content: to reload articles
whose text changed, load without it.

On a bolt store, load then indexes the new articles for the search query
(the directory's search.bleve), reading them back from the graph; with
--no-index the first search does it instead.`,
		Example: `  newsgraph load examples/
  newsgraph --db /data/news.db load archive/2025/ feed.jsonl
  curl -s https://example.org/feed.jsonl | newsgraph load -

  # after an interrupted load of a large archive
  newsgraph --db /data/news.db load --resume archive/

  # smaller transactions: less lost to a crash, slower
  newsgraph load --batch 50 archive/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Watch != "" {
				return nil
			}
			return cobra.MinimumNArgs(1)(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if opts.Batch < 1 {
				return &usageError{fmt.Errorf("--batch must be at least 1, got %d", opts.Batch)}
			}
			if err := checkMaxArticleSize(opts.MaxArticleSize); err != nil {
				return err
			}
			if opts.Resume && opts.Watch != "" {
				// --watch reloads changed files, which --resume would skip.
				return &usageError{errors.New("--resume cannot be used with --watch")}
			}
			if opts.Columns != "" {
				if _, err := loaders.ParseColumns(opts.Columns); err != nil {
					return &usageError{fmt.Errorf("--columns: %w", err)}
				}
			}
			if !cmd.Flags().Changed("progress") {
				opts.Progress = isTerminal(app.IO.Err)
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runLoad(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "extraction goroutines (0: one per CPU)")
	cmd.Flags().BoolVar(&opts.Progress, "progress", false, "show a progress bar (default: when stderr is a terminal)")
	cmd.Flags().StringVar(&opts.Aliases, "aliases", "", "a file of aliases (TYPE<tab>NAME<tab>ALIAS... per line) to add before loading")
	cmd.Flags().StringVar(&opts.Columns, "columns", "", "CSV columns by field: text=body,date=published,title=headline,id=...,url=...,source=... (default: columns named text, date, title, id, url, source)")
	cmd.Flags().StringVar(&opts.Watch, "watch", "", "after loading PATH..., keep watching this folder and load new and changed files until interrupted")
	cmd.Flags().DurationVar(&opts.Debounce, "debounce", defaultDebounce, "with --watch: how long a file must be quiet before it is loaded")
	cmd.Flags().IntVar(&opts.Batch, "batch", graph.DefaultBatchArticles, "articles per transaction (a crash loses at most one batch)")
	cmd.Flags().BoolVar(&opts.Resume, "resume", false, "skip articles already in the store; use after an interrupted load")
	cmd.Flags().BoolVar(&opts.NoIndex, "no-index", false, "do not index the new articles for search now (the first search does)")
	addMaxArticleSizeFlag(cmd, &opts.MaxArticleSize)
	return cmd
}

// addMaxArticleSizeFlag adds --max-article-size, which load and extract share.
func addMaxArticleSizeFlag(cmd *cobra.Command, size *int64) {
	cmd.Flags().Int64Var(size, "max-article-size", loaders.DefaultMaxArticleSize,
		"largest article read whole (text file, page, JSON line, CSV record), in bytes; a larger one is reported and skipped")
}

func checkMaxArticleSize(size int64) error {
	if size < 1 {
		return &usageError{fmt.Errorf("--max-article-size must be at least 1 byte, got %d", size)}
	}
	return nil
}

// printInputError reports an input that could not be read. An article over
// the size limit names the flag that raises it; a feed file over its own
// limit (read whole, not per article) does not.
func printInputError(w io.Writer, err error) {
	var size *loaders.SizeError
	if errors.As(err, &size) && size.What != "feed file" {
		fmt.Fprintf(w, "newsgraph: %v (--max-article-size)\n", err)
		return
	}
	fmt.Fprintf(w, "newsgraph: %v\n", err)
}

func runLoad(ctx context.Context, opts *loadOptions, out io.Writer) error {
	store, err := opts.App.CreateStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.Aliases != "" {
		if err := loadAliases(ctx, store, opts.Aliases, out); err != nil {
			return err
		}
	}
	graph.LimitLoadMemory()
	bar := newProgress(opts.App, opts.Progress, "loading", "articles")
	start := time.Now()
	columns, _ := loaders.ParseColumns(opts.Columns)
	if opts.Watch != "" {
		return watchLoad(ctx, store, opts, columns, out)
	}
	articles := loaders.Articles(ctx, opts.Paths, loaders.Options{
		Stdin: opts.App.IO.In, Columns: columns, MaxArticleSize: opts.MaxArticleSize,
		Skipped: func(path string, why error) {
			bar.Clear()
			fmt.Fprintf(opts.App.IO.Err, "newsgraph: %s: %v; skipped\n", path, why)
		},
	})
	x := skipLoaded{ctx: ctx, store: store, resume: opts.Resume, x: extract.New()}
	docs := loaders.Extract(ctx, articles, x, opts.Workers)
	st, err := store.Load(ctx, docs, graph.LoadOptions{
		BatchArticles: opts.Batch,
		Resume:        opts.Resume,
		OnError: func(err error) {
			bar.Clear()
			printInputError(opts.App.IO.Err, err)
		},
		OnBatch: func(st graph.LoadStats) {
			bar.Set(st.Articles + st.Failed)
			opts.App.Logger.Debug("batch written", "articles", st.Articles, "skipped", st.Skipped, "failed", st.Failed, "quads", st.Quads)
		},
	})
	if err != nil {
		return err
	}
	bar.Finish(st.Articles + st.Failed)
	opts.App.Logger.Debug("graph written", "articles", st.Articles, "quads", st.Quads)
	if !opts.NoIndex {
		if err := indexForSearch(ctx, opts.App, store, opts.Progress); err != nil {
			return err
		}
	}
	skipped := ""
	if opts.Resume {
		skipped = fmt.Sprintf(", %d skipped by --resume", st.Skipped)
	}
	fmt.Fprintf(out, "loaded %d articles (%d already in the store%s), %d new quads in %s\n",
		st.Articles, st.Unchanged, skipped, st.Quads, time.Since(start).Round(time.Millisecond))
	if st.Failed > 0 {
		return &partialError{st.Failed}
	}
	return nil
}

// skipLoaded extracts only the articles Load will not skip: an article the
// store holds with the same content hash (or any whole version of, with
// --resume) goes to Load unextracted, and Load, finding its hash, skips it
// too. Extraction is most of a load's time, so a reload of an unchanged
// corpus costs the reading of its files and one small lookup per article.
// A lookup that fails leaves the article to extraction and Load.
type skipLoaded struct {
	ctx    context.Context
	store  *graph.Store
	resume bool
	x      loaders.Extractor
}

func (s skipLoaded) Extract(a schema.Article) schema.Document {
	if known, err := s.store.Loaded(s.ctx, a, s.resume); err == nil && known {
		return schema.Document{Article: a}
	}
	return s.x.Extract(a)
}

// loadAliases adds the aliases of a file before any article is loaded, so
// that the articles resolve to them.
func loadAliases(ctx context.Context, store *graph.Store, path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("aliases: %w", err)
	}
	defer f.Close()
	entities, err := loaders.ReadAliases(path, f)
	if err != nil {
		return err
	}
	added := 0
	for _, e := range entities {
		n, err := store.AddAliases(ctx, e)
		if err != nil {
			return err
		}
		added += n
	}
	_, err = fmt.Fprintf(out, "aliases: %d entities, %d new quads\n", len(entities), added)
	return err
}
