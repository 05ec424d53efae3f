package quadtest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/schema"
)

// BenchArticles is how many articles one benchmark iteration loads; set
// NEWSGRAPH_BENCH_ARTICLES to change it.
func BenchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 2000
}

// BenchDocs extracts n documents, once per process: the lines of the JSONL
// corpus named by NEWSGRAPH_BENCH_CORPUS (go run ./bench/corpus writes one),
// or else the bundled example articles cycled with distinct ids and a
// distinct reporter each, as bench/corpus does (../examples/articles: the
// tests that call it run in a directory one below the module's root). Only
// tests reach extract through this package (the layering test checks the
// non-test imports of graph and export).
func BenchDocs(tb testing.TB, n int) []schema.Document {
	tb.Helper()
	if docs, ok := docCache[n]; ok {
		return docs
	}
	texts, err := benchTexts(n)
	if err != nil {
		tb.Fatal(err)
	}
	x := extract.New()
	docs := make([]schema.Document, len(texts))
	for i, a := range texts {
		docs[i] = x.Extract(a)
	}
	docCache[n] = docs
	return docs
}

var docCache = map[int][]schema.Document{}

func benchTexts(n int) ([]schema.Article, error) {
	if path := os.Getenv("NEWSGRAPH_BENCH_CORPUS"); path != "" {
		return readCorpus(path, n)
	}
	files, err := filepath.Glob("../examples/articles/*.txt")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("example articles: %v (%d files)", err, len(files))
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		texts = append(texts, dateLine.ReplaceAllString(string(data), ""))
	}
	out := make([]schema.Article, n)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range out {
		out[i] = schema.Article{
			ID: fmt.Sprintf("bench-%07d", i), Date: day.AddDate(0, 0, i%730).Format("2006-01-02"),
			Title: fmt.Sprintf("Benchmark article %d", i), Publisher: "newsgraph bench",
			Text: texts[i%len(texts)] + "\n\nReporting by " + benchReporter(i) + ".",
		}
	}
	return out, nil
}

var dateLine = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\s*`)

func benchReporter(n int) string {
	given := []string{"Ana", "Ben", "Chidi", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"}
	family := []string{"Adeyemi", "Brandt", "Castro", "Dlamini", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau"}
	return fmt.Sprintf("%s %s-%s", given[n%len(given)], family[(n/len(given))%len(family)], family[(n/7)%len(family)])
}

// readCorpus reads up to n articles of a JSONL corpus.
func readCorpus(path string, n int) ([]schema.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []schema.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() && len(out) < n {
		var rec struct{ ID, Date, Title, Source, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, len(out)+1, err)
		}
		out = append(out, schema.Article{ID: rec.ID, Date: rec.Date, Title: rec.Title, Publisher: rec.Source, Text: rec.Text})
	}
	return out, sc.Err()
}

// CloneDocs yields copies of docs, as a loader would yield fresh documents.
func CloneDocs(docs []schema.Document) iter.Seq2[schema.Document, error] {
	return func(yield func(schema.Document, error) bool) {
		for _, d := range docs {
			if !yield(CloneDoc(d), nil) {
				return
			}
		}
	}
}
