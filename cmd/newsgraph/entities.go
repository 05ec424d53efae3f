package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/schema"
)

type entitiesMergeOptions struct {
	App  *App
	Into string
	From string
}

func newEntitiesCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Change entities after the fact",
	}
	cmd.AddCommand(newEntitiesMergeCmd(app, nil))
	return cmd
}

func newEntitiesMergeCmd(app *App, runF func(context.Context, *entitiesMergeOptions, io.Writer) error) *cobra.Command {
	opts := &entitiesMergeOptions{App: app}
	return &cobra.Command{
		Use:   "merge INTO FROM",
		Short: "Fold the entity FROM into the entity INTO, keeping every fact's article",
		Long: `Merge rewrites every fact about FROM as a fact about INTO, each keeping the
article it came from; FROM's names become aliases of INTO, so articles
loaded later that use them resolve to INTO. Both are named by any alias or
by key (person/ada-okafor) and must be of the same type.

A merge is all or nothing: it writes a journal entry with its first
transaction and deletes it with its second, so a merge killed between the
two is completed by the next command that opens the store, which says so.`,
		Example: `  newsgraph entities merge "Ada Okafor" person/okafor
  newsgraph entities merge "Volodymyr Zelenskyy" "Zelensky"`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Into, opts.From = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runEntitiesMerge(cmd.Context(), opts, app.IO.Out)
		},
	}
}

func runEntitiesMerge(ctx context.Context, opts *entitiesMergeOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// After the write, before Close: the index follows the store's commits.
	defer followIndex(ctx, opts.App, store)
	into, err := resolveOne(ctx, store, opts.Into)
	if err != nil {
		return err
	}
	from, err := resolveOne(ctx, store, opts.From)
	if err != nil {
		return err
	}
	moved, err := store.MergeEntities(ctx, into, from)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "merged %s into %s: %d facts moved\n",
		strings.TrimPrefix(string(from), schema.IDBase), strings.TrimPrefix(string(into), schema.IDBase), moved)
	return err
}
