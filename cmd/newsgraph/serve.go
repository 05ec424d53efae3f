package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
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
	// Watch (--watch) is a folder whose new and changed article files
	// the server loads, as 'load --watch' does.
	Watch string
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
past --gizmo-memory. With --addr 127.0.0.1:0 a free port is chosen; the
URL is printed.

A bolt store can be open in one process only. While the server runs, it
writes serve.json in the store's directory (readable by you only) with its
address and a token, and load, remove, import, aliases add, entities
merge, query, stats, export, explain and draw on the same --db run inside
the server instead, printing what they print and exiting as they would;
the open console shows what they wrote without a reload. With --watch DIR
the server itself loads the article files in DIR, then every new or
changed one, as 'load --watch' does.

On a PostgreSQL hot standby (--db naming the standby) the server reads the
graph the standby replays from its primary, and shows new writes within
seconds; loads go to the primary (newsgraph --db PRIMARY load …), and
writes to the standby, --watch among them, are refused.

Only the console's own page can use it: requests for another host name get
421 (DNS rebinding), and the API refuses requests from other origins
(Sec-Fetch-Site, Origin) with 403. To reach it by another name (a reverse
proxy, /etc/hosts), name it with --allowed-host.`,
		Example: `  newsgraph serve
  newsgraph --db /data/news.db serve --addr 127.0.0.1:9000 --query-timeout 5s
  newsgraph serve --allowed-host newsgraph.lan --gizmo-memory 67108864
  newsgraph serve --watch incoming/   # and in another shell: newsgraph load new.txt
  newsgraph --db postgres://reader@standby.lan:5432/news serve   # read-only, on a hot standby`,
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
	cmd.Flags().BoolVar(&opts.AllowWrites, "allow-writes", false, "enable routes that change the store: merge, keep apart and unmerge from the entity page, and Cayley's /api/v1/write, /api/v2/write and /api/v2/delete (each with the write token)")
	cmd.Flags().StringVar(&opts.Watch, "watch", "", "load the article files in this folder, then new and changed ones as they appear")
	return cmd
}

func runServe(ctx context.Context, opts *serveOptions, out io.Writer) error {
	app := opts.App
	if err := app.checkNoServer(); err != nil {
		return err
	}
	open := app.OpenStore
	if opts.Watch != "" {
		open = app.CreateStore // --watch loads articles, as load does
	}
	store, err := open(ctx)
	if err != nil {
		return err
	}
	defer store.Close()
	readOnly, standby := store.ReadOnly()
	if standby && opts.Watch != "" {
		return &usageError{fmt.Errorf("serve --watch loads into the store, and %s: serve the standby without --watch and run 'newsgraph --db PRIMARY load --watch %s' beside it", readOnly, opts.Watch)}
	}
	index, err := app.searchIndex(store)
	if err != nil {
		return err
	}
	exec := func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
		return runInServer(ctx, store, index, args, IOStreams{In: stdin, Out: stdout, Err: stderr}, app.Getenv)
	}
	srv, err := server.New(ctx, server.Config{Store: store, Index: index, QueryTimeout: opts.QueryTimeout,
		MaxRows: opts.MaxRows, GizmoMemory: opts.GizmoMemory, MaxAnswerBytes: opts.MaxAnswerBytes,
		AllowedHosts: opts.AllowedHosts, AllowWrites: opts.AllowWrites, Logger: app.Logger, Exec: exec})
	if err != nil {
		return err
	}
	ln, err := opts.Listen(opts.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if !isLoopback(ln.Addr()) {
		app.Logger.Warn("listening on a non-loopback address: anyone who can reach it can read the graph", "addr", ln.Addr())
	}
	if dir := app.boltDir(); dir != "" {
		remove, err := shareStore(dir, ln.Addr(), srv.CLIToken(), app)
		if err != nil {
			ln.Close()
			return err
		}
		defer remove()
	}
	if standby {
		fmt.Fprintf(out, "newsgraph console on http://%s/ (store %s, read-only: %s; it shows the primary's writes as it replays them)\n", ln.Addr(), store.DSN(), readOnly)
	} else {
		fmt.Fprintf(out, "newsgraph console on http://%s/ (store %s)\n", ln.Addr(), store.DSN())
	}
	serveCtx, stop := context.WithCancel(ctx)
	defer stop()
	watched := make(chan struct{})
	if opts.Watch != "" {
		go func() {
			defer close(watched)
			watchInServer(serveCtx, exec, opts.Watch, out, app.IO.Err)
		}()
	} else {
		close(watched)
	}
	err = srv.Serve(serveCtx, ln)
	stop()
	<-watched // before the store closes
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// shareStore writes the server file of the bolt store in dir, naming the
// server's loopback address, so that commands on the store run inside the
// server (see remote.go), and returns a function that removes it. A server
// that listens on no loopback address shares nothing: the token must not
// travel over a network.
func shareStore(dir string, addr net.Addr, token string, app *App) (func(), error) {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return func() {}, nil
	}
	ip := tcp.IP
	switch {
	case ip.IsUnspecified() && ip.To4() != nil:
		ip = net.IPv4(127, 0, 0, 1)
	case ip.IsUnspecified():
		ip = net.IPv6loopback
	case !ip.IsLoopback():
		app.Logger.Warn("no loopback address: commands on this store fail while the server runs", "addr", addr)
		return func() {}, nil
	}
	f := serverFile{Addr: net.JoinHostPort(ip.String(), strconv.Itoa(tcp.Port)), Token: token, PID: os.Getpid()}
	remove, err := writeServerFile(dir, f)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	app.Logger.Debug("server file written", "dir", dir, "addr", f.Addr)
	return remove, nil
}

// checkNoServer fails, naming its address, if another server holds the
// store: opening it would wait for the lock and fail. A file whose address
// nobody listens on is stale, and is replaced once the store is open.
func (app *App) checkNoServer() error {
	dir := app.boltDir()
	if dir == "" {
		return nil
	}
	f, err := readServerFile(filepath.Join(dir, serverFileName))
	if err != nil {
		return nil
	}
	conn, err := net.DialTimeout("tcp", f.Addr, time.Second)
	if err != nil {
		return nil
	}
	conn.Close()
	return fmt.Errorf("serve: a server already serves %s at http://%s/ (pid %d)", dir, f.Addr, f.PID)
}

// watchInServer runs 'load --watch DIR' inside the server until ctx is
// done: the same code as the command, on the server's store.
func watchInServer(ctx context.Context, exec server.ExecFunc, dir string, out, errOut io.Writer) {
	abs, err := absPath(dir)
	if err == nil {
		if code := exec(ctx, []string{"load", "--watch", abs}, strings.NewReader(""), out, errOut); code != exitOK && ctx.Err() == nil {
			err = fmt.Errorf("exit status %d", code)
		}
	}
	if err != nil {
		fmt.Fprintf(errOut, "newsgraph: serve --watch %s stopped: %v\n", dir, err)
	}
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}
