package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// Exit codes.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitPartial = 3 // the command ran, but some inputs could not be read
)

// IOStreams are the standard streams a command reads and writes; tests pass
// buffers.
type IOStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// App is what every command shares: streams, environment, global flags.
type App struct {
	IO       IOStreams
	Getenv   func(string) string
	DB       string // --db flag
	LogLevel string
	Logger   *slog.Logger
	// shared is the store of the server this command runs in (see
	// runInServer), lent to the command instead of opening DSN.
	shared *graph.Store
	// index is the store's search index (searchIndex), the server's when
	// it lends its store; closeIndex closes it when the command ends.
	index      *search.Index
	closeIndex func()
	// staleServerFile is a server file whose server is gone; OpenStore
	// removes it once it holds the store's lock.
	staleServerFile string
}

// envDB names the environment variable that overrides the default store.
const envDB = "NEWSGRAPH_DB"

// DSN returns the store to open: --db, else $NEWSGRAPH_DB, else the default.
func (app *App) DSN() string {
	if app.DB != "" {
		return app.DB
	}
	if v := app.Getenv(envDB); v != "" {
		return v
	}
	return graph.DefaultPath()
}

// OpenStore opens the store named by DSN, which must exist: only the
// commands that add articles (CreateStore) create one, so that a mistyped
// --db fails instead of answering from a new empty store.
func (app *App) OpenStore(ctx context.Context) (*graph.Store, error) {
	return app.openStore(ctx, false)
}

// CreateStore opens the store named by DSN, creating it on first use.
func (app *App) CreateStore(ctx context.Context) (*graph.Store, error) {
	return app.openStore(ctx, true)
}

func (app *App) openStore(ctx context.Context, create bool) (*graph.Store, error) {
	if app.shared != nil {
		app.shared.Retain()
		return app.shared, nil
	}
	s, err := graph.Open(ctx, app.DSN(), graph.Options{MustExist: !create})
	if errors.Is(err, graph.ErrNoStore) {
		return nil, noStoreError(app.DSN(), err)
	}
	if err != nil {
		return nil, err
	}
	app.Logger.Debug("store open", "dsn", app.DSN())
	if app.staleServerFile != "" {
		os.Remove(app.staleServerFile)
	}
	into, from, finished, err := s.FinishMerge(ctx)
	if err != nil {
		s.Close()
		return nil, err
	}
	if finished {
		fmt.Fprintf(app.IO.Err, "newsgraph: completed the interrupted merge of %s into %s\n",
			strings.TrimPrefix(string(from), schema.IDBase), strings.TrimPrefix(string(into), schema.IDBase))
	}
	if into, from, finished, err = s.FinishUnmerge(ctx); err != nil {
		s.Close()
		return nil, err
	} else if finished {
		fmt.Fprintf(app.IO.Err, "newsgraph: completed the interrupted unmerge of %s from %s\n",
			strings.TrimPrefix(string(from), schema.IDBase), strings.TrimPrefix(string(into), schema.IDBase))
	}
	return s, nil
}

// noStoreHint says how to make a store.
const noStoreHint = "run 'newsgraph load DIR' first, or give --db the store to use"

// noStoreError says that dsn names no store (err, from graph.Open), and
// how to make one.
func noStoreError(dsn string, err error) error {
	if strings.Contains(dsn, "://") {
		// err names the server without its password.
		return fmt.Errorf("%w: the database has no newsgraph tables — %s", err, noStoreHint)
	}
	if !filepath.IsAbs(dsn) && !strings.HasPrefix(dsn, ".") {
		dsn = "./" + dsn
	}
	return &noStore{fmt.Sprintf("no store at %s — %s", dsn, noStoreHint)}
}

// noStore is graph.ErrNoStore for a bolt store, told as the user named it.
type noStore struct{ msg string }

func (e *noStore) Error() string { return e.msg }
func (e *noStore) Unwrap() error { return graph.ErrNoStore }

// partialError reports that a command finished but some inputs failed; each
// failure was already printed.
type partialError struct{ failed int }

func (e *partialError) Error() string {
	return fmt.Sprintf("%d input(s) could not be read", e.failed)
}

