//go:build external

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashArticles is the size of the corpus TestCrashAndResume loads: large
// enough for dozens of batches of 50, small enough for CI.
const crashArticles = 1500

// TestCrashAndResume kills 'newsgraph load' with SIGKILL in the middle of a
// large load, checks that the store opens and answers queries, resumes the
// load with --resume, and checks that the graph is exactly the one an
// uninterrupted load of the same file gives: the same quads, none
// duplicated, none missing.
func TestCrashAndResume(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "c.jsonl")
	writeCrashCorpus(t, corpus, crashArticles)
	ng := func(db string, args ...string) string { t.Helper(); return runBin(ctx, t, bin, db, args...) }

	// The reference: one uninterrupted load.
	whole := filepath.Join(dir, "b")
	start := time.Now()
	ng(whole, "load", corpus)
	t.Logf("uninterrupted load of %d articles: %v", crashArticles, time.Since(start).Round(time.Millisecond))

	// The same load, killed once a quarter of the articles are committed;
	// then resumed and killed again past the half.
	killed := filepath.Join(dir, "a")
	first := killLoad(ctx, t, bin, killed, corpus, crashArticles/4)
	second := killLoad(ctx, t, bin, killed, corpus, crashArticles/2, "--resume")
	if second <= first {
		t.Errorf("the resumed load committed nothing before the second kill (%d, then %d articles)", first, second)
	}

	// The store opens and answers queries, holding whole batches only.
	stored := statCount(t, ng(killed, "stats"), "articles")
	if stored < second || stored >= crashArticles {
		t.Fatalf("after the kills the store has %d articles; %d were committed, %d in all", stored, second, crashArticles)
	}
	t.Logf("killed after %d, then %d committed articles; the store has %d", first, second, stored)
	if out := ng(killed, "query", "entities", "--arg", "type=person"); !strings.Contains(out, "person/") {
		t.Errorf("query entities after the kill:\n%.500s", out)
	}

	// Resume: what is in the store is skipped, the rest is loaded.
	out := ng(killed, "load", "--resume", corpus)
	want := fmt.Sprintf("loaded %d articles (0 already in the store, %d skipped by --resume)", crashArticles, stored)
	if !strings.Contains(out, want) {
		t.Errorf("resumed load printed %q, want %q", out, want)
	}
	if n := statCount(t, ng(killed, "stats"), "articles"); n != crashArticles {
		t.Errorf("after resume the store has %d articles, want %d", n, crashArticles)
	}

	got, wantQuads := exportLines(t, ng(killed, "export", "--format", "nquads")), exportLines(t, ng(whole, "export", "--format", "nquads"))
	missing, extra := diffSorted(got, wantQuads)
	if len(missing)+len(extra) > 0 {
		t.Errorf("resumed graph differs from the uninterrupted one: %d quads missing, %d extra", len(missing), len(extra))
		for _, l := range firstN(missing, 5) {
			t.Errorf("missing: %s", l)
		}
		for _, l := range firstN(extra, 5) {
			t.Errorf("extra: %s", l)
		}
	}
	t.Logf("both graphs: %d quads", len(wantQuads))
}

// killLoad starts 'newsgraph load' on corpus, SIGKILLs it at a random
// moment after a committed batch brings it to n articles (the debug log
// prints a line after each), and returns the article count of that line.
func killLoad(ctx context.Context, t *testing.T, bin, db, corpus string, n int, flags ...string) int {
	t.Helper()
	// Batches of 50 articles (not the default 500) give the kills dozens
	// of commits to fall between.
	args := append([]string{"--db", db, "--log-level", "debug", "load", "--batch", "50"}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, corpus)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	committed := waitForBatch(t, stderr, n)
	time.Sleep(time.Duration(rand.Int64N(int64(400 * time.Millisecond)))) // during the next batch, or its commit
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the load was not killed mid-way (it ended first: %v); make the corpus larger", err)
	}
	return committed
}

