package queries

import (
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestStatusOn pins the semantics of holders on=: the latest articles on
// or before the day decide; a day's disagreeing articles count as the
// status furthest along; undated articles take no part.
func TestStatusOn(t *testing.T) {
	ev := func(date string, st schema.RoleStatus) roleEvent { return roleEvent{date: date, status: st} }
	inc, cur, form := schema.StatusIncoming, schema.StatusCurrent, schema.StatusFormer
	history := []roleEvent{ev("2025-03-10", inc), ev("2025-06-02", cur), ev("2025-08-01", cur), ev("2025-10-20", form), ev("", cur)}
	tests := []struct {
		name   string
		evs    []roleEvent
		on     string
		want   schema.RoleStatus
		says   []string // dates of the events that say so
		stated bool
	}{
		{"before the first article", history, "2025-03-09", "", nil, false},
		{"announced", history, "2025-03-10", inc, []string{"2025-03-10"}, true},
		{"in post, one article", history, "2025-07-01", cur, []string{"2025-06-02"}, true},
		{"in post, two articles", history, "2025-09-30", cur, []string{"2025-06-02", "2025-08-01"}, true},
		{"gone", history, "2026-01-01", form, []string{"2025-10-20"}, true},
		{"undated only", []roleEvent{ev("", cur)}, "2025-01-01", "", nil, false},
		{"same day, furthest along", []roleEvent{ev("2025-05-05", cur), ev("2025-05-05", form)}, "2025-05-05", form, []string{"2025-05-05"}, true},
		{"back in post", []roleEvent{ev("2020-01-01", cur), ev("2021-01-01", form), ev("2023-01-01", cur)}, "2024-01-01", cur, []string{"2023-01-01"}, true},
	}
	for _, tt := range tests {
		evs := append([]roleEvent(nil), tt.evs...)
		sortEvents(evs)
		st, says, ok := statusOn(evs, tt.on)
		var dates []string
		for _, e := range says {
			dates = append(dates, e.date)
		}
		if st != tt.want || ok != tt.stated || !reflect.DeepEqual(dates, tt.says) {
			t.Errorf("%s: statusOn(%s) = %q, %v, %v; want %q, %v, %v", tt.name, tt.on, st, dates, ok, tt.want, tt.says, tt.stated)
		}
	}
}
