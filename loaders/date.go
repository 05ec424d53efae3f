package loaders

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date forms accepted in headers and JSON fields, most
// common first; all are normalised to YYYY-MM-DD.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006/01/02",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	time.RFC1123Z,
	time.RFC1123,
}

// NormalizeDate parses s in any accepted layout and returns it as YYYY-MM-DD.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), nil
		}
	}
	return "", fmt.Errorf("%w %q (want YYYY-MM-DD)", ErrBadDate, s)
}
