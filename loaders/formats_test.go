package loaders

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// collect reads paths with Articles and returns the articles and the error
// messages.
func collect(t *testing.T, opt Options, paths ...string) ([]schema.Article, []string) {
	t.Helper()
	var arts []schema.Article
	var errs []string
	for a, err := range Articles(context.Background(), paths, opt) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func TestParseHTML(t *testing.T) {
	tests := []struct {
		file                            string
		date, title, url, publisher, by string
		inText, notInText               string
	}{
		{file: "page.html", date: "2025-06-02", title: "Veltrix signs launch deal with Kenya",
			url: "https://courier.example/2025/06/veltrix-kenya", publisher: "Harbour Courier", by: "Mira Castellane",
			inText: "We are going to orbit from African soil", notInText: "All rights reserved"},
		{file: "jsonld.htm", date: "2025-05-20", title: "Port of Mombasa opens new berth", by: "Tobias Wren",
			inText: "Leona Marsh said"},
		{file: "timetag", date: "2025-04-11", inText: "Selin Arda"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/formats", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			p, err := ParseHTML(tt.file, data, HTMLHints{})
			if err != nil {
				t.Fatal(err)
			}
			if p.Date != tt.date || p.URL != tt.url || (tt.title != "" && p.Title != tt.title) || p.Publisher != tt.publisher || p.Byline != tt.by {
				t.Errorf("got date %q title %q url %q publisher %q byline %q", p.Date, p.Title, p.URL, p.Publisher, p.Byline)
			}
			if !strings.Contains(p.Text, tt.inText) || (tt.notInText != "" && strings.Contains(p.Text, tt.notInText)) {
				t.Errorf("text = %q", p.Text)
			}
			if p.ID != schema.ContentID(p.Date, p.Text) || p.Origin != tt.file {
				t.Errorf("ID, Origin = %q, %q", p.ID, p.Origin)
			}
		})
	}
}

