package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// queryResult is the latency of one query × entity class.
type queryResult struct {
	Query  string
	Params string // as typed on the command line, entity keys shown
	Class  string // "-" for queries that take no entity, else e.g. "top person"
	Rows   int
	Runs   int
	P50    float64 // milliseconds
	P99    float64
	// CPU50 and CPU99 are the percentiles of the CPU time (user + system,
	// every thread of this process) a run took, in milliseconds: what a
	// run costs whatever else shares the machine, where P50 and P99 also
	// count the time it waited for a core.
	CPU50, CPU99 float64
	Err          string `json:",omitempty"`
}

// runQueries runs every saved query against the store at j.DSN through
// queries.Run, the entry `newsgraph query` uses, K times each (fewer when
// j.QueryBudget runs out), for a typical entity (median number of
// articles) and the most connected one of each type that the query's
// parameter takes.
func runQueries(ctx context.Context, j job, logf logFunc) (result, error) {
	var r result
	store, x, err := openStore(ctx, j.DSN)
	if err != nil {
		return r, err
	}
	defer store.Close()
	defer x.Close()
	// As newsgraph query does before a search: a store loaded without the
	// index (-store of an older one) is indexed once, timed apart.
	refreshed := time.Now()
	behind, err := x.Behind(ctx, store)
	if err == nil {
		err = x.Follow(ctx, store, nil)
	}
	if err != nil {
		return r, err
	}
	logf("search index: %s in %.1f s", map[bool]string{true: "brought up to the store", false: "in step, checked"}[behind], time.Since(refreshed).Seconds())
	err = store.Read(func(qs cgraph.QuadStore) (err error) {
		r.StoreQuads, err = quadCount(ctx, qs)
		return err
	})
	if err != nil {
		return r, err
	}
	start := time.Now()
	opt := queries.RunOptions{Limit: j.QueryLimit, Timeout: j.QueryTimeout, Index: x}
	only := func(name string) bool {
		return j.QueryOnly == "" || slices.Contains(strings.Split(j.QueryOnly, ","), name)
	}
	bench := func(name, class string, args map[string]string) *queries.Result {
		if ctx.Err() != nil || !only(name) {
			return nil
		}
		qr, res := timeQuery(ctx, store, name, args, opt, j)
		qr.Class = class
		logf("%-10s %-28s %-18s %5d rows, %d runs: p50 %.1f ms, p99 %.1f ms %s", name, qr.Params, class, qr.Rows, qr.Runs, qr.P50, qr.P99, qr.Err)
		r.Queries = append(r.Queries, qr)
		return res
	}

	// The whole-graph summaries again as the console answers them: from a
	// queries.Cache filled by one run first.
	cache := &queries.Cache{}
	benchCached := func(name string, args map[string]string) {
		if !only(name) {
			return
		}
		if _, err := queries.Run(ctx, store, name, args, queries.RunOptions{Limit: j.QueryLimit, Timeout: j.QueryTimeout, Cache: cache}); err != nil {
			logf("%s %v with a cache: %v", name, args, err)
			return
		}
		cached := opt
		cached.Cache = cache
		qr, _ := timeQuery(ctx, store, name, args, cached, j)
		qr.Class = "cached, as in the console"
		logf("%-10s %-28s %-18s %5d rows, %d runs: p50 %.1f ms, p99 %.1f ms %s", name, qr.Params, qr.Class, qr.Rows, qr.Runs, qr.P50, qr.P99, qr.Err)
		r.Queries = append(r.Queries, qr)
	}

	// The entities are ranked straight from the store, not by the entities
	// query, so that a slow or failing query still leaves entities to pick.
	picks, err := pickEntities(ctx, store)
	if err != nil {
		return r, err
	}
	if len(picks) == 0 {
		return r, fmt.Errorf("the store has no entities to query")
	}
	bench("entities", "-", nil)
	bench("entities", "-", map[string]string{"type": "person"})
	benchCached("entities", nil)
	of := func(types ...schema.EntityType) []entityPick {
		var out []entityPick
		for _, t := range types {
			out = append(out, picks[t]...)
		}
		return out
	}

	bench("statements", "-", nil)
	bench("statements", "-, a deep page", map[string]string{"offset": "10000"})
	benchCached("statements", nil)
	var stmtFact, roleFact string
	speakers, err := speakerPicks(ctx, store)
	if err != nil {
		return r, err
	}
	for _, p := range append(of(schema.Person), speakers...) {
		res := bench("statements", p.class, map[string]string{"speaker": p.key})
		if stmtFact == "" && res != nil && len(res.Rows) > 0 {
			stmtFact, _ = res.Rows[0]["fact"].(string)
		}
	}
	for _, p := range of(schema.Country) {
		bench("statements", p.class, map[string]string{"mentions": p.key})
	}
	topRoles := bench("roles", "-", nil)
	benchCached("roles", nil)
	for _, p := range of(schema.Person) {
		res := bench("roles", p.class, map[string]string{"person": p.key})
		if roleFact == "" && res != nil && len(res.Rows) > 0 {
			roleFact, _ = res.Rows[0]["fact"].(string)
		}
	}
	for _, p := range of(schema.Organization, schema.Company, schema.Country) {
		bench("roles", p.class, map[string]string{"org": p.key})
	}
	for _, p := range of(schema.EntityTypes...) {
		bench("mentions", p.class, map[string]string{"entity": p.key})
	}
	for _, p := range of(schema.EntityTypes...) {
		bench("neighbors", p.class, map[string]string{"entity": p.key})
	}
	if ps, cs := picks[schema.Person], picks[schema.Country]; len(ps) > 0 && len(cs) > 0 {
		bench("path", ps[0].class+" → "+cs[len(cs)-1].class, map[string]string{"from": ps[0].key, "to": cs[len(cs)-1].key})
	}
	if ps, os := picks[schema.Person], picks[schema.Organization]; len(ps) > 0 && len(os) > 0 {
		bench("path", ps[len(ps)-1].class+" → "+os[len(os)-1].class, map[string]string{"from": ps[len(ps)-1].key, "to": os[len(os)-1].key})
	}
	// Hub to hub: the most mentioned country and company.
	if cs, ks := picks[schema.Country], picks[schema.Company]; len(cs) > 0 && len(ks) > 0 {
		bench("path", cs[len(cs)-1].class+" → "+ks[len(ks)-1].class, map[string]string{"from": cs[len(cs)-1].key, "to": ks[len(ks)-1].key})
	}
	if stmtFact != "" {
		bench("explain", "a statement", map[string]string{"fact": stmtFact})
	}
	if roleFact != "" {
		bench("explain", "a role", map[string]string{"fact": roleFact})
	}
	// The role stated by the most articles (the first row of roles), its
	// first page and its last.
	if topRoles != nil && len(topRoles.Rows) > 0 {
		fact, _ := topRoles.Rows[0]["fact"].(string)
		n, _ := topRoles.Rows[0]["articles"].(int64)
		last := fmt.Sprint(max(0, n-100))
		bench("explain", fmt.Sprintf("most stated role (%d art.)", n), map[string]string{"fact": fact})
		bench("explain", "most stated role, last page", map[string]string{"fact": fact, "offset": last})
	}
	for _, p := range of(schema.Person) {
		bench("search", p.class, map[string]string{"q": p.name})
	}
	// Queries users saved in the store (Gizmo), if any.
	list, err := queries.List(ctx, store)
	if err != nil {
		return r, err
	}
	for _, q := range list {
		if !q.Builtin {
			bench(q.Name, "saved", nil)
		}
	}
	r.Seconds = time.Since(start).Seconds()
	return r, ctx.Err()
}

