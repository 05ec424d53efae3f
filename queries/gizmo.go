package queries

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/newsgraph/newsgraph/graph"
)

// RunGizmo runs a Gizmo script (Cayley's JavaScript query language) on its
// own session. Each result becomes a row: the tags of a path result
// (g.V(…).Tag("x").All(), the node itself under "id"), or the value passed to
// g.emit (an object's keys become columns; anything else a "value" column).
//
// Errors are ErrInvalid with the script's line and column when goja gives
// them ("gizmo: line 2:5: SyntaxError: …"); errors raised inside Cayley's
// Gizmo functions (a wrong argument count) carry no position. A script that
// runs past opt.Timeout is ErrTimeout; one that grows the heap past
// opt.MemoryBudget or its answer past opt.MaxBytes is ErrTooLarge.
func RunGizmo(ctx context.Context, s *graph.Store, script string, opt RunOptions) (*Result, error) {
	var rows []map[string]any
	err := runSession(ctx, s, script, opt, query.Raw, func(r *reader, v any) (any, error) {
		row, err := r.gizmoRow(v)
		if row != nil {
			rows = append(rows, row)
		}
		return row, err
	})
	if err != nil {
		return nil, err
	}
	// Gizmo stops at the limit without saying whether results were left:
	// a full page may have more.
	res := &Result{Columns: columnsOf(rows), Rows: rows, More: opt.Limit > 0 && len(rows) >= opt.Limit}
	res.dedupeRows()
	return res, nil
}

// RunGizmoJSON runs a script as Cayley's HTTP API does, each result in
// Cayley's JSON collation (tags and "id", IRIs as "<…>"), or with jsonld in
// its JSON-LD collation (IRIs as {"@id": …}, typed literals as {"@value",
// "@type"}: what its v2 API answers to Accept: application/ld+json), with
// the limits of RunGizmo.
func RunGizmoJSON(ctx context.Context, s *graph.Store, script string, opt RunOptions, jsonld bool) ([]any, error) {
	col := query.JSON
	if jsonld {
		col = query.JSONLD
	}
	out := []any{}
	err := runSession(ctx, s, script, opt, col, func(_ *reader, v any) (any, error) {
		out = append(out, v)
		return v, nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// runSession runs a script in a guarded session, passing each result to
// add, which returns the row it keeps; rows are counted against
// opt.MaxBytes.
func runSession(ctx context.Context, s *graph.Store, script string, opt RunOptions, col query.Collation,
	add func(*reader, any) (any, error)) error {
	ctx, cancel := withTimeout(ctx, opt.Timeout)
	defer cancel()
	err := s.Read(func(qs cgraph.QuadStore) error {
		return runGizmo(ctx, qs, script, opt, col, add)
	})
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &Error{Kind: ErrTimeout, Msg: fmt.Sprintf("gizmo: timed out after %v", opt.Timeout)}
	}
	return err
}

// runGizmo executes the script. Sessions can panic (a nil pointer deep in
// Cayley, CAYLEY-NOTES trap 12), so a panic here becomes an error rather
// than a crash. One in the goroutine Gizmo runs the script on cannot be
// caught from here.
func runGizmo(ctx context.Context, qs cgraph.QuadStore, script string, opt RunOptions, col query.Collation,
	add func(*reader, any) (any, error)) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("gizmo: internal error: %v", p)
		}
	}()
	session := gizmo.NewSession(qs)
	stop, err := guardSession(session, opt.MemoryBudget)
	if err != nil {
		return err
	}
	defer stop()
	it, err := session.Execute(ctx, script, query.Options{Collation: col, Limit: opt.Limit})
	if err != nil {
		return gizmoError(err)
	}
	defer it.Close()
	r := newReader(ctx, qs)
	size := AnswerSize{Max: opt.MaxBytes, What: "gizmo"}
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			continue
		}
		row, err := add(r, v)
		if err != nil {
			return err
		}
		if err := size.Add(row); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return gizmoError(err)
	}
	return nil
}

// gizmoRow turns one raw Gizmo result into a flat row; nil skips it.
func (r *reader) gizmoRow(v any) (map[string]any, error) {
	g, ok := v.(*gizmo.Result)
	if !ok || g.Meta {
		return nil, nil
	}
	if g.Val == nil {
		row := make(map[string]any, len(g.Tags))
		for k, ref := range g.Tags {
			val, err := r.qs.NameOf(ref)
			if err != nil {
				return nil, fmt.Errorf("gizmo: tag %s: %w", k, err)
			}
			row[k] = plain(val)
		}
		return row, nil
	}
	if m, ok := g.Val.(map[string]any); ok {
		row := make(map[string]any, len(m))
		for k, v := range m {
			row[k] = flat(v)
		}
		return row, nil
	}
	return map[string]any{"value": flat(g.Val)}, nil
}

// flat keeps JSON scalars and prints anything nested, so rows stay flat.
func flat(v any) any {
	switch v := v.(type) {
	case nil, string, bool, int64, float64, int:
		return v
	}
	return fmt.Sprint(v)
}

// columnsOf lists every key of rows: "id" first, then alphabetical.
func columnsOf(rows []map[string]any) []string {
	seen := map[string]bool{}
	for _, row := range rows {
		for k := range row {
			seen[k] = true
		}
	}
	cols := make([]string, 0, len(seen))
	for k := range seen {
		if k != "id" {
			cols = append(cols, k)
		}
	}
	sort.Strings(cols)
	if seen["id"] {
		cols = append([]string{"id"}, cols...)
	}
	return cols
}

var (
	// goja compile errors: "SyntaxError: (anonymous): Line 2:7 Unexpected token .".
	compilePos = regexp.MustCompile(`^(\w+): \(anonymous\): Line (\d+):(\d+) (.*)$`)
	// goja exceptions: "ReferenceError: foo is not defined at <eval>:2:1(4)".
	runtimePos = regexp.MustCompile(`^(.*?) at (?:<eval>|\S*):(\d+):(\d+)\(\d+\)`)
)

// gizmoError rewrites goja's messages as "gizmo: line L:C: message".
func gizmoError(err error) error {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return err
	}
	if qe := (*Error)(nil); errors.As(err, &qe) { // the watchdog's interrupt
		return qe
	}
	msg := strings.TrimSpace(err.Error())
	if e, ok := budgetError(msg); ok {
		return e
	}
	if m := compilePos.FindStringSubmatch(msg); m != nil {
		return invalidf("gizmo: line %s:%s: %s: %s", m[2], m[3], m[1], m[4])
	}
	if m := runtimePos.FindStringSubmatch(msg); m != nil {
		return invalidf("gizmo: line %s:%s: %s", m[2], m[3], m[1])
	}
	return invalidf("gizmo: %s", msg)
}
