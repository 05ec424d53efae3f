package main

import (
	"bytes"
	"context"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for the tool when it re-executes
// itself for a phase.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && strings.HasPrefix(os.Args[1], "-"+phaseFlag+"=") {
		os.Exit(childMain(os.Args[1:], os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestReport runs every phase, each in a child process, on a small corpus
// and checks that the report has sane numbers, so the tool cannot rot
// silently.
func TestReport(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out, log bytes.Buffer
	args := []string{"-articles", "20", "-queries", "-k", "2", "-work", t.TempDir(), "-keep", t.TempDir() + "/kept"}
	if err := run(ctx, args, &out, &log); err != nil {
		t.Fatalf("run: %v\n%s", err, log.String())
	}
	report := out.String()
	t.Log("\n" + report)

	rows := map[string][]string{} // phase rows by their first two words
	for _, line := range strings.Split(report, "\n") {
		cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(line, "| "), " |"), " | ")
		if f := strings.Fields(cells[0]); len(cells) == 12 && len(f) >= 2 {
			rows[f[0]+" "+f[1]] = cells
		}
	}
	num := func(s string) float64 {
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.Fields(s + " 0")[0], ",", ""), 64)
		if err != nil {
			t.Errorf("not a number: %q", s)
		}
		return f
	}
	for _, phase := range []string{"extraction alone,", "newsgraph load", "export to", "cayley load"} {
		cells, ok := rows[phase]
		if !ok {
			t.Fatalf("no %q row in the report:\n%s", phase, report)
		}
		if rss := num(cells[7]); rss <= 0 {
			t.Errorf("%s: peak RSS %q", phase, cells[7])
		}
	}
	if a := num(rows["newsgraph load"][1]); a != 20 {
		t.Errorf("newsgraph loaded %v articles, want 20", a)
	}
	ngQuads, cyQuads := num(rows["newsgraph load"][2]), num(rows["cayley load"][2])
	if ngQuads <= 0 || cyQuads != ngQuads {
		t.Errorf("quads: newsgraph %v, cayley %v; want the same, > 0", ngQuads, cyQuads)
	}
	for _, phase := range []string{"newsgraph load", "cayley load"} {
		if num(rows[phase][5]) <= 0 || num(rows[phase][9]) <= 0 {
			t.Errorf("%s: quads/s %q, store size %q", phase, rows[phase][5], rows[phase][9])
		}
	}
	m := regexp.MustCompile(`newsgraph quads/s ÷ cayley quads/s = ([0-9.]+)`).FindStringSubmatch(report)
	if m == nil || num(m[1]) <= 0 {
		t.Errorf("no ratio in the report")
	}
	cpu := regexp.MustCompile(`newsgraph ÷ cayley: ([0-9.]+) on the wall clock, ([0-9.]+) per CPU-second`).FindStringSubmatch(report)
	if cpu == nil || num(cpu[1]) <= 0 || num(cpu[2]) <= 0 {
		t.Errorf("no per CPU-second ratio in the report")
	}
	for _, load := range []string{"newsgraph load (bolt), extraction included", "cayley load (bolt)"} {
		if !regexp.MustCompile(`(?m)^\| ` + regexp.QuoteMeta(load) + ` \| [1-9][0-9,]* \| [0-9.]+ \| [0-9,]+ \| [0-9.]+ \| [1-9][0-9,]* \|`).MatchString(report) {
			t.Errorf("no per CPU-second row for %s", load)
		}
	}
	if !strings.Contains(report, "Both stores hold the same") {
		t.Errorf("the stores differ")
	}
	if !regexp.MustCompile(`Machine: \d+ cores .*GiB RAM, go1`).MatchString(report) {
		t.Errorf("no machine line")
	}
	for _, q := range []string{"entities", "statements", "roles", "mentions", "neighbors", "path", "explain", "search"} {
		if !regexp.MustCompile(`(?m)^\| ` + q + ` \|.*\| \d+ \| [1-9]\d* \| [0-9.]+ \| [0-9.]+ \| [0-9.]+ / [0-9.]+ \|$`).MatchString(report) {
			t.Errorf("no timed %s query in the report", q)
		}
	}
	if strings.Contains(report, "error:") {
		t.Errorf("a query failed")
	}
	if fi, err := os.Stat(args[len(args)-1] + "/indexes.bolt"); err != nil || fi.Size() == 0 {
		t.Errorf("-keep: no store kept: %v", err)
	}
}

func TestPercentile(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	if p := percentile(ds, 0.5); p != 50 {
		t.Errorf("p50 = %v", p)
	}
	if p := percentile(ds, 0.99); p != 99 {
		t.Errorf("p99 = %v", p)
	}
	if p := percentile(ds[:1], 0.99); p != 1 {
		t.Errorf("p99 of one = %v", p)
	}
	if group(1234567) != "1,234,567" || group(12) != "12" || group(-1000) != "-1,000" {
		t.Errorf("group: %s %s %s", group(1234567), group(12), group(-1000))
	}
}
