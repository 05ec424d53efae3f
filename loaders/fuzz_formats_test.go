package loaders

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// checkArticle fails the fuzz test on an article no loader should yield.
func checkArticle(t *testing.T, a schema.Article) {
	t.Helper()
	if a.ID == "" || len(a.Date) != 10 || strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) ||
		!utf8.ValidString(a.Title) || !utf8.ValidString(a.URL) || !utf8.ValidString(a.Publisher) {
		t.Fatalf("accepted a bad article: %+v", a)
	}
}

// checkErr fails the fuzz test on an error that does not name the input.
func checkErr(t *testing.T, err error, prefix string) {
	t.Helper()
	if !strings.HasPrefix(err.Error(), prefix) {
		t.Fatalf("error %q does not start with %q", err, prefix)
	}
}

func seed(f *testing.F, files ...string) {
	for _, name := range files {
		data, err := os.ReadFile("testdata/formats/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func FuzzHTML(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	seed(f, "page.html", "jsonld.htm", "timetag")
	f.Add([]byte(`<html><head><meta property="article:published_time" content="9999-99-99"></head><body><p>x</p></body></html>`))
	f.Add([]byte("<script type=\"application/ld+json\">[[[{\"datePublished\":\"2025-01-01\"}]]]</script><p>a</p>"))
	f.Add([]byte("\xff\xfe<\x00h\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseHTML("f.html", data, HTMLHints{})
		if err != nil {
			checkErr(t, err, "f.html: ")
			return
		}
		checkArticle(t, p.Article)
	})
}

func FuzzFeed(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	seed(f, "feed.rss", "feed.atom")
	f.Add([]byte(`<rss><channel><item><pubDate>x</pubDate><description>y</description></item></channel></rss>`))
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item><title>t</title></item></rdf:RDF>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadFeed("f.xml", bytes.NewReader(data), 1<<20, func(a schema.Article, err error) bool {
			if err != nil {
				checkErr(t, err, "f.xml: ")
				return true
			}
			checkArticle(t, a)
			return true
		})
	})
}

func FuzzCSV(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	seed(f, "articles.csv")
	f.Add([]byte("date,text\n2025-01-01,\"a\"\"b\"\n"))
	f.Add([]byte("text,date\n\"unterminated,2025-01-01\n"))
	f.Add([]byte("\ufeffDATE,TEXT,ID\n2025-01-01,x,\n2025-01-02,y,1,2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadCSV("f.csv", bytes.NewReader(data), nil, 1<<20, func(a schema.Article, err error) bool {
			if err != nil {
				checkErr(t, err, "f.csv")
				return true
			}
			checkArticle(t, a)
			if !strings.HasPrefix(a.Origin, "f.csv:") {
				t.Fatalf("origin %q names no line", a.Origin)
			}
			return true
		})
	})
}

func FuzzWARC(f *testing.F) {
	for _, s := range badSeeds(f) {
		f.Add([]byte(s))
	}
	recs := testWARCRecords(f)
	f.Add([]byte(strings.Join(recs, "")))
	f.Add([]byte(recs[0] + recs[2]))
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/"))
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		ReadWARC("f.warc", bytes.NewReader(data), 1<<20, func(a schema.Article, err error) bool {
			if n++; n > 10000 {
				t.Fatal("too many results")
			}
			if err != nil {
				checkErr(t, err, "f.warc: record ")
				return true
			}
			checkArticle(t, a)
			return true
		})
	})
}
