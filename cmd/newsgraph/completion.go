package main

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// Shell completion is cobra's: its "completion" command writes the script
// for bash, zsh, fish or PowerShell, which calls the hidden "__complete"
// command. The functions here give it what cobra cannot know: the values
// of enum flags, the queries of the store and their parameters.

// completionTimeout bounds the store lookups of a completion: a store held
// by a running 'newsgraph serve', or a database that does not answer,
// completes the builtin queries only, after this, rather than hang the
// shell. Opening the bundled examples' bolt store takes 15 ms.
const completionTimeout = 500 * time.Millisecond

// completeEnum completes a flag's value from a fixed list, and never with
// file names.
func completeEnum(values ...string) cobra.CompletionFunc {
	return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
}

// entityTypeNames are the values of the --type flags.
func entityTypeNames() []string {
	names := make([]string, len(schema.EntityTypes))
	for i, t := range schema.EntityTypes {
		names[i] = string(t)
	}
	return names
}

// completeQueryName completes the NAME of 'query NAME': the builtin
// queries and those saved in the store, each with its description.
func (app *App) completeQueryName(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, q := range app.knownQueries(cmd.Context()) {
		if strings.HasPrefix(q.Name, toComplete) {
			out = append(out, cobra.CompletionWithDesc(q.Name, firstClause(q.Description)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeQueryArg completes --arg of 'query NAME' with NAME's parameters,
// as "speaker=", leaving the cursor after the "=".
func (app *App) completeQueryArg(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) == 0 || strings.Contains(toComplete, "=") {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	for _, q := range app.knownQueries(cmd.Context()) {
		if q.Name == args[0] {
			return paramCompletions(q.Params, toComplete), cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
		}
	}
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// paramCompletions are the params named with prefix, as "name=".
func paramCompletions(params []queries.Param, prefix string) []cobra.Completion {
	var out []cobra.Completion
	for _, p := range params {
		if strings.HasPrefix(p.Name+"=", prefix) {
			out = append(out, cobra.CompletionWithDesc(p.Name+"=", firstClause(p.Doc)))
		}
	}
	return out
}

// knownQueries lists the builtin queries and, if the store named by --db
// exists and opens in time, the ones saved in it. A completion never
// creates a store.
func (app *App) knownQueries(ctx context.Context) []queries.Query {
	builtins := queries.Builtins()
	if ctx == nil {
		ctx = context.Background()
	}
	if app.Logger == nil { // __complete runs no PersistentPreRunE
		app.Logger = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithTimeout(ctx, completionTimeout)
	defer cancel()
	s, err := graph.Open(ctx, app.DSN(), graph.Options{MustExist: true, LockTimeout: completionTimeout})
	if err != nil {
		return builtins
	}
	defer s.Close()
	all, err := queries.List(ctx, s)
	if err != nil {
		return builtins
	}
	return all
}

// firstClause shortens a description for a completion menu: up to its
// first ";" or ":" outside parentheses.
func firstClause(s string) string {
	depth := 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case (r == ';' || r == ':') && depth == 0:
			return strings.TrimSpace(s[:i])
		}
	}
	return strings.TrimSpace(s)
}
