package main

import (
	"context"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

// maxBase bounds how many loaded articles are kept as texts for the
// writers to vary.
const maxBase = 200

// openStore opens cfg.DB, or a fresh bolt store in a temporary directory;
// cleanup closes it and removes the temporary directory.
func openStore(ctx context.Context, dsn string) (s *graph.Store, shown string, cleanup func(), err error) {
	dir := ""
	if dsn == "" {
		if dir, err = os.MkdirTemp("", "serveload-"); err != nil {
			return nil, "", nil, err
		}
		dsn = filepath.Join(dir, "news.db")
	}
	s, err = graph.Open(ctx, dsn, graph.Options{})
	if err != nil {
		if dir != "" {
			os.RemoveAll(dir)
		}
		return nil, "", nil, err
	}
	cleanup = func() {
		s.Close()
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	return s, redact(dsn), cleanup, nil
}

// redact hides a PostgreSQL URL's password.
func redact(dsn string) string {
	if i, j := strings.Index(dsn, "://"), strings.LastIndex(dsn, "@"); isPostgres(dsn) && i >= 0 && j > i {
		if k := strings.Index(dsn[i+3:j], ":"); k >= 0 {
			return dsn[:i+3+k] + ":xxxxx" + dsn[j:]
		}
	}
	return dsn
}

// loadSummary is what loading the -articles did.
type loadSummary struct {
	Articles, Unchanged, Quads int
	Took                       time.Duration
}

// loadArticles extracts the articles of paths and adds them to s, the way
// `newsgraph load` does, and returns the first maxBase of them for the
// writers. Any unreadable input fails the run: its articles would be missing
// from the mix.
func loadArticles(ctx context.Context, s *graph.Store, paths []string) ([]schema.Article, loadSummary, error) {
	start := time.Now()
	var base []schema.Article
	keep := func(yield func(schema.Article, error) bool) {
		for a, err := range loaders.Articles(ctx, paths, loaders.Options{}) {
			if err == nil && len(base) < maxBase {
				base = append(base, a)
			}
			if !yield(a, err) {
				return
			}
		}
	}
	var sum loadSummary
	for d, err := range loaders.Extract(ctx, keep, extract.New(), 0) {
		if err != nil {
			return nil, sum, fmt.Errorf("load articles: %w", err)
		}
		added, err := s.AddDocument(ctx, &d)
		if err != nil {
			return nil, sum, fmt.Errorf("store %s: %w", d.Origin, err)
		}
		sum.Articles++
		sum.Quads += added
		if added == 0 {
			sum.Unchanged++
		}
	}
	sum.Took = time.Since(start)
	if sum.Articles == 0 {
		return nil, sum, fmt.Errorf("no articles in %s (run from the repository root, or give -articles)", strings.Join(paths, " "))
	}
	return base, sum, nil
}

// generator makes new articles from base texts: each a copy of one of them
// with an id of its own (prefix-N), a date of its own and, when the texts
// are the bundled examples, other surnames for their best known people, so
// that writes add new nodes as well as new facts about known ones.
type generator struct {
	base   []schema.Article
	prefix string
	n      int
}

// surnames replace those of the examples' people in generated articles.
var surnames = []string{"Adeyemi", "Kamau", "Nowak", "Lindqvist", "Moreau", "Haddad", "Tanaka",
	"Silva", "Mensah", "Petrov", "Rossi", "Ibrahim", "Larsen", "Costa", "Brennan", "Otieno"}

func newGenerator(base []schema.Article) *generator {
	return &generator{base: base, prefix: fmt.Sprintf("serveload-%x", time.Now().UnixNano())}
}

// next returns a new article.
func (g *generator) next() schema.Article {
	i := g.n
	g.n++
	a := g.base[i%len(g.base)]
	a.ID = fmt.Sprintf("%s-%06d", g.prefix, i)
	a.Date = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%700).Format(time.DateOnly)
	a.Origin = "serveload"
	a.URL = ""
	r := strings.NewReplacer(
		"Okafor", surnames[i%len(surnames)],
		"Wrona", surnames[(i/3+5)%len(surnames)],
		"Mwangi", surnames[(i/7+11)%len(surnames)],
	)
	a.Text, a.Title = r.Replace(a.Text), r.Replace(a.Title)
	return a
}

// articles yields new articles until ctx is done.
func (g *generator) articles(ctx context.Context) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		for ctx.Err() == nil {
			if !yield(g.next(), nil) {
				return
			}
		}
	}
}
