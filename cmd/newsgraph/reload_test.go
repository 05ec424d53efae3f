package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// reloadArticles is the size of the corpus the reload tests load: enough
// for surnames to meet several full names.
const reloadArticles = 240

// TestReloadLeavesTheGraphByteIdentical: loading the same file again, twice,
// writes nothing and leaves the sorted N-Quads export byte for byte as it
// was, and says that every article was already in the store.
func TestReloadLeavesTheGraphByteIdentical(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "c.jsonl")
	writeFile(t, corpus, surnameCorpus(t, reloadArticles))
	db := filepath.Join(dir, "g.db")
	cliOK(t, db, "load", corpus)
	first := sortedExport(t, db)
	for i := range 2 {
		out := cliOK(t, db, "load", corpus)
		want := fmt.Sprintf("loaded %d articles (%d already in the store), 0 new quads", reloadArticles, reloadArticles)
		if !strings.Contains(out, want) {
			t.Errorf("reload %d printed %q, want %q", i+1, out, want)
		}
		if got := sortedExport(t, db); !bytes.Equal(got, first) {
			t.Errorf("reload %d changed the export (%d bytes, was %d)", i+1, len(got), len(first))
		}
	}
}

// TestGraphDoesNotDependOnBatches: batches of 1, 7 and 500 articles, and a
// load of the first half of the file followed by a load of all of it, give
// the export one load of all gives.
func TestGraphDoesNotDependOnBatches(t *testing.T) {
	dir := t.TempDir()
	data := surnameCorpus(t, reloadArticles)
	corpus := filepath.Join(dir, "c.jsonl")
	writeFile(t, corpus, data)

	ref := filepath.Join(dir, "ref.db")
	cliOK(t, ref, "load", "--batch", "500", corpus)
	want := sortedExport(t, ref)
	if !bytes.Contains(want, []byte("person/curry>")) || !bytes.Contains(want, []byte("person/richard-curry>")) {
		t.Fatal("the corpus should give both a lone Curry and Richard Curry; the test needs surnames that resolve both ways")
	}
	for _, batch := range []string{"1", "7"} {
		db := filepath.Join(dir, "b"+batch+".db")
		cliOK(t, db, "load", "--batch", batch, corpus)
		if got := sortedExport(t, db); !bytes.Equal(got, want) {
			t.Errorf("batches of %s: the export differs from one load in batches of 500", batch)
		}
	}
	// The first half is the same file cut short, so that its articles come
	// from the same place (ng:loadedFrom) as in the whole file.
	db := filepath.Join(dir, "halves.db")
	lines := bytes.SplitAfter(data, []byte("\n"))
	writeFile(t, corpus, bytes.Join(lines[:reloadArticles/2], nil))
	cliOK(t, db, "load", corpus)
	writeFile(t, corpus, data)
	cliOK(t, db, "load", corpus)
	if got := sortedExport(t, db); !bytes.Equal(got, want) {
		t.Errorf("first half, then all: the export differs from one load of all")
	}
}

func cliOK(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, out, errs := runNewsgraph(t, db, args...)
	if code != exitOK {
		t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errs)
	}
	return out
}

// sortedExport is the store's N-Quads export with its lines sorted.
func sortedExport(t *testing.T, db string) []byte {
	t.Helper()
	lines := strings.SplitAfter(cliOK(t, db, "export", "--format", "nquads"), "\n")
	sort.Strings(lines)
	return []byte(strings.Join(lines, ""))
}
