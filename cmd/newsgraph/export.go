package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

type exportOptions struct {
	App     *App
	Format  string
	Out     string
	Article string
}

func newExportCmd(app *App, runF func(context.Context, *exportOptions, io.Writer) error) *cobra.Command {
	opts := &exportOptions{App: app}
	cmd := &cobra.Command{
		Use:   "export [--format nquads|jsonld] [--out FILE] [--article ID]",
		Short: "Write the graph, or one article's facts, as N-Quads or JSON-LD",
		Long: `Export streams every quad in the store (or only those of one article) through
Cayley's quad writers. N-Quads keep the article as the fourth element of
each quad and are valid RDF 1.1; JSON-LD carries a @context for the
schema.org and newsgraph vocabularies.`,
		Example: `  newsgraph export --format nquads --out graph.nq
  newsgraph export --format jsonld --article 3f2a9c0d1e4b5a67`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEnum("--format", opts.Format, graph.ExportFormats()...); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runExport(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "nquads", "output format: nquads or jsonld")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to this file instead of standard output")
	cmd.Flags().StringVar(&opts.Article, "article", "", "export only the facts of the article with this id")
	return cmd
}

func runExport(ctx context.Context, opts *exportOptions, out io.Writer) (err error) {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.Article != "" {
		ok, err := store.HasArticle(ctx, opts.Article)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("export: no article with id %q", opts.Article)
		}
	}
	if opts.Out != "" {
		f, err := os.Create(opts.Out)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer func() {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export: %w", cerr)
			}
		}()
		out = f
	}
	w, err := graph.NewExportWriter(opts.Format, out)
	if err != nil {
		return err
	}
	n, err := store.Export(ctx, w, graph.ExportOptions{Article: opts.Article})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	opts.App.Logger.Info("exported", "quads", n, "format", opts.Format)
	return nil
}
