package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nquads"
)

// maxWriteQuads is the most quads one write or delete may hold. The body
// is at most MaxBodyBytes, but pquads spells a repeated subject and
// predicate in a few bytes, so a body could hold a million quads (about
// 100 MB as values); N-Quads lines of 20 bytes, the shortest useful,
// make 52,000 in a full body.
const maxWriteQuads = 100_000

// writeFormats are the body formats of Cayley's write and delete, by its
// names; their content types and readers come from quad's registry (the
// JSON reader decodes the whole array at once, which MaxBodyBytes
// bounds). JSON-LD is not read: expanding it fetches the remote
// documents its @context names.
var writeFormats = []string{"nquads", "json", "json-stream", "pquads"}

// cayleyWrites wraps a route of Cayley's API that changes the store: it
// answers 403 unless the server runs with --allow-writes and the request
// carries the write token in TokenHeader and comes from no browser (the
// guard already refused other origins; a page of the console's own may
// not write through this API either).
func (s *Server) cayleyWrites(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		why := ""
		switch {
		case !s.cfg.AllowWrites:
			why = "database is read-only: start newsgraph serve with --allow-writes"
		case browserRequest(r) != "":
			why = "writes through Cayley's API are refused to browsers (" + browserRequest(r) + ")"
		case !s.guard.tokenOK(r):
			why = "missing or wrong " + TokenHeader + " header: send the server's write token"
		}
		if why != "" {
			s.cfg.Logger.Warn("request refused", "reason", why, "method", r.Method, "path", r.URL.Path)
			s.writeCayleyError(w, r, &kindError{http.StatusForbidden, "forbidden", why})
			return
		}
		h(w, r)
	}
}

// browserRequest names the first header only a browser sends, or "".
func browserRequest(r *http.Request) string {
	for _, h := range browserHeaders {
		if _, ok := r.Header[h]; ok {
			return h
		}
	}
	return ""
}

// handleCayleyWriteV1 is Cayley's v1 write: a JSON array of
// {"subject","predicate","object","label"}, values in Cayley's spelling.
func (s *Server) handleCayleyWriteV1(w http.ResponseWriter, r *http.Request) {
	s.cayleyWrite(w, r, "json", false)
}

// handleCayleyDeleteV1 is Cayley's v1 delete, with the body of its write.
func (s *Server) handleCayleyDeleteV1(w http.ResponseWriter, r *http.Request) {
	s.cayleyDelete(w, r, "json", false)
}

// handleCayleyWrite is Cayley's v2 write: quads in the format the format
// parameter names, else the Content-Type says, else N-Quads.
func (s *Server) handleCayleyWrite(w http.ResponseWriter, r *http.Request) {
	format, err := bodyFormat(r)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	s.cayleyWrite(w, r, format, true)
}

// handleCayleyDelete is Cayley's v2 delete, with the body of its write.
func (s *Server) handleCayleyDelete(w http.ResponseWriter, r *http.Request) {
	format, err := bodyFormat(r)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	s.cayleyDelete(w, r, format, true)
}

// cayleyWrite adds the body's quads through the store's import, which
// records a commit that the search index and the console follow, and
// answers as Cayley does: count is the quads received, added those that
// were new.
func (s *Server) cayleyWrite(w http.ResponseWriter, r *http.Request, format string, v2 bool) {
	staged, n, err := stageBody(r.Body, format)
	added := 0
	if err == nil {
		src := graph.ImportSource{Name: "request body", R: bytes.NewReader(staged)}
		added, err = s.cfg.Store.Import(r.Context(), []graph.ImportSource{src}, graph.ImportOptions{})
	}
	s.cayleyChanged(w, r, err, "wrote", "added", n, added, v2)
}

// cayleyDelete deletes the body's quads, as one recorded commit.
func (s *Server) cayleyDelete(w http.ResponseWriter, r *http.Request, format string, v2 bool) {
	staged, n, err := stageBody(r.Body, format)
	var quads []quad.Quad
	if err == nil {
		quads, err = readStaged(staged)
	}
	deleted := 0
	if err == nil {
		deleted, err = s.cfg.Store.DeleteQuads(r.Context(), quads)
	}
	s.cayleyChanged(w, r, err, "deleted", "deleted", n, deleted, v2)
}

