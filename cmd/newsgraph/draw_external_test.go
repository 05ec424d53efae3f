//go:build external

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDrawRenders loads the example articles and draws an entity's
// neighbourhood with the real dot, as SVG and PNG. It fails when Graphviz
// is missing: scripts/test.sh installs it.
func TestDrawRenders(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Fatal("dot not found: install graphviz (scripts/test.sh does)")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	env := func(string) string { return "" }
	var out, errb bytes.Buffer
	streams := IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}
	if code := run(context.Background(), []string{"--db", db, "load", "../../examples"}, streams, env); code != exitOK {
		t.Fatalf("load: exit %d: %s", code, errb.String())
	}
	for _, name := range []string{"okafor.svg", "okafor.png"} {
		p := filepath.Join(dir, name)
		errb.Reset()
		if code := run(context.Background(), []string{"--db", db, "draw", "Okafor", "--depth", "2", "--out", p}, streams, env); code != exitOK {
			t.Fatalf("draw %s: exit %d: %s", name, code, errb.String())
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".svg") && (!bytes.Contains(data, []byte("<svg")) || !bytes.Contains(data, []byte("Ada Okafor"))) {
			t.Errorf("%s is not an SVG naming Ada Okafor", name)
		}
		if strings.HasSuffix(name, ".png") && !bytes.HasPrefix(data, []byte("\x89PNG")) {
			t.Errorf("%s is not a PNG", name)
		}
		if strings.Contains(errb.String(), "Warning") {
			t.Errorf("dot warned: %s", errb.String())
		}
	}
}
