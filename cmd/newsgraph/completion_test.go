package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompletion runs cobra's hidden __complete command, as the shell
// scripts of 'newsgraph completion' do, and checks the candidates and the
// directive (the last line, ":N") it prints.
func TestCompletion(t *testing.T) {
	db := examplesStore(t)
	script := filepath.Join(t.TempDir(), "people.js")
	if err := os.WriteFile(script, []byte(`g.V().Has("<http://schema.org/name>").All()`), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCmd(t, "--db", db, "query", "save", "veltrix-people", script, "--description", "people at Veltrix"); code != 0 {
		t.Fatalf("query save: %d %s", code, stderr)
	}
	missing := filepath.Join(t.TempDir(), "missing.db")
	tests := []struct {
		name      string
		args      []string
		want      []string // candidates, with their descriptions
		lacks     []string
		directive string
	}{
		{"commands", []string{""}, []string{"load\t", "query\t", "version\t"}, []string{"bench"}, ":4"},
		{"query names", []string{"--db", db, "query", ""},
			[]string{"statements\twhat was said", "roles\t", "veltrix-people\tpeople at Veltrix"}, nil, ":4"},
		{"query names by prefix", []string{"--db", db, "query", "ve"}, []string{"veltrix-people\t"}, []string{"statements"}, ":4"},
		{"parameters", []string{"--db", db, "query", "statements", "--arg", ""},
			[]string{"speaker=\twho said it", "mentions=\t", "offset=\t"}, []string{"person="}, ":6"},
		{"parameter by prefix", []string{"--db", db, "query", "roles", "-a", "p"}, []string{"person=\t"}, []string{"org="}, ":6"},
		{"no parameters of an unknown query", []string{"--db", db, "query", "nope", "--arg", ""}, nil, []string{"="}, ":4"},
		{"query --format", []string{"--db", db, "query", "roles", "--format", ""}, []string{"table\n", "json\n"}, nil, ":4"},
		{"export --format", []string{"export", "--format", ""}, []string{"nquads\n", "jsonld\n", "graphml\n", "gml\n", "dot\n", "csv\n"}, nil, ":4"},
		{"export --type", []string{"export", "--type", ""}, []string{"person\n", "organization\n"}, nil, ":4"},
		{"extract --format", []string{"extract", "--format", ""}, []string{"json\n", "text\n"}, nil, ":4"},
		{"explain --arg", []string{"explain", "role/x", "--arg", ""}, []string{"offset=\t", "limit=\t"}, nil, ":6"},
		{"--db takes directories", []string{"--db", ""}, nil, nil, ":16"},
		{"--log-level", []string{"--log-level", ""}, []string{"debug\n", "warn\n"}, nil, ":4"},
		{"builtins without a store", []string{"--db", missing, "query", ""}, []string{"statements\t"}, []string{"veltrix-people"}, ":4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, append([]string{"__complete"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
			if got := lines[len(lines)-1]; got != tt.directive {
				t.Errorf("directive %s, want %s; output:\n%s", got, tt.directive, stdout)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout, w) {
					t.Errorf("no %q in:\n%s", w, stdout)
				}
			}
			for _, l := range tt.lacks {
				if strings.Contains(strings.Join(lines[:len(lines)-1], "\n"), l) {
					t.Errorf("%q in:\n%s", l, stdout)
				}
			}
		})
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("completion created %s (stat: %v)", missing, err)
	}
}
