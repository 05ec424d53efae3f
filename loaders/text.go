package loaders

import (
	"bytes"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// maxTitle is the longest first line taken as a title; a longer one is body.
const maxTitle = 200

// ParseText reads one plain-text article. name is used in errors and as the
// article's origin.
func ParseText(name string, data []byte) (schema.Article, error) {
	if i := firstInvalidUTF8(data); i >= 0 {
		start := bytes.LastIndexByte(data[:i], '\n') + 1
		return schema.Article{}, &ParseError{File: name, Line: bytes.Count(data[:i], []byte("\n")) + 1, Err: notUTF8(data[start:])}
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	if strings.TrimSpace(s) == "" {
		return schema.Article{}, &ParseError{File: name, Err: ErrEmpty}
	}
	line, rest := headerLine(s)
	date, body, err := splitDateHeader(rest)
	if err != nil {
		return schema.Article{}, &ParseError{File: name, Line: line, Err: err}
	}
	title, body := splitTitle(body)
	if strings.TrimSpace(body) == "" {
		return schema.Article{}, &ParseError{File: name, Line: line, Err: ErrEmpty}
	}
	return schema.Article{
		ID:     schema.ContentID(date, body),
		Origin: name,
		Date:   date,
		Title:  title,
		Text:   body,
	}, nil
}

// headerLine skips leading blank lines and returns the 1-based number of the
// first line with text, and the text from there on.
func headerLine(s string) (int, string) {
	line := 1
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || strings.TrimSpace(s[:i]) != "" {
			return line, strings.TrimLeft(s, " \t\r")
		}
		s = s[i+1:]
		line++
	}
}

// splitDateHeader takes "date YYYY-MM-DD" off the front of s: on its own
// line, or inline before the text ("date 2022-03-14 With Russia …").
func splitDateHeader(s string) (date, body string, err error) {
	word, rest, _ := strings.Cut(s, " ")
	if !strings.EqualFold(word, "date") && !strings.EqualFold(word, "date:") {
		return "", "", ErrNoDate
	}
	rest = strings.TrimLeft(rest, " \t")
	end := strings.IndexAny(rest, " \t\r\n")
	if end < 0 {
		end = len(rest)
	}
	date, err = NormalizeDate(rest[:end])
	if err != nil {
		// Dates such as "March 14, 2022" contain spaces: try the whole line.
		lineEnd := strings.IndexByte(rest, '\n')
		if lineEnd < 0 {
			lineEnd = len(rest)
		}
		if d, err2 := NormalizeDate(rest[:lineEnd]); err2 == nil {
			return d, strings.TrimLeft(rest[lineEnd:], " \t\r\n"), nil
		}
		return "", "", err
	}
	return date, strings.TrimLeft(rest[end:], " \t\r\n"), nil
}

// splitTitle takes a short first line followed by a blank line as the title.
func splitTitle(body string) (title, rest string) {
	first, after, ok := strings.Cut(body, "\n")
	first = strings.TrimSpace(first)
	if !ok || first == "" || len(first) > maxTitle || strings.HasSuffix(first, ".") {
		return "", body
	}
	after = strings.TrimLeft(after, " \t\r")
	if !strings.HasPrefix(after, "\n") {
		return "", body
	}
	return first, strings.TrimLeft(after, " \t\r\n")
}
