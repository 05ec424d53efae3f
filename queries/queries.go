package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
)

// Param is a parameter of a query.
type Param struct {
	Name     string
	Doc      string
	Required bool
}

// Query describes a query: a builtin path query, or a Gizmo script a user
// saved (Script set, Builtin false).
type Query struct {
	Name        string
	Description string
	Params      []Param
	Builtin     bool
	Script      string
}

// RunOptions limit a run.
type RunOptions struct {
	// Limit is the most rows returned; 0 means all.
	Limit int
	// Timeout stops a query that runs longer; 0 means no timeout beyond
	// the context's.
	Timeout time.Duration
	// MaxBytes is the largest answer, its rows counted as JSON; past it the
	// query fails with ErrTooLarge rather than return part of it. 0 means
	// no limit.
	MaxBytes int64
	// MemoryBudget is how much a Gizmo script may grow the heap before it
	// is stopped with ErrTooLarge (see gizmoguard.go). 0 means no limit.
	MemoryBudget int64
	// Cache, if set, keeps the whole-graph summaries that entities, roles
	// and statements without a filter compute, across runs on one store;
	// see Cache.
	Cache *Cache
	// Index is the store's search index, which the search and mentions
	// queries read after bringing it up to the store's last commit.
	// Without one, search indexes the whole store in memory for the one
	// query, and mentions reads the graph.
	Index SearchIndex
}

// SearchIndex is a text index of a store's articles and statements
// (search.Index) that follows the store's commits.
type SearchIndex interface {
	Follow(ctx context.Context, s *graph.Store, progress func(done, total int)) error
	Search(r search.Request, g search.Lookup) (*search.Results, error)
}

// builtin is a query implemented in Go with Cayley's path API.
type builtin struct {
	Query
	run func(r *reader, args map[string]string) (*Result, error)
}

// Builtins lists the builtin queries in a stable order.
func Builtins() []Query {
	out := make([]Query, len(builtins))
	for i, b := range builtins {
		out[i] = b.Query
		out[i].Builtin = true
	}
	return out
}

func lookupBuiltin(name string) *builtin {
	for i := range builtins {
		if builtins[i].Name == name {
			return &builtins[i]
		}
	}
	return nil
}

// List returns the builtin queries, then the queries users saved in the
// store, sorted by name.
func List(ctx context.Context, s *graph.Store) ([]Query, error) {
	saved, err := savedQueries(ctx, s)
	if err != nil {
		return nil, err
	}
	return append(Builtins(), saved...), nil
}

// Run runs the builtin or saved query called name with args. Errors name the
// problem: an unknown query (listing the known ones), a missing, unknown or
// empty parameter, an entity no alias resolves (ErrNotFound), a timeout
// (ErrTimeout).
func Run(ctx context.Context, s *graph.Store, name string, args map[string]string, opt RunOptions) (*Result, error) {
	if b := lookupBuiltin(name); b != nil {
		if err := checkArgs(b.Query, args); err != nil {
			return nil, err
		}
		return runBuiltin(ctx, s, b, args, opt)
	}
	q, ok, err := savedQuery(ctx, s, name)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, unknownQuery(ctx, s, name)
	}
	if len(args) > 0 {
		return nil, invalidf("query %s: saved Gizmo queries take no parameters", name)
	}
	res, err := RunGizmo(ctx, s, q.Script, opt)
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	return res, nil
}

func runBuiltin(ctx context.Context, s *graph.Store, b *builtin, args map[string]string, opt RunOptions) (*Result, error) {
	ctx, cancel := withTimeout(ctx, opt.Timeout)
	defer cancel()
	if opt.Cache != nil {
		opt.Cache.use(s)
	}
	var res *Result
	x, done, err := searchIndexFor(ctx, s, b.Name, opt.Index)
	if err != nil {
		return nil, queryError(ctx, b.Name, opt, err)
	}
	defer done()
	var found *search.Results
	var mentioned *mentionsWindow
	switch b.Name {
	case "search":
		found, err = searchOutsideRead(ctx, s, x, args)
	case "mentions":
		mentioned, err = mentionsOutsideRead(ctx, s, x, args)
	}
	if err != nil {
		return nil, queryError(ctx, b.Name, opt, err)
	}
	err = s.Read(func(qs cgraph.QuadStore) (err error) {
		r := newReader(ctx, qs)
		r.cache, r.store, r.found, r.mentioned = opt.Cache, s, found, mentioned
		res, err = b.run(r, args)
		return err
	})
	if err == nil {
		// A walk cut short by the deadline can end without an error of
		// its own; its rows would be a silent part of the answer.
		err = ctx.Err()
	}
	if err != nil {
		return nil, queryError(ctx, b.Name, opt, err)
	}
	res.dedupeRows()
	res.limit(opt.Limit)
	size := AnswerSize{Max: opt.MaxBytes, What: "query " + b.Name}
	for _, row := range res.Rows {
		if err := size.Add(row); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func withTimeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d > 0 {
		return context.WithTimeout(ctx, d)
	}
	return context.WithCancel(ctx)
}

// queryError names the query in err and turns a deadline into ErrTimeout.
func queryError(ctx context.Context, name string, opt RunOptions, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &Error{Kind: ErrTimeout, Msg: fmt.Sprintf("query %s: timed out after %v", name, opt.Timeout)}
	}
	var qe *Error
	if errors.As(err, &qe) {
		return &Error{Kind: qe.Kind, Msg: fmt.Sprintf("query %s: %s", name, qe.Msg)}
	}
	return fmt.Errorf("query %s: %w", name, err)
}

// checkArgs refuses unknown and empty parameters and missing required ones.
func checkArgs(q Query, args map[string]string) error {
	known := map[string]bool{}
	for _, p := range q.Params {
		known[p.Name] = true
		if v, ok := args[p.Name]; p.Required && (!ok || strings.TrimSpace(v) == "") {
			return invalidf("query %s: missing required parameter %s (%s)", q.Name, p.Name, p.Doc)
		}
	}
	var unknown []string
	for k, v := range args {
		if !known[k] {
			unknown = append(unknown, k)
		} else if strings.TrimSpace(v) == "" {
			return invalidf("query %s: parameter %s is empty", q.Name, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return invalidf("query %s: unknown parameter %s (it takes %s)", q.Name, strings.Join(unknown, ", "), paramNames(q))
	}
	return nil
}

func paramNames(q Query) string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

func unknownQuery(ctx context.Context, s *graph.Store, name string) error {
	var names []string
	for _, b := range builtins {
		names = append(names, b.Name)
	}
	// The saved queries are a courtesy here: the store that could not
	// find the query may not list them either.
	if all, err := List(ctx, s); err == nil {
		names = names[:0]
		for _, q := range all {
			names = append(names, q.Name)
		}
	}
	return invalidf("unknown query %q (known: %s)", name, strings.Join(names, ", "))
}
