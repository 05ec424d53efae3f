package loaders

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms accepted in headers and fields, most common
// first; all are normalised to YYYY-MM-DD, the day as written (a time with
// an offset is not moved to UTC). Month names match in any case; "1" and
// "2" also match two digits, so "2022-3-4" and "2022-03-04" both parse.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339, // also with fractional seconds
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02T15:04:05-0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-1-2",
	"2006/1/2",
	"2006.1.2",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 January, 2006",
	"2 Jan 2006",
	"2 Jan. 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	"Monday January 2, 2006",
	"Mon, Jan 2, 2006",
	"January 2006", // no day: the first of the month would be a guess
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.ANSIC,
	time.UnixDate,
}

// monthOnly is the layout of dateLayouts that has no day; it is refused.
const monthOnly = "January 2006"

var (
	// ordinal is the suffix of "14th March" and "March 1st".
	ordinal = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)\b`)
	// numericDMY is a day and a month in some order, then a 4-digit year:
	// "14/03/2022", "3/14/2022", "14.03.2022", "14-03-2022".
	numericDMY = regexp.MustCompile(`^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4})$`)
)

// NormalizeDate parses s in any accepted form and returns it as YYYY-MM-DD:
// ISO 8601 and RFC 3339 with or without a time ("2022-03-14",
// "2022-03-14T10:00:00+02:00", "2022-3-4"), "2022/03/14", written-out
// months ("March 14, 2022", "14 March 2022", "Mar 14th, 2022"), RFC 1123 as
// in RSS, and day and month in numbers before the year when the order is
// clear: "14/03/2022" (14 cannot be a month), "03/14/2022", "14.03.2022"
// (dots are day first). "03/04/2022" could be either and is refused, as is
// a date without a day or with a two-digit year.
func NormalizeDate(s string) (string, error) {
	s = strings.Join(strings.Fields(s), " ")
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if layout == monthOnly {
				return "", fmt.Errorf("%w %q: no day (want YYYY-MM-DD)", ErrBadDate, s)
			}
			return formatDate(s, t)
		}
	}
	if o := ordinal.ReplaceAllString(s, "$1"); o != s {
		if d, err := NormalizeDate(o); err == nil {
			return d, nil
		}
	}
	if m := numericDMY.FindStringSubmatch(s); m != nil {
		return dayMonthYear(s, m)
	}
	return "", fmt.Errorf("%w %q (want YYYY-MM-DD)", ErrBadDate, s)
}

// dayMonthYear reads the parts of a numericDMY match: dots mean day first;
// otherwise a part above 12 is the day, and if neither is the date is
// ambiguous unless both are the same.
func dayMonthYear(s string, m []string) (string, error) {
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	year, _ := strconv.Atoi(m[4])
	day, month := a, b
	switch {
	case m[2] == ".", a > 12:
	case b > 12:
		day, month = b, a
	case a != b:
		first := time.Date(year, time.Month(b), a, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		second := time.Date(year, time.Month(a), b, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		return "", fmt.Errorf("%w %q: day and month could be either way round (write %s or %s)", ErrBadDate, s, first, second)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return "", fmt.Errorf("%w %q: no such day", ErrBadDate, s)
	}
	return formatDate(s, t)
}

// formatDate writes t as YYYY-MM-DD, refusing years before 1: Go reads
// "0000-01-01", which xsd:date and most readers of the graph do not, and
// there was no news then.
func formatDate(s string, t time.Time) (string, error) {
	if t.Year() < 1 {
		return "", fmt.Errorf("%w %q: year %d is before year 1", ErrBadDate, s, t.Year())
	}
	return t.Format("2006-01-02"), nil
}
