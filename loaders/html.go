package loaders

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/newsgraph/newsgraph/schema"
)

// HTMLPage is a saved news page as ParseHTML reads it: the article, and what
// the page says that schema.Article has no field for.
type HTMLPage struct {
	schema.Article
	Byline string // the author line, "" when the page has none
}

// HTMLHints are what the container of a page knows about it: a WARC record
// gives its target URI and capture date.
type HTMLHints struct {
	URL    string // the page's address, for resolving relative links; also the URL when the page names no canonical one
	Date   string // YYYY-MM-DD, used when the page's metadata has no date
	Origin string // the article's Origin; name when ""
}

// ParseHTML reads one saved HTML news page. The body, title, byline and site
// name come from a readability-style extractor (the port of Mozilla's
// Readability.js in codeberg.org/readeck/go-readability); the date is the
// first of the page's article:published_time meta, a JSON-LD datePublished,
// a <time datetime> element, then hints.Date; the URL is the page's
// canonical link (<link rel=canonical>, else og:url), else hints.URL. A page
// that is not UTF-8 is decoded from the charset it declares.
func ParseHTML(name string, data []byte, hints HTMLHints) (HTMLPage, error) {
	fail := func(err error) (HTMLPage, error) { return HTMLPage{}, &ParseError{File: name, Err: err} }
	if !utf8.Valid(data) {
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil || !utf8.Valid(decoded) {
			return fail(ErrNotUTF8)
		}
		data = decoded
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return fail(fmt.Errorf("not HTML: %w", err))
	}
	base, _ := url.Parse(hints.URL)
	meta := pageMeta(doc, base)
	art, err := readability.FromDocument(doc, base)
	if err != nil {
		return fail(fmt.Errorf("%w: %v", ErrNoBody, err))
	}
	var text string
	if art.Node != nil {
		text = cleanText(render.InnerText(art.Node))
	}
	if text == "" {
		return fail(ErrNoBody)
	}
	date := ""
	for _, d := range []string{meta.published, meta.jsonLDDate, meta.timeDate} {
		if nd, err := normalizePageDate(d); err == nil {
			date = nd
			break
		}
	}
	if date == "" {
		if t, err := art.PublishedTime(); err == nil {
			date = t.Format("2006-01-02")
		}
	}
	if date == "" && hints.Date != "" {
		date = hints.Date
	}
	if date == "" {
		return fail(fmt.Errorf("%w: no article:published_time, JSON-LD datePublished or <time datetime>", ErrNoPubDate))
	}
	pageURL := meta.canonical
	if pageURL == "" {
		pageURL = hints.URL
	}
	origin := hints.Origin
	if origin == "" {
		origin = name
	}
	title := strings.TrimSpace(art.Title())
	if title == "" {
		title = meta.title
	}
	return HTMLPage{
		Article: schema.Article{
			ID:        schema.ContentID(date, text),
			Origin:    origin,
			Date:      date,
			Title:     oneLine(title),
			URL:       pageURL,
			Publisher: oneLine(art.SiteName()),
			Text:      text,
		},
		Byline: oneLine(art.Byline()),
	}, nil
}

// pageMetadata is what ParseHTML reads off the page itself, before
// readability rewrites the tree.
type pageMetadata struct {
	canonical  string
	published  string
	jsonLDDate string
	timeDate   string
	title      string
}

func pageMeta(doc *html.Node, base *url.URL) pageMetadata {
	var m pageMetadata
	var ogURL string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if hasToken(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = absURL(base, attr(n, "href"))
				}
			case "meta":
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				content := attr(n, "content")
				switch key {
				case "article:published_time", "datepublished", "og:published_time":
					if m.published == "" {
						m.published = content
					}
				case "og:url":
					if ogURL == "" {
						ogURL = absURL(base, content)
					}
				}
			case "script":
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && m.jsonLDDate == "" && n.FirstChild != nil {
					m.jsonLDDate = jsonLDDate(n.FirstChild.Data)
				}
			case "time":
				if m.timeDate == "" {
					m.timeDate = attr(n, "datetime")
				}
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if m.canonical == "" {
		m.canonical = ogURL
	}
	return m
}

// jsonLDDate finds the first datePublished in a JSON-LD script: an object,
// an array of objects, or an object with @graph.
func jsonLDDate(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(any, int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && s != "" {
				return s
			}
			if g, ok := v["@graph"]; ok {
				return find(g, depth+1)
			}
		case []any:
			for _, e := range v {
				if s := find(e, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

var isoDatePrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// normalizePageDate accepts the dates pages carry: any NormalizeDate layout,
// or an ISO timestamp whose time part NormalizeDate does not know, from
// which the day is taken as written (the page's own time zone).
func normalizePageDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrNoPubDate
	}
	if d, err := NormalizeDate(s); err == nil {
		return d, nil
	}
	if p := isoDatePrefix.FindString(s); p != "" {
		return NormalizeDate(p)
	}
	return "", fmt.Errorf("%w %q", ErrBadDate, s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(strings.ToLower(list)) {
		if f == tok {
			return true
		}
	}
	return false
}

// absURL resolves ref against base; an unparsable ref is returned as is
// when it is absolute, else dropped.
func absURL(base *url.URL, ref string) string {
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil && base.IsAbs() {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

// HTMLToText renders an HTML fragment (a feed item's content) as plain
// text, with paragraphs on lines of their own.
func HTMLToText(s string) string {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return cleanText(s)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return cleanText(render.InnerText(root))
}

// cleanText trims every line, keeps at most one blank line between
// paragraphs and drops invalid UTF-8.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	blank := false
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteString("\n")
			blank = false
		}
		b.WriteString(line)
		b.WriteString("\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// oneLine collapses white space, for titles and names.
func oneLine(s string) string { return strings.Join(strings.Fields(strings.ToValidUTF8(s, "")), " ") }
