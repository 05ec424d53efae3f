package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// queryJSON describes a saved query in GET /api/queries.
type queryJSON struct {
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Params      []paramJSON `json:"params"`
	Builtin     bool        `json:"builtin"`
	Script      string      `json:"script,omitempty"`
}

type paramJSON struct {
	Name     string `json:"name"`
	Doc      string `json:"doc"`
	Required bool   `json:"required"`
}

// searchQuery is the saved query "search", answered from the catalog.
func searchQuery() queryJSON {
	q := queryJSON{Name: "search", Builtin: true,
		Description: "full-text search of statements and articles, ranked, with graph filters"}
	for i, p := range search.Params {
		q.Params = append(q.Params, paramJSON{Name: p[0], Doc: p[1], Required: i == 0})
	}
	return q
}

func (s *Server) handleQueries(w http.ResponseWriter, r *http.Request) {
	list, err := queries.List(r.Context(), s.cfg.Store)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := make([]queryJSON, 0, len(list)+1)
	hasSearch := false
	for _, q := range list {
		j := queryJSON{Name: q.Name, Description: q.Description, Builtin: q.Builtin, Script: q.Script, Params: []paramJSON{}}
		for _, p := range q.Params {
			j.Params = append(j.Params, paramJSON{p.Name, p.Doc, p.Required})
		}
		if q.Name == "search" {
			hasSearch, j = true, searchQuery()
		}
		out = append(out, j)
	}
	if !hasSearch {
		out = append(out, searchQuery())
	}
	writeJSON(w, http.StatusOK, out)
}

// resultJSON is the answer of a query run.
type resultJSON struct {
	Query     string            `json:"query,omitempty"`
	Params    map[string]string `json:"params,omitempty"`
	Columns   []string          `json:"columns"`
	Rows      []map[string]any  `json:"rows"`
	Truncated bool              `json:"truncated"`
	Refs      map[string]ref    `json:"refs"`    // cell values that name an entity or an article
	Anchors   []string          `json:"anchors"` // entity keys the parameters named
	Millis    int64             `json:"ms"`
}

type ref struct {
	Kind string `json:"kind"` // entity or article
	Key  string `json:"key"`
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

func (s *Server) runOptions() queries.RunOptions {
	opt := queries.RunOptions{Limit: s.cfg.MaxRows, Timeout: s.cfg.QueryTimeout, Cache: &s.queryCache,
		MaxBytes: s.cfg.MaxAnswerBytes, MemoryBudget: s.cfg.GizmoMemory}
	if s.cfg.Index != nil {
		opt.Index = s.cfg.Index
	}
	return opt
}

func (s *Server) handleQueryRun(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	args := map[string]string{}
	for k, v := range r.URL.Query() {
		args[k] = v[len(v)-1]
	}
	start := time.Now()
	res, err := s.runQuery(r.Context(), name, args)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out := s.annotate(res, start)
	out.Query, out.Params = name, args
	out.Anchors = s.anchors(args, out.Refs)
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) runQuery(ctx context.Context, name string, args map[string]string) (*queries.Result, error) {
	if name != "search" {
		return queries.Run(ctx, s.cfg.Store, name, args, s.runOptions())
	}
	hits, err := s.search(ctx, args, s.cfg.MaxRows)
	if err != nil {
		return nil, fmt.Errorf("query search: %w", err)
	}
	cols, rows := hits.Table()
	return &queries.Result{Columns: cols, Rows: rows}, nil
}

func (s *Server) handleGizmo(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	script := string(body)
	if strings.TrimSpace(script) == "" {
		s.writeError(w, r, invalid("empty Gizmo script: send it as the request body"))
		return
	}
	start := time.Now()
	res, err := queries.RunGizmo(r.Context(), s.cfg.Store, script, s.runOptions())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.annotate(res, start))
}

// annotate wraps a result with the entities and articles its cells name,
// so the console can draw it as a graph and link it.
func (s *Server) annotate(res *queries.Result, start time.Time) resultJSON {
	c := s.snapshot()
	out := resultJSON{Columns: res.Columns, Rows: res.Rows, Refs: map[string]ref{}, Anchors: []string{},
		Truncated: res.More}
	if out.Rows == nil {
		out.Rows = []map[string]any{}
	}
	for _, row := range res.Rows {
		for _, v := range row {
			if str, ok := v.(string); ok && str != "" {
				if rf, ok := lookupRef(c, str); ok {
					out.Refs[str] = rf
				}
			}
		}
	}
	out.Millis = time.Since(start).Milliseconds()
	return out
}

// lookupRef tells whether a cell names an entity (by key or by its unique
// name) or an article (by id).
func lookupRef(c *search.Catalog, v string) (ref, bool) {
	i := c.EntityIndex(v)
	if i < 0 {
		i, _ = c.ByName(v)
	}
	if i >= 0 {
		e := &c.Entities[i]
		return ref{Kind: "entity", Key: e.Key, Name: e.Name, Type: string(e.Type)}, true
	}
	if a := c.ArticleIndex(v); a >= 0 {
		ar := c.ArticleRef(a)
		return ref{Kind: "article", Key: ar.Key, Name: ar.Name}, true
	}
	return ref{}, false
}

// anchors returns the keys of the entities the parameters name, and adds
// them to refs.
func (s *Server) anchors(args map[string]string, refs map[string]ref) []string {
	c := s.snapshot()
	out := []string{}
	for k, v := range args {
		if k == "q" || k == "kind" {
			continue
		}
		if ids, err := c.Resolve(v); err == nil {
			for _, id := range ids {
				e := &c.Entities[id]
				out = append(out, e.Key)
				refs[e.Key] = ref{Kind: "entity", Key: e.Key, Name: e.Name, Type: string(e.Type)}
			}
		}
	}
	return out
}
