package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/review"
)

type entitiesDuplicatesOptions struct {
	App    *App
	Name   string
	Format string
}

func newEntitiesDuplicatesCmd(app *App, runF func(context.Context, *entitiesDuplicatesOptions, io.Writer) error) *cobra.Command {
	opts := &entitiesDuplicatesOptions{App: app}
	cmd := &cobra.Command{
		Use:   "duplicates NAME",
		Short: "List the likely duplicates of an entity, with the evidence",
		Long: `Duplicates lists the entities of NAME's type that look like the same one:
the same match key (names equal once spelling, script and legal forms are
folded), an alias of one that is the other's name, or, for people, the same
surname with a compatible given name ("A. Okafor" and "Ada Okafor", not
"Ada" and "Ben"). Entities kept apart from it are left out; merges into it
that can be undone are listed after them.`,
		Example: `  newsgraph entities duplicates "Ada Okafor"
  newsgraph entities duplicates person/ada-okafor --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			if err := checkEnum("format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runEntitiesDuplicates(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func runEntitiesDuplicates(ctx context.Context, opts *entitiesDuplicatesOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	iri, err := resolveOne(ctx, store, opts.Name)
	if err != nil {
		return err
	}
	r, err := review.Duplicates(ctx, store, iri)
	if err != nil {
		return err
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	return printDuplicates(out, r)
}

// printDuplicates writes a review as text: one candidate a line with each
// piece of evidence under it, then the keep-aparts and the merges, each
// with the command that undoes it.
func printDuplicates(out io.Writer, r *review.Report) error {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	if len(r.Candidates) == 0 {
		fmt.Fprintf(w, "no likely duplicates of %s (%s)\n", r.Name, r.Key)
	} else {
		fmt.Fprintf(w, "likely duplicates of %s (%s):\n", r.Name, r.Key)
	}
	for _, c := range r.Candidates {
		fmt.Fprintf(w, "  %s\t%s\n", c.Key, c.Name)
		for _, e := range c.Evidence {
			fmt.Fprintf(w, "    %s: %s\n", e.Kind, e.Detail)
		}
	}
	if r.Truncated {
		fmt.Fprintf(w, "  (more entities share its keys: the first %d were compared)\n", review.MaxCandidates)
	}
	for _, k := range r.KeptApart {
		fmt.Fprintf(w, "kept apart: %s (undo: newsgraph entities keep-apart --undo %s %s)\n", k, r.Key, k)
	}
	for _, m := range r.Merges {
		fmt.Fprintf(w, "merged into it: %s by %s at %s (undo: newsgraph entities unmerge %s %s)\n", m.From, m.By, m.At, r.Key, m.From)
	}
	return w.Flush()
}
