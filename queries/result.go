package queries

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// Result is a table: named columns and flat rows whose values are strings,
// numbers or booleans, so that they print as text and encode as JSON alike.
type Result struct {
	Columns []string
	Rows    []map[string]any
	// More tells that the answer has rows after these: Rows is one page
	// of it (the queries' limit and offset parameters, RunOptions.Limit).
	More bool
}

// WriteTable writes r as an aligned text table with a header row. Missing
// values are blank; new lines and tabs inside values are shown as spaces so
// that every row stays on one line.
func (r *Result) WriteTable(w io.Writer) error {
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(r.Columns, "\t"))
	cells := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for i, c := range r.Columns {
			cells[i] = cell(row[c])
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	// tabwriter pads an empty last cell; drop the trailing blanks.
	for _, line := range strings.SplitAfter(buf.String(), "\n") {
		if l, ok := strings.CutSuffix(line, "\n"); ok {
			line = strings.TrimRight(l, " ") + "\n"
		}
		if _, err := io.WriteString(w, line); err != nil {
			return err
		}
	}
	return nil
}

var flatten = strings.NewReplacer("\n", " ", "\r", " ", "\t", " ")

func cell(v any) string {
	if v == nil {
		return ""
	}
	return flatten.Replace(fmt.Sprint(v))
}

// WriteJSON writes r as a JSON array of row objects whose keys come in column
// order; an empty result is [].
func (r *Result) WriteJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("[")
	for i, row := range r.Rows {
		if i > 0 {
			bw.WriteString(",")
		}
		bw.WriteString("\n  {")
		n := 0
		for _, c := range r.Columns {
			v, ok := row[c]
			if !ok {
				continue
			}
			if err := writeMember(bw, c, v, n > 0); err != nil {
				return err
			}
			n++
		}
		bw.WriteString("}")
	}
	if len(r.Rows) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

func writeMember(w *bufio.Writer, key string, v any, comma bool) error {
	k, err := json.Marshal(key)
	if err != nil {
		return err
	}
	val, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("column %s: %w", key, err)
	}
	if comma {
		w.WriteString(", ")
	}
	w.Write(k)
	w.WriteString(": ")
	w.Write(val)
	return nil
}

// rowKey identifies a row by its values, for deduplication.
func rowKey(cols []string, row map[string]any) string {
	var b strings.Builder
	for _, c := range cols {
		fmt.Fprintf(&b, "%T:%v\x00", row[c], row[c])
	}
	return b.String()
}

// dedupeRows drops repeated rows: the same fact stated by several articles
// is several quads that often make the same row.
func (r *Result) dedupeRows() {
	seen := make(map[string]bool, len(r.Rows))
	out := r.Rows[:0]
	for _, row := range r.Rows {
		if k := rowKey(r.Columns, row); !seen[k] {
			seen[k] = true
			out = append(out, row)
		}
	}
	r.Rows = out
}

// sortBy orders rows by the given columns; a column prefixed with '-' sorts
// descending. Numbers compare as numbers, everything else as text.
func (r *Result) sortBy(cols ...string) {
	sort.SliceStable(r.Rows, func(i, j int) bool {
		for _, c := range cols {
			desc := strings.HasPrefix(c, "-")
			c = strings.TrimPrefix(c, "-")
			if d := compare(r.Rows[i][c], r.Rows[j][c]); d != 0 {
				return (d < 0) != desc
			}
		}
		return false
	})
}

func compare(a, b any) int {
	if x, ok := a.(int64); ok {
		if y, ok := b.(int64); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return strings.Compare(cell(a), cell(b))
}

// limit keeps the first n rows; n <= 0 keeps all.
func (r *Result) limit(n int) {
	if n > 0 && len(r.Rows) > n {
		r.Rows, r.More = r.Rows[:n], true
	}
}
