package queries

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Kinds of error, for errors.Is: a server maps them to 400, 404, 504 and
// 422 and anything else to 500.
var (
	// ErrInvalid: an unknown query, a missing or unknown parameter, a bad
	// value, a Gizmo script that does not compile or throws.
	ErrInvalid = errors.New("invalid query")
	// ErrNotFound: a parameter names an entity the store does not know.
	ErrNotFound = errors.New("not found")
	// ErrTimeout: the query ran longer than RunOptions.Timeout.
	ErrTimeout = errors.New("query timed out")
	// ErrTooLarge: the answer grew past RunOptions.MaxBytes, or a Gizmo
	// script past RunOptions.MemoryBudget.
	ErrTooLarge = errors.New("query too large")
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

// AnswerSize counts the bytes of an answer as its rows are produced, so
// that a query stops at the limit instead of building a huge answer: a row
// limit alone let 1,000 rows of 1 MB each make a 1 GB answer.
type AnswerSize struct {
	// Max is the limit in bytes; 0 means none.
	Max int64
	// What names the query in the error.
	What string
	n    int64
}

// Add counts one row (its JSON encoding) and returns ErrTooLarge once the
// answer is past Max.
func (a *AnswerSize) Add(row any) error {
	if a.Max <= 0 {
		return nil
	}
	b, err := json.Marshal(row)
	if err != nil {
		return fmt.Errorf("%s: %w", a.What, err)
	}
	if a.n += int64(len(b)); a.n > a.Max {
		return &Error{Kind: ErrTooLarge, Msg: fmt.Sprintf("%s: answer larger than %s (newsgraph serve --max-answer-bytes); ask for fewer or smaller rows",
			a.What, byteSize(a.Max))}
	}
	return nil
}
