package loaders

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		wantDate  string
		wantTitle string
		wantText  string
		wantErr   error
		wantLine  int
	}{
		{name: "header on its own line", in: "date 2025-01-02\n\nBody text.\n", wantDate: "2025-01-02", wantText: "Body text.\n"},
		{name: "inline header as in the seed", in: " date 2022-03-14 With Russia unrelenting.", wantDate: "2022-03-14", wantText: "With Russia unrelenting."},
		{name: "title line", in: "date 2025-01-02\n\nHarbour talks\n\nBody.\n", wantDate: "2025-01-02", wantTitle: "Harbour talks", wantText: "Body.\n"},
		{name: "first sentence is not a title", in: "date 2025-01-02\nA sentence.\n\nBody.\n", wantDate: "2025-01-02", wantText: "A sentence.\n\nBody.\n"},
		{name: "long date form", in: "date March 14, 2022\nBody.", wantDate: "2022-03-14", wantText: "Body."},
		{name: "byte order mark and blank lines", in: "\ufeff\n\ndate 2025-01-02\nBody.", wantDate: "2025-01-02", wantText: "Body."},
		{name: "empty file", in: "", wantErr: ErrEmpty},
		{name: "only spaces", in: " \n\t\n", wantErr: ErrEmpty},
		{name: "header without body", in: "date 2025-01-02\n", wantErr: ErrEmpty, wantLine: 1},
		{name: "missing date", in: "\nJust text.", wantErr: ErrNoDate, wantLine: 2},
		{name: "ambiguous date", in: "date 03/04/2022 text", wantErr: ErrBadDate, wantLine: 1},
		{name: "invalid UTF-8", in: "date 2025-01-02\nok\nbad \xff byte", wantErr: ErrNotUTF8, wantLine: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("in.txt", []byte(tt.in))
			if tt.wantErr != nil {
				var pe *ParseError
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &pe) {
					t.Fatalf("ParseText error = %v, want %v as *ParseError", err, tt.wantErr)
				}
				if pe.File != "in.txt" || pe.Line != tt.wantLine {
					t.Errorf("error position = %s:%d, want in.txt:%d", pe.File, pe.Line, tt.wantLine)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if a.Date != tt.wantDate || a.Title != tt.wantTitle || a.Text != tt.wantText {
				t.Errorf("ParseText = date %q title %q text %q, want %q %q %q", a.Date, a.Title, a.Text, tt.wantDate, tt.wantTitle, tt.wantText)
			}
			if a.ID != schema.ContentID(a.Date, a.Text) || a.Origin != "in.txt" {
				t.Errorf("ID, Origin = %q, %q", a.ID, a.Origin)
			}
		})
	}
}

func TestParseJSONLine(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    schema.Article
		wantErr error
	}{
		{name: "all fields", in: `{"id":"x1","url":"https://e.org/1","title":"T","date":"2025-02-03","source":"Wire","text":"Body."}`,
			want: schema.Article{ID: "x1", Origin: "f.jsonl:7", URL: "https://e.org/1", Title: "T", Date: "2025-02-03", Publisher: "Wire", Text: "Body."}},
		{name: "RFC 3339 date, no id", in: `{"date":"2025-02-03T10:00:00Z","text":"Body.","extra":1}`,
			want: schema.Article{ID: schema.ContentID("2025-02-03", "Body."), Origin: "f.jsonl:7", Date: "2025-02-03", Text: "Body."}},
		{name: "truncated", in: `{"id":"x1","date":`, wantErr: ErrBadJSON},
		{name: "not an object", in: `[1,2]`, wantErr: ErrBadJSON},
		{name: "two values", in: `{"date":"2025-01-01","text":"a"} {}`, wantErr: ErrBadJSON},
		{name: "no text", in: `{"id":"x","date":"2025-01-01"}`, wantErr: ErrNoText},
		{name: "no date", in: `{"id":"x","text":"a"}`, wantErr: ErrNoDate},
		{name: "bad date", in: `{"id":"x","date":"yesterday","text":"a"}`, wantErr: ErrBadDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseJSONLine("f.jsonl", 7, []byte(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) || !strings.HasPrefix(err.Error(), "f.jsonl:7: ") {
					t.Fatalf("error = %v, want f.jsonl:7: %v", err, tt.wantErr)
				}
				return
			}
			if err != nil || a != tt.want {
				t.Errorf("ParseJSONLine = %+v, %v; want %+v", a, err, tt.want)
			}
		})
	}
}

func TestArticlesFolder(t *testing.T) {
	var ids, errs []string
	for a, err := range Articles(context.Background(), []string{"testdata/folder", "testdata/missing.txt"}, Options{}) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		ids = append(ids, a.Origin)
	}
	wantOK := []string{"testdata/folder/a.txt", "testdata/folder/sub/b.jsonl:1", "testdata/folder/sub/b.jsonl:4"}
	if strings.Join(ids, ",") != strings.Join(wantOK, ",") {
		t.Errorf("articles = %q, want %q", ids, wantOK)
	}
	wantErrs := []string{
		"testdata/folder/sub/b.jsonl:2: not a valid JSON object",
		`testdata/folder/sub/nodate.txt:1: missing "date YYYY-MM-DD" header`,
		"testdata/missing.txt: no such file or directory",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q, want %d", errs, len(wantErrs))
	}
	for i, want := range wantErrs {
		if !strings.HasPrefix(errs[i], want) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], want)
		}
	}
}

func TestArticlesStdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"text", "date 2025-01-02\nBody.", []string{"-"}},
		{"json lines", "\n {\"date\":\"2025-01-02\",\"text\":\"a\"}\n{\"date\":\"2025-01-03\",\"text\":\"b\"}\n", []string{"-:1", "-:2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for a, err := range Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(tt.in)}) {
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, a.Origin)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("origins = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestArticlesTooLarge(t *testing.T) {
	in := "date 2025-01-02\n" + strings.Repeat("word ", 100)
	for _, err := range Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in), MaxArticleSize: 64}) {
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("error = %v, want ErrTooLarge", err)
		}
	}
}

type upperExtractor struct{}

func (upperExtractor) Extract(a schema.Article) schema.Document {
	return schema.Document{Article: a, Entities: []schema.Entity{{Name: strings.ToUpper(a.Text)}}}
}

func TestExtractKeepsOrder(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 200; i++ {
		in.WriteString(`{"date":"2025-01-01","text":"t` + strings.Repeat("x", i%7) + strconv.Itoa(i) + `"}` + "\n")
		if i%50 == 0 {
			in.WriteString("{broken\n")
		}
	}
	arts := Articles(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(in.String())})
	n, nerr, line := 0, 0, 0
	for d, err := range Extract(context.Background(), arts, upperExtractor{}, 4) {
		if err != nil {
			nerr++
			continue
		}
		var l int
		if _, e := fmtSscanLine(d.Origin, &l); e != nil || l <= line {
			t.Fatalf("document %q out of order after line %d", d.Origin, line)
		}
		line = l
		if d.Entities[0].Name != strings.ToUpper(d.Text) {
			t.Fatalf("document %q has another article's facts", d.Origin)
		}
		n++
	}
	if n != 200 || nerr != 4 {
		t.Errorf("got %d documents and %d errors, want 200 and 4", n, nerr)
	}
}

func TestExtractStopsEarly(t *testing.T) {
	arts := Articles(context.Background(), []string{"testdata/folder"}, Options{})
	for range Extract(context.Background(), arts, upperExtractor{}, 2) {
		break
	}
}