// timeQuery runs a query up to j.K times and returns its latency
// percentiles and its last result (nil if it failed). It stops early once
// j.QueryBudget is spent and three runs are done, or after twice the budget
// whatever the count, so that a query that takes seconds at scale does not
// hold the benchmark for K × seconds.
func timeQuery(ctx context.Context, s *graph.Store, name string, args map[string]string, opt queries.RunOptions, j job) (queryResult, *queries.Result) {
	qr := queryResult{Query: name, Params: formatArgs(args)}
	var (
		times, cpus []time.Duration
		res         *queries.Result
		total       time.Duration
	)
	for len(times) < j.K {
		t0, c0 := time.Now(), processCPU()
		out, err := safeRun(ctx, s, name, args, opt)
		d, c := time.Since(t0), processCPU()-c0
		if err != nil {
			qr.Err = err.Error()
			if errors.Is(err, queries.ErrTimeout) {
				qr.Err = fmt.Sprintf("timed out after %v", opt.Timeout)
			}
			res = nil
			break
		}
		if opt.Timeout > 0 && d >= opt.Timeout {
			// The deadline passed but the query returned rows without
			// ErrTimeout: a cut-short result, not a measurement.
			qr.Err = fmt.Sprintf("timed out after %v, yet returned %d rows and no error", opt.Timeout, len(out.Rows))
			res = nil
			break
		}
		res = out
		times, cpus = append(times, d), append(cpus, c)
		total += d
		if j.QueryBudget > 0 && (total > j.QueryBudget && len(times) >= 3 || total > 2*j.QueryBudget) {
			break
		}
	}
	qr.Runs = len(times)
	if res != nil {
		qr.Rows = len(res.Rows)
	}
	qr.P50, qr.P99 = percentile(times, 0.50), percentile(times, 0.99)
	qr.CPU50, qr.CPU99 = percentile(cpus, 0.50), percentile(cpus, 0.99)
	return qr, res
}

// safeRun is queries.Run with a panic turned into an error, so that one
// crashing query (Cayley's SQL iterators have crashed before) is reported
// in its row and the others are still measured.
func safeRun(ctx context.Context, s *graph.Store, name string, args map[string]string, opt queries.RunOptions) (res *queries.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("panic: %v", p)
		}
	}()
	return queries.Run(ctx, s, name, args, opt)
}

// percentile is the nearest-rank percentile in milliseconds.
func percentile(ds []time.Duration, p float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(math.Ceil(p*float64(len(s)))) - 1
	i = max(0, min(i, len(s)-1))
	return float64(s[i].Microseconds()) / 1000
}

func formatArgs(args map[string]string) string {
	if len(args) == 0 {
		return ""
	}
	keys := make([]string, 0, len(args))
	for k := range args {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		v := args[k]
		if strings.ContainsAny(v, " \t") {
			v = fmt.Sprintf("%q", v)
		}
		parts[i] = k + "=" + v
	}
	return strings.Join(parts, " ")
}