func TestParseHTMLHintsAndErrors(t *testing.T) {
	page := `<html><head><link rel="canonical" href="/a/b"></head><body><article>` +
		strings.Repeat("<p>Officials in Ghana said the new bridge at Accra would open next spring, after long delays.</p>", 6) +
		`</article></body></html>`
	p, err := ParseHTML("p.html", []byte(page), HTMLHints{URL: "https://ghana.example/x?y=1", Date: "2024-12-31", Origin: "w.warc#record-2"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Date != "2024-12-31" || p.URL != "https://ghana.example/a/b" || p.Origin != "w.warc#record-2" {
		t.Errorf("hints not applied: %+v", p.Article)
	}
	_, err = ParseHTML("p.html", []byte(page), HTMLHints{})
	if !errors.Is(err, ErrNoPubDate) || !strings.HasPrefix(err.Error(), "p.html: no date") {
		t.Errorf("no date: error = %v", err)
	}
	_, err = ParseHTML("e.html", []byte("<html><body></body></html>"), HTMLHints{Date: "2024-01-01"})
	if !errors.Is(err, ErrNoBody) {
		t.Errorf("empty page: error = %v", err)
	}
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"><meta property=\"article:published_time\" content=\"2025-01-02\"></head><body><article><p>Caf\xe9 owners in France said prices rose.</p></article></body></html>")
	if p, err := ParseHTML("l.html", latin1, HTMLHints{}); err != nil || !strings.Contains(p.Text, "Café") {
		t.Errorf("latin-1 page: %q, %v", p.Text, err)
	}
}

func TestReadFeeds(t *testing.T) {
	arts, errs := collect(t, Options{}, "testdata/formats/feed.rss", "testdata/formats/feed.atom")
	want := []struct{ date, title, url, publisher, text, origin string }{
		{"2025-06-03", "Veltrix names new launch director", "https://courier.example/2025/06/veltrix-director", "Harbour Courier & Friends",
			"Veltrix Corp. named Jonas Ekberg its launch director for Kenya on Tuesday.\n\n\"He knows the coast,\" said Ada Okafor.", "testdata/formats/feed.rss#item-1"},
		{"2025-06-04", "Kenya budget vote delayed", "https://courier.example/2025/06/budget", "Harbour Courier & Friends",
			"The parliament of Kenya delayed its budget vote by a week, speaker Amani Odhiambo said.", "testdata/formats/feed.rss#item-2"},
		{"2025-05-21", "Mombasa berth busy on first day", "https://coastline.example/mombasa-berth-busy", "Coastline Daily",
			"Three ships from India docked at the new berth in Mombasa, director Leona Marsh said.", "testdata/formats/feed.atom#item-1"},
		{"2025-05-19", "Silo prices fall", "https://coastline.example/silo", "Coastline Daily",
			"Grain silo prices in Ukraine fell for a third week.", "testdata/formats/feed.atom#item-2"},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d: %+v", len(arts), len(want), arts)
	}
	for i, w := range want {
		a := arts[i]
		if a.Date != w.date || a.Title != w.title || a.URL != w.url || a.Publisher != w.publisher || a.Text != w.text || a.Origin != w.origin {
			t.Errorf("article %d = %+v\nwant %+v", i, a, w)
		}
	}
	if len(errs) != 1 || errs[0] != "testdata/formats/feed.rss: item 3: no date" {
		t.Errorf("errors = %q", errs)
	}
}

func TestReadCSV(t *testing.T) {
	cols, err := ParseColumns("text=body,date=published,title=headline,id=story_id,url=link,source=outlet")
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, Options{Columns: cols}, "testdata/formats/articles.csv")
	if len(arts) != 2 || arts[0].ID != "c1" || arts[0].Date != "2025-03-01" || arts[0].URL != "https://courier.example/c1" ||
		arts[0].Publisher != "Harbour Courier" || arts[0].Origin != "testdata/formats/articles.csv:2" ||
		arts[1].Date != "2025-03-02" || arts[1].Text != "Ada Okafor said: \"We will fly.\"\nShe spoke in Nairobi." || arts[1].Origin != "testdata/formats/articles.csv:3" {
		t.Errorf("articles = %+v", arts)
	}
	wantErrs := []string{
		`testdata/formats/articles.csv:5: bad date "not a date"`,
		`testdata/formats/articles.csv:6: column "text" is empty`,
		"testdata/formats/articles.csv:7: wrong number of fields",
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors = %q", errs)
	}
	for i, w := range wantErrs {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %d = %q, want prefix %q", i, errs[i], w)
		}
	}
	// Without the mapping the default column names are missing.
	_, errs = collect(t, Options{}, "testdata/formats/articles.csv")
	if len(errs) != 1 || !strings.Contains(errs[0], "articles.csv:1: bad header: no column date (for date), text (for text)") {
		t.Errorf("errors without --columns = %q", errs)
	}
	if _, err := ParseColumns("body=text"); err == nil {
		t.Error("ParseColumns accepted an unknown field")
	}
	// Default names, any case.
	dir := t.TempDir()
	p := filepath.Join(dir, "d.csv")
	os.WriteFile(p, []byte("Date,Text,Source\n2025-01-05,Leaders of Chile met.,Wire\n"), 0o644)
	arts, errs = collect(t, Options{}, p)
	if len(errs) != 0 || len(arts) != 1 || arts[0].Publisher != "Wire" || arts[0].ID != schema.ContentID("2025-01-05", "Leaders of Chile met.") {
		t.Errorf("default columns: %+v %q", arts, errs)
	}
}

// warcRecord spells one WARC/1.1 record.
func warcRecord(typ, uri, date, contentType, block string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-4000-8000-000000000000>\r\nWARC-Date: %s\r\n", typ, len(block)+len(uri), date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", contentType, len(block), block)
	return b.String()
}

func httpResponse(contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
}

// testWARC is a small crawl: warcinfo, a request, the page.html response,
// an image, a page without a date of its own, and a page with no text.
func testWARC(t testing.TB) string { return strings.Join(testWARCRecords(t), "") }

func testWARCRecords(t testing.TB) []string {
	page, err := os.ReadFile("testdata/formats/page.html")
	if err != nil {
		t.Fatal(err)
	}
	undated := "<html><head><title>Accra bridge</title></head><body><article>" +
		strings.Repeat("<p>Officials in Ghana said the new bridge at Accra would open next spring, after long delays.</p>", 6) +
		"</article></body></html>"
	return []string{
		warcRecord("warcinfo", "", "2025-06-10T12:00:00Z", "application/warc-fields", "software: newsgraph test\r\n"),
		warcRecord("request", "https://courier.example/2025/06/veltrix-kenya", "2025-06-10T12:00:01Z", "application/http;msgtype=request",
			"GET /2025/06/veltrix-kenya HTTP/1.1\r\nHost: courier.example\r\n\r\n"),
		warcRecord("response", "https://courier.example/2025/06/veltrix-kenya", "2025-06-10T12:00:02Z", "application/http;msgtype=response",
			httpResponse("text/html; charset=utf-8", string(page))),
		warcRecord("response", "https://courier.example/logo.png", "2025-06-10T12:00:03Z", "application/http;msgtype=response",
			httpResponse("image/png", "\x89PNG")),
		warcRecord("response", "https://ghana.example/accra-bridge", "2025-06-11T08:00:00Z", "application/http;msgtype=response",
			httpResponse("text/html", undated)),
		warcRecord("response", "https://ghana.example/empty", "2025-06-11T08:00:01Z", "application/http;msgtype=response",
			httpResponse("text/html", "<html><body></body></html>")),
	}
}

