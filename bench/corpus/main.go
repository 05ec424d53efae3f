// Command corpus writes a benchmark corpus of news articles as JSON lines,
// generated at run time and never committed: the Wall Street Journal sample
// that ships as test data in the Go module github.com/jdkato/prose/v2
// (fetched into the module cache with "go mod download"), the bundled
// example articles, and the seed article when ../shared is beside the
// checkout. Articles are cut from these texts, given distinct ids and dates,
// and signed by generated reporters, so that a load makes new facts.
//
//	go run ./bench/corpus -mb 50 -out /tmp/corpus.jsonl
//	go run ./bench/corpus -articles 100000 -out /tmp/corpus.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

func main() {
	out := flag.String("out", "corpus.jsonl", "file to write")
	mb := flag.Int("mb", 50, "stop after this many megabytes of article text")
	articles := flag.Int("articles", 0, "stop after this many articles (overrides -mb)")
	examples := flag.String("examples", "examples/articles", "folder of bundled example articles")
	seed := flag.String("seed", "../shared/eval/seed/musk-putin-2022-03-14.txt", "seed article, used when present")
	flag.Parse()
	if err := run(*out, *mb, *articles, *examples, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "corpus:", err)
		os.Exit(1)
	}
}

func run(out string, mb, articles int, examples, seed string) error {
	sources, err := sourceTexts(examples, seed)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	size, n := 0, 0
	for ; articles > 0 && n < articles || articles == 0 && size < mb<<20; n++ {
		text := sources[n%len(sources)] + "\n\nReporting by " + reporter(n) + "."
		rec := map[string]string{
			"id": fmt.Sprintf("bench-%07d", n), "date": day.AddDate(0, 0, n%730).Format("2006-01-02"),
			"title": fmt.Sprintf("Benchmark article %d", n), "source": "newsgraph bench", "text": text,
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
		size += len(text)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %d articles, %.1f MB of text, from %d source texts, to %s\n", n, float64(size)/(1<<20), len(sources), out)
	return nil
}

// reporter makes a distinct, plausible name for article n.
func reporter(n int) string {
	given := []string{"Ana", "Ben", "Chidi", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"}
	family := []string{"Adeyemi", "Brandt", "Castro", "Dlamini", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau"}
	return fmt.Sprintf("%s %s-%s", given[n%len(given)], family[(n/len(given))%len(family)], family[(n/7)%len(family)])
}

// sourceTexts returns the texts articles are cut from: WSJ articles of about
// 25 sentences each, the example articles and the seed.
func sourceTexts(examples, seed string) ([]string, error) {
	wsj, err := wsjSentences()
	if err != nil {
		return nil, err
	}
	var texts []string
	for i := 0; i+25 <= len(wsj); i += 25 {
		texts = append(texts, strings.Join(wsj[i:i+25], " "))
	}
	files, _ := filepath.Glob(filepath.Join(examples, "*.txt"))
	if _, err := os.Stat(seed); err == nil {
		files = append(files, seed)
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, dateHeader.ReplaceAllString(string(data), ""))
	}
	return texts, nil
}

// dateHeader is the "date YYYY-MM-DD" header of a text article, on its own
// line or inline.
var dateHeader = regexp.MustCompile(`^\s*date \d{4}-\d{2}-\d{2}\s*`)

// wsjSentences rebuilds the sentences of the Penn Treebank WSJ sample in
// the prose module (tokens and tags), as the team's make_corpus.py does.
func wsjSentences() ([]string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", "github.com/jdkato/prose/v2@v2.0.0")
	cmd.Dir = os.TempDir()
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go mod download prose: %w", err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(raw, &mod); err != nil {
		return nil, err
	}
	var toks []struct{ Text string }
	var tags []string
	if err := readJSON(filepath.Join(mod.Dir, "testdata/treebank_tokens.json"), &toks); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(mod.Dir, "testdata/treebank_tags.json"), &tags); err != nil {
		return nil, err
	}
	var sents []string
	var cur []string
	for i := 0; i < len(toks) && i < len(tags); i++ {
		if tags[i] == "-NONE-" {
			continue
		}
		cur = append(cur, toks[i].Text)
		if tags[i] == "." {
			sents = append(sents, detokenize(cur))
			cur = nil
		}
	}
	return sents, nil
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

var (
	openQuote  = regexp.MustCompile("`` ")
	closeQuote = regexp.MustCompile(" ''")
	punct      = regexp.MustCompile(` ([,.;:?!%])`)
	clitic     = regexp.MustCompile(` (n't|'s|'re|'ve|'ll|'d|'m)\b`)
)

func detokenize(ws []string) string {
	s := strings.Join(ws, " ")
	s = strings.NewReplacer("-LRB-", "(", "-RRB-", ")", "-LCB-", "{", "-RCB-", "}").Replace(s)
	s = openQuote.ReplaceAllString(s, `"`)
	s = closeQuote.ReplaceAllString(s, `"`)
	s = punct.ReplaceAllString(s, "$1")
	s = clitic.ReplaceAllString(s, "$1")
	return strings.NewReplacer("$ ", "$", "( ", "(", " )", ")").Replace(s)
}
