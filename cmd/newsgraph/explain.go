package main

import (
	"context"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/queries"
)

func newExplainCmd(app *App, runF func(context.Context, *queryOptions, io.Writer) error) *cobra.Command {
	opts := &queryOptions{App: app, Name: "explain", Limit: 1000, Timeout: 30 * time.Second}
	var pageArgs []string
	cmd := &cobra.Command{
		Use:   "explain FACT",
		Short: "Show the sentence, article, span and confidence behind a role or statement",
		Long: `Explain takes a fact key, as the fact column of the statements and roles
queries prints it, and shows for every article that states the fact the
sentence it was found in, with the extracted span between » and «, the
byte offsets and the extractor's confidence. It runs the saved query
"explain".`,
		// The ids are facts of the bundled examples (newsgraph load
		// examples/); TestExplainExamples runs these lines.
		Example: `  newsgraph query statements --arg speaker=Okafor
  newsgraph explain statement/7d25950eb4ed80c59966
  newsgraph explain role/5d068dcedab7c1e6c6e7 --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			// explain is paged (100 articles a page by default): --arg
			// offset=N and --arg limit=N go through to the saved query.
			opts.Args = append([]string{"fact=" + args[0]}, pageArgs...)
			if err := checkEnum("--format", opts.Format, "table", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runQuery(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "table", "output format: table or json")
	cmd.Flags().StringArrayVar(&pageArgs, "arg", nil, "a page of a fact stated by many articles: --arg offset=N, --arg limit=N")
	cmd.RegisterFlagCompletionFunc("format", completeEnum("table", "json"))
	cmd.RegisterFlagCompletionFunc("arg", func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		pages := []queries.Param{{Name: "offset", Doc: "articles to skip"}, {Name: "limit", Doc: "articles a page"}}
		return paramCompletions(pages, toComplete), cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
	})
	cmd.ValidArgsFunction = cobra.NoFileCompletions
	return cmd
}
