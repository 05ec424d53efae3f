// Package corpus generates benchmark corpora of news articles as JSON lines,
// at run time and never committed: the Wall Street Journal sample that ships
// as test data in the Go module github.com/jdkato/prose/v2 (fetched into the
// module cache with "go mod download"), the bundled example articles, and the
// seed article when ../shared is beside the checkout. Articles are cut from
// these texts, given distinct ids and dates, and signed by generated
// reporters, so that a load makes new facts.
//
// bench/corpus writes one to a file; bench/scale builds one before it loads.
package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"
)

// Options say what to generate. The zero value writes 50 MB of text from
// the sources found beside the module root.
type Options struct {
	// Articles stops after this many articles; 0 means stop after MB.
	Articles int
	// MB stops after this many megabytes of article text when Articles is
	// 0; 0 means DefaultMB.
	MB int
	// Examples is the folder of bundled example articles; "" means
	// examples/articles under the module root.
	Examples string
	// Seed is the seed article, used when present; "" means
	// ../shared/eval/seed/musk-putin-2022-03-14.txt beside the module root.
	Seed string
}

// DefaultMB is the text size generated when neither Articles nor MB is set.
const DefaultMB = 50

// Stats describe a generated corpus.
type Stats struct {
	Articles int
	Bytes    int64 // article text, without the JSON around it
	Sources  int   // distinct source texts the articles were cut from
}

// Write writes a corpus to w as JSON lines with id, date, title, source and
// text.
func Write(w io.Writer, opt Options) (Stats, error) {
	sources, err := Sources(opt)
	if err != nil {
		return Stats{}, err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	mb := opt.MB
	if mb <= 0 {
		mb = DefaultMB
	}
	st := Stats{Sources: len(sources)}
	for n := 0; opt.Articles > 0 && n < opt.Articles || opt.Articles <= 0 && st.Bytes < int64(mb)<<20; n++ {
		rec := Article(sources, n)
		if err := enc.Encode(rec); err != nil {
			return st, err
		}
		st.Articles++
		st.Bytes += int64(len(rec["text"]))
	}
	return st, bw.Flush()
}

// WriteFile writes a corpus to path.
func WriteFile(path string, opt Options) (Stats, error) {
	f, err := os.Create(path)
	if err != nil {
		return Stats{}, err
	}
	st, err := Write(f, opt)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return st, fmt.Errorf("corpus %s: %w", path, err)
	}
	return st, nil
}

// day0 is the date of article 0; articles cycle over two years.
var day0 = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// Article returns article n of a corpus cut from sources, as the JSON-lines
// record newsgraph load reads.
func Article(sources []string, n int) map[string]string {
	return map[string]string{
		"id":     fmt.Sprintf("bench-%07d", n),
		"date":   day0.AddDate(0, 0, n%730).Format("2006-01-02"),
		"title":  fmt.Sprintf("Benchmark article %d", n),
		"source": "newsgraph bench",
		"text":   sources[n%len(sources)] + "\n\nReporting by " + reporter(n) + ".",
	}
}

// reporter makes a distinct, plausible name for article n.
func reporter(n int) string {
	given := []string{"Ana", "Ben", "Chidi", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lena"}
	family := []string{"Adeyemi", "Brandt", "Castro", "Dlamini", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jensen", "Kowalski", "Larsen", "Moreau"}
	return fmt.Sprintf("%s %s-%s", given[n%len(given)], family[(n/len(given))%len(family)], family[(n/7)%len(family)])
}

// Sources returns the texts articles are cut from: WSJ articles of about 25
// sentences each, the example articles and the seed.
func Sources(opt Options) ([]string, error) {
	examples, seed := opt.Examples, opt.Seed
	if examples == "" || seed == "" {
		root, err := ModuleRoot()
		if err != nil {
			return nil, err
		}
		if examples == "" {
			examples = filepath.Join(root, "examples", "articles")
		}
		if seed == "" {
			seed = filepath.Join(root, "..", "shared", "eval", "seed", "musk-putin-2022-03-14.txt")
		}
	}
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
	if len(texts) == 0 {
		return nil, errors.New("corpus: no source texts")
	}
	return texts, nil
}

// ModuleRoot returns the directory of the newsgraph go.mod, searching up
// from the working directory, so that the generator finds examples/ from
// the repository root (go run ./bench/...) and from a package's test; a
// binary run elsewhere falls back to the checkout it was built from.
func ModuleRoot() (string, error) {
	if dir, err := os.Getwd(); err == nil {
		if root, ok := moduleAbove(dir); ok {
			return root, nil
		}
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		if root, ok := moduleAbove(filepath.Dir(file)); ok {
			return root, nil
		}
	}
	return "", errors.New("corpus: not inside the newsgraph module (no go.mod found above the working directory)")
}

func moduleAbove(dir string) (string, bool) {
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(data), "module github.com/newsgraph/newsgraph\n") {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
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
