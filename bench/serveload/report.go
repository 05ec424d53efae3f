package main

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"
)

// percentile returns the q-th quantile (0 < q ≤ 1) of sorted latencies by
// the nearest-rank method, or 0 for none.
func percentile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 1, 64)
}

// printReport writes the figures of a run.
func printReport(w io.Writer, cfg config, r *result) {
	fmt.Fprintf(w, "serveload: %d clients for %v against the %s store %s: %d articles, %d entities, %d quads at the start\n",
		cfg.Clients, r.Elapsed.Round(10*time.Millisecond), r.Backend, r.Store, r.Articles, r.Entities, r.Quads)
	fmt.Fprintf(w, "machine: %s\n", machine())
	fmt.Fprintf(w, "\n%-18s %9s %8s %8s %8s %8s %7s\n", "route", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors")
	all := &routeStats{}
	for _, rt := range r.Mix.Routes {
		st := r.Routes[rt.Name]
		printRoute(w, rt.Name, st, r.Elapsed)
		all.merge(st)
	}
	printRoute(w, "all", all, r.Elapsed)
	fmt.Fprintf(w, "\nerrors:")
	for i, k := range errKinds {
		fmt.Fprintf(w, "%s %s %d", map[bool]string{true: ",", false: ""}[i > 0], k, all.Errors[k])
	}
	fmt.Fprintln(w, statusList(all.Statuses))
	if r.Writes != nil {
		printWrites(w, r)
	}
	printFailures(w, r)
}

func printRoute(w io.Writer, name string, st *routeStats, elapsed time.Duration) {
	slices.Sort(st.Latencies)
	errs := st.requests() - len(st.Latencies)
	fmt.Fprintf(w, "%-18s %9d %8.1f %8s %8s %8s %7d\n", name, st.requests(), float64(st.requests())/elapsed.Seconds(),
		ms(percentile(st.Latencies, 0.50)), ms(percentile(st.Latencies, 0.95)), ms(percentile(st.Latencies, 0.99)), errs)
}

// statusList spells the non-2xx answers by status, if any: " (504: 3)".
func statusList(statuses map[int]int) string {
	if len(statuses) == 0 {
		return ""
	}
	var parts []string
	for code, n := range statuses {
		parts = append(parts, fmt.Sprintf("%d: %d", code, n))
	}
	slices.Sort(parts)
	return " (" + strings.Join(parts, ", ") + ")"
}

func printWrites(w io.Writer, r *result) {
	ws := r.Writes
	slices.Sort(ws.Took)
	unit := "per article"
	if ws.Loads > 0 && r.Writer == "load process" {
		unit = fmt.Sprintf("per `newsgraph load` of %d articles, %d runs", len(ws.IDs)/max(len(ws.Took), 1), ws.Loads)
	}
	fmt.Fprintf(w, "writes (%s): %d articles, %.1f/s, p50 %s ms, p99 %s ms %s; %d errors\n", r.Writer, len(ws.IDs),
		float64(len(ws.IDs))/r.Elapsed.Seconds(), ms(percentile(ws.Took, 0.5)), ms(percentile(ws.Took, 0.99)), unit, ws.Errors)
	slices.Sort(ws.Reindex.Latencies)
	fmt.Fprintf(w, "reindex while writing: %d, p50 %s ms, max %s ms; %d errors\n", ws.Reindex.requests(),
		ms(percentile(ws.Reindex.Latencies, 0.5)), ms(percentile(ws.Reindex.Latencies, 1)), ws.Reindex.requests()-len(ws.Reindex.Latencies))
	fmt.Fprintf(w, "after the run: %d articles expected in the store, %d of %d written articles served\n",
		r.Articles+len(ws.IDs), ws.Verified, len(ws.IDs))
}

// printFailures lists a few messages of each failing route and writer.
func printFailures(w io.Writer, r *result) {
	if !r.failed() {
		fmt.Fprintln(w, "no errors")
		return
	}
	fmt.Fprintln(w, "FAILED:")
	for _, rt := range r.Mix.Routes {
		for _, s := range r.Routes[rt.Name].Samples {
			fmt.Fprintf(w, "  %s: %s\n", rt.Name, s)
		}
	}
	if ws := r.Writes; ws != nil {
		for _, s := range append(ws.Samples, ws.Reindex.Samples...) {
			fmt.Fprintf(w, "  writer: %s\n", s)
		}
	}
	for _, p := range r.Problems {
		fmt.Fprintf(w, "  after the run: %s\n", p)
	}
}

// machine describes the computer the run used.
func machine() string {
	s := fmt.Sprintf("%d CPUs (GOMAXPROCS %d), %s/%s, %s", runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, runtime.Version())
	if kb := memTotalKB(); kb > 0 {
		s += fmt.Sprintf(", %.1f GB RAM", float64(kb)/(1<<20))
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) >= 3 {
			s += ", load average " + strings.Join(f[:3], " ") + " at the end"
		}
	}
	return s
}

// memTotalKB reads MemTotal from /proc/meminfo; 0 where there is none.
func memTotalKB() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return n
		}
	}
	return 0
}
