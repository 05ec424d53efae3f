package search

import (
	"strings"
	"unicode/utf8"
)

func (c *Catalog) entityHit(i int) Hit {
	e := &c.Entities[i]
	return Hit{Kind: "entity", Key: e.Key, Title: e.Name, Type: string(e.Type),
		Text: strings.Join(aliasNames(e.Aliases), ", ")}
}

func aliasNames(as []Alias) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}

// EntityRef returns a reference to entity i, or nil for -1.
func (c *Catalog) EntityRef(i int) *Ref {
	if i < 0 {
		return nil
	}
	return &Ref{Key: c.Entities[i].Key, Name: c.Entities[i].Name}
}

// ArticleRef returns a reference to article i, or nil for -1.
func (c *Catalog) ArticleRef(i int) *Ref {
	if i < 0 {
		return nil
	}
	a := &c.Articles[i]
	name := a.Headline
	if name == "" {
		name = a.ID
	}
	return &Ref{Key: a.ID, Name: name}
}

// Speaker returns who made a statement: the person, else the organisation.
func (c *Catalog) Speaker(s *Statement) *Ref {
	if s.Speaker >= 0 {
		return c.EntityRef(s.Speaker)
	}
	return c.EntityRef(s.Org)
}

func (c *Catalog) textHit(s scored, words []string) Hit {
	if s.kind == docStatement {
		st := &c.Statements[s.ref]
		h := Hit{Kind: "statement", Key: st.Key, Text: st.Text, Date: st.Date,
			Speaker: c.Speaker(st), Article: c.ArticleRef(st.Article), Score: round(s.score)}
		if h.Speaker != nil {
			h.Title = h.Speaker.Name
		}
		return h
	}
	a := &c.Articles[s.ref]
	ref := c.ArticleRef(s.ref)
	return Hit{Kind: "article", Key: a.ID, Title: ref.Name, Date: a.Date, Article: ref,
		Text: snippet(a.Body, words), Score: round(s.score)}
}

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