func TestReadWARC(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "pages.warc")
	if err := os.WriteFile(p, []byte(testWARC(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, errs := collect(t, Options{}, p)
	if len(arts) != 2 {
		t.Fatalf("got %d articles (%q), want 2", len(arts), errs)
	}
	if a := arts[0]; a.Date != "2025-06-02" || a.URL != "https://courier.example/2025/06/veltrix-kenya" || a.Origin != p+"#record-3" || !strings.Contains(a.Text, "Malindi") {
		t.Errorf("record 3 = %+v", a)
	}
	if a := arts[1]; a.Date != "2025-06-11" || a.URL != "https://ghana.example/accra-bridge" || a.Origin != p+"#record-5" {
		t.Errorf("record 5 = %+v", a)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], p+": record 6: no text") {
		t.Errorf("errors = %q", errs)
	}
}

func gz(t testing.TB, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestGzipByContent(t *testing.T) {
	dir := t.TempDir()
	feed, _ := os.ReadFile("testdata/formats/feed.rss")
	page, _ := os.ReadFile("testdata/formats/page.html")
	// A WARC.gz as crawlers write it: one gzip member per record.
	var warcGz []byte
	for _, rec := range testWARCRecords(t) {
		warcGz = append(warcGz, gz(t, []byte(rec))...)
	}
	files := map[string][]byte{
		"feed.xml.gz":   gz(t, feed),
		"pages.warc.gz": warcGz,
		"page-no-ext":   gz(t, page), // gzip without .gz: found by its magic bytes, then sniffed as HTML
		"notes.txt.gz":  gz(t, []byte("date 2025-02-02\nPeru and Chile signed a treaty.")),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(name string) int {
		arts, _ := collect(t, Options{}, filepath.Join(dir, name))
		return len(arts)
	}
	for name, want := range map[string]int{"feed.xml.gz": 2, "pages.warc.gz": 2, "page-no-ext": 1, "notes.txt.gz": 1} {
		if got := count(name); got != want {
			t.Errorf("%s: %d articles, want %d", name, got, want)
		}
	}
	// A folder walk reads .gz files and skips the one without an extension.
	arts, _ := collect(t, Options{}, dir)
	if len(arts) != 5 {
		t.Errorf("folder: %d articles, want 5", len(arts))
	}
	// Standard input is sniffed too.
	arts, errs := collect(t, Options{Stdin: bytes.NewReader(gz(t, feed))}, "-")
	if len(arts) != 2 || len(errs) != 1 || errs[0] != "-: item 3: no date" {
		t.Errorf("stdin feed: %d articles, errors %q", len(arts), errs)
	}
	// A broken gzip stream is an error naming the file.
	os.WriteFile(filepath.Join(dir, "bad.gz"), []byte{0x1f, 0x8b, 0, 0}, 0o644)
	_, errs = collect(t, Options{}, filepath.Join(dir, "bad.gz"))
	if len(errs) != 1 || !strings.HasPrefix(errs[0], filepath.Join(dir, "bad.gz")+": ") {
		t.Errorf("bad gzip: %q", errs)
	}
}

func TestSniff(t *testing.T) {
	tests := map[string]Format{
		"WARC/1.1\r\n":  FormatWARC,
		` {"date":"x"}`: FormatJSONL,
		"\ufeff<?xml version=\"1.0\"?><rss version=\"2.0\">": FormatFeed,
		"<feed xmlns=\"http://www.w3.org/2005/Atom\">":       FormatFeed,
		"<!DOCTYPE html><html>":                              FormatHTML,
		"<html><body><p>rss</p>":                             FormatHTML,
		"date 2025-01-01 text":                               FormatText,
	}
	for in, want := range tests {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %s, want %s", in, got, want)
		}
	}
}
