package console

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// Article returns the page of the article with the given id (or key); ok
// is false if the store has none.
func (m *Model) Article(ctx context.Context, id string) (a *Article, ok bool, err error) {
	info, ok, err := queries.ArticlePage(ctx, m.cfg.Store, id)
	if err != nil || !ok {
		return nil, ok, err
	}
	keys := append([]string{}, info.Mentions...)
	for _, st := range info.Statements {
		keys = append(keys, st.Speaker, st.Org)
	}
	n, err := m.nameAll(ctx, keys)
	if err != nil {
		return nil, false, err
	}
	a = &Article{ID: info.ID, Title: info.Headline, Date: info.Date, URL: info.URL, Publisher: info.Publisher,
		LoadedFrom: info.LoadedFrom, Entities: []search.Hit{}, Statements: []Statement{}}
	self := &search.Ref{Key: info.ID, Name: info.Headline}
	if self.Name == "" {
		self.Name = info.ID
	}
	for _, k := range info.Mentions {
		names := info.Names[k]
		h := search.Hit{Kind: "entity", Key: k, Title: n[k].Name, Type: info.Types[k]}
		if len(names) > 1 {
			h.Text = strings.Join(names[1:], ", ")
		}
		a.Entities = append(a.Entities, h)
	}
	sort.SliceStable(a.Entities, func(x, y int) bool { return a.Entities[x].Title < a.Entities[y].Title })
	var quotes []span
	for i, st := range info.Statements {
		speaker := n.entity(st.Speaker)
		if speaker == nil {
			speaker = n.entity(st.Org)
		}
		kind := "quote"
		if st.Reported {
			kind = "reported"
		}
		date := st.Date
		if date == "" {
			date = info.Date
		}
		a.Statements = append(a.Statements, Statement{Key: st.Key, Text: st.Text, Date: date, Kind: kind, Speaker: speaker, Article: self})
		if sp, ok := quoteSpan(info.Body, st.Text, parseSpan(st.Span)); ok {
			quotes = append(quotes, span{sp[0], sp[1], i, ""})
		}
	}
	var ents []span
	for _, k := range info.Mentions {
		for _, name := range info.Names[k] {
			ents = append(ents, occurrences(info.Body, name, k)...)
		}
	}
	a.Segments = segments(info.Body, nonOverlapping(quotes), nonOverlapping(ents))
	return a, true, nil
}

// parseSpan reads a statement's ng:span, "start-end"; {-1, -1} if it has
// none.
func parseSpan(s string) [2]int {
	a, b, ok := strings.Cut(s, "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
		return [2]int{-1, -1}
	}
	return [2]int{start, end}
}
