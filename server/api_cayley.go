package server

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// Cayley's HTTP API, as its clients and documented curl examples use it
// (cayley server/http/api_v2.go and internal/http are the reference):
//
//   - POST /api/v1/query/gizmo: the script is the body.
//   - GET|POST /api/v2/query?lang=gizmo: the script is the body, or the qu
//     parameter of a GET; Accept: application/ld+json answers in Cayley's
//     JSON-LD collation.
//   - GET|POST /api/v2/read?sub=&pred=&obj=&label=&format=: quads, streamed
//     (api_cayley_read.go).
//   - POST /api/v1/write, /api/v1/delete, /api/v2/write, /api/v2/delete:
//     only with --allow-writes and the write token (api_cayley_write.go).
//
// Answers are {"result": …}; errors are {"error": "…"} as Cayley writes
// them, with this server's status codes (400 bad input, 403 refused, 413
// too large, 504 timeout). Queries run with the console's limits
// (runOptions): time, rows, answer size and the Gizmo memory budget.

// cayleyDefaultLimit is Cayley's own default row limit for queries.
const cayleyDefaultLimit = 100

// Content types of Cayley's query answers.
const (
	mimeJSON   = "application/json"
	mimeJSONLD = "application/ld+json"
)

// cayleyLanguages are the query languages Cayley's v2 API knows; only
// Gizmo is served here.
var cayleyLanguages = map[string]bool{"gizmo": true, "graphql": true, "mql": true, "sexp": true, "linkedql": true}

// handleCayleyGizmo is Cayley's v1 query route for Gizmo: the script is the
// body and the answer is {"result": [...]} in Cayley's JSON collation (tags
// and "id", IRIs as "<…>"). ?limit= caps the rows (default 100, at most
// --max-rows).
func (s *Server) handleCayleyGizmo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	s.runCayleyGizmo(w, r, string(body), false)
}

// handleCayleyQuery is Cayley's v2 query route: ?lang=gizmo, the script as
// the body (POST) or the qu parameter (GET), the answer in Cayley's JSON
// collation or, for Accept: application/ld+json, its JSON-LD one.
func (s *Server) handleCayleyQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	switch {
	case lang == "":
		s.writeCayleyError(w, r, invalid("query language not specified"))
		return
	case !cayleyLanguages[lang]:
		s.writeCayleyError(w, r, invalid("unknown query language"))
		return
	case lang != "gizmo":
		s.writeCayleyError(w, r, invalid("query language %s is not served here: use gizmo", lang))
		return
	}
	script := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			s.writeCayleyError(w, r, err)
			return
		}
		script = string(body)
	}
	ctype, _ := negotiate(r.Header.Get("Accept"), []string{mimeJSON, mimeJSONLD})
	s.runCayleyGizmo(w, r, script, ctype == mimeJSONLD)
}

// runCayleyGizmo runs a script with the console's limits and answers
// {"result": [...]}.
func (s *Server) runCayleyGizmo(w http.ResponseWriter, r *http.Request, script string, jsonld bool) {
	if strings.TrimSpace(script) == "" {
		s.writeCayleyError(w, r, invalid("query is empty"))
		return
	}
	limit := cayleyDefaultLimit
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			s.writeCayleyError(w, r, invalid("limit %.40q is not a positive number", v))
			return
		}
		limit = n
	}
	opt := s.runOptions()
	opt.Limit = min(limit, s.cfg.MaxRows)
	out, err := queries.RunGizmoJSON(r.Context(), s.cfg.Store, script, opt, jsonld)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	if !jsonld {
		writeJSON(w, http.StatusOK, map[string]any{"result": out})
		return
	}
	w.Header().Set("Content-Type", mimeJSONLD)
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(map[string]any{"result": out})
}

// writeCayleyError answers {"error": "..."} as Cayley does, with our status.
func (s *Server) writeCayleyError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, graph.ErrReadOnly) {
		err = &kindError{http.StatusForbidden, "forbidden", err.Error()}
	}
	status, body := classify(err)
	if status == http.StatusInternalServerError {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": body.Error})
}

// negotiate picks from offers (most preferred first) the content type an
// Accept header ranks highest, and false when it names none of them (no
// header, or only types not offered). "*/*" and "type/*" take the first
// offer they match. Go's mime parses each media range; no library in the
// module ranks them, and this is the one place that does.
func negotiate(accept string, offers []string) (string, bool) {
	best, bestQ := "", 0.0
	for _, part := range strings.Split(accept, ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		q := 1.0
		if v, ok := params["q"]; ok {
			if q, err = strconv.ParseFloat(v, 64); err != nil {
				continue
			}
		}
		if q <= bestQ {
			continue
		}
		for _, o := range offers {
			if mt == o || mt == "*/*" || (strings.HasSuffix(mt, "/*") && strings.HasPrefix(o, strings.TrimSuffix(mt, "*"))) {
				best, bestQ = o, q
				break
			}
		}
	}
	return best, best != ""
}
