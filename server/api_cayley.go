package server

import (
	"io"
	"net/http"
	"strconv"

	"github.com/newsgraph/newsgraph/queries"
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
	opt := s.runOptions()
	opt.Limit = min(limit, s.cfg.MaxRows)
	out, err := queries.RunGizmoJSON(r.Context(), s.cfg.Store, string(body), opt)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": out})
}

// writeCayleyError answers {"error": "..."} as Cayley does, with our status.
func (s *Server) writeCayleyError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := classify(err)
	if status == http.StatusInternalServerError {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": body.Error})
}
