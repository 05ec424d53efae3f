package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/newsgraph/newsgraph/schema"
)

type extractOptions struct {
	App            *App
	Paths          []string
	Format         string
	Workers        int
	MaxArticleSize int64 // --max-article-size
}

func newExtractCmd(app *App, runF func(context.Context, *extractOptions, io.Writer) error) *cobra.Command {
	opts := &extractOptions{App: app}
	cmd := &cobra.Command{
		Use:   "extract [--format json|text] PATH...",
		Short: "Print the entities, roles and statements found in articles, without storing them",
		Long: `Extract reads articles (files, folders or - for standard input) and prints what
it finds in each, one article per line with --format json:

  {"id", "source", "date", "title",
   "entities":   [{"id", "name", "type", "aliases", "mentions", "iso3166_alpha2", "iso3166_alpha3"}],
   "roles":      [{"person", "title", "org", "former", "incoming"}],
   "statements": [{"speaker", "speaker_org", "text", "date", "indirect", "channel", "mentions"}]}

Names in roles and statements are the entities' canonical names; org,
speaker, speaker_org and channel are null when unknown. A role is
"former": true for a past post and "incoming": true for an announced one
(neither for a current post); countries carry their ISO 3166-1 codes. The
store is not touched.`,
		Example: `  newsgraph extract examples/articles/
  newsgraph extract --format text article.txt
  cat article.txt | newsgraph extract -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := checkEnum("--format", opts.Format, "json", "text"); err != nil {
				return err
			}
			if err := checkMaxArticleSize(opts.MaxArticleSize); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runExtract(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "json", "output format: json (one object per line) or text")
	cmd.RegisterFlagCompletionFunc("format", completeEnum("json", "text"))
	cmd.Flags().IntVar(&opts.Workers, "workers", 0, "extraction goroutines (0: one per CPU)")
	addMaxArticleSizeFlag(cmd, &opts.MaxArticleSize)
	return cmd
}

func runExtract(ctx context.Context, opts *extractOptions, out io.Writer) error {
	x := extract.New()
	articles := loaders.Articles(ctx, opts.Paths, loaders.Options{Stdin: opts.App.IO.In, MaxArticleSize: opts.MaxArticleSize})
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	for d, err := range loaders.Extract(ctx, articles, x, opts.Workers) {
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			printInputError(opts.App.IO.Err, err)
			failed++
			continue
		}
		if opts.Format == "text" {
			err = writeDocumentText(out, &d)
		} else {
			err = enc.Encode(&d)
		}
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if failed > 0 {
		return &partialError{failed}
	}
	return nil
}

// writeDocumentText prints a document for people to read.
func writeDocumentText(w io.Writer, d *schema.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s  %s  %s\n", d.Origin, d.Date, d.Title)
	for _, e := range d.Entities {
		fmt.Fprintf(&b, "  %-12s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(e.Aliases, ", "))
		}
		fmt.Fprintf(&b, " ×%d\n", e.Mentions)
	}
	for _, r := range d.Roles {
		fmt.Fprintf(&b, "  role         %s: %s", r.Person, r.Title)
		if r.Org != "" {
			fmt.Fprintf(&b, ", %s", r.Org)
		}
		b.WriteString("\n")
	}
	for _, s := range d.Statements {
		kind := "quote"
		if s.Indirect {
			kind = "reported"
		}
		who := s.Speaker
		if who == "" {
			who = s.SpeakerOrg
		}
		fmt.Fprintf(&b, "  %-12s %s (%s): %q\n", kind, who, s.Date, s.Text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// checkEnum fails with a usage error unless value is one of allowed.
func checkEnum(flag, value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return &usageError{fmt.Errorf("%s: %q is not one of %s", flag, value, strings.Join(allowed, ", "))}
}
