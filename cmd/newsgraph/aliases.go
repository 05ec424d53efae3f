package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

type aliasesAddOptions struct {
	App     *App
	Name    string
	Aliases []string
	Type    string
}

func newAliasesCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "aliases",
		Short: "Add names by which an entity is known",
		Long: `Aliases are more names for an entity: other spellings, other scripts,
nicknames, handles. Articles loaded afterwards that use one of them resolve
to the entity, and every query parameter accepts them. A file of aliases
can also be given to "newsgraph load --aliases FILE".`,
	}
	cmd.AddCommand(newAliasesAddCmd(app, nil))
	return cmd
}

func newAliasesAddCmd(app *App, runF func(context.Context, *aliasesAddOptions, io.Writer) error) *cobra.Command {
	opts := &aliasesAddOptions{App: app}
	cmd := &cobra.Command{
		Use:   "add NAME ALIAS...",
		Short: "Add aliases to the entity NAME (any of its names)",
		Long: `Add records ALIAS... as names of the entity called NAME. NAME may be any name
the entity already has; with --type, an entity not yet in the store is
created with NAME as its canonical name.`,
		Example: `  newsgraph aliases add "Volodymyr Zelenskyy" "Зеленський" "Zelensky"
  newsgraph aliases add --type company "Veltrix Corp." VTX`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name, opts.Aliases = args[0], args[1:]
			if opts.Type != "" {
				if _, err := schema.ParseEntityType(opts.Type); err != nil {
					return &usageError{fmt.Errorf("--type: %w", err)}
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runAliasesAdd(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Type, "type", "", "create the entity with this type if the store lacks it: person, country, company or organization")
	cmd.RegisterFlagCompletionFunc("type", completeEnum(entityTypeNames()...))
	return cmd
}

func runAliasesAdd(ctx context.Context, opts *aliasesAddOptions, out io.Writer) error {
	// Only load and import create a store: names for a store not loaded
	// yet go with the first load (load --aliases FILE).
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	// After the write, before Close: the index follows the store's commits.
	defer followIndex(ctx, opts.App, store)
	e, err := entityForAliases(ctx, store, opts.Name, opts.Type)
	if err != nil {
		return err
	}
	e.Aliases = opts.Aliases
	n, err := store.AddAliases(ctx, e)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(out, "%s (%s): %d aliases added, %d new quads\n", e.Name, e.Type, len(opts.Aliases), n)
	return err
}

// entityForAliases finds the one entity called name, or with typ set makes a
// new one when the store has none.
func entityForAliases(ctx context.Context, store *graph.Store, name, typ string) (schema.Entity, error) {
	iri, err := resolveOne(ctx, store, name)
	if errors.Is(err, queries.ErrNotFound) && typ != "" {
		t, _ := schema.ParseEntityType(typ)
		return schema.Entity{ID: schema.EntityKey(t, name), Name: name, Type: t}, nil
	}
	if err != nil {
		return schema.Entity{}, err
	}
	e, ok, err := store.Entity(ctx, iri)
	if err != nil {
		return schema.Entity{}, err
	}
	if !ok {
		return schema.Entity{}, fmt.Errorf("%s is not an entity", iri)
	}
	return e, nil
}

// resolveOne resolves an alias to exactly one entity, listing the candidates
// when it names several.
func resolveOne(ctx context.Context, store *graph.Store, alias string) (quad.IRI, error) {
	iris, err := queries.ResolveEntity(ctx, store, alias)
	if err != nil {
		return "", err
	}
	if len(iris) > 1 {
		var keys []string
		for _, iri := range iris {
			keys = append(keys, strings.TrimPrefix(string(iri), schema.IDBase))
		}
		return "", &usageError{fmt.Errorf("%q names %d entities (%s): use one of those keys", alias, len(iris), strings.Join(keys, ", "))}
	}
	return iris[0], nil
}
