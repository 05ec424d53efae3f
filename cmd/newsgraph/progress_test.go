package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestProgressEndsAt100: the bars of a load end on "100%" with the count
// of articles, each on its own line, and the load's summary comes after.
func TestProgressEndsAt100(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	code, stdout, stderr := runCmd(t, "--db", db, "load", "--progress", "../../examples/")
	if code != 0 {
		t.Fatalf("load: exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "loaded 11 articles") {
		t.Errorf("stdout %q", stdout)
	}
	for _, drawn := range strings.FieldsFunc(stderr, func(r rune) bool { return r == '\r' || r == '\n' }) {
		if n := utf8.RuneCountInString(drawn); n >= 80 {
			t.Errorf("a line of %d columns wraps in an 80-column terminal, and its redraws leave it behind: %q", n, drawn)
		}
	}
	var last []string // what each line of the terminal shows at the end
	for _, line := range strings.SplitAfter(stderr, "\n") {
		screen := line[strings.LastIndex(line, "\r")+1:]
		if strings.TrimSpace(screen) != "" {
			last = append(last, strings.TrimSpace(screen))
		}
	}
	if len(last) != 2 {
		t.Fatalf("the terminal ends with %d lines %q, want the two bars", len(last), last)
	}
	for i, what := range []string{"loading", "indexing for search"} {
		// A rate shows on a slow run (-race) only.
		want := regexp.MustCompile(`^` + what + `( \([0-9.]+ articles/s\))? 100% \|█+\| \(11/11\)$`)
		if !want.MatchString(last[i]) {
			t.Errorf("line %d ends as %q, want %s", i+1, last[i], want)
		}
	}
	// A reload: every article is known, and the bar still ends full.
	_, _, stderr = runCmd(t, "--db", db, "load", "--progress", "../../examples/")
	if !strings.Contains(stderr, "loading 100% |") || !strings.HasSuffix(strings.TrimRight(stderr, " \n"), "| (11/11)") {
		t.Errorf("reload's bar ends %q", stderr[max(0, len(stderr)-80):])
	}
}

// TestProgressNothingLoaded: a load of no article (an empty folder)
// clears its bar.
func TestProgressNothingLoaded(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "incoming")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := runCmd(t, "--db", filepath.Join(dir, "news.db"), "load", "--progress", empty)
	if strings.Contains(stderr, "%") || strings.Contains(stderr, "articles/s") {
		t.Errorf("stderr %q, want no bar left", stderr)
	}
}

func TestRateText(t *testing.T) {
	tests := []struct {
		done    int
		elapsed time.Duration
		want    string
	}{
		{11, 5 * time.Millisecond, ""}, // was "2060697 articles/s"
		{11, 499 * time.Millisecond, ""},
		{4, 2 * time.Second, ""},
		{5, 2 * time.Second, "2.5 articles/s"},
		{972, 9 * time.Second, "108 articles/s"},
	}
	for _, tt := range tests {
		if got := rateText(tt.done, tt.elapsed, "articles"); got != tt.want {
			t.Errorf("rateText(%d, %v) = %q, want %q", tt.done, tt.elapsed, got, tt.want)
		}
	}
}
