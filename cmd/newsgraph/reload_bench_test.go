package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchArticles is the size of the corpus the load benchmarks use.
const benchArticles = 1200

// newsgraphB runs the command in this process against the store db and
// fails the benchmark if it does not exit 0.
func newsgraphB(b *testing.B, db string, args ...string) string {
	b.Helper()
	var out, errb bytes.Buffer
	getenv := func(k string) string {
		if k == envDB {
			return db
		}
		return ""
	}
	if code := run(context.Background(), args, IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, getenv); code != exitOK {
		b.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
	}
	return out.String()
}

// BenchmarkLoadFirst is 'newsgraph load' of benchArticles surname-corpus
// articles into an empty bolt store; BenchmarkLoadUnchanged is the same
// load again into the store that holds them. Their ratio is what a reload
// of an unchanged corpus costs (issue 13 asks for less than a fifth):
//
//	go test -run '^$' -bench 'Load(First|Unchanged)' ./cmd/newsgraph/
func BenchmarkLoadFirst(b *testing.B) {
	corpus := writeBenchCorpus(b)
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		db := filepath.Join(b.TempDir(), "first.db")
		b.StartTimer()
		newsgraphB(b, db, "load", corpus)
	}
}

func BenchmarkLoadUnchanged(b *testing.B) {
	corpus := writeBenchCorpus(b)
	db := filepath.Join(b.TempDir(), "again.db")
	newsgraphB(b, db, "load", corpus)
	b.ResetTimer()
	for b.Loop() {
		if out := newsgraphB(b, db, "load", corpus); !strings.Contains(out, "0 new quads") {
			b.Fatalf("the reload wrote quads: %s", out)
		}
	}
}

func writeBenchCorpus(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, surnameCorpus(b, benchArticles), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}
