package loaders

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// fuzzNames are the names FuzzArticles gives its input, so that each format
// is read both by extension and (for "-") by sniffing.
var fuzzNames = []string{"-", "f.txt", "f.jsonl", "f.csv", "f.html", "f.xml", "f.warc", "f"}

// badSeeds are the inputs of TestBadInput, as seeds for the fuzz targets.
func badSeeds(tb testing.TB) []string {
	return []string{
		"",
		"\n \n\t\n",
		pngBytes(tb),
		randomBytes(512),
		strings.Repeat("\x00", 64),
		"\xff\xfed\x00a\x00t\x00e\x00",
		"date 2025-01-02\ncaf\xe9 au lait\n",
		`{"id":"a","date":"2025-01-02","text":"caf` + "\xe9" + `"}`,
		`{"id":"deep","date":"2025-01-02","text":"x","extra":` + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "}",
		`{"id":"3","date":"2025-01-02","te`,
		`{"id":"5","date":20250102,"text":"five"}` + "\n[1,2]\n",
		`{"id":"8","date":"2025-01-02","text":"eight","author":"A. B.","tags":["x",{"y":[[[]]]}]}`,
		`{"id":"x","date":"March 14, 2022","text":"a"}` + "\n" + `{"id":"x","date":"14/03/2022","text":"b"}` + "\n" + `{"id":"x","date":"2022-03-14T23:30:00-05:00","text":"a"}`,
		`{"id":"none","text":"e"}` + "\n" + `{"id":"ambiguous","date":"03/04/2022","text":"f"}`,
		"id,date,text\nx,2025-01-02,one\nx,2025-01-02,two\n",
		"date 14th March 2022\n" + strings.Repeat(`He said "yes" and `, 200),
		"date 2025-01-02\n" + strings.Repeat(`"`, 5000),
		"<html><body><p>" + strings.Repeat("word ", 300) + "</p></body></html>",
		"BMW said so.",
	}
}

// FuzzArticles reads any input under any name as Articles does: whatever
// the bytes, there is no panic, every article is valid and read once, and
// every error names the input.
func FuzzArticles(f *testing.F) {
	for i, s := range badSeeds(f) {
		f.Add([]byte(s), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, n uint8) {
		name := fuzzNames[int(n)%len(fuzzNames)]
		opt := Options{MaxArticleSize: 4096, MaxFileSize: 8192}
		ids := map[string]bool{}
		count := 0
		readStream(name, bytes.NewReader(data), opt, newDedup().filter(func(a schema.Article, err error) bool {
			if count++; count > 10000 {
				t.Fatal("too many results")
			}
			if err != nil {
				var pe *ParseError
				if !errors.As(err, &pe) {
					t.Fatalf("error %q is not a *ParseError", err)
				}
				checkErr(t, err, name)
				return true
			}
			checkArticle(t, a)
			if ids[a.ID] {
				t.Fatalf("id %q yielded twice", a.ID)
			}
			ids[a.ID] = true
			return true
		}))
	})
}

// FuzzNormalizeDate: any string gives a real YYYY-MM-DD day or ErrBadDate,
// and a normalised date normalises to itself.
func FuzzNormalizeDate(f *testing.F) {
	for _, s := range []string{"2022-03-14", "2022-3-4", "March 14, 2022", "14/03/2022", "03/04/2022",
		"2022-03-14T23:30:00-05:00", "Mon, 7 Mar 2022 10:00:00 GMT", "14th March 2022", "31/02/2022", "March 2022", "0000-01-01", "-0001-01-01", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := NormalizeDate(s)
		if err != nil {
			if !errors.Is(err, ErrBadDate) {
				t.Fatalf("NormalizeDate(%q) error %v is not ErrBadDate", s, err)
			}
			return
		}
		again, err := NormalizeDate(d)
		if len(d) != 10 || err != nil || again != d || d < "0001-01-01" {
			t.Fatalf("NormalizeDate(%q) = %q, which normalises to %q, %v", s, d, again, err)
		}
	})
}
