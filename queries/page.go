package queries

import (
	"sort"
	"strconv"
	"strings"
)

// DefaultPageSize is how many rows the queries that can return many
// (entities, statements, roles, mentions, neighbors) return when no limit
// parameter is given.
const DefaultPageSize = 100

// paged appends the limit and offset parameters to a query's own.
func paged(params ...Param) []Param {
	return append(params,
		Param{Name: "limit", Doc: "at most this many rows (default 100; 0 for all)"},
		Param{Name: "offset", Doc: "skip this many rows first, for the next page (default 0)"})
}

// page is the window of rows a query returns: rows [Offset, Offset+Limit)
// of its full, ordered answer; Limit 0 means all.
type page struct {
	Offset, Limit int
}

// parsePage reads the limit and offset parameters.
func parsePage(args map[string]string) (page, error) {
	p := page{Limit: DefaultPageSize}
	for _, f := range []struct {
		name string
		dst  *int
	}{{"limit", &p.Limit}, {"offset", &p.Offset}} {
		s, ok := args[f.name]
		if !ok {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 0 {
			return page{}, invalidf("parameter %s: want a whole number ≥ 0, got %q", f.name, s)
		}
		*f.dst = n
	}
	return p, nil
}

// end is the index after the last row of the page in a list of n rows.
func (p page) end(n int) int {
	if p.Limit == 0 || p.Offset+p.Limit > n {
		return n
	}
	return p.Offset + p.Limit
}

// window chooses, among n items ordered by a cheap key, those that can be
// rows of page p once ties on that key are broken by costlier columns: the
// items of the page and every item whose key equals the key of the page's
// first or last item. keys(i) is item i's key; desc sorts keys from
// greatest to least. It returns the chosen items in key order and how many
// items come before them, so that the caller, having built and fully
// sorted the chosen rows, keeps rows[p.Offset-before:][:p.Limit].
func window(n int, key func(i int) string, desc bool, p page) (chosen []int, before int) {
	idx := make([]int, n)
	keys := make([]string, n)
	for i := range idx {
		idx[i], keys[i] = i, key(i)
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if desc {
			return keys[idx[a]] > keys[idx[b]]
		}
		return keys[idx[a]] < keys[idx[b]]
	})
	if p.Offset >= n {
		return nil, n
	}
	lo, hi := p.Offset, p.end(n)
	for lo > 0 && keys[idx[lo-1]] == keys[idx[p.Offset]] {
		lo--
	}
	for hi < n && keys[idx[hi]] == keys[idx[hi-1]] {
		hi++
	}
	return idx[lo:hi], lo
}

// cut keeps the rows of page p from rows, the fully sorted rows of a
// window that begins before items into the answer of total rows, and
// records whether more rows follow.
func (res *Result) cut(p page, before, total int) {
	res.More = p.end(total) < total
	from := p.Offset - before
	if from >= len(res.Rows) {
		res.Rows = res.Rows[:0]
		return
	}
	res.Rows = res.Rows[from:]
	if p.Limit > 0 && len(res.Rows) > p.Limit {
		res.Rows = res.Rows[:p.Limit]
	}
}

// countKey spells a count so that counts sort as text in number order.
func countKey(n int) string {
	return strconv.FormatInt(int64(n)+1e12, 10)
}