// usageError marks errors in how the command was called.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// run runs a command line and returns its exit code; setup, if any,
// adjusts the App first (runInServer lends it the server's store).
func run(ctx context.Context, args []string, io IOStreams, getenv func(string) string, setup ...func(*App)) int {
	app := &App{IO: io, Getenv: getenv}
	for _, f := range setup {
		f(app)
	}
	root := newRootCmd(app)
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.Err)
	err := root.ExecuteContext(ctx)
	if app.closeIndex != nil {
		app.closeIndex()
	}
	if err == nil {
		return exitOK
	}
	var remote *remoteExit
	if errors.As(err, &remote) {
		return remote.code
	}
	fmt.Fprintf(io.Err, "newsgraph: %s\n", errorText(err))
	var partial *partialError
	var usage *usageError
	switch {
	case errors.As(err, &partial):
		return exitPartial
	case errors.As(err, &usage):
		return exitUsage
	}
	return exitError
}

// errorText is err's message with each context said once: a command and
// the package it calls may both name the operation ("export: export: no
// entity…"), and the user should read it once, after "newsgraph:".
func errorText(err error) string {
	msg := strings.TrimPrefix(err.Error(), "newsgraph: ")
	parts := strings.Split(msg, ": ")
	out := parts[:1]
	for _, p := range parts[1:] {
		if p != out[len(out)-1] || strings.ContainsAny(p, " \n") {
			out = append(out, p)
		}
	}
	return strings.Join(out, ": ")
}

func newRootCmd(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Turn news articles into a knowledge graph and explore it",
		Long: `newsgraph reads news articles, finds the people, countries, companies,
organizations and statements in them, and stores them as quads in Cayley,
each fact labelled with the article it came from.

The store is ./newsgraph.db (embedded bolt) unless --db or $NEWSGRAPH_DB
names another: a directory path for bolt, or "mem:" for an in-memory store.
Only load, import and serve --watch (which loads) create a store;
the other commands fail on one that does not exist.`,
		Example: `  newsgraph load examples/
  newsgraph query statements --arg speaker=Okafor
  newsgraph export --format nquads --out graph.nq`,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := app.setupLogger(); err != nil {
				return err
			}
			if app.shared != nil {
				if _, ok := remoteCommands[cmd.CommandPath()]; !ok {
					return fmt.Errorf("'%s' cannot run through the server: stop 'newsgraph serve' first", cmd.CommandPath())
				}
				return nil
			}
			return app.forward(cmd, args)
		},
	}
	root.PersistentFlags().StringVar(&app.DB, "db", "", `store to use: a bolt directory, postgres://…, mysql://user:pass@host1:3306,host2:3306/db (a Galera cluster) or "mem:" (default ./newsgraph.db or $`+envDB+")")
	root.PersistentFlags().StringVar(&app.LogLevel, "log-level", "warn", "log level: debug, info, warn or error")
	root.MarkPersistentFlagDirname("db") // a bolt store is a directory
	root.RegisterFlagCompletionFunc("log-level", completeEnum("debug", "info", "warn", "error"))
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w\nrun '%s --help' for usage", err, cmd.CommandPath())}
	})
	root.AddCommand(
		newExtractCmd(app, nil),
		newLoadCmd(app, nil),
		newQueryCmd(app, nil),
		newExportCmd(app, nil),
		newImportCmd(app, nil),
		newStatsCmd(app, nil),
		newAliasesCmd(app),
		newEntitiesCmd(app),
		newDrawCmd(app, nil),
		newServeCmd(app, nil),
		newExplainCmd(app, nil),
		newRemoveCmd(app, nil),
		newBenchCmd(app),
		newVersionCmd(app),
	)
	// --version prints what the version command does.
	root.Version = versionText(debug.ReadBuildInfo())
	root.SetVersionTemplate("{{.Version}}")
	return root
}

func (app *App) setupLogger() error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(app.LogLevel)); err != nil {
		return &usageError{fmt.Errorf("--log-level: %w", err)}
	}
	app.Logger = slog.New(slog.NewTextHandler(app.IO.Err, &slog.HandlerOptions{Level: level}))
	if app.shared != nil {
		// A command inside the server must not take over the server's
		// default logger: the request's stderr would get the server's log.
		return nil
	}
	// The packages below log to the default logger (graph passes Cayley's
	// own log there), which --log-level must govern too.
	slog.SetDefault(app.Logger)
	return nil
}

// isTerminal reports whether w is a terminal, for progress bars.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
