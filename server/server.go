// Package server is newsgraph's web console: a JSON API over the graph and
// the single-page application that uses it, embedded in the binary.
//
// The console is read-only: no route changes the store unless
// Config.AllowWrites is set; then the review's decisions (merge, keep
// apart, unmerge: api_review.go) do, with the page's token, and Cayley's
// write and delete routes (api_cayley_write.go), for a client holding the
// write token that is not a browser. The other
// route that writes is the command line's (POST /api/cli, cli.go): it runs newsgraph
// commands through Config.Exec for a client holding the command-line
// token, which 'newsgraph serve' puts in a file only its user can read,
// and refuses any request a browser could send. Pages learn of writes by
// server-sent events (GET /api/events, events.go). It answers only requests
// addressed to it from its own page (see guard.go). Every query runs with a
// time limit, a row limit and an answer size limit, Gizmo scripts with a
// memory budget; request bodies are limited to MaxBodyBytes and
// BodyTimeout, and errors are sorted into invalid (400), forbidden (403),
// not found (404), timeout (408, 504), too large (413, 422) and internal
// (500, logged, shown as a generic message).
//
// Pages and lookups (overview, entity, article, search) are answered by a
// console.Model, which reads the store and its search index and keeps
// only the overview's figures and a table of entity names, so that the
// server answers as soon as it listens whatever the size of the graph;
// saved queries and Gizmo scripts run on the store through package
// queries.
package server

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/newsgraph/newsgraph/console"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// Defaults of the zero Config.
const (
	DefaultQueryTimeout   = 10 * time.Second
	DefaultMaxRows        = 1000
	DefaultGizmoMemory    = 256 << 20
	DefaultMaxAnswerBytes = 32 << 20
	DefaultBodyTimeout    = 10 * time.Second
	MaxBodyBytes          = 1 << 20
)

// Write deadlines. A non-streaming answer must be written within
// BodyTimeout + QueryTimeout + writeGrace of its request's headers; the
// export, which streams, only needs to make progress every exportStall.
const (
	writeGrace  = 5 * time.Second
	exportStall = 30 * time.Second
)

// Config configures a Server.
type Config struct {
	// Store is the graph to serve. Required.
	Store *graph.Store
	// Index is the store's search index (search.OpenFor), which the pages
	// read and which the server keeps following the store's commits.
	// Required.
	Index *search.Index
	// QueryTimeout stops any query that runs longer; zero means
	// DefaultQueryTimeout.
	QueryTimeout time.Duration
	// MaxRows is the most rows a query returns; zero means DefaultMaxRows.
	MaxRows int
	// GizmoMemory is the most heap a Gizmo script may grow; zero means
	// DefaultGizmoMemory.
	GizmoMemory int64
	// MaxAnswerBytes is the largest answer (its rows as JSON) a query may
	// build; zero means DefaultMaxAnswerBytes.
	MaxAnswerBytes int64
	// BodyTimeout is the time a client has to send a request, headers and
	// body; zero means DefaultBodyTimeout. Past it the answer is 408.
	BodyTimeout time.Duration
	// AllowedHosts are host names answered besides the listening address
	// (and localhost when that is loopback), on any port: names of a
	// reverse proxy or of /etc/hosts.
	AllowedHosts []string
	// AllowWrites enables routes that change the store (the review's
	// merge, keep-apart and unmerge; Cayley's write and delete); without
	// it they answer 403.
	AllowWrites bool
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// Exec, if set, runs a newsgraph command line on Store: the command-line
	// route (POST /api/cli, see cli.go) calls it for a client holding
	// CLIToken. Package server cannot know the commands, so cmd wires it.
	Exec ExecFunc
}

// ExecFunc runs a newsgraph command line (args without the program name)
// with the given streams and returns its exit code.
type ExecFunc func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int

