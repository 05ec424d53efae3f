package loaders

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Inputs that are wrong on purpose. Each case writes its files into a
// temporary folder, reads the folder "in" (and any extra paths) with
// Articles, and checks which articles come out, by origin, and the error
// messages, in order: every error names its file and line or record, and
// the good articles around a bad one are still read.
func TestBadInput(t *testing.T) {
	nested := `{"id":"deep","date":"2025-01-02","text":"x","extra":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "}"
	tests := []struct {
		name       string
		files      map[string]string
		paths      []string // default "in"
		opt        Options
		wantOrigin []string
		wantErrs   []string
	}{
		{
			name: "empty files",
			files: map[string]string{
				"in/empty.txt": "", "in/empty.jsonl": "", "in/blank.jsonl": "\n \n\t\n", "in/empty.csv": "",
				"in/empty.html": "", "in/empty.xml": "", "in/empty.warc": "", "in/spaces.txt": " \n\n",
				"in/good.txt": "date 2025-01-02\nKenya signed.",
			},
			wantOrigin: []string{"in/good.txt"},
			wantErrs: []string{
				"in/blank.jsonl: empty file", "in/empty.csv: empty file", "in/empty.html: empty file",
				"in/empty.jsonl: empty file", "in/empty.txt: empty article", "in/empty.warc: empty file",
				"in/empty.xml: empty file", "in/spaces.txt: empty article",
			},
		},
		{
			name: "binary files",
			files: map[string]string{
				"in/pic.txt": pngBytes(t), "in/pic.jsonl": pngBytes(t), "in/pic.html": pngBytes(t),
				"in/random.txt": randomBytes(4096), "in/random.csv": randomBytes(4096),
				"in/zeros.jsonl": strings.Repeat("\x00", 2000), "in/sub/noext": pngBytes(t),
				"in/utf16.txt": "\xff\xfed\x00a\x00t\x00e\x00", "in/good.jsonl": `{"id":"g","date":"2025-01-02","text":"Kenya signed."}`,
			},
			paths:      []string{"in", "in/sub/noext"},
			wantOrigin: []string{"in/good.jsonl:1"},
			wantErrs: []string{
				"in/pic.html: binary file, not text (image/png)",
				"in/pic.jsonl: binary file, not text (image/png)",
				"in/pic.txt: binary file, not text (image/png)",
				"in/random.csv: binary file, not text (",
				"in/random.txt: binary file, not text (",
				"in/utf16.txt: not valid UTF-8 text: UTF-16 (convert it to UTF-8)",
				"in/zeros.jsonl: binary file, not text (it has NUL bytes)",
				// A file without an extension is skipped in a folder, read when named.
				"in/sub/noext: binary file, not text (image/png)",
			},
		},
		{
			name: "text that starts like a signature is text",
			files: map[string]string{
				"in/bm.txt":   "date 2025-01-02\nBMW said it would build in Kenya.",
				"in/bm.jsonl": `{"id":"bm","date":"2025-01-02","text":"BMW said so."}`,
			},
			wantOrigin: []string{"in/bm.jsonl:1", "in/bm.txt"},
		},
		{
			name: "invalid UTF-8",
			files: map[string]string{
				"in/latin1.txt": "date 2025-01-02\ncaf\xe9 au lait\n",
				"in/mixed.jsonl": `{"id":"a","date":"2025-01-02","text":"ok"}` + "\n" + `{"id":"b","date":"2025-01-02","text":"caf` + "\xe9" + `"}` + "\n" +
					`{"id":"c","date":"2025-01-02","text":"ok too"}`,
				"in/bad.csv": "date,text\n2025-01-02,fine\n2025-01-03,caf\xe9\n",
			},
			wantOrigin: []string{"in/bad.csv:2", "in/mixed.jsonl:1", "in/mixed.jsonl:3"},
			wantErrs: []string{
				"in/bad.csv:3: not valid UTF-8 text",
				"in/latin1.txt:2: not valid UTF-8 text (byte 0xe9 at column 4)",
				"in/mixed.jsonl:2: not valid UTF-8 text (byte 0xe9 at column 42)",
			},
		},
		{
			name: "broken JSON lines",
			files: map[string]string{
				"in/a.jsonl": strings.Join([]string{
					`{"id":"1","date":"2025-01-02","text":"one"}`,
					nested,
					`{"id":"3","date":"2025-01-02","te`,
					`[1,2]`,
					`{"id":"5","date":20250102,"text":"five"}`,
					`{"id":"6","date":"2025-01-02","text":"six"} {"id":"7"}`,
					`{"id":"8","date":"2025-01-02","text":"eight","author":"A. B.","tags":["x",{"y":[[[]]]}]}`,
					`{"id":"9","date":"2025-01-02","text":"nine"`, // the last line, cut short
				}, "\n"),
				"in/b.jsonl": "\n[\n  {\"id\": \"1\", \"date\": \"2025-01-02\", \"text\": \"one\"},\n  {\"id\": \"2\"}\n]\n",
			},
			wantOrigin: []string{"in/a.jsonl:1", "in/a.jsonl:7"},
			wantErrs: []string{
				"in/a.jsonl:2: not a valid JSON object: nested more than 10000 levels deep",
				"in/a.jsonl:3: not a valid JSON object: truncated (the line ends before the object does)",
				"in/a.jsonl:4: not a valid JSON object: the line is a JSON array",
				`in/a.jsonl:5: not a valid JSON object: field "date" is a JSON number, want a string`,
				"in/a.jsonl:6: not a valid JSON object: more than one value on the line (byte 45 on)",
				"in/a.jsonl:8: not a valid JSON object: truncated",
				"in/b.jsonl:2: not a valid JSON object: the file is a JSON array, not JSON lines (one object per line; jq -c '.[]' turns one into the other)",
			},
		},
		{
			name: "dates in other forms, or missing",
			files: map[string]string{
				"in/d.jsonl": strings.Join([]string{
					`{"id":"long","date":"March 14, 2022","text":"a"}`,
					`{"id":"dmy","date":"14/03/2022","text":"b"}`,
					`{"id":"rfc3339","date":"2022-03-14T23:30:00-05:00","text":"c"}`,
					`{"id":"short","date":"2022-3-4","text":"d"}`,
					`{"id":"none","text":"e"}`,
					`{"id":"ambiguous","date":"03/04/2022","text":"f"}`,
					`{"id":"words","date":"yesterday","text":"g"}`,
					`{"id":"rss","date":"Mon, 14 Mar 2022 10:00:00 +0000","text":"h"}`,
				}, "\n"),
				"in/header.txt": "date 14 March 2022\nKenya signed.",
				"in/nodate.txt": "Kenya signed, but when?",
			},
			wantOrigin: []string{"in/d.jsonl:1", "in/d.jsonl:2", "in/d.jsonl:3", "in/d.jsonl:4", "in/d.jsonl:8", "in/header.txt"},
			wantErrs: []string{
				`in/d.jsonl:5: no "date" field`,
				`in/d.jsonl:6: field "date": bad date "03/04/2022": day and month could be either way round (write 2022-04-03 or 2022-03-04)`,
				`in/d.jsonl:7: field "date": bad date "yesterday" (want YYYY-MM-DD)`,
				`in/nodate.txt:1: missing "date YYYY-MM-DD" header`,
			},
		},
		{
			name: "duplicated ids",
			files: map[string]string{
				"in/a.jsonl": strings.Join([]string{
					`{"id":"x","date":"2025-01-02","text":"First text."}`,
					`{"id":"y","date":"2025-01-02","text":"Other."}`,
					`{"id":"x","date":"2025-01-02","text":"First text."}`,
					`{"id":"x","date":"2025-01-02","text":"Second text."}`,
					`{"id":"y","date":"2025-01-02","title":"New title","text":"Other."}`,
				}, "\n"),
				"in/b.csv":  "id,date,text\nx,2025-01-02,Third text.\nz,2025-01-02,Fine.\n",
				"in/c1.txt": "date 2025-01-02\nSame text in two files.",
				"in/c2.txt": "date 2025-01-02\nSame text in two files.",
			},
			wantOrigin: []string{"in/a.jsonl:1", "in/a.jsonl:2", "in/b.csv:3", "in/c1.txt"},
			wantErrs: []string{
				`in/a.jsonl:4: id "x" already read at in/a.jsonl:1 with different text; skipped`,
				`in/a.jsonl:5: id "y" already read at in/a.jsonl:2 with different date, title, url or source; skipped`,
				`in/b.csv:2: id "x" already read at in/a.jsonl:1 with different text; skipped`,
			},
		},
		{
			name: "articles over the size limit",
			opt:  Options{MaxArticleSize: 1024},
			files: map[string]string{
				"in/big.txt": "date 2025-01-02\n" + strings.Repeat("word ", 1000),
				"in/lines.jsonl": `{"id":"1","date":"2025-01-02","text":"one"}` + "\n" +
					`{"id":"2","date":"2025-01-02","text":"` + strings.Repeat("word ", 1000) + `"}` + "\n" +
					`{"id":"3","date":"2025-01-02","text":"three"}`,
				"in/big.html": "<html><body><p>" + strings.Repeat("word ", 1000) + "</p></body></html>",
				"in/big.csv":  "id,date,text\nc1,2025-01-02,one\nc2,2025-01-02,\"" + strings.Repeat("word\n", 1000) + "\"\nc3,2025-01-02,three\n",
			},
			wantOrigin: []string{"in/big.csv:2", "in/lines.jsonl:1", "in/lines.jsonl:3"},
			wantErrs: []string{
				"in/big.csv:3: record is larger than the 1 KiB limit; the rest of the file is skipped",
				"in/big.html: page is 4.9 KiB, more than the 1 KiB limit",
				"in/big.txt: article is 4.9 KiB, more than the 1 KiB limit",
				"in/lines.jsonl:2: line is 4.9 KiB, more than the 1 KiB limit",
			},
		},
		{
			name: "many quotation marks",
			files: map[string]string{
				"in/quotes.txt": "date 2025-01-02\n" + strings.Repeat(`He said "yes" and `, 25000) + "\n",
				"in/bare.txt":   "date 2025-01-02\n" + strings.Repeat(`"`, 50000) + "\n",
			},
			wantOrigin: []string{"in/bare.txt", "in/quotes.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			for name, data := range tt.files {
				if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			paths := tt.paths
			if paths == nil {
				paths = []string{"in"}
			}
			arts, errs := collect(t, tt.opt, paths...)
			var origins []string
			for _, a := range arts {
				origins = append(origins, a.Origin)
			}
			if strings.Join(origins, "\n") != strings.Join(tt.wantOrigin, "\n") {
				t.Errorf("articles:\n%s\nwant:\n%s", strings.Join(origins, "\n"), strings.Join(tt.wantOrigin, "\n"))
			}
			if len(errs) != len(tt.wantErrs) {
				t.Fatalf("errors:\n%s\nwant %d:\n%s", strings.Join(errs, "\n"), len(tt.wantErrs), strings.Join(tt.wantErrs, "\n"))
			}
			for i, want := range tt.wantErrs {
				if !strings.HasPrefix(errs[i], want) {
					t.Errorf("error %d = %q, want prefix %q", i, errs[i], want)
				}
			}
		})
	}
}

