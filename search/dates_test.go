package search_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/search"
)

func TestParseDates(t *testing.T) {
	for _, tt := range []struct {
		from, to string
		want     search.Dates
		bad      string // the parameter the error names
	}{
		{"", "", search.Dates{}, ""},
		{"2025-06-01", "", search.Dates{From: "2025-06-01"}, ""},
		{" 2025-06-01 ", "2025-06-30", search.Dates{From: "2025-06-01", To: "2025-06-30"}, ""},
		{"2025-06-01", "2025-06-01", search.Dates{From: "2025-06-01", To: "2025-06-01"}, ""},
		{"2025-13-01", "", search.Dates{}, "from"},
		{"", "2025-02-30", search.Dates{}, "to"},
		{"2025-6-1", "", search.Dates{}, "from"},
		{"", "yesterday", search.Dates{}, "to"},
		{"2025-07-01", "2025-06-01", search.Dates{}, "from"},
	} {
		got, err := search.ParseDates(tt.from, tt.to)
		if tt.bad != "" {
			if !errors.Is(err, search.ErrInvalid) || !strings.HasPrefix(err.Error(), "parameter "+tt.bad+":") {
				t.Errorf("ParseDates(%q, %q) = %v, want an invalid error naming %s", tt.from, tt.to, err, tt.bad)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseDates(%q, %q) = %+v, %v; want %+v", tt.from, tt.to, got, err, tt.want)
		}
	}
}

func TestDatesHas(t *testing.T) {
	june := search.Dates{From: "2025-06-01", To: "2025-06-30"}
	for _, tt := range []struct {
		d    search.Dates
		day  string
		want bool
	}{
		{search.Dates{}, "", true},
		{search.Dates{}, "1999-01-01", true},
		{june, "2025-06-01", true},
		{june, "2025-06-30", true},
		{june, "2025-07-01", false},
		{june, "2025-05-31", false},
		{june, "", false},
		{search.Dates{To: "2025-06-30"}, "1990-01-01", true},
	} {
		if got := tt.d.Has(tt.day); got != tt.want {
			t.Errorf("%+v.Has(%q) = %v, want %v", tt.d, tt.day, got, tt.want)
		}
	}
}

// FuzzParseDates: whatever the input, a range that parses has ends that
// are dates (or empty) in order, and an error names a parameter.
func FuzzParseDates(f *testing.F) {
	f.Add("2025-06-01", "2025-06-30")
	f.Add("2025-13-01", "")
	f.Add("", "2025-02-29")
	f.Fuzz(func(t *testing.T, from, to string) {
		d, err := search.ParseDates(from, to)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "parameter from:") && !strings.HasPrefix(err.Error(), "parameter to:") {
				t.Fatalf("error %q names no parameter", err)
			}
			return
		}
		for _, v := range []string{d.From, d.To} {
			if _, perr := time.Parse(time.DateOnly, v); v != "" && perr != nil {
				t.Fatalf("%q accepted as a date", v)
			}
		}
		if d.From != "" && d.To != "" && d.From > d.To {
			t.Fatalf("%+v: from after to", d)
		}
	})
}
