package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"
)

type importOptions struct {
	App   *App
	Paths []string
}

func newImportCmd(app *App, runF func(context.Context, *importOptions, io.Writer) error) *cobra.Command {
	opts := &importOptions{App: app}
	return &cobra.Command{
		Use:   "import FILE.nq...",
		Short: "Add N-Quads written by other tools to the store",
		Long: `Import reads N-Quads (or N-Triples) files, or - for standard input, and adds
their quads to the store as they are. Importing the same file twice adds
nothing.`,
		Example: `  newsgraph import other-graph.nq
  newsgraph export | newsgraph --db copy.db import -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runImport(cmd.Context(), opts, app.IO.Out)
		},
	}
}

func runImport(ctx context.Context, opts *importOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	total := 0
	for _, p := range opts.Paths {
		in := opts.App.IO.In
		if p != "-" {
			f, err := os.Open(p)
			if err != nil {
				return fmt.Errorf("import: %w", err)
			}
			defer f.Close()
			in = f
		}
		n, err := store.AddQuads(ctx, nquads.NewReader(in, false))
		if err != nil {
			return fmt.Errorf("import %s: %w", p, err)
		}
		total += n
	}
	_, err = fmt.Fprintf(out, "imported %d new quads\n", total)
	return err
}