// writeCrashCorpus writes n JSON-line articles cut from the bundled
// examples, each with its own id, date and reporter, as bench/corpus does.
func writeCrashCorpus(t *testing.T, path string, n int) {
	t.Helper()
	files, err := filepath.Glob("../../examples/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("example articles: %v (%d files)", err, len(files))
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\s*`).ReplaceAllString(string(data), ""))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	given := []string{"Ana", "Ben", "Chidi", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"}
	family := []string{"Adeyemi", "Brandt", "Castro", "Dlamini", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau"}
	for i := range n {
		reporter := fmt.Sprintf("%s %s-%s", given[i%len(given)], family[(i/len(given))%len(family)], family[(i/7)%len(family)])
		err := enc.Encode(map[string]string{
			"id": fmt.Sprintf("crash-%05d", i), "date": day.AddDate(0, 0, i%730).Format("2006-01-02"),
			"title": fmt.Sprintf("Article %d", i), "source": "crash test",
			"text": texts[i%len(texts)] + "\n\nReporting by " + reporter + ".",
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitForBatch reads the debug log until a committed batch brings the
// running article count to at least n, and returns that count. It keeps
// draining the log afterwards so the loader never blocks on stderr.
func waitForBatch(t *testing.T, log interface{ Read([]byte) (int, error) }, n int) int {
	t.Helper()
	sc := bufio.NewScanner(log)
	re := regexp.MustCompile(`msg="batch written" articles=(\d+)`)
	for sc.Scan() {
		if m := re.FindStringSubmatch(sc.Text()); m != nil {
			if got, _ := strconv.Atoi(m[1]); got >= n {
				go func() {
					for sc.Scan() {
					}
				}()
				return got
			}
		}
	}
	t.Fatalf("the load ended before %d articles were committed (log: %v)", n, sc.Err())
	return 0
}

// statCount reads one count from 'newsgraph stats'.
func statCount(t *testing.T, stats, name string) int {
	t.Helper()
	m := regexp.MustCompile(`(?m)^\s*` + name + `\s+(\d+)`).FindStringSubmatch(stats)
	if m == nil {
		t.Fatalf("no %s in stats:\n%s", name, stats)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// exportLines returns the lines of an N-Quads export, sorted, and fails on
// a line that appears twice.
func exportLines(t *testing.T, s string) []string {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	for i := 1; i < len(lines); i++ {
		if lines[i] == lines[i-1] {
			t.Errorf("quad exported twice: %s", lines[i])
		}
	}
	return lines
}

// diffSorted returns the lines of want missing from got, and those of got
// not in want; both are sorted.
func diffSorted(got, want []string) (missing, extra []string) {
	i, j := 0, 0
	for i < len(got) || j < len(want) {
		switch {
		case j == len(want) || i < len(got) && got[i] < want[j]:
			extra = append(extra, got[i])
			i++
		case i == len(got) || want[j] < got[i]:
			missing = append(missing, want[j])
			j++
		default:
			i++
			j++
		}
	}
	return missing, extra
}

func firstN(list []string, n int) []string {
	if len(list) > n {
		return list[:n]
	}
	return list
}

// TestCrashThenReload kills 'newsgraph load' with SIGKILL at several points
// of a load of people named in full and by surname (before the first
// commit, between and during commits at random moments, during the search
// index's catch-up after the graph is written), runs the same load again,
// plainly or with --resume, and checks that the graph is quad for quad the
// one an uninterrupted load gives. Before content hashes a plain reload
// re-resolved the stored articles' surnames against articles stored after
// them, and the graphs differed every time at 1,500 articles.
func TestCrashThenReload(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.CommandContext(ctx, "go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "c.jsonl")
	if err := os.WriteFile(corpus, surnameCorpus(t, crashArticles), 0o644); err != nil {
		t.Fatal(err)
	}
	ng := func(db string, args ...string) string { t.Helper(); return runBin(ctx, t, bin, db, args...) }
	whole := filepath.Join(dir, "whole")
	ng(whole, "load", corpus)
	want := exportLines(t, ng(whole, "export", "--format", "nquads"))

	batchLine := `msg="batch written" articles=(\d+)`
	points := []struct {
		name    string
		trigger string // a debug log line to wait for; "" kills after delay from the start
		atLeast int    // with the batch trigger: the articles committed
		delay   time.Duration
		resume  bool
	}{
		{name: "before the first commit", delay: 200 * time.Millisecond},
		{name: "right after a commit", trigger: batchLine, atLeast: 300},
		{name: "during the next batch", trigger: batchLine, atLeast: 600, delay: 40 * time.Millisecond},
		{name: "a while later", trigger: batchLine, atLeast: 900, delay: 150 * time.Millisecond, resume: true},
		{name: "late in the load", trigger: batchLine, atLeast: 1200, delay: 90 * time.Millisecond},
		{name: "during index catch-up", trigger: `msg="graph written"`},
	}
	for i, p := range points {
		t.Run(p.name, func(t *testing.T) {
			db := filepath.Join(dir, fmt.Sprintf("killed%d", i))
			landed := killAt(ctx, t, bin, db, corpus, p.trigger, p.atLeast, p.delay)
			t.Logf("killed %s", landed)
			args := []string{"load", corpus}
			if p.resume {
				args = []string{"load", "--resume", corpus}
			}
			t.Logf("reload: %s", strings.TrimSpace(ng(db, args...)))
			got := exportLines(t, ng(db, "export", "--format", "nquads"))
			missing, extra := diffSorted(got, want)
			if len(missing)+len(extra) > 0 {
				t.Errorf("the reloaded graph differs from the uninterrupted one: %d quads missing, %d extra", len(missing), len(extra))
				for _, l := range firstN(missing, 3) {
					t.Errorf("missing: %s", l)
				}
				for _, l := range firstN(extra, 3) {
					t.Errorf("extra: %s", l)
				}
			}
		})
	}
}

// killAt starts 'newsgraph load --batch 50' on corpus and SIGKILLs it delay
// after the debug log shows trigger (with a count of at least atLeast, if
// it has one), or delay after the start when trigger is "". It fails if the
// load ended before the kill, and says where the kill landed.
func killAt(ctx context.Context, t *testing.T, bin, db, corpus, trigger string, atLeast int, delay time.Duration) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, "--db", db, "--log-level", "debug", "load", "--batch", "50", corpus)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	committed := "nothing logged yet"
	if trigger != "" {
		re := regexp.MustCompile(trigger)
		for found := false; !found && sc.Scan(); {
			m := re.FindStringSubmatch(sc.Text())
			switch {
			case m == nil:
			case len(m) < 2:
				found, committed = true, "after: "+sc.Text()
			default:
				n, _ := strconv.Atoi(m[1])
				found, committed = n >= atLeast, fmt.Sprintf("after %d articles were committed", n)
			}
		}
	}
	go func() {
		for sc.Scan() {
		}
	}()
	time.Sleep(delay)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the load was not killed mid-way (it ended first: %v)", err)
	}
	return fmt.Sprintf("%v later, %s", delay, committed)
}

// runBin runs the built newsgraph on the store db and returns what it
// printed; a failure fails the test with its stderr.
func runBin(ctx context.Context, t *testing.T, bin, db string, args ...string) string {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, append([]string{"--db", db}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}
