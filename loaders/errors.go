package loaders

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by ParseError, for errors.Is.
var (
	ErrEmpty     = errors.New("empty article")
	ErrEmptyFile = errors.New("empty file")
	ErrBinary    = errors.New("binary file, not text")
	ErrNoDate    = errors.New(`missing "date YYYY-MM-DD" header`)
	ErrBadDate   = errors.New("bad date")
	ErrNotUTF8   = errors.New("not valid UTF-8 text")
	ErrBadJSON   = errors.New("not a valid JSON object")
	ErrNoText    = errors.New(`no "text" field`)
	ErrTooLarge  = errors.New("article too large")
	ErrDuplicate = errors.New("duplicate id")
)

// ParseError is a problem with one input: a file, or one line of it.
type ParseError struct {
	File string
	Line int // 1-based; 0 when the problem is with the whole file
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// SizeError reports an input larger than the limit on what is read whole:
// an article, a JSON line, a CSV record, a feed file. It matches
// ErrTooLarge with errors.Is.
type SizeError struct {
	What  string // "article", "line", "record", "feed file"
	Size  int64  // bytes, counted by reading past the limit without keeping them; 0 when unknown
	Limit int64
}

func (e *SizeError) Error() string {
	if e.Size <= 0 {
		return fmt.Sprintf("%s is larger than the %s limit", e.What, sizeText(e.Limit))
	}
	return fmt.Sprintf("%s is %s, more than the %s limit", e.What, sizeText(e.Size), sizeText(e.Limit))
}

// Is reports whether target is ErrTooLarge.
func (e *SizeError) Is(target error) bool { return target == ErrTooLarge }

// sizeText prints a byte count as people read it: "200.0 MiB", "32 MiB",
// "812 bytes".
func sizeText(n int64) string {
	const kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
	unit, name := int64(1), "bytes"
	switch {
	case n >= gib:
		unit, name = gib, "GiB"
	case n >= mib:
		unit, name = mib, "MiB"
	case n >= kib:
		unit, name = kib, "KiB"
	}
	if unit == 1 {
		return fmt.Sprintf("%d bytes", n)
	}
	if n%unit == 0 {
		return fmt.Sprintf("%d %s", n/unit, name)
	}
	return fmt.Sprintf("%.1f %s", float64(n)/float64(unit), name)
}

// reworded is a sentinel error said in the words of one format: `no "date"
// field` in a JSON line is ErrNoDate for errors.Is.
type reworded struct {
	msg string
	err error
}

func (e *reworded) Error() string { return e.msg }
func (e *reworded) Unwrap() error { return e.err }
