package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/review"
)

// entitiesPairOptions are the options of the commands that decide about
// two entities: merge, unmerge, keep-apart.
type entitiesPairOptions struct {
	App *App
	A   string // INTO, or the first of two
	B   string // FROM, or the second
	As  string // who decides: --as, else $USER
	// Undo lifts the keep-apart of A and B (keep-apart --undo) instead.
	Undo bool
}

func newEntitiesCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "entities",
		Short: "Review, merge, unmerge and keep apart entities",
		Long: `Entities that articles spell differently are joined when a name finds one
stored entity; these commands settle the rest by hand. Every merge,
unmerge and keep-apart is stored in the graph as a decision (label
<https://newsgraph.dev/id/decisions>) with who took it (--as, else $USER)
and when, so exports carry them and later loads respect them; each can be
undone (unmerge, keep-apart --undo).`,
	}
	cmd.AddCommand(newEntitiesMergeCmd(app, nil), newEntitiesUnmergeCmd(app, nil),
		newEntitiesKeepApartCmd(app, nil), newEntitiesDuplicatesCmd(app, nil))
	return cmd
}

// pairCmd builds a command on two entities; run does its work, and flags,
// if any, adds the command's own flags.
func pairCmd(app *App, c *cobra.Command, runF, run func(context.Context, *entitiesPairOptions, io.Writer) error, flags ...func(*cobra.Command, *entitiesPairOptions)) *cobra.Command {
	opts := &entitiesPairOptions{App: app}
	for _, f := range flags {
		f(c, opts)
	}
	c.Args = cobra.ExactArgs(2)
	c.RunE = func(cmd *cobra.Command, args []string) error {
		opts.A, opts.B = args[0], args[1]
		if runF != nil {
			return runF(cmd.Context(), opts, app.IO.Out)
		}
		return run(cmd.Context(), opts, app.IO.Out)
	}
	c.Flags().StringVar(&opts.As, "as", "", "who takes the decision, as stored with it (default $USER)")
	return c
}

func newEntitiesMergeCmd(app *App, runF func(context.Context, *entitiesPairOptions, io.Writer) error) *cobra.Command {
	return pairCmd(app, &cobra.Command{
		Use:   "merge INTO FROM",
		Short: "Fold the entity FROM into the entity INTO, keeping every fact's article",
		Long: `Merge rewrites every fact about FROM as a fact about INTO, each keeping the
article it came from; FROM's names become aliases of INTO, so articles
loaded later that use them resolve to INTO. Both are named by any alias or
by key (person/ada-okafor) and must be of the same type. The merge is
stored as a decision with each fact's original form, so that
"newsgraph entities unmerge" can undo it.

A merge is all or nothing: it writes a journal entry with its first
transaction and deletes it with its second, so a merge killed between the
two is completed by the next command that opens the store, which says so.`,
		Example: `  newsgraph entities merge "Ada Okafor" person/okafor
  newsgraph entities merge --as lena "Volodymyr Zelenskyy" "Zelensky"`,
	}, runF, runEntitiesMerge)
}

func newEntitiesUnmergeCmd(app *App, runF func(context.Context, *entitiesPairOptions, io.Writer) error) *cobra.Command {
	return pairCmd(app, &cobra.Command{
		Use:   "unmerge INTO FROM",
		Short: "Undo the merge of FROM into INTO: each fact goes back to the entity its article named",
		Long: `Unmerge undoes the merge of FROM into INTO, whatever merges into INTO came
after it: the facts the merge moved go back to FROM as their articles
wrote them, and FROM's names, keys and types come off INTO, but for what
INTO had before and what another merge into it brought too. FROM is named by its key (person/okafor) or by the
canonical name it had. Facts of articles loaded after the merge stay on
INTO. If INTO was merged into a third entity since, unmerge INTO from it
first (the command says so). Like a merge it is all or nothing, finished
by the next command if killed halfway.`,
		Example: `  newsgraph entities unmerge "Ada Okafor" person/okafor
  newsgraph entities unmerge "Ada Okafor" Okafor`,
	}, runF, runEntitiesUnmerge)
}

