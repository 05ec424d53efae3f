package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/schema"
)

type removeOptions struct {
	App      *App
	Articles []string // ids or IRIs
}

func newRemoveCmd(app *App, runF func(context.Context, *removeOptions, io.Writer) error) *cobra.Command {
	opts := &removeOptions{App: app}
	return &cobra.Command{
		Use:   "remove ARTICLE...",
		Short: "Remove articles and exactly the facts they alone supported",
		Long: `Remove deletes articles from the store: each article's own description
and every fact extracted from it (its statements, roles, mentions and the
names it gave entities). A fact that another article states too stays,
with that article as its source, and so does every entity another article
mentions; an entity only the removed articles mentioned is gone.

ARTICLE is an article id, as 'load' printed it in the source or as
'query mentions' and 'export --article' take it, or the article's IRI.
Ids that are not in the store are reported and the exit status is 1; the
others are removed all the same.

Entities of other articles keep the names they were resolved to when they
were loaded, even if the removed article is where that name came from
(an article naming only "Okafor" stays joined to "Ada Okafor"). Loading
the removed article again restores its facts.`,
		Example: `  newsgraph remove nairobi-ledger-2025-07-14
  newsgraph remove https://newsgraph.dev/id/article/nairobi-ledger-2025-07-14
  newsgraph --db /data/news.db remove a1 a2 a3`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Articles = args
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runRemove(cmd.Context(), opts, app.IO.Out)
		},
	}
}

func runRemove(ctx context.Context, opts *removeOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// After the write, before Close: the index follows the store's commits.
	defer followIndex(ctx, opts.App, store)
	var missing []string
	articles, quads := 0, 0
	for _, arg := range opts.Articles {
		id := articleID(arg)
		ok, err := store.HasArticle(ctx, id)
		if err != nil {
			return err
		}
		if !ok {
			missing = append(missing, fmt.Sprintf("%q", arg))
			continue
		}
		n, err := store.RemoveArticle(ctx, id)
		if err != nil {
			return err
		}
		articles++
		quads += n
		fmt.Fprintf(out, "%s: %d quads removed\n", id, n)
	}
	if len(opts.Articles) > 1 {
		fmt.Fprintf(out, "removed %d articles, %d quads\n", articles, quads)
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("remove: no article with id %s in the store", missing[0])
	}
	return fmt.Errorf("remove: no articles with ids %s in the store", strings.Join(missing, ", "))
}

// articleID takes an article id or IRI (with or without angle brackets) and
// returns the id.
func articleID(arg string) string {
	arg = strings.TrimSuffix(strings.TrimPrefix(arg, "<"), ">")
	if id, ok := schema.ArticleID(quad.IRI(arg)); ok {
		return id
	}
	return arg
}
