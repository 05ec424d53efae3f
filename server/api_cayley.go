package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// cayleyDefaultLimit is Cayley's own default row limit for v1 queries.
const cayleyDefaultLimit = 100

// handleCayleyGizmo is Cayley's v1 query route for Gizmo: the script is the
// body and the answer is {"result": [...]} in Cayley's JSON collation (tags
// and "id", IRIs as "<…>"), or {"error": "..."}; so tools written for
// Cayley's HTTP API work. ?limit= caps the rows (default 100, at most
// --max-rows).
func (s *Server) handleCayleyGizmo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = cayleyDefaultLimit
	}
	limit = min(limit, s.cfg.MaxRows)
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	var out []any
	err = s.cfg.Store.Read(func(qs cgraph.QuadStore) (err error) {
		out, err = runCayleyGizmo(ctx, qs, string(body), limit)
		return err
	})
	if ctx.Err() == context.DeadlineExceeded {
		err = fmt.Errorf("gizmo: timed out after %v: %w", s.cfg.QueryTimeout, context.DeadlineExceeded)
	}
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// runCayleyGizmo runs a script as Cayley's v1 API does. A panic in a
// session (CAYLEY-NOTES trap 12) becomes an error.
func runCayleyGizmo(ctx context.Context, qs cgraph.QuadStore, script string, limit int) (out []any, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("gizmo: internal error: %v", p)
		}
	}()
	it, err := gizmo.NewSession(qs).Execute(ctx, script, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, invalid("gizmo: %v", err)
	}
	defer it.Close()
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, invalid("gizmo: %v", err)
	}
	if out == nil {
		out = []any{}
	}
	return out, nil
}

// writeCayleyError answers {"error": "..."} as Cayley does, with our status.
func (s *Server) writeCayleyError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := classify(err)
	if status == http.StatusInternalServerError {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": body.Error})
}
