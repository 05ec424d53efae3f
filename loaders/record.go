package loaders

import (
	"errors"
	"fmt"
	"io"
)

// Sentinel errors of the HTML, feed, WARC and CSV loaders, for errors.Is.
var (
	ErrNoPubDate = errors.New("no date")
	ErrNoBody    = errors.New("no text")
	ErrBadHeader = errors.New("bad header")
)

// RecordError is a problem with one record of a file that holds many: an
// item of a feed, a record of a WARC file. It is the Err of a *ParseError,
// which names the file, so the whole error reads
// "feed.xml: item 2: no date" or "pages.warc: record 3: …".
type RecordError struct {
	Kind string // "item" or "record"
	N    int    // 1-based
	Err  error
}

func (e *RecordError) Error() string { return fmt.Sprintf("%s %d: %v", e.Kind, e.N, e.Err) }
func (e *RecordError) Unwrap() error { return e.Err }

// recordError returns the *ParseError for record n of file name.
func recordError(name, kind string, n int, err error) error {
	return &ParseError{File: name, Err: &RecordError{Kind: kind, N: n, Err: err}}
}

// readLimited reads all of r, up to limit bytes. Past the limit it reads on
// to the end without keeping what it reads and fails with a *SizeError
// giving the size of what (an "article", a "page", a "record").
func readLimited(r io.Reader, limit int64, what string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) <= limit {
		return data, nil
	}
	rest, err := io.Copy(io.Discard, r)
	if err != nil {
		return nil, err
	}
	return nil, &SizeError{What: what, Size: int64(len(data)) + rest, Limit: limit}
}
