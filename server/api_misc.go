package server

import (
	"fmt"
	"net/http"
	"sort"
	"time"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

const topMentioned = 15

type statsJSON struct {
	Articles   int              `json:"articles"`
	Statements int              `json:"statements"`
	Roles      int              `json:"roles"`
	Quads      int64            `json:"quads"`
	Entities   map[string]int   `json:"entities"`
	Top        []search.Hit     `json:"top"` // Score is the number of articles
	Timeline   []dateCount      `json:"timeline"`
	Latest     []articleRowJSON `json:"latest"`
}

type dateCount struct {
	Date  string `json:"date"`
	Count int    `json:"count"`
}

// handleStats answers the overview page: counts, the most mentioned
// entities, statements per day and the latest articles.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	c := s.snapshot()
	v := statsJSON{Articles: len(c.Articles), Statements: len(c.Statements), Roles: len(c.Roles),
		Quads: c.Quads, Entities: map[string]int{}, Top: []search.Hit{}, Timeline: []dateCount{}}
	for _, t := range schema.EntityTypes {
		v.Entities[string(t)] = 0
	}
	for _, e := range c.Entities {
		v.Entities[string(e.Type)]++
	}
	for _, i := range c.TopMentioned(topMentioned) {
		v.Top = append(v.Top, entityHit(c, i))
	}
	perDay := map[string]int{}
	for _, st := range c.Statements {
		if st.Date != "" {
			perDay[st.Date]++
		}
	}
	for d, n := range perDay {
		v.Timeline = append(v.Timeline, dateCount{d, n})
	}
	sort.Slice(v.Timeline, func(i, j int) bool { return v.Timeline[i].Date < v.Timeline[j].Date })
	latest := make([]int, len(c.Articles))
	for i := range latest {
		latest[i] = i
	}
	sort.SliceStable(latest, func(i, j int) bool { return c.Articles[latest[i]].Date > c.Articles[latest[j]].Date })
	v.Latest = articleRows(c, latest[:min(8, len(latest))])
	writeJSON(w, http.StatusOK, v)
}

// handleReindex rebuilds the catalog from the store. It changes nothing in
// the store, so it needs no --allow-writes.
func (s *Server) handleReindex(w http.ResponseWriter, r *http.Request) {
	if err := s.reindex(r.Context()); err != nil {
		s.writeError(w, r, err)
		return
	}
	c := s.snapshot()
	writeJSON(w, http.StatusOK, map[string]any{"articles": len(c.Articles), "entities": len(c.Entities),
		"statements": len(c.Statements), "quads": c.Quads})
}

// handleExport streams the graph, or one article's quads:
// GET /api/export?format=nquads|jsonld[&article=ID].
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = export.FormatNQuads
	}
	article := r.URL.Query().Get("article")
	if article != "" && s.snapshot().ArticleIndex(article) < 0 {
		s.writeError(w, r, notFound("no article %q", article))
		return
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
