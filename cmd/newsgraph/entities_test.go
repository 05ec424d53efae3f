package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestKeepApartUndo: keep-apart --undo lifts a keep-apart, recorded with
// who, after which duplicates lists the two again; undoing what is not
// kept apart, and bad arguments, fail with a message and their exit
// status; keeping the two apart again works.
func TestKeepApartUndo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	for name, text := range map[string]string{
		"a.txt": "date 2025-06-02\nTomas Eberle, a rail planner, opened the depot in Austria.\n",
		"b.txt": "date 2025-06-03\nT. Eberle said: \"The depot will hire two hundred people.\"\n",
	} {
		writeFile(t, filepath.Join(dir, name), []byte(text))
	}
	if code, _, errs := runNewsgraph(t, db, "load", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")); code != exitOK {
		t.Fatalf("load: %d, %s", code, errs)
	}
	steps := []struct {
		args      []string
		code      int
		out, errs string // contained in stdout, stderr
		notOut    string // not in stdout ("" for no check)
	}{
		{[]string{"entities", "keep-apart", "Tomas Eberle", "T. Eberle"}, exitOK, "kept person/tomas-eberle and person/t-eberle apart\n", "", ""},
		{[]string{"entities", "duplicates", "Tomas Eberle"}, exitOK,
			"kept apart: person/t-eberle (undo: newsgraph entities keep-apart --undo person/tomas-eberle person/t-eberle)\n", "", "T. Eberle"},
		{[]string{"entities", "keep-apart", "--undo", "--as", "mira", "person/tomas-eberle", "T. Eberle"}, exitOK,
			"no longer keeping person/t-eberle and person/tomas-eberle apart: later loads may join them\n", "", ""},
		{[]string{"entities", "duplicates", "Tomas Eberle"}, exitOK, "person/t-eberle  T. Eberle\n", "", "kept apart"},
		{[]string{"export", "--format", "nquads"}, exitOK, `"mira"`, "", ""},
		{[]string{"export", "--format", "nquads"}, exitOK, "#UndoKeepApartDecision>", "", ""},
		{[]string{"entities", "keep-apart", "--undo", "Tomas Eberle", "T. Eberle"}, exitError, "",
			"newsgraph: person/tomas-eberle and person/t-eberle are not kept apart: nothing to undo\n", ""},
		{[]string{"entities", "keep-apart", "--undo", "Tomas Eberle", "Austria"}, exitError, "", "are not kept apart", ""},
		{[]string{"entities", "keep-apart", "--undo", "Tomas Eberle", "Nobody Known"}, exitError, "", "Nobody Known", ""},
		{[]string{"entities", "keep-apart", "--undo", "Tomas Eberle"}, exitError, "", "accepts 2 arg(s), received 1", ""},
		{[]string{"entities", "keep-apart", "--undo=maybe", "Tomas Eberle", "T. Eberle"}, exitUsage, "", "invalid argument \"maybe\"", ""},
		{[]string{"entities", "keep-apart", "T. Eberle", "Tomas Eberle"}, exitOK, "kept person/t-eberle and person/tomas-eberle apart\n", "", ""},
		{[]string{"entities", "keep-apart", "--help"}, exitOK, "newsgraph entities keep-apart --undo \"Ada Okafor\" person/a-okafor", "", ""},
	}
	for _, st := range steps {
		code, out, errs := runNewsgraph(t, db, st.args...)
		if code != st.code || !strings.Contains(out, st.out) || !strings.Contains(errs, st.errs) || (st.notOut != "" && strings.Contains(out, st.notOut)) {
			t.Errorf("%s: status %d, stdout %q, stderr %q; want %d, stdout with %q (without %q), stderr with %q",
				strings.Join(st.args, " "), code, out, errs, st.code, st.out, st.notOut, st.errs)
		}
	}
}
