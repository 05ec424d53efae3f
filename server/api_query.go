package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/console"
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

// searchQuery is the saved query "search", answered by the console.
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
	Query     string                 `json:"query,omitempty"`
	Params    map[string]string      `json:"params,omitempty"`
	Columns   []string               `json:"columns"`
	Rows      []map[string]any       `json:"rows"`
	Truncated bool                   `json:"truncated"`
	Refs      map[string]console.Ref `json:"refs"`    // cell values that name an entity or an article
	Anchors   []string               `json:"anchors"` // entity keys the parameters named
	Millis    int64                  `json:"ms"`
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
	out, err := s.annotate(r.Context(), res, start)
	if err == nil {
		out.Anchors, err = s.anchors(r.Context(), args, out.Refs)
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	out.Query, out.Params = name, args
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
	out, err := s.annotate(r.Context(), res, start)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// annotate wraps a result with the entities and articles its cells name,
// so the console can draw it as a graph and link it.
func (s *Server) annotate(ctx context.Context, res *queries.Result, start time.Time) (resultJSON, error) {
	out := resultJSON{Columns: res.Columns, Rows: res.Rows, Refs: map[string]console.Ref{}, Anchors: []string{},
		Truncated: res.More}
	if out.Rows == nil {
		out.Rows = []map[string]any{}
	}
	var cells []string
	for _, row := range res.Rows {
		for _, v := range row {
			if str, ok := v.(string); ok && str != "" {
				cells = append(cells, str)
				cells = append(cells, pathNodes(str)...)
			}
		}
	}
	refs, err := s.model.Refs(ctx, cells)
	if err != nil {
		return out, err
	}
	out.Refs = refs
	out.Millis = time.Since(start).Milliseconds()
	return out, nil
}

// pathStep splits a chain of the path query, "Ada Okafor —mentions←
// article(04902dc81a8713e2) —mentions→ Kenya", between its nodes.
var pathStep = regexp.MustCompile(` —[^ ]+[←→] `)

// pathNodes returns the nodes of a chain that may name an entity or an
// article (its id, out of "article(…)"), so that the console links each;
// nothing for a cell that is not a chain.
func pathNodes(cell string) []string {
	parts := pathStep.Split(cell, -1)
	if len(parts) < 2 {
		return nil
	}
	for i, p := range parts {
		if id, ok := strings.CutPrefix(p, "article("); ok {
			parts[i] = strings.TrimSuffix(id, ")")
		}
	}
	return parts
}

// anchors returns the keys of the entities the parameters name, and adds
// them to refs.
func (s *Server) anchors(ctx context.Context, args map[string]string, refs map[string]console.Ref) ([]string, error) {
	var values []string
	for k, v := range args {
		if k != "q" && k != "kind" {
			values = append(values, v)
		}
	}
	found, err := s.model.Anchors(ctx, values)
	out := []string{}
	for _, r := range found {
		out = append(out, r.Key)
		refs[r.Key] = r
	}
	return out, err
}
