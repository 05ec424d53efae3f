package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

type exportOptions struct {
	App     *App
	Format  string
	Out     string
	Article string
	Entity  string
	Depth   int
	Type    string
	// NoSourcePaths (--no-source-paths) leaves out where each article was
	// loaded from (ng:loadedFrom), a path on the loading machine.
	NoSourcePaths bool
}

func newExportCmd(app *App, runF func(context.Context, *exportOptions, io.Writer) error) *cobra.Command {
	opts := &exportOptions{App: app}
	cmd := &cobra.Command{
		Use:   "export [--format nquads|jsonld|graphml|gml|dot|csv] [--out FILE|DIR] [--article ID | --entity NAME [--depth N] | --type TYPE]",
		Short: "Write the graph, or part of it, as N-Quads, JSON-LD, GraphML, GML, DOT or CSV",
		Long: `Export streams every quad in the store, or a selection, in one of these formats:

  nquads   valid RDF 1.1, the article as the fourth element of each quad
  jsonld   JSON-LD with a @context for the schema.org and newsgraph vocabularies
  graphml  GraphML for Gephi, yEd or networkx.read_graphml
  gml      GML for Gephi or networkx.read_gml(path, label="id")
  dot      a Graphviz digraph (see also 'newsgraph draw')
  csv      nodes.csv and edges.csv in the directory --out, for neo4j-admin import

The graph formats draw entities, roles, statements and articles as nodes;
names, types, dates, titles and URLs are node attributes, not nodes; each
edge carries the article it came from.

Selections: --article ID (one article's quads); --entity NAME (any alias)
with --depth N (default 1): the entity and every node within N hops of it;
--type person|country|company|organization: only entities of that type and
the roles and statements linked to them (with --entity: within its
neighbourhood).

Each article's ng:loadedFrom is the file (or "-") it was loaded from, as
given to 'newsgraph load': a path of this machine, which may name its user
or folders. --no-source-paths leaves it out, for a graph to share. It is in
by default because an export is a copy of the store that 'newsgraph
import' restores whole.`,
		Example: `  newsgraph export --format nquads --out graph.nq
  newsgraph export --format jsonld --article 3f2a9c0d1e4b5a67
  newsgraph export --format graphml --entity "Ada Okafor" --depth 2 --out okafor.graphml
  newsgraph export --format csv --type person --out neo4j/
  newsgraph export --no-source-paths --out shared.nq`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkEnum("--format", opts.Format, export.Formats()...); err != nil {
				return err
			}
			if opts.Type != "" {
				if err := checkEnum("--type", opts.Type, "person", "country", "company", "organization"); err != nil {
					return err
				}
			}
			if opts.Article != "" && (opts.Entity != "" || opts.Type != "") {
				return &usageError{fmt.Errorf("--article cannot be combined with --entity or --type")}
			}
			if cmd.Flags().Changed("depth") && opts.Entity == "" {
				return &usageError{fmt.Errorf("--depth needs --entity")}
			}
			if opts.Depth < 0 {
				return &usageError{fmt.Errorf("--depth must be at least 1")}
			}
			if opts.Format == export.FormatCSV && opts.Out == "" {
				return &usageError{fmt.Errorf("--format csv writes nodes.csv and edges.csv: give the directory with --out DIR")}
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runExport(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "nquads", "output format: nquads, jsonld, graphml, gml, dot or csv")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "write to this file instead of standard output (for csv: a directory)")
	cmd.Flags().StringVar(&opts.Article, "article", "", "export only the facts of the article with this id")
	cmd.Flags().StringVar(&opts.Entity, "entity", "", "export the neighbourhood of the entity with this name (any alias)")
	cmd.Flags().IntVar(&opts.Depth, "depth", export.DefaultDepth, "how many hops around --entity")
	cmd.Flags().StringVar(&opts.Type, "type", "", "only entities of this type (person, country, company, organization) and their facts")
	cmd.Flags().BoolVar(&opts.NoSourcePaths, "no-source-paths", false, "leave out the file each article was loaded from (ng:loadedFrom)")
	cmd.RegisterFlagCompletionFunc("format", completeEnum(export.Formats()...))
	cmd.RegisterFlagCompletionFunc("type", completeEnum(entityTypeNames()...))
	cmd.RegisterFlagCompletionFunc("article", cobra.NoFileCompletions)
	cmd.RegisterFlagCompletionFunc("entity", cobra.NoFileCompletions)
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
	sel := export.Options{Article: opts.Article, Entity: opts.Entity, Depth: opts.Depth, Type: schema.EntityType(opts.Type)}
	if opts.Format == export.FormatCSV {
		return exportCSV(ctx, store, opts, sel)
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
	w, err := export.NewWriter(opts.Format, out)
	if err != nil {
		return err
	}
	n, err := writeExport(ctx, store, sourcePaths(w, opts.NoSourcePaths), sel)
	if err != nil {
		return err
	}
	opts.App.Logger.Info("exported", "quads", n, "format", opts.Format)
	return nil
}

// exportCSV writes the Neo4j import tables nodes.csv and edges.csv into the
// directory opts.Out, creating it if needed.
func exportCSV(ctx context.Context, store *graph.Store, opts *exportOptions, sel export.Options) (err error) {
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var files []*os.File
	defer func() {
		for _, f := range files {
			if cerr := f.Close(); err == nil && cerr != nil {
				err = fmt.Errorf("export: %w", cerr)
			}
		}
	}()
	for _, name := range []string{"nodes.csv", "edges.csv"} {
		f, err := os.Create(filepath.Join(opts.Out, name))
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		files = append(files, f)
	}
	w, err := export.NewCSVWriter(files[0], files[1])
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	n, err := writeExport(ctx, store, sourcePaths(w, opts.NoSourcePaths), sel)
	if err != nil {
		return err
	}
	opts.App.Logger.Info("exported", "quads", n, "format", opts.Format, "dir", opts.Out)
	return nil
}

// writeExport writes the selection to w and closes it. export.Write's
// errors say "export:" already: they are not wrapped again.
func writeExport(ctx context.Context, store *graph.Store, w quad.WriteCloser, sel export.Options) (int, error) {
	n, err := export.Write(ctx, store, w, sel)
	if cerr := w.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("export: %w", cerr)
	}
	return n, err
}

// sourcePaths returns w, or with omit a writer that passes every quad to w
// but those of ng:loadedFrom.
func sourcePaths(w quad.WriteCloser, omit bool) quad.WriteCloser {
	if !omit {
		return w
	}
	return &dropPredicate{WriteCloser: w, pred: schema.PredLoadedFrom}
}

// dropPredicate writes to its writer the quads whose predicate is not pred.
type dropPredicate struct {
	quad.WriteCloser
	pred quad.IRI
	buf  []quad.Quad
}

func (d *dropPredicate) WriteQuad(q quad.Quad) error {
	if q.Predicate == d.pred {
		return nil
	}
	return d.WriteCloser.WriteQuad(q)
}

// WriteQuads counts the quads it leaves out as written: the caller asked
// for them to be handled, and they were.
func (d *dropPredicate) WriteQuads(qs []quad.Quad) (int, error) {
	d.buf = d.buf[:0]
	for _, q := range qs {
		if q.Predicate != d.pred {
			d.buf = append(d.buf, q)
		}
	}
	n, err := d.WriteCloser.WriteQuads(d.buf)
	return n + len(qs) - len(d.buf), err
}
