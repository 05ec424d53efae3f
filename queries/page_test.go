package queries

import (
	"reflect"
	"testing"
)

func TestWindow(t *testing.T) {
	keys := []string{"b", "d", "a", "d", "c", "d", "a"} // descending: d d d c b a a
	key := func(i int) string { return keys[i] }
	tests := []struct {
		name   string
		p      page
		chosen []int
		before int
	}{
		{"first page inside a tie", page{Offset: 0, Limit: 2}, []int{1, 3, 5}, 0},
		{"page from the tie's end", page{Offset: 2, Limit: 2}, []int{1, 3, 5, 4}, 0},
		{"middle", page{Offset: 3, Limit: 2}, []int{4, 0}, 3},
		{"last, partial", page{Offset: 5, Limit: 10}, []int{2, 6}, 5},
		{"all", page{Limit: 0}, []int{1, 3, 5, 4, 0, 2, 6}, 0},
		{"past the end", page{Offset: 7, Limit: 3}, nil, 7},
	}
	for _, tt := range tests {
		chosen, before := window(len(keys), key, true, tt.p)
		if !reflect.DeepEqual(chosen, tt.chosen) || before != tt.before {
			t.Errorf("%s: window(%+v) = %v, %d; want %v, %d", tt.name, tt.p, chosen, before, tt.chosen, tt.before)
		}
	}
}

func TestParsePage(t *testing.T) {
	for _, tt := range []struct {
		args map[string]string
		want page
		ok   bool
	}{
		{nil, page{Limit: DefaultPageSize}, true},
		{map[string]string{"limit": "0"}, page{}, true},
		{map[string]string{"limit": " 5 ", "offset": "10"}, page{Offset: 10, Limit: 5}, true},
		{map[string]string{"limit": "-1"}, page{}, false},
		{map[string]string{"offset": "x"}, page{}, false},
	} {
		got, err := parsePage(tt.args)
		if (err == nil) != tt.ok || tt.ok && got != tt.want {
			t.Errorf("parsePage(%v) = %+v, %v; want %+v, ok %v", tt.args, got, err, tt.want, tt.ok)
		}
	}
}
