package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/server"
)

type serveOptions struct {
	App          *App
	Addr         string
	QueryTimeout time.Duration
	MaxRows      int
	// GizmoMemory (--gizmo-memory) and MaxAnswerBytes (--max-answer-bytes)
	// bound each query's memory and answer, in bytes.
	GizmoMemory    int64
	MaxAnswerBytes int64
	// AllowedHosts (--allowed-host) are host names answered besides the
	// listening address.
	AllowedHosts []string
	AllowWrites  bool
	// Listen opens the listener; tests inject their own.
	Listen func(addr string) (net.Listener, error)
}

const defaultServeAddr = "127.0.0.1:8080"

func newServeCmd(app *App, runF func(context.Context, *serveOptions, io.Writer) error) *cobra.Command {
	opts := &serveOptions{App: app, Listen: func(addr string) (net.Listener, error) { return net.Listen("tcp", addr) }}
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT]",
		Short: "Serve the web console and its JSON API",
		Long: `Serve opens the store and serves the web console (overview, saved queries and
Gizmo, entity and article pages, search) and its JSON API from this binary.

It listens on the loopback interface unless --addr names another, and it is
read-only: no route changes the store without --allow-writes. Every query
stops after --query-timeout and returns at most --max-rows rows and
--max-answer-bytes bytes; a Gizmo script is stopped when it grows memory
past --gizmo-memory. The store stays locked while the server runs, so stop
it before 'newsgraph load'. With --addr 127.0.0.1:0 a free port is chosen;
the URL is printed.

Only the console's own page can use it: requests for another host name get
421 (DNS rebinding), and the API refuses requests from other origins
(Sec-Fetch-Site, Origin) with 403. To reach it by another name (a reverse
proxy, /etc/hosts), name it with --allowed-host.`,
		Example: `  newsgraph serve
  newsgraph --db /data/news.db serve --addr 127.0.0.1:9000 --query-timeout 5s
  newsgraph serve --allowed-host newsgraph.lan --gizmo-memory 67108864`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.MaxRows <= 0 || opts.QueryTimeout <= 0 || opts.GizmoMemory <= 0 || opts.MaxAnswerBytes <= 0 {
				return &usageError{fmt.Errorf("--max-rows, --query-timeout, --gizmo-memory and --max-answer-bytes must be positive")}
			}
			if runF != nil {
				return runF(cmd.Context(), opts, app.IO.Out)
			}
			return runServe(cmd.Context(), opts, app.IO.Out)
		},
	}
	cmd.Flags().StringVar(&opts.Addr, "addr", defaultServeAddr, "address to listen on (HOST:PORT)")
	cmd.Flags().DurationVar(&opts.QueryTimeout, "query-timeout", server.DefaultQueryTimeout, "time limit of every query")
	cmd.Flags().IntVar(&opts.MaxRows, "max-rows", server.DefaultMaxRows, "most rows a query returns")
	cmd.Flags().Int64Var(&opts.GizmoMemory, "gizmo-memory", server.DefaultGizmoMemory, "bytes a Gizmo script may grow memory by before it is stopped")
	cmd.Flags().Int64Var(&opts.MaxAnswerBytes, "max-answer-bytes", server.DefaultMaxAnswerBytes, "largest answer of a query, in bytes of JSON")
	cmd.Flags().StringArrayVar(&opts.AllowedHosts, "allowed-host", nil, "also answer requests for this host `name` (repeatable)")
	cmd.Flags().BoolVar(&opts.AllowWrites, "allow-writes", false, "enable routes that change the store (none yet)")
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions, out io.Writer) error {
	store, err := opts.App.OpenStore(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	srv, err := server.New(ctx, server.Config{Store: store, QueryTimeout: opts.QueryTimeout,
		MaxRows: opts.MaxRows, GizmoMemory: opts.GizmoMemory, MaxAnswerBytes: opts.MaxAnswerBytes,
		AllowedHosts: opts.AllowedHosts, AllowWrites: opts.AllowWrites, Logger: opts.App.Logger})
	if err != nil {
		return err
	}
	ln, err := opts.Listen(opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if !isLoopback(ln.Addr()) {
		opts.App.Logger.Warn("listening on a non-loopback address: anyone who can reach it can read the graph", "addr", ln.Addr())
	}
	fmt.Fprintf(out, "newsgraph console on http://%s/ (store %s)\n", ln.Addr(), store.DSN())
	if err := srv.Serve(ctx, ln); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
