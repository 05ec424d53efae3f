package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

type queryOptions struct {
	App     *App
	Name    string
	Args    []string // key=value
	Gizmo   string
	Format  string
	Limit   int
	Timeout time.Duration
}

func newQueryCmd(app *App, runF func(context.Context, *queryOptions, io.Writer) error) *cobra.Command {
	opts := &queryOptions{App: app}
	cmd := &cobra.Command{
		Use:   "query NAME [--arg key=value]... | query --gizmo SCRIPT",
		Short: "Run a saved query, or a Gizmo script, against the store",
		Long: `Query runs one of the saved path queries that ship with newsgraph, a query
you saved with "newsgraph query save", or an ad-hoc Gizmo script (Cayley's
JavaScript query language) given with --gizmo.

Parameters that name an entity accept any of its names: speaker=Musk,
speaker=@elonmusk and entity=Україна all work. "newsgraph query list"
shows every query with its parameters.`,
		Example: `  newsgraph query list
  newsgraph query entities --arg type=person
  newsgraph query statements --arg speaker=Okafor --format json
  newsgraph query path --arg from=Okafor --arg to=Kenya
  newsgraph query --gizmo 'g.V().Has("<http://schema.org/name>").Out("<http://schema.org/name>").All()'`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			if (opts.Name == "") == (opts.Gizmo == "") {
				return &usageError{fmt.Errorf("give a query NAME or --gizmo SCRIPT (see 'newsgraph query list')")}
			}
			if err := checkEnum("--format", opts.Format, "table", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runQuery(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringArrayVarP(&opts.Args, "arg", "a", nil, "a parameter as key=value (repeatable)")
	cmd.Flags().StringVar(&opts.Gizmo, "gizmo", "", "run this Gizmo script instead of a saved query")
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table or json (an array of row objects)")
	cmd.Flags().IntVar(&opts.Limit, "limit", 1000, "return at most this many rows (0: no limit)")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", 30*time.Second, "stop a query that runs longer")
	cmd.ValidArgsFunction = app.completeQueryName
	cmd.RegisterFlagCompletionFunc("arg", app.completeQueryArg)
	cmd.RegisterFlagCompletionFunc("format", completeEnum("table", "json"))
	cmd.RegisterFlagCompletionFunc("gizmo", cobra.NoFileCompletions)
	cmd.AddCommand(newQueryListCmd(app, nil), newQuerySaveCmd(app, nil))
	return cmd
}

func runQuery(ctx context.Context, opts *queryOptions, out io.Writer) error {
	args, err := parseArgs(opts.Args)
	if err != nil {
		return err
	}
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if opts.Gizmo == "" {
		if err := checkQueryName(ctx, store, opts.Name); err != nil {
			return err
		}
	}
	if opts.Name == "search" {
		if err := indexForSearch(ctx, opts.App, store, isTerminal(opts.App.IO.Err)); err != nil {
			return err
		}
	}
	ro := queries.RunOptions{Limit: opts.Limit, Timeout: opts.Timeout}
	if opts.Name == "search" {
		x, err := opts.App.searchIndex(store)
		switch {
		case errors.Is(err, search.ErrBusy):
			// The search indexes the store in memory for itself instead.
			opts.App.Logger.Warn("search index held by another process: searching without it, slowly", "err", err)
		case err != nil:
			return err
		default:
			ro.Index = x
		}
	}
	var res *queries.Result
	if opts.Gizmo != "" {
		res, err = queries.RunGizmo(ctx, store, opts.Gizmo, ro)
	} else {
		res, err = queries.Run(ctx, store, opts.Name, args, ro)
	}
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		return res.WriteJSON(out) // [] when empty
	}
	if len(res.Rows) == 0 {
		// A header alone reads as a command that broke off.
		_, err := fmt.Fprintln(out, "no rows")
		return err
	}
	if err := res.WriteTable(out); err != nil {
		return err
	}
	if res.More {
		_, err = fmt.Fprintln(out, moreRowsHint(opts, args, len(res.Rows)))
	}
	return err
}

// moreRowsHint tells how to get the rows after a full page.
func moreRowsHint(opts *queryOptions, args map[string]string, shown int) string {
	if opts.Gizmo != "" {
		return fmt.Sprintf("(stopped at --limit %d rows)", shown)
	}
	offset, _ := strconv.Atoi(args["offset"])
	return fmt.Sprintf("(more rows: --arg offset=%d)", offset+shown)
}

// parseArgs turns ["k=v", ...] into a map, refusing malformed or repeated keys.
func parseArgs(kvs []string) (map[string]string, error) {
	args := make(map[string]string, len(kvs))
	for _, kv := range kvs {
		k, v, ok := strings.Cut(kv, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, &usageError{fmt.Errorf("--arg %q: want key=value", kv)}
		}
		if _, dup := args[k]; dup {
			return nil, &usageError{fmt.Errorf("--arg %s given twice", k)}
		}
		args[k] = v
	}
	return args, nil
}

type queryListOptions struct{ App *App }

func newQueryListCmd(app *App, runF func(context.Context, *queryListOptions, io.Writer) error) *cobra.Command {
	opts := &queryListOptions{App: app}
	return &cobra.Command{
		Use:     "list",
		Short:   "List the saved queries with their parameters",
		Example: "  newsgraph query list",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runQueryList(cmd.Context(), opts, app.IO.Out)
		},
	}
}

func runQueryList(ctx context.Context, opts *queryListOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	list, err := queries.List(ctx, store)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tPARAMETERS\tDESCRIPTION")
	for _, q := range list {
		var params []string
		for _, p := range q.Params {
			if p.Required {
				params = append(params, p.Name+"=")
			} else {
				params = append(params, "["+p.Name+"=]")
			}
		}
		desc := q.Description
		if !q.Builtin {
			desc += " (saved)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(params, " "), desc)
	}
	return tw.Flush()
}

type querySaveOptions struct {
	App         *App
	Name, File  string
	Description string
}

func newQuerySaveCmd(app *App, runF func(context.Context, *querySaveOptions, io.Writer) error) *cobra.Command {
	opts := &querySaveOptions{App: app}
	cmd := &cobra.Command{
		Use:   "save NAME FILE",
		Short: "Save a Gizmo script as a named query, stored with the graph",
		Long: `Save stores the Gizmo script in FILE (or - for standard input) in the graph
under NAME, so that "newsgraph query NAME" runs it. Saving again under the
same name replaces the script. Built-in query names cannot be reused.`,
		Example: `  newsgraph query save ukraine-people ukraine-people.js --description "people who talk about Ukraine"
  newsgraph query ukraine-people`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name, opts.File = args[0], args[1]
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runQuerySave(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Description, "description", "", "one line saying what the query finds")
	return cmd
}

func runQuerySave(ctx context.Context, opts *querySaveOptions, out io.Writer) error {
	var script []byte
	var err error
	if opts.File == "-" {
		script, err = io.ReadAll(opts.App.IO.In)
	} else {
		script, err = os.ReadFile(opts.File)
	}
	if err != nil {
		return fmt.Errorf("read query: %w", err)
	}
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := queries.Save(ctx, store, opts.Name, string(script), opts.Description); err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "saved query %q\n", opts.Name)
	return err
}
