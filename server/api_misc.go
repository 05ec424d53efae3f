package server

import (
	"fmt"
	"net/http"
	"time"

	"github.com/newsgraph/newsgraph/export"
)

// handleStats answers the overview page: counts, the most mentioned
// entities, statements per day and the latest articles, as the console's
// model last counted them (once per change of the store); with from= or
// to= (YYYY-MM-DD), of that date range, counted for the request.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	d, err := dateParams(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	o, err := s.model.Overview(r.Context(), d)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, o)
}

// handleReindex brings the console in step with the store even if this
// process saw no write (another process writing to the same PostgreSQL
// database), and recounts. It changes nothing in the store, so it needs no
// --allow-writes.
func (s *Server) handleReindex(w http.ResponseWriter, r *http.Request) {
	s.queryCache.Reset()
	o, err := s.model.Refresh(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	entities := 0
	for _, n := range o.Entities {
		entities += n
	}
	writeJSON(w, http.StatusOK, map[string]any{"articles": o.Articles, "entities": entities,
		"statements": o.Statements, "quads": o.Quads})
}

// handleExport streams the graph, or one article's quads:
// GET /api/export?format=nquads|jsonld[&article=ID].
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = export.FormatNQuads
	}
	article := r.URL.Query().Get("article")
	if article != "" {
		ok, err := s.cfg.Store.HasArticle(r.Context(), article)
		if err == nil && !ok {
			err = notFound("no article %q", article)
		}
		if err != nil {
			s.writeError(w, r, err)
			return
		}
	}
	types := map[string]string{export.FormatNQuads: "application/n-quads", export.FormatJSONLD: "application/ld+json"}
	if types[format] == "" {
		s.writeError(w, r, invalid("unknown export format %q (want nquads or jsonld)", format))
		return
	}
	// The export streams: instead of the server's write timeout it needs
	// only to make progress every exportStall.
	w = &progressWriter{ResponseWriter: w, rc: http.NewResponseController(w)}
	w.Header().Set("Content-Type", types[format]+"; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=newsgraph.%s", map[string]string{export.FormatNQuads: "nq", export.FormatJSONLD: "jsonld"}[format]))
	ew, err := export.NewWriter(format, w)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	_, err = export.Write(r.Context(), s.cfg.Store, ew, export.Options{Article: article})
	if cerr := ew.Close(); err == nil {
		err = cerr
	}
	if err != nil { // the status is sent; all we can do is log and stop
		s.cfg.Logger.Error("export failed", "err", err)
	}
}

// progressWriter pushes the write deadline exportStall ahead at each write
// (at most once a second), so a long export may stream as long as the
// client keeps reading.
type progressWriter struct {
	http.ResponseWriter
	rc   *http.ResponseController
	last time.Time
}

func (p *progressWriter) Write(b []byte) (int, error) {
	if now := time.Now(); now.Sub(p.last) > time.Second {
		p.last = now
		p.rc.SetWriteDeadline(now.Add(exportStall)) // not supported by test recorders: no deadline there
	}
	return p.ResponseWriter.Write(b)
}
