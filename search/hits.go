package search

import (
	"strings"
	"unicode/utf8"
)

// snippet returns about 240 bytes of body around the first query word it
// finds, on rune boundaries, with an ellipsis where it was cut.
func snippet(body string, words []string) string {
	const width = 240
	lower := strings.ToLower(body)
	at := 0
	for _, w := range words {
		if i := strings.Index(lower, w); i >= 0 && len(lower) == len(body) {
			at = i
			break
		}
	}
	start := max(0, at-width/3)
	end := min(len(body), start+width)
	for start > 0 && !utf8.RuneStart(body[start]) {
		start--
	}
	for end < len(body) && !utf8.RuneStart(body[end]) {
		end++
	}
	out := strings.Join(strings.Fields(body[start:end]), " ")
	if start > 0 {
		out = "…" + out
	}
	if end < len(body) {
		out += "…"
	}
	return out
}

// Table returns the hits as rows, for a saved query: entity hits first.
func (r *Results) Table() (columns []string, rows []map[string]any) {
	columns = []string{"kind", "key", "title", "text", "date", "speaker", "article", "score"}
	for _, h := range append(append([]Hit{}, r.Entities...), r.Hits...) {
		row := map[string]any{"kind": h.Kind, "key": h.Key, "title": h.Title, "text": h.Text,
			"date": h.Date, "score": h.Score}
		if h.Speaker != nil {
			row["speaker"] = h.Speaker.Key
		}
		if h.Article != nil {
			row["article"] = h.Article.Key
		}
		rows = append(rows, row)
	}
	return columns, rows
}
