package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strconv"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// apiError is the JSON body of every error answer.
type apiError struct {
	Error  string `json:"error"`
	Kind   string `json:"kind"` // invalid, forbidden, not_found, timeout, too_large, internal
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

// kindError is an error of a given status and kind, with a message for the
// user.
type kindError struct {
	status int
	kind   string
	msg    string
}

func (e *kindError) Error() string { return e.msg }

func invalid(format string, args ...any) error {
	return &kindError{http.StatusBadRequest, "invalid", fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &kindError{http.StatusNotFound, "not_found", fmt.Sprintf(format, args...)}
}

var gizmoPos = regexp.MustCompile(`line (\d+):(\d+)`)

// classify sorts an error into a status, a kind and a message fit to show.
func classify(err error) (int, apiError) {
	var ke *kindError
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &ke):
		return ke.status, apiError{Error: ke.msg, Kind: ke.kind}
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, apiError{Error: fmt.Sprintf("request body larger than %d bytes", tooBig.Limit), Kind: "too_large"}
	case errors.Is(err, os.ErrDeadlineExceeded):
		// Only reading the body meets the connection's deadline.
		return http.StatusRequestTimeout, apiError{Error: "request body not received in time", Kind: "timeout"}
	case errors.Is(err, queries.ErrTooLarge):
		return http.StatusUnprocessableEntity, apiError{Error: err.Error(), Kind: "too_large"}
	case errors.Is(err, queries.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, apiError{Error: err.Error(), Kind: "timeout"}
	case errors.Is(err, queries.ErrNotFound), errors.Is(err, search.ErrNotFound):
		return http.StatusNotFound, apiError{Error: err.Error(), Kind: "not_found"}
	case errors.Is(err, queries.ErrInvalid), errors.Is(err, search.ErrInvalid):
		e := apiError{Error: err.Error(), Kind: "invalid"}
		if m := gizmoPos.FindStringSubmatch(e.Error); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Column, _ = strconv.Atoi(m[2])
		}
		return http.StatusBadRequest, e
	}
	return http.StatusInternalServerError, apiError{Error: "internal error; see the server log", Kind: "internal"}
}

// writeError answers with err's status and kind; internal errors are
// logged and shown only as a generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, body := classify(err)
	if status == http.StatusInternalServerError {
		s.cfg.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	} else {
		s.cfg.Logger.Debug("request refused", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	writeJSON(w, status, body)
}

// handleAPINotFound answers API paths no route serves: 405 when the path
// has a route for another method, else 404, both as JSON.
func (s *Server) handleAPINotFound(w http.ResponseWriter, r *http.Request) {
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		other := r.Clone(r.Context())
		other.Method = m
		if _, pattern := s.mux.Handler(other); m != r.Method && pattern != "/api/" {
			w.Header().Set("Allow", m)
			s.writeError(w, r, &kindError{http.StatusMethodNotAllowed, "invalid", fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, m)})
			return
		}
	}
	s.writeError(w, r, notFound("no API route %s %s", r.Method, r.URL.Path))
}
