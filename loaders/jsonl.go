package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// jsonArticle is one line of a JSON-lines input. Fields it does not name are
// ignored: JSON lines written by other tools carry many (author, tags, …).
type jsonArticle struct {
	ID     string `json:"id"`
	URL    string `json:"url"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// errJSONArray is the error for a file that is one indented JSON array.
var errJSONArray = fmt.Errorf("%w: the file is a JSON array, not JSON lines (one object per line; jq -c '.[]' turns one into the other)", ErrBadJSON)

// maxJSONDepth is how deeply encoding/json lets values nest.
const maxJSONDepth = 10000

// ReadJSONL reads JSON lines from r, calling yield with each article or with
// a *ParseError for a line that is broken; it stops early when yield returns
// false. A line longer than maxLine bytes (DefaultMaxArticleSize when 0) is
// skipped without being kept in memory and reported as a *SizeError. An
// input without a single non-blank line is reported as ErrEmptyFile, and a
// file that is an indented JSON array (its first line "[") as one error. A read
// error of r itself ends the input and is yielded too.
func ReadJSONL(name string, r io.Reader, maxLine int64, yield func(schema.Article, error) bool) {
	if maxLine <= 0 {
		maxLine = DefaultMaxArticleSize
	}
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64*1024)
	}
	seen := false
	for line := 1; ; line++ {
		raw, size, err := readLine(br, maxLine)
		if size > maxLine {
			seen = true
			if !yield(schema.Article{}, &ParseError{File: name, Line: line, Err: &SizeError{What: "line", Size: size, Limit: maxLine}}) {
				return
			}
		} else if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 {
			if !seen && string(trimmed) == "[" {
				// An indented JSON array: each of its lines would be an error.
				yield(schema.Article{}, &ParseError{File: name, Line: line, Err: errJSONArray})
				return
			}
			seen = true
			a, perr := ParseJSONLine(name, line, raw)
			if !yield(a, perr) {
				return
			}
		}
		if err == io.EOF {
			if !seen {
				yield(schema.Article{}, &ParseError{File: name, Err: ErrEmptyFile})
			}
			return
		}
		if err != nil {
			yield(schema.Article{}, &ParseError{File: name, Line: line, Err: err})
			return
		}
	}
}

// readLine reads one line, with its newline, and its size in bytes. Past
// limit bytes it stops keeping them and only counts on to the end of the
// line, so a line of any length takes at most limit bytes of memory; raw is
// then nil and size more than limit.
func readLine(br *bufio.Reader, limit int64) (raw []byte, size int64, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		switch {
		case size > limit:
			raw = nil
		case len(raw)+len(chunk) > cap(raw):
			// Double, rather than grow by append's quarter for large slices:
			// a line of 32 MiB then takes 64 MiB of allocation, not 160.
			grown := make([]byte, len(raw), min(max(2*cap(raw), len(raw)+len(chunk)), int(limit)))
			raw = append(grown[:copy(grown, raw)], chunk...)
		default:
			raw = append(raw, chunk...)
		}
		if err != bufio.ErrBufferFull {
			return raw, size, err
		}
	}
}

// ParseJSONLine parses line number line of a JSON-lines input.
func ParseJSONLine(name string, line int, raw []byte) (schema.Article, error) {
	fail := func(err error) (schema.Article, error) {
		return schema.Article{}, &ParseError{File: name, Line: line, Err: err}
	}
	if !utf8.Valid(raw) {
		return fail(notUTF8(raw))
	}
	raw = bytes.TrimSpace(raw)
	var j jsonArticle
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&j); err != nil {
		return fail(jsonError(err))
	}
	if dec.More() {
		return fail(fmt.Errorf("%w: more than one value on the line (byte %d on)", ErrBadJSON, dec.InputOffset()+1))
	}
	if strings.TrimSpace(j.Text) == "" {
		return fail(ErrNoText)
	}
	if strings.TrimSpace(j.Date) == "" {
		return fail(&reworded{`no "date" field`, ErrNoDate})
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

// jsonError says what is wrong with a line encoding/json refused, without
// naming Go types, and wraps ErrBadJSON.
func jsonError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: truncated (the line ends before the object does)", ErrBadJSON)
	case errors.As(err, &syntax) && strings.Contains(syntax.Error(), "exceeded max depth"):
		return fmt.Errorf("%w: nested more than %d levels deep", ErrBadJSON, maxJSONDepth)
	case errors.As(err, &syntax):
		return fmt.Errorf("%w: %s at byte %d", ErrBadJSON, strings.TrimPrefix(syntax.Error(), "json: "), syntax.Offset)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf("%w: the line is a JSON %s", ErrBadJSON, typ.Value)
	case errors.As(err, &typ):
		return fmt.Errorf("%w: field %q is a JSON %s, want a string", ErrBadJSON, typ.Field, typ.Value)
	}
	return fmt.Errorf("%w: %v", ErrBadJSON, err)
}
