package main

import (
	"context"
	"io"
	"time"

	"github.com/spf13/cobra"
)

func newExplainCmd(app *App, runF func(context.Context, *queryOptions, io.Writer) error) *cobra.Command {
	opts := &queryOptions{App: app, Name: "explain", Limit: 1000, Timeout: 30 * time.Second}
	cmd := &cobra.Command{
		Use:   "explain FACT",
		Short: "Show the sentence, article, span and confidence behind a role or statement",
		Long: `Explain takes a fact key, as the fact column of the statements and roles
queries prints it, and shows for every article that states the fact the
sentence it was found in, with the extracted span between » and «, the
byte offsets and the extractor's confidence. It runs the saved query
"explain".`,
		Example: `  newsgraph query statements --arg speaker=Okafor
  newsgraph explain statement/9eeba206356a91eb9b83
  newsgraph explain role/5d068dcedab7c1e6c6e7 --format json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Args = []string{"fact=" + args[0]}
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
	return cmd
}
