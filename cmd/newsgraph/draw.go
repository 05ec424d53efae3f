package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/schema"
)

type drawOptions struct {
	App    *App
	Entity string
	Depth  int
	Type   string
	Out    string
	// LookPath finds the dot program; nil means exec.LookPath.
	LookPath func(string) (string, error)
}

// drawFormats are the output formats draw asks dot for, by extension.
var drawFormats = map[string]string{".svg": "svg", ".png": "png", ".pdf": "pdf"}

func newDrawCmd(app *App, runF func(context.Context, *drawOptions, io.Writer) error) *cobra.Command {
	opts := &drawOptions{App: app}
	cmd := &cobra.Command{
		Use:   "draw ENTITY [--depth N] [--type TYPE] --out FILE.svg|FILE.png",
		Short: "Draw the neighbourhood of an entity with Graphviz",
		Long: `Draw renders the graph around an entity (found by any of its names) as an
SVG, PNG or PDF picture with Graphviz's dot: entities, roles, statements
and articles within --depth hops, labelled with their names and styled by
type (people as ellipses, countries as bold boxes, companies and
organisations as rounded boxes, articles as notes).

It needs the dot program (Debian: apt-get install graphviz).`,
		Example: `  newsgraph draw "Ada Okafor" --out okafor.svg
  newsgraph draw Kenya --depth 2 --type person --out kenya-people.png`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Entity = args[0]
			if opts.Out == "" {
				return &usageError{errors.New("--out FILE.svg or FILE.png is required")}
			}
			if _, ok := drawFormats[strings.ToLower(filepath.Ext(opts.Out))]; !ok {
				return &usageError{fmt.Errorf("--out %s: the file must end in .svg, .png or .pdf", opts.Out)}
			}
			if opts.Depth < 1 {
				return &usageError{errors.New("--depth must be at least 1")}
			}
			if opts.Type != "" {
				if err := checkEnum("--type", opts.Type, "person", "country", "company", "organization"); err != nil {
					return err
				}
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runDraw(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().IntVar(&opts.Depth, "depth", export.DefaultDepth, "how many hops around the entity")
	cmd.Flags().StringVar(&opts.Type, "type", "", "only entities of this type (person, country, company, organization) and their facts")
	cmd.Flags().StringVarP(&opts.Out, "out", "o", "", "the picture to write: FILE.svg, FILE.png or FILE.pdf")
	cmd.RegisterFlagCompletionFunc("type", completeEnum(entityTypeNames()...))
	cmd.MarkFlagFilename("out", "svg", "png", "pdf")
	return cmd
}

// errNoDot reports that Graphviz is not installed.
var errNoDot = errors.New("draw needs Graphviz's dot program, which is not installed (Debian: apt-get install graphviz)")

func runDraw(ctx context.Context, opts *drawOptions, out io.Writer) error {
	lookPath := opts.LookPath
	if lookPath == nil {
		lookPath = exec.LookPath
	}
	dot, err := lookPath("dot")
	if err != nil {
		return errNoDot
	}
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	var src bytes.Buffer
	w, err := export.NewWriter(export.FormatDOT, &src)
	if err != nil {
		return err
	}
	n, err := export.Write(ctx, store, w, export.Options{Entity: opts.Entity, Depth: opts.Depth, Type: schema.EntityType(opts.Type)})
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("draw: %w", err)
	}
	format := drawFormats[strings.ToLower(filepath.Ext(opts.Out))]
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, dot, "-T"+format, "-o", opts.Out)
	cmd.Stdin = &src
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("draw: dot failed: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	if msg := strings.TrimSpace(stderr.String()); msg != "" {
		opts.App.Logger.Warn("dot", "message", msg)
	}
	_, err = fmt.Fprintf(out, "drew %s (%d quads around %q) to %s\n", opts.Entity, n, opts.Entity, opts.Out)
	return err
}