func newEntitiesKeepApartCmd(app *App, runF func(context.Context, *entitiesPairOptions, io.Writer) error) *cobra.Command {
	return pairCmd(app, &cobra.Command{
		Use:   "keep-apart [--undo] A B",
		Short: "Record that A and B are different entities, or (--undo) no longer",
		Long: `Keep-apart records that A and B, two entities of the same type, are not one:
"newsgraph entities duplicates" stops listing them, and a later article
whose name would have resolved to one of them because of the other (a
surname, another spelling) stays an entity of its own.

With --undo it lifts that decision, recorded like the others with who and
when: the two are listed as likely duplicates again, and later loads may
join them again, as before the keep-apart. Keeping them apart again after
that is a decision of its own.`,
		Example: `  newsgraph entities keep-apart "Ada Okafor" "A. Okafor"
  newsgraph entities keep-apart --undo "Ada Okafor" person/a-okafor`,
	}, runF, runEntitiesKeepApart, func(c *cobra.Command, o *entitiesPairOptions) {
		c.Flags().BoolVar(&o.Undo, "undo", false, "lift the keep-apart of A and B instead")
	})
}

// decider is who decides, and now.
func (o *entitiesPairOptions) decider() graph.Decider {
	by := o.As
	if by == "" {
		by = o.App.Getenv("USER")
	}
	return graph.Decider{By: by, At: time.Now()}
}

// withStore opens the store for a write and follows it with the index.
func withStore(ctx context.Context, app *App, fn func(*graph.Store) error) error {
	store, err := app.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// After the write, before Close: the index follows the store's commits.
	defer followIndex(ctx, app, store)
	return fn(store)
}

func runEntitiesMerge(ctx context.Context, opts *entitiesPairOptions, out io.Writer) error {
	return withStore(ctx, opts.App, func(store *graph.Store) error {
		into, from, err := resolveTwo(ctx, store, opts.A, opts.B)
		if err != nil {
			return err
		}
		moved, err := store.MergeEntities(ctx, into, from, opts.decider())
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "merged %s into %s: %d facts moved\n", review.Key(from), review.Key(into), moved)
		return err
	})
}

func runEntitiesUnmerge(ctx context.Context, opts *entitiesPairOptions, out io.Writer) error {
	return withStore(ctx, opts.App, func(store *graph.Store) error {
		into, err := resolveOne(ctx, store, opts.A)
		if err != nil {
			return err
		}
		from, err := review.MergedFrom(ctx, store, into, opts.B)
		if err != nil {
			return err
		}
		restored, err := store.Unmerge(ctx, into, from, opts.decider())
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "unmerged %s from %s: %d facts put back\n", review.Key(from), review.Key(into), restored)
		return err
	})
}

func runEntitiesKeepApart(ctx context.Context, opts *entitiesPairOptions, out io.Writer) error {
	return withStore(ctx, opts.App, func(store *graph.Store) error {
		a, b, err := resolveTwo(ctx, store, opts.A, opts.B)
		if err != nil {
			return err
		}
		if opts.Undo {
			return undoKeepApart(ctx, store, a, b, opts.decider(), out)
		}
		if _, err := store.KeepApart(ctx, a, b, opts.decider()); err != nil {
			return err
		}
		_, err = fmt.Fprintf(out, "kept %s and %s apart\n", review.Key(a), review.Key(b))
		return err
	})
}

// undoKeepApart lifts the keep-apart of a and b (keep-apart --undo).
func undoKeepApart(ctx context.Context, store *graph.Store, a, b quad.IRI, by graph.Decider, out io.Writer) error {
	d, err := store.UndoKeepApart(ctx, a, b, by)
	if errors.Is(err, graph.ErrNotKeptApart) {
		return fmt.Errorf("%s and %s are not kept apart: nothing to undo", review.Key(a), review.Key(b))
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "no longer keeping %s and %s apart: later loads may join them\n", review.Key(d.A), review.Key(d.B))
	return err
}

func resolveTwo(ctx context.Context, store *graph.Store, a, b string) (quad.IRI, quad.IRI, error) {
	x, err := resolveOne(ctx, store, a)
	if err != nil {
		return "", "", err
	}
	y, err := resolveOne(ctx, store, b)
	return x, y, err
}
