//go:build external

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestExportParsesWithRapper loads the bundled example articles, exports
// N-Quads and has an independent RDF parser (Debian's rapper, from
// raptor2-utils) read them back: every line must parse, and the count must
// be the store's.
func TestExportParsesWithRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Fatal("rapper not found: install raptor2-utils (scripts/test.sh does)")
	}
	dir := t.TempDir()
	env := func(string) string { return "" }
	db := filepath.Join(dir, "news.db")
	var out, errb bytes.Buffer
	streams := IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}
	if code := run(context.Background(), []string{"--db", db, "load", "../../examples"}, streams, env); code != exitOK {
		t.Fatalf("load: exit %d: %s", code, errb.String())
	}
	nq := filepath.Join(dir, "graph.nq")
	if code := run(context.Background(), []string{"--db", db, "export", "--format", "nquads", "--out", nq}, streams, env); code != exitOK {
		t.Fatalf("export: exit %d: %s", code, errb.String())
	}
	out.Reset()
	if code := run(context.Background(), []string{"--db", db, "stats"}, streams, env); code != exitOK {
		t.Fatalf("stats: exit %d: %s", code, errb.String())
	}
	m := regexp.MustCompile(`quads\s+(\d+)`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("stats printed no quad count: %s", out.String())
	}
	want, _ := strconv.Atoi(m[1])

	cmd := exec.Command(rapper, "-i", "nquads", "-c", nq)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("rapper failed: %v\n%s", err, res)
	}
	if strings.Contains(string(res), "Error") || strings.Contains(string(res), "Warning") {
		t.Errorf("rapper complained:\n%s", res)
	}
	got := regexp.MustCompile(`returned (\d+) (statements|triples)`).FindStringSubmatch(string(res))
	if got == nil {
		t.Fatalf("rapper printed no count:\n%s", res)
	}
	if n, _ := strconv.Atoi(got[1]); n != want {
		t.Errorf("rapper read %d statements, the store has %d quads", n, want)
	}
}

// hostileJSONL are articles whose urls, ids and titles try to end an IRI,
// a literal or a quad: the injection of issue 13, a space, NUL, U+2028, a
// lone surrogate, a 10,000-character url.
var hostileJSONL = strings.Join([]string{
	`{"id":"inject","date":"2025-01-03","url":"https://news.example/x> <https://evil.example/p> \"forged\" <https://newsgraph.dev/id/article/victim> .\n<https://news.example/y","text":"Kenya joined the water deal."}`,
	`{"id":"Space Id","date":"2025-01-03","url":"https://news.example/a b","title":"Quote \" back\\slash \u0000 \u2028 \u0001","text":"Peru joined the water deal.\u0000"}`,
	`{"id":"bare","date":"2025-01-03","url":"www.example.com/story 1","title":"Lone \ud800 surrogate","text":"Chile joined the water deal."}`,
	`{"id":"long","date":"2025-01-03","url":"https://news.example/` + strings.Repeat("a b", 3400) + `","text":"Ghana joined the water deal."}`,
}, "\n") + "\n"

// TestHostileExportParsesWithRapper loads hostile articles, exports
// N-Quads, has rapper read every quad, and imports the export into a new
// store whose export is byte for byte the first.
func TestHostileExportParsesWithRapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Fatal("rapper not found: install raptor2-utils (scripts/test.sh does)")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "hostile.jsonl")
	if err := os.WriteFile(in, []byte(hostileJSONL), 0o644); err != nil {
		t.Fatal(err)
	}
	env := func(string) string { return "" }
	var out, errb bytes.Buffer
	streams := IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}
	cli := func(args ...string) {
		t.Helper()
		if code := run(context.Background(), args, streams, env); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
	}
	db, nq := filepath.Join(dir, "news.db"), filepath.Join(dir, "graph.nq")
	cli("--db", db, "load", in)
	if !strings.Contains(out.String(), "loaded 4 articles") {
		t.Fatalf("load: %s", out.String())
	}
	cli("--db", db, "export", "--format", "nquads", "--out", nq)
	first, _ := os.ReadFile(nq)
	lines := bytes.Count(first, []byte("\n"))

	res, err := exec.Command(rapper, "-i", "nquads", "-c", nq).CombinedOutput()
	if err != nil || strings.Contains(string(res), "Error") || strings.Contains(string(res), "Warning") {
		t.Fatalf("rapper: %v\n%s", err, res)
	}
	got := regexp.MustCompile(`returned (\d+) (statements|triples)`).FindStringSubmatch(string(res))
	if got == nil {
		t.Fatalf("rapper printed no count:\n%s", res)
	}
	if n, _ := strconv.Atoi(got[1]); n != lines {
		t.Errorf("rapper read %d statements of %d lines:\n%s", n, lines, res)
	}

	copyDB, copyNQ := filepath.Join(dir, "copy.db"), filepath.Join(dir, "copy.nq")
	cli("--db", copyDB, "import", nq)
	cli("--db", copyDB, "export", "--format", "nquads", "--out", copyNQ)
	if second, _ := os.ReadFile(copyNQ); !bytes.Equal(first, second) {
		t.Errorf("export → import → export differs (%d and %d bytes)", len(first), len(second))
	}
}
