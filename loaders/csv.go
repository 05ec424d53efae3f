package loaders

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// CSVFields are the article fields a CSV column can fill, and the column
// each is read from by default.
var CSVFields = []string{"id", "url", "title", "date", "source", "text"}

// ParseColumns reads a --columns value, "text=body,date=published": field
// names (CSVFields) mapped to the header names of the file's columns.
func ParseColumns(s string) (map[string]string, error) {
	out := map[string]string{}
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		field, col, ok := strings.Cut(pair, "=")
		field, col = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(col)
		if !ok || col == "" {
			return nil, fmt.Errorf("column mapping %q: want FIELD=COLUMN", pair)
		}
		if !isCSVField(field) {
			return nil, fmt.Errorf("column mapping %q: unknown field %q (want %s)", pair, field, strings.Join(CSVFields, ", "))
		}
		if _, dup := out[field]; dup {
			return nil, fmt.Errorf("column mapping: field %q given twice", field)
		}
		out[field] = col
	}
	return out, nil
}

func isCSVField(f string) bool {
	for _, g := range CSVFields {
		if f == g {
			return true
		}
	}
	return false
}

// ReadCSV reads a CSV file whose first record is a header naming the
// columns (encoding/csv, RFC 4180: quoted fields may hold commas and line
// breaks). columns maps article fields to header names; a field not in it is
// read from the column named like the field (text, date, title, id, url,
// source), matched without regard to case. The text and date columns must
// exist. Each record is one article; a broken one is yielded as a
// *ParseError naming the line it starts on, and the rest is read. A record
// larger than maxRecord bytes (DefaultMaxArticleSize when 0) ends the file
// with a *SizeError: its end cannot be found without reading it whole.
func ReadCSV(name string, r io.Reader, columns map[string]string, maxRecord int64, yield func(schema.Article, error) bool) {
	if maxRecord <= 0 {
		maxRecord = DefaultMaxArticleSize
	}
	lim := &recordLimiter{r: r, limit: maxRecord}
	cr := csv.NewReader(lim)
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			err = ErrEmpty
		}
		yield(schema.Article{}, &ParseError{File: name, Line: 1, Err: fmt.Errorf("%w: %v", ErrBadHeader, err)})
		return
	}
	index, err := csvIndex(header, columns)
	if err != nil {
		yield(schema.Article{}, &ParseError{File: name, Line: 1, Err: err})
		return
	}
	next := nextLine(cr, header)
	lim.next()
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				lim.next()
				next = pe.Line + 1
				if !yield(schema.Article{}, &ParseError{File: name, Line: pe.StartLine, Err: pe.Err}) {
					return
				}
				continue
			}
			if errors.Is(err, ErrTooLarge) {
				yield(schema.Article{}, &ParseError{File: name, Line: next, Err: fmt.Errorf("%w; the rest of the file is skipped", err)})
				return
			}
			yield(schema.Article{}, &ParseError{File: name, Err: err})
			return
		}
		lim.next()
		line, _ := cr.FieldPos(0)
		next = nextLine(cr, rec)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		a, err := csvArticle(rec, index)
		if err != nil {
			if !yield(schema.Article{}, &ParseError{File: name, Line: line, Err: err}) {
				return
			}
			continue
		}
		a.Origin = fmt.Sprintf("%s:%d", name, line)
		if !yield(a, nil) {
			return
		}
	}
}

// recordLimiter fails a read once more than limit bytes have been read
// since the last call of next, so that encoding/csv, which keeps a whole
// record in memory, never holds much more than limit bytes. (Its reader
// reads a few KiB ahead, which the count of the next record then lacks.)
type recordLimiter struct {
	r        io.Reader
	n, limit int64
}

func (l *recordLimiter) Read(p []byte) (int, error) {
	if l.n > l.limit {
		return 0, &SizeError{What: "record", Limit: l.limit}
	}
	if room := l.limit + 1 - l.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// next starts the count of a new record.
func (l *recordLimiter) next() { l.n = 0 }

// nextLine is the line after the record rec that cr has just read: the
// line its last field starts on, plus the line breaks in that field.
func nextLine(cr *csv.Reader, rec []string) int {
	last := len(rec) - 1
	line, _ := cr.FieldPos(last)
	return line + strings.Count(rec[last], "\n") + 1
}

// csvIndex maps each field to its column's position, -1 for none.
func csvIndex(header []string, columns map[string]string) (map[string]int, error) {
	pos := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		if _, dup := pos[h]; !dup {
			pos[h] = i
		}
	}
	index := map[string]int{}
	var missing []string
	for _, f := range CSVFields {
		col, given := columns[f]
		if !given {
			col = f
		}
		i, ok := pos[strings.ToLower(col)]
		switch {
		case ok:
			index[f] = i
		case given || f == "text" || f == "date":
			missing = append(missing, fmt.Sprintf("%s (for %s)", col, f))
		default:
			index[f] = -1
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("%w: no column %s; the header has %s", ErrBadHeader,
			strings.Join(missing, ", "), strings.Join(header, ", "))
	}
	return index, nil
}

func csvArticle(rec []string, index map[string]int) (schema.Article, error) {
	get := func(f string) string {
		if i := index[f]; i >= 0 && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	for _, f := range rec {
		if !utf8.ValidString(f) {
			return schema.Article{}, ErrNotUTF8
		}
	}
	text := get("text")
	if strings.TrimSpace(text) == "" {
		return schema.Article{}, fmt.Errorf("column %q is empty: %w", "text", ErrNoBody)
	}
	rawDate := get("date")
	if strings.TrimSpace(rawDate) == "" {
		return schema.Article{}, ErrNoPubDate
	}
	date, err := normalizePageDate(rawDate)
	if err != nil {
		return schema.Article{}, err
	}
	id := strings.TrimSpace(get("id"))
	if id == "" {
		id = schema.ContentID(date, text)
	}
	u := strings.TrimSpace(get("url"))
	if !strings.Contains(u, "://") {
		u = ""
	}
	return schema.Article{
		ID:        id,
		Date:      date,
		Title:     oneLine(get("title")),
		URL:       u,
		Publisher: oneLine(get("source")),
		Text:      text,
	}, nil
}