// TestBadInputSentinels checks that the errors of bad input match their
// sentinels, for callers that sort them with errors.Is.
func TestBadInputSentinels(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
	}{
		{"empty", "", ErrEmpty},
		{"empty JSON lines", "\n\n{", ErrBadJSON},
		{"binary", "\x00\x01\x02", ErrBinary},
		{"truncated", `{"date":"2025-01-02","te`, ErrBadJSON},
		{"no date", `{"text":"a"}`, ErrNoDate},
		{"bad date", `{"date":"03/04/2022","text":"a"}`, ErrBadDate},
		{"too large", `{"date":"2025-01-02","text":"` + strings.Repeat("a", 100) + `"}`, ErrTooLarge},
		{"duplicate", "{\"id\":\"x\",\"date\":\"2025-01-02\",\"text\":\"a\"}\n{\"id\":\"x\",\"date\":\"2025-01-02\",\"text\":\"b\"}", ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got error
			for _, err := range Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(tt.in), MaxArticleSize: 64}) {
				if err != nil {
					got = err
				}
			}
			var pe *ParseError
			if !errors.Is(got, tt.want) || !errors.As(got, &pe) {
				t.Errorf("error = %v, want %v in a *ParseError", got, tt.want)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-03-14", "2022-03-14"},
		{"2022-3-4", "2022-03-04"},
		{"2022/03/14", "2022-03-14"},
		{"2022-03-14T10:00:00Z", "2022-03-14"},
		{"2022-03-14T23:30:00-05:00", "2022-03-14"}, // the day as written, not in UTC
		{"2022-03-14T10:00:00.123456+02:00", "2022-03-14"},
		{"2022-03-14 10:00:00", "2022-03-14"},
		{"2022-03-14T10:00", "2022-03-14"},
		{"March 14, 2022", "2022-03-14"},
		{"march 14 2022", "2022-03-14"},
		{"Mar 14, 2022", "2022-03-14"},
		{"Mar. 14, 2022", "2022-03-14"},
		{"14 March 2022", "2022-03-14"},
		{"14th March 2022", "2022-03-14"},
		{"March 1st, 2022", "2022-03-01"},
		{"Monday, March 14, 2022", "2022-03-14"},
		{"Mon, 14 Mar 2022 10:00:00 +0000", "2022-03-14"},
		{"Mon, 7 Mar 2022 10:00:00 GMT", "2022-03-07"},
		{"14/03/2022", "2022-03-14"},
		{"03/14/2022", "2022-03-14"},
		{"4/4/2022", "2022-04-04"},
		{"14.03.2022", "2022-03-14"},
		{"04.03.2022", "2022-03-04"},
		{"  2022-03-14 \n", "2022-03-14"},
		{"03/04/2022", ""}, // either way round
		{"31/02/2022", ""},
		{"13/13/2022", ""},
		{"14/03/22", ""},
		{"March 2022", ""},
		{"2022-02-30", ""},
		{"0000-01-01", ""}, // before year 1
		{"0000-01-01T10:00:00Z", ""},
		{"01/13/0000", ""},
		{"1 January 0000", ""},
		{"-001-01-01", ""},
		{"0001-01-01", "0001-01-01"},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got, err := NormalizeDate(tt.in)
		if got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if err != nil && !errors.Is(err, ErrBadDate) {
			t.Errorf("NormalizeDate(%q) error %v is not ErrBadDate", tt.in, err)
		}
	}
}

