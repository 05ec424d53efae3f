package loaders

import (
	"errors"
	"fmt"
)

// Sentinel errors wrapped by ParseError, for errors.Is.
var (
	ErrEmpty    = errors.New("empty article")
	ErrNoDate   = errors.New(`missing "date YYYY-MM-DD" header`)
	ErrBadDate  = errors.New("bad date")
	ErrNotUTF8  = errors.New("not valid UTF-8 text")
	ErrBadJSON  = errors.New("not a valid JSON object")
	ErrNoText   = errors.New(`no "text" field`)
	ErrTooLarge = errors.New("article too large")
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
