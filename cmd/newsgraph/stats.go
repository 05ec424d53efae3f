package main

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/schema"
)

type statsOptions struct{ App *App }

func newStatsCmd(app *App, runF func(context.Context, *statsOptions, io.Writer) error) *cobra.Command {
	opts := &statsOptions{App: app}
	return &cobra.Command{
		Use:     "stats",
		Short:   "Count the articles, entities, roles, statements and quads in the store",
		Example: "  newsgraph stats\n  newsgraph --db mem: stats",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runStats(cmd.Context(), opts, app.IO.Out)
		},
	}
}

func runStats(ctx context.Context, opts *statsOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	st, err := store.Stats(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "articles\t%d\t\n", st.Articles)
	for _, t := range schema.EntityTypes {
		fmt.Fprintf(tw, "%s\t%d\t\n", t, st.Entities[t])
	}
	fmt.Fprintf(tw, "roles\t%d\t\nstatements\t%d\t\nquads\t%d\t\n", st.Roles, st.Statements, st.Quads)
	return tw.Flush()
}
