package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
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
nothing.

Every line of every file is checked first, strictly (the N-Quads grammar,
IRIs valid by RFC 3987): a bad line stops the import with FILE:LINE and
nothing is written. The checked quads are staged in a temporary file
($TMPDIR), so large imports need about as much free space as the files.`,
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
	var srcs []graph.ImportSource
	for _, p := range opts.Paths {
		if p == "-" {
			srcs = append(srcs, graph.ImportSource{Name: "-", R: opts.App.IO.In})
			continue
		}
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		srcs = append(srcs, graph.ImportSource{Name: p, R: f})
	}
	store, err := opts.App.CreateStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// After the write, before Close: the index follows the store's commits.
	defer followIndex(ctx, opts.App, store)
	n, err := store.Import(ctx, srcs, graph.ImportOptions{})
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	_, err = fmt.Fprintf(out, "imported %d new quads\n", n)
	return err
}
