package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// jsonArticle is one line of a JSON-lines input.
type jsonArticle struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// ReadJSONL reads JSON lines from r, calling yield with each article or with
// a *ParseError for a line that is broken; it stops early when yield returns
// false. A read error of r itself ends the input and is yielded too.
func ReadJSONL(name string, r io.Reader, yield func(schema.Article, error) bool) {
	br := bufio.NewReaderSize(r, 64*1024)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(raw)) > 0 {
			a, perr := ParseJSONLine(name, line, raw)
			if !yield(a, perr) {
				return
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			yield(schema.Article{}, &ParseError{File: name, Line: line, Err: err})
			return
		}
	}
}

// ParseJSONLine parses line number line of a JSON-lines input.
func ParseJSONLine(name string, line int, raw []byte) (schema.Article, error) {
	fail := func(err error) (schema.Article, error) {
		return schema.Article{}, &ParseError{File: name, Line: line, Err: err}
	}
	if !utf8.Valid(raw) {
		return fail(ErrNotUTF8)
	}
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		return fail(fmt.Errorf("%w: %v", ErrBadJSON, err))
	}
	if dec.More() {
		return fail(fmt.Errorf("%w: more than one value on the line", ErrBadJSON))
	}
	if strings.TrimSpace(j.Text) == "" {
		return fail(ErrNoText)
	}
	if j.Date == "" {
		return fail(fmt.Errorf(`field "date": %w`, ErrNoDate))
	}
	date, err := NormalizeDate(j.Date)
	if err != nil {
		return fail(fmt.Errorf(`field "date": %w`, err))
	}
	id := strings.TrimSpace(j.ID)
	if id == "" {
		id = schema.ContentID(date, j.Text)
	}
	return schema.Article{
		ID:        id,
		Origin:    fmt.Sprintf("%s:%d", name, line),
		Date:      date,
		Title:     strings.TrimSpace(j.Title),
		URL:       strings.TrimSpace(j.URL),
		Publisher: strings.TrimSpace(j.Source),
		Text:      j.Text,
	}, nil
}
