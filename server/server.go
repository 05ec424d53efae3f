// Package server is newsgraph's web console: a JSON API over the graph and
// the single-page application that uses it, embedded in the binary.
//
// The server is read-only: no route changes the store unless
// Config.AllowWrites is set, and none does yet. Every query runs with a time
// limit and a row limit, request bodies are limited to MaxBodyBytes, and
// errors are sorted into invalid (400), not found (404), timeout (504) and
// internal (500, logged, shown as a generic message).
//
// Pages and lookups (overview, entity, article, search) are answered from a
// search.Catalog, an in-memory snapshot of the graph built when the server
// starts and rebuilt on POST /api/reindex; saved queries and Gizmo scripts
// run on the store through package queries.
package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// Defaults of the zero Config.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultMaxRows      = 1000
	MaxBodyBytes        = 1 << 20
)

// Config configures a Server.
type Config struct {
	// Store is the graph to serve. Required.
	Store *graph.Store
	// QueryTimeout stops any query that runs longer; zero means
	// DefaultQueryTimeout.
	QueryTimeout time.Duration
	// MaxRows is the most rows a query returns; zero means DefaultMaxRows.
	MaxRows int
	// AllowWrites enables routes that change the store (there are none
	// yet); without it they answer 403.
	AllowWrites bool
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.MaxRows <= 0 {
		c.MaxRows = DefaultMaxRows
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Server serves the console and its API.
type Server struct {
	cfg     Config
	mux     *http.ServeMux
	mu      sync.RWMutex
	catalog *search.Catalog
	// queryCache keeps the whole-graph summaries of the saved queries
	// between requests; it empties itself when this process writes and is
	// reset with the catalog.
	queryCache queries.Cache
}

// New builds the catalog of the store and returns a ready Server.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{cfg: cfg.withDefaults(), mux: http.NewServeMux()}
	if err := s.reindex(ctx); err != nil {
		return nil, err
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
	s.mux.HandleFunc("GET /api/entities", s.handleEntities)
	s.mux.HandleFunc("GET /api/entity/{key...}", s.handleEntity)
	s.mux.HandleFunc("GET /api/article/{id}", s.handleArticle)
	s.mux.HandleFunc("GET /api/stats", s.handleStats)
	s.mux.HandleFunc("GET /api/search", s.handleSearch)
	s.mux.HandleFunc("POST /api/reindex", s.handleReindex)
	s.mux.HandleFunc("GET /api/export", s.handleExport)
	s.mux.HandleFunc("/api/", s.handleAPINotFound)
}

// ServeHTTP serves a request with the console's security headers and body
// limit.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, MaxBodyBytes)
	}
	s.mux.ServeHTTP(w, r)
}

// Serve serves on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
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

// snapshot returns the current catalog.
func (s *Server) snapshot() *search.Catalog {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.catalog
}

// reindex rebuilds the catalog from the store.
func (s *Server) reindex(ctx context.Context) error {
	start := time.Now()
	c, err := search.Build(ctx, s.cfg.Store)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.catalog = c
	s.mu.Unlock()
	s.queryCache.Reset()
	s.cfg.Logger.Info("catalog built", "articles", len(c.Articles), "entities", len(c.Entities),
		"statements", len(c.Statements), "quads", c.Quads, "took", time.Since(start).Round(time.Millisecond))
	return nil
}
