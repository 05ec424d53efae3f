package loaders

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseText(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	f.Add([]byte(" date 2022-03-14 With Russia unrelenting."))
	f.Add([]byte("date 2025-01-02\n\nTitle\n\nBody.\n"))
	f.Add([]byte("date March 14, 2022\n"))
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || strings.TrimSpace(a.Text) == "" || len(a.Date) != 10 || a.ID == "" {
			t.Fatalf("accepted a bad article: %+v", a)
		}
	})
}

func FuzzParseJSONLine(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	f.Add([]byte(`{"id":"x1","url":"https://e.org/1","title":"T","date":"2025-02-03","source":"Wire","text":"Body."}`))
	f.Add([]byte(`{"id":"x1","date":`))
	f.Add([]byte(`{"text":"a","date":"2025-02-03T10:00:00Z","id":{"nested":[[[[]]]]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseJSONLine("f.jsonl", 3, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl:3: ") {
				t.Fatalf("error %q does not name the line", err)
			}
			return
		}
		if a.ID == "" || len(a.Date) != 10 || strings.TrimSpace(a.Text) == "" {
			t.Fatalf("accepted a bad article: %+v", a)
		}
	})
}
