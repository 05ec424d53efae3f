package main

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// Two articles that both name Marta Quill and Harrowgate Logistics; only
// the second names Jonas Brandt and Germany.
const (
	quillArticle = `{"id":"quill-ports","title":"Ports stay open","date":"2025-03-04","source":"Example Wire","text":"Harrowgate Logistics CEO Marta Quill said on Monday that the company would hire 200 dock workers.\n\n\"Our ports will stay open,\" Quill said."}`
	talksArticle = `{"id":"harbour-talks","title":"Harbour talks resume","date":"2025-03-05","source":"Example Wire","text":"Harrowgate Logistics CEO Marta Quill met German Economy Minister Jonas Brandt in Hamburg on Tuesday.\n\n\"We expect a deal by summer,\" Brandt said after the meeting."}`
)

// TestRemoveLeavesTheOtherArticle: removing an article removes exactly the
// facts it alone supported. The shared entity and the other article's facts
// stay, the removed article's statements, roles and mentions go, and the
// graph is the one loading only the other article gives.
func TestRemoveLeavesTheOtherArticle(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "quill.jsonl"), []byte(quillArticle+"\n"))
	writeFile(t, filepath.Join(dir, "talks.jsonl"), []byte(talksArticle+"\n"))
	both, only := filepath.Join(dir, "both.db"), filepath.Join(dir, "only.db")
	cli := func(db string, args ...string) string {
		t.Helper()
		code, out, errs := runNewsgraph(t, db, args...)
		if code != exitOK {
			t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errs)
		}
		return out
	}
	cli(both, "load", filepath.Join(dir, "quill.jsonl"), filepath.Join(dir, "talks.jsonl"))
	cli(only, "load", filepath.Join(dir, "quill.jsonl"))
	before := nquadSet(cli(both, "export", "--format", "nquads"))
	talks := nquadSet(cli(both, "export", "--format", "nquads", "--article", "harbour-talks"))
	for _, want := range []string{"person/jonas-brandt", "schema.org/spokenByCharacter>", "/ns#holder>", "schema.org/mentions>"} {
		if !containsLine(talks, want) {
			t.Fatalf("the article to remove has no %q fact; the test needs one", want)
		}
	}

	out := cli(both, "remove", "harbour-talks")
	if want := len(talks); !strings.Contains(out, "harbour-talks: "+strconv.Itoa(want)+" quads removed") {
		t.Errorf("remove printed %q, want %d quads removed", out, want)
	}
	after := nquadSet(cli(both, "export", "--format", "nquads"))
	want := nquadSet(cli(only, "export", "--format", "nquads"))
	assertSameLines(t, after, want)
	if len(after) != len(before)-len(talks) {
		t.Errorf("%d quads left of %d, want %d fewer", len(after), len(before), len(talks))
	}
	for _, gone := range []string{"person/jonas-brandt", "article/harbour-talks"} {
		if containsLine(after, gone) {
			t.Errorf("%s is still in the graph", gone)
		}
	}
	if out := cli(both, "query", "entities", "--arg", "type=person"); !strings.Contains(out, "Marta Quill") || strings.Contains(out, "Brandt") {
		t.Errorf("people after remove:\n%s", out)
	}
	if out := cli(both, "query", "statements", "--arg", "speaker=Quill"); !strings.Contains(out, "ports will stay open") {
		t.Errorf("the other article's statement is gone:\n%s", out)
	}

	// Gone now: an error, exit 1, and nothing else changes.
	code, _, errs := runNewsgraph(t, both, "remove", "harbour-talks")
	if code != exitError || !strings.Contains(errs, `no article with id "harbour-talks" in the store`) {
		t.Errorf("second remove: exit %d, %q", code, errs)
	}
	assertSameLines(t, nquadSet(cli(both, "export", "--format", "nquads")), want)
}

func TestArticleID(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"quill-ports", "quill-ports"},
		{"https://newsgraph.dev/id/article/quill-ports", "quill-ports"},
		{"<https://newsgraph.dev/id/article/quill-ports>", "quill-ports"},
		{"https://example.org/story", "https://example.org/story"},
	} {
		if got := articleID(tt.in); got != tt.want {
			t.Errorf("articleID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// nquadSet returns the lines of an N-Quads export, sorted.
func nquadSet(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return lines
}

func containsLine(lines []string, sub string) bool {
	for _, l := range lines {
		if strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

func assertSameLines(t *testing.T, got, want []string) {
	t.Helper()
	in := func(list []string) map[string]bool {
		m := map[string]bool{}
		for _, l := range list {
			m[l] = true
		}
		return m
	}
	g, w := in(got), in(want)
	for _, l := range want {
		if !g[l] {
			t.Errorf("missing: %s", l)
		}
	}
	for _, l := range got {
		if !w[l] {
			t.Errorf("unexpected: %s", l)
		}
	}
}