// TestHugeArticle reads a 200 MB article, and a JSON line of 200 MB between
// two good ones, from a stream that makes them up as it goes: the article is
// refused with its size, the good lines are read, and far less than 200 MB
// is allocated, so reading stays bounded.
func TestHugeArticle(t *testing.T) {
	const size = 200_000_000
	tests := []struct {
		name       string
		in         io.Reader
		wantErr    string
		wantOrigin []string
	}{
		{
			name:    "text",
			in:      io.MultiReader(strings.NewReader("date 2025-01-02\n"), &wordReader{n: size}),
			wantErr: "-: article is 190.7 MiB, more than the 8 MiB limit",
		},
		{
			name: "JSON line",
			in: io.MultiReader(
				strings.NewReader(`{"id":"a","date":"2025-01-02","text":"before"}`+"\n"+`{"id":"huge","date":"2025-01-02","text":"`),
				&wordReader{n: size},
				strings.NewReader(`"}`+"\n"+`{"id":"b","date":"2025-01-02","text":"after"}`+"\n")),
			wantErr:    "-:2: line is 190.7 MiB, more than the 8 MiB limit",
			wantOrigin: []string{"-:1", "-:3"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			arts, errs := collect(t, Options{Stdin: tt.in}, "-")
			runtime.ReadMemStats(&after)
			if len(errs) != 1 || errs[0] != tt.wantErr {
				t.Errorf("errors = %q, want %q", errs, tt.wantErr)
			}
			var origins []string
			for _, a := range arts {
				origins = append(origins, a.Origin)
			}
			if strings.Join(origins, ",") != strings.Join(tt.wantOrigin, ",") {
				t.Errorf("articles = %q, want %q", origins, tt.wantOrigin)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
				t.Errorf("reading allocated %d MiB, want under 100 MiB", alloc>>20)
			}
			t.Logf("%s: %v", tt.name, time.Since(start).Round(time.Millisecond))
		})
	}
}

// wordReader yields n bytes of words, without holding them.
type wordReader struct{ n int }

func (r *wordReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	const words = "Kenya and Chile signed a water deal. "
	k := min(len(p), r.n)
	for i := 0; i < k; i++ {
		p[i] = words[i%len(words)]
	}
	r.n -= k
	return k, nil
}

// pngBytes is a small PNG image.
func pngBytes(tb testing.TB) string {
	tb.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 16, 16))
	for i := range 16 {
		img.Set(i, i, color.RGBA{R: 200, A: 255})
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		tb.Fatal(err)
	}
	return buf.String()
}

// randomBytes is n bytes of noise, the same on every run.
func randomBytes(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return string(b)
}
