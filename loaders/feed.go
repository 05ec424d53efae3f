package loaders

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsgraph/newsgraph/schema"
)

// ReadFeed reads an RSS, Atom or RDF feed (github.com/mmcdole/gofeed
// detects which) and yields one article per item: its date is the item's
// published date, else its updated date (the day as the feed writes it, in
// its own time zone); its text is the item's content, else its description,
// with the HTML turned into plain text; its URL is the item's link and its
// publisher the feed's title. An item without a date or text is yielded as
// a *ParseError "feed.xml: item 2: no date"; a feed that does not parse is
// one *ParseError for the file. The feed is read whole, up to maxSize bytes
// (DefaultMaxFileSize when 0); a larger one is a *SizeError.
func ReadFeed(name string, r io.Reader, maxSize int64, yield func(schema.Article, error) bool) {
	if maxSize <= 0 {
		maxSize = DefaultMaxFileSize
	}
	data, err := readLimited(r, maxSize, "feed file")
	if err != nil {
		yield(schema.Article{}, &ParseError{File: name, Err: err})
		return
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		yield(schema.Article{}, &ParseError{File: name, Err: fmt.Errorf("not a feed: %w", err)})
		return
	}
	publisher := oneLine(HTMLToText(feed.Title))
	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		a, err := feedArticle(item, publisher)
		if err != nil {
			if !yield(schema.Article{}, recordError(name, "item", i+1, err)) {
				return
			}
			continue
		}
		a.Origin = fmt.Sprintf("%s#item-%d", name, i+1)
		if !yield(a, nil) {
			return
		}
	}
}

func feedArticle(item *gofeed.Item, publisher string) (schema.Article, error) {
	date, err := itemDate(item)
	if err != nil {
		return schema.Article{}, err
	}
	text := HTMLToText(item.Content)
	if text == "" {
		text = HTMLToText(item.Description)
	}
	if text == "" {
		return schema.Article{}, ErrNoBody
	}
	link := strings.TrimSpace(item.Link)
	if link == "" && len(item.Links) > 0 {
		link = strings.TrimSpace(item.Links[0])
	}
	if !strings.Contains(link, "://") {
		link = "" // a relative or broken link is no URL
	}
	return schema.Article{
		ID:        schema.ContentID(date, text),
		Date:      date,
		Title:     oneLine(HTMLToText(item.Title)),
		URL:       link,
		Publisher: publisher,
		Text:      text,
	}, nil
}

// itemDate is the item's published date, else its updated date, as the
// feed writes it (in its own time zone; gofeed's parsed times are UTC).
func itemDate(item *gofeed.Item) (string, error) {
	for _, s := range []string{item.Published, item.Updated} {
		if d, err := normalizePageDate(s); err == nil {
			return d, nil
		}
	}
	for _, t := range []*time.Time{item.PublishedParsed, item.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() > 0 && t.Year() < 10000 {
			return t.Format("2006-01-02"), nil
		}
	}
	if s := strings.TrimSpace(item.Published + item.Updated); s != "" {
		return "", fmt.Errorf("%w %q", ErrBadDate, s)
	}
	return "", ErrNoPubDate
}