// cayleyChanged answers a write or delete of n quads, changed of which
// changed the store, as Cayley does ("Successfully wrote N quads.", and
// count on v2), once the console has followed it; or the error.
func (s *Server) cayleyChanged(w http.ResponseWriter, r *http.Request, err error, verb, key string, n, changed int, v2 bool) {
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	s.cfg.Logger.Info("quads "+verb+" through Cayley's API", "path", r.URL.Path, "quads", n, key, changed)
	s.settleWrite(r.Context())
	answer := map[string]any{"result": fmt.Sprintf("Successfully %s %d quads.", verb, n), key: changed}
	if v2 {
		answer["count"] = n
	}
	writeJSON(w, http.StatusOK, answer)
}

// settleWrite brings the console up to date before the answer, so a
// client that writes and then reads the console sees its write.
func (s *Server) settleWrite(ctx context.Context) {
	if err := s.catchUp(ctx); err != nil {
		s.cfg.Logger.Error("console not brought up to date", "err", err)
	}
}

// bodyFormat returns the format of a write's body: the format parameter,
// else the Content-Type, else N-Quads (curl's default
// application/x-www-form-urlencoded too, as Cayley reads it).
func bodyFormat(r *http.Request) (string, error) {
	if enc := r.Header.Get("Content-Encoding"); enc != "" && enc != "identity" {
		return "", &kindError{http.StatusUnsupportedMediaType, "invalid", fmt.Sprintf("Content-Encoding %.40q is not read: send the body uncompressed", enc)}
	}
	if name := r.URL.Query().Get("format"); name != "" {
		for _, f := range writeFormats {
			if f == name {
				return name, nil
			}
		}
		return "", invalid("format %.40q is not supported for writing data (want one of nquads, json, json-stream, pquads)", name)
	}
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return "nquads", nil
	}
	if mt == mimeJSONLD {
		return "", invalid("JSON-LD is not read: its @context may name remote documents; send N-Quads or JSON")
	}
	if f := quad.FormatByMime(mt); f != nil {
		for _, name := range writeFormats {
			if name == f.Name {
				return name, nil
			}
		}
	}
	return "nquads", nil
}

// stageBody reads a body of the given format and returns its quads as
// strict N-Quads, each value checked (checkValue), and how many there are.
// N-Quads pass through as sent: Import's strict reader checks them, naming
// the line.
func stageBody(body io.Reader, format string) ([]byte, int, error) {
	var qr quad.ReadCloser
	switch format {
	case "nquads":
		raw, err := io.ReadAll(body)
		if err != nil {
			return nil, 0, badBody(0, err)
		}
		n := bytes.Count(raw, []byte("\n")) // at least the quads: lines may be blank or comments
		if n > maxWriteQuads {
			return nil, 0, invalid("more than %d lines in one request: split it", maxWriteQuads)
		}
		quads, err := readStaged(raw)
		if err != nil {
			return nil, 0, badBody(0, err)
		}
		return raw, len(quads), nil
	default:
		qr = quad.FormatByName(format).Reader(body)
	}
	defer qr.Close()
	var out []byte
	n := 0
	for ; ; n++ {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, n, nil
		}
		if err != nil {
			return nil, 0, badBody(n+1, err)
		}
		if n == maxWriteQuads {
			return nil, 0, invalid("more than %d quads in one request: split it", maxWriteQuads)
		}
		for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if err := checkValue(quad.Direction(i+1), v); err != nil {
				return nil, 0, invalid("quad %d: %v", n+1, err)
			}
		}
		if out, err = nquads.AppendQuad(out, q); err != nil {
			return nil, 0, invalid("quad %d: %v", n+1, err)
		}
	}
}

// readStaged parses strict N-Quads.
func readStaged(b []byte) ([]quad.Quad, error) {
	r := nquads.NewReader(bytes.NewReader(b), "request body")
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
}

// badBody makes a body's parse error a 400, naming the quad; a body past
// MaxBodyBytes stays a 413.
func badBody(n int, err error) error {
	var tooBig *http.MaxBytesError
	var pe *nquads.ParseError
	switch {
	case errors.As(err, &tooBig):
		return err
	case errors.As(err, &pe):
		return invalid("%v", pe)
	case n == 0:
		return invalid("%v", err)
	}
	return invalid("quad %d: %v", n, err)
}
