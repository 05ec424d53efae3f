// Command corpus writes a benchmark corpus of news articles as JSON lines,
// generated at run time and never committed: the Wall Street Journal sample
// that ships as test data in the Go module github.com/jdkato/prose/v2
// (fetched into the module cache with "go mod download"), the bundled
// example articles, and the seed article when ../shared is beside the
// checkout. Articles are cut from these texts, given distinct ids and dates,
// and signed by generated reporters, so that a load makes new facts. The
// generation itself is bench/internal/corpus, which bench/scale shares.
//
//	go run ./bench/corpus -mb 50 -out /tmp/corpus.jsonl
//	go run ./bench/corpus -articles 100000 -out /tmp/corpus.jsonl
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/bench/internal/corpus"
)

func main() {
	out := flag.String("out", "corpus.jsonl", "file to write")
	mb := flag.Int("mb", corpus.DefaultMB, "stop after this many megabytes of article text")
	articles := flag.Int("articles", 0, "stop after this many articles (overrides -mb)")
	examples := flag.String("examples", "", "folder of bundled example articles (default: examples/articles in the module)")
	seed := flag.String("seed", "", "seed article, used when present (default: ../shared/eval/seed/musk-putin-2022-03-14.txt beside the module)")
	flag.Parse()
	st, err := corpus.WriteFile(*out, corpus.Options{Articles: *articles, MB: *mb, Examples: *examples, Seed: *seed})
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %d articles, %.1f MB of text, from %d source texts, to %s\n", st.Articles, float64(st.Bytes)/(1<<20), st.Sources, *out)
}
