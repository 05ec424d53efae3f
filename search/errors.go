package search

import "errors"

// Kinds of error, for errors.Is; a server maps them to 400 and 404.
var (
	// ErrInvalid: an empty request, an unknown filter or kind.
	ErrInvalid = errors.New("invalid search")
	// ErrNotFound: a filter names no entity of the graph.
	ErrNotFound = errors.New("not found")
	// ErrBusy: another process holds the search index (on PostgreSQL,
	// where several processes of one machine may use one store).
	ErrBusy = errors.New("search index is held by another process")
)
