package queries

import (
	"errors"
	"fmt"
)

// Kinds of error, for errors.Is: a server maps them to 400, 404 and 504 and
// anything else to 500.
var (
	// ErrInvalid: an unknown query, a missing or unknown parameter, a bad
	// value, a Gizmo script that does not compile or throws.
	ErrInvalid = errors.New("invalid query")
	// ErrNotFound: a parameter names an entity the store does not know.
	ErrNotFound = errors.New("not found")
	// ErrTimeout: the query ran longer than RunOptions.Timeout.
	ErrTimeout = errors.New("query timed out")
)

// Error is an error of one of the kinds above, with a message meant for the
// user.
type Error struct {
	Kind error
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

// Is makes errors.Is(err, ErrNotFound) and the like work.
func (e *Error) Is(target error) bool { return target == e.Kind }

func invalidf(format string, args ...any) error {
	return &Error{Kind: ErrInvalid, Msg: fmt.Sprintf(format, args...)}
}

func notFoundf(format string, args ...any) error {
	return &Error{Kind: ErrNotFound, Msg: fmt.Sprintf(format, args...)}
}