func (c Config) withDefaults() Config {
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.MaxRows <= 0 {
		c.MaxRows = DefaultMaxRows
	}
	if c.GizmoMemory <= 0 {
		c.GizmoMemory = DefaultGizmoMemory
	}
	if c.MaxAnswerBytes <= 0 {
		c.MaxAnswerBytes = DefaultMaxAnswerBytes
	}
	if c.BodyTimeout <= 0 {
		c.BodyTimeout = DefaultBodyTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Server serves the console and its API.
type Server struct {
	cfg   Config
	mux   *http.ServeMux
	guard *guard
	index *template.Template
	model *console.Model
	// queryCache keeps the whole-graph summaries of the saved queries
	// between requests; it empties itself when this process writes and is
	// reset on POST /api/reindex.
	queryCache queries.Cache
	// cliToken is what the command-line route requires (see cli.go).
	cliToken string
	// stopping ends when Serve begins to shut down: long-lived requests
	// (commands, event streams) end with it.
	stopping context.Context
	stop     context.CancelFunc
	events   events
}

// New returns a ready Server. It reads nothing of the store: Serve starts
// the console's model, which counts and names in the background.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	if cfg.Index == nil {
		return nil, errors.New("server: no search index")
	}
	s := &Server{cfg: cfg.withDefaults(), mux: http.NewServeMux()}
	s.stopping, s.stop = context.WithCancel(context.Background())
	var err error
	if s.guard, err = newGuard(s.cfg.AllowedHosts); err != nil {
		return nil, err
	}
	if s.cfg.Exec != nil {
		if s.cliToken, err = newToken(); err != nil {
			return nil, err
		}
	}
	if s.index, err = template.ParseFS(Assets(), "index.html"); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	follow := func(ctx context.Context) error { return s.cfg.Index.Follow(ctx, s.cfg.Store, nil) }
	s.model, err = console.New(console.Config{Store: s.cfg.Store, Index: s.cfg.Index, CatchUp: follow, Logger: s.cfg.Logger})
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /{$}", s.handleIndex)
	s.mux.Handle("GET /assets/", s.assetHandler())
	s.mux.HandleFunc("GET /api/queries", s.handleQueries)
	s.mux.HandleFunc("GET /api/queries/{name}", s.handleQueryRun)
	s.mux.HandleFunc("POST /api/gizmo", s.handleGizmo)
	s.mux.HandleFunc("POST /api/v1/query/gizmo", s.handleCayleyGizmo)
	s.mux.HandleFunc("GET /api/v2/query", s.handleCayleyQuery)
	s.mux.HandleFunc("POST /api/v2/query", s.handleCayleyQuery)
	s.mux.HandleFunc("GET /api/v2/read", s.handleCayleyRead)
	s.mux.HandleFunc("POST /api/v2/read", s.handleCayleyRead)
	s.mux.HandleFunc("GET /api/v2/formats", s.handleCayleyFormats)
	s.mux.HandleFunc("POST /api/v1/write", s.cayleyWrites(s.handleCayleyWriteV1))
	s.mux.HandleFunc("POST /api/v1/delete", s.cayleyWrites(s.handleCayleyDeleteV1))
	s.mux.HandleFunc("POST /api/v2/write", s.cayleyWrites(s.handleCayleyWrite))
	s.mux.HandleFunc("POST /api/v2/delete", s.cayleyWrites(s.handleCayleyDelete))
	s.mux.HandleFunc("GET /api/entities", s.handleEntities)
	s.mux.HandleFunc("GET /api/entity/{key...}", s.handleEntity)
	s.mux.HandleFunc("GET /api/article/{id}", s.handleArticle)
	s.mux.HandleFunc("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("GET /api/search", s.handleSearch)
	s.mux.HandleFunc("POST /api/reindex", s.writes(s.handleReindex))
	s.mux.HandleFunc("GET /api/export", s.handleExport)
	s.mux.HandleFunc("GET "+EventsPath, s.handleEvents)
	s.graphRoutes()
	s.reviewRoutes()
	if s.cfg.Exec != nil {
		s.mux.HandleFunc("POST "+CLIPath, s.handleCLI)
	}
	s.mux.HandleFunc("/api/", s.handleAPINotFound)
}

// Ready starts the console's background work if Serve has not, and waits
// until it has counted the overview and built its table of names (tests
// and benchmarks: the server answers before). Work it starts stops with
// Serve; without Serve it lasts as long as the process.
func (s *Server) Ready(ctx context.Context) error {
	s.model.Start(s.stopping)
	return s.model.Ready(ctx)
}

// Token returns the write token of this server: routes that change state
// need it in TokenHeader. The console's page carries it.
func (s *Server) Token() string { return s.guard.token }

// ServeHTTP serves a request with the console's security headers and body
// limit, if it is addressed to this server from its own page (see guard).
// No answer carries CORS headers.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if !s.check(w, r) {
		return
	}
	// A command's standard input is as long as the file piped to it
	// ('newsgraph export | newsgraph import -'); handleCLI bounds the
	// line that precedes it.
	if r.Body != nil && r.URL.Path != CLIPath {
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	}
	s.mux.ServeHTTP(w, r)
}

// Serve serves on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.guard.listen(ln.Addr())
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.BodyTimeout,
		ReadTimeout:       s.cfg.BodyTimeout,
		// The export extends its own deadline as it streams.
		WriteTimeout: s.cfg.BodyTimeout + s.cfg.QueryTimeout + writeGrace,
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	following, stopFollowing := context.WithCancel(ctx)
	// In this order: the console's background work stops before Serve
	// returns and the caller closes the store.
	defer s.model.Wait()
	defer stopFollowing()
	s.model.Start(following)
	go s.follow(following)
	defer s.stop()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.stop()
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
