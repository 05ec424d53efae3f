//go:build external

package main

import (
	"bytes"
	"context"
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
