package server

import (
	"net/http"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/search"
)

// segment is a run of article text: plain, inside an entity's name (Entity
// is its key), inside a quotation (Quote is the statement's index in
// articleJSON.Statements), or both. The console renders each as text,
// never as HTML.
type segment struct {
	Text   string `json:"t"`
	Entity string `json:"e,omitempty"`
	Quote  *int   `json:"q,omitempty"`
}

type articleJSON struct {
	ID         string          `json:"id"`
	Title      string          `json:"title"`
	Date       string          `json:"date"`
	URL        string          `json:"url,omitempty"`
	Publisher  string          `json:"publisher,omitempty"`
	LoadedFrom string          `json:"loaded_from,omitempty"`
	Segments   []segment       `json:"segments"`
	Entities   []search.Hit    `json:"entities"`
	Statements []statementJSON `json:"statements"`
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	c := s.snapshot()
	i := c.ArticleIndex(r.PathValue("id"))
	if i < 0 {
		s.writeError(w, r, notFound("no article %q", r.PathValue("id")))
		return
	}
	writeJSON(w, http.StatusOK, articleView(c, i))
}

func articleView(c *search.Catalog, i int) articleJSON {
	a := &c.Articles[i]
	v := articleJSON{ID: a.ID, Title: a.Headline, Date: a.Date, URL: a.URL, Publisher: a.Publisher,
		LoadedFrom: a.LoadedFrom, Entities: []search.Hit{}, Statements: []statementJSON{}}
	for _, e := range a.Entities {
		v.Entities = append(v.Entities, entityHit(c, e))
	}
	sort.SliceStable(v.Entities, func(x, y int) bool { return v.Entities[x].Title < v.Entities[y].Title })
	var quotes []span
	for n, si := range a.Statements {
		v.Statements = append(v.Statements, statementView(c, si))
		if sp, ok := quoteSpan(a.Body, &c.Statements[si]); ok {
			quotes = append(quotes, span{sp[0], sp[1], n, ""})
		}
	}
	v.Segments = segments(a.Body, nonOverlapping(quotes), nonOverlapping(entitySpans(c, a)))
	return v
}

// span is a byte range of the body, with the statement or entity it shows.
type span struct {
	start, end int
	quote      int
	entity     string
}

// quoteSpan is the statement's ng:span when it lies on the body's rune
// boundaries, else the first place its text occurs.
func quoteSpan(body string, st *search.Statement) ([2]int, bool) {
	s, e := st.Span[0], st.Span[1]
	if s >= 0 && e <= len(body) && s < e && runeBoundary(body, s) && runeBoundary(body, e) {
		return st.Span, true
	}
	if st.Text == "" {
		return [2]int{}, false
	}
	if i := strings.Index(body, st.Text); i >= 0 {
		return [2]int{i, i + len(st.Text)}, true
	}
	return [2]int{}, false
}

func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// entitySpans finds every occurrence, as a whole word, of the names and
// aliases of the entities the article mentions.
func entitySpans(c *search.Catalog, a *search.Article) []span {
	var out []span
	for _, ei := range a.Entities {
		e := &c.Entities[ei]
		names := []string{e.Name}
		for _, al := range e.Aliases {
			names = append(names, al.Name)
		}
		for _, n := range names {
			out = append(out, occurrences(a.Body, n, e.Key)...)
		}
	}
	return out
}

func occurrences(body, name, key string) []span {
	var out []span
	if len(name) < 2 {
		return nil
	}
	for from := 0; ; {
		i := strings.Index(body[from:], name)
		if i < 0 {
			return out
		}
		s, e := from+i, from+i+len(name)
		if wordEdge(body, s, true) && wordEdge(body, e, false) {
			out = append(out, span{s, e, -1, key})
		}
		from = s + 1
		for from < len(body) && !utf8.RuneStart(body[from]) {
			from++
		}
	}
}

// wordEdge tells whether offset i of s is not inside a word.
func wordEdge(s string, i int, start bool) bool {
	var r rune
	if start {
		if i == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(s[:i])
	} else {
		if i == len(s) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// nonOverlapping keeps, left to right, the longest span at each start and
// drops those that overlap one already kept.
func nonOverlapping(spans []span) []span {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
	var out []span
	end := -1
	for _, s := range spans {
		if s.start >= end {
			out = append(out, s)
			end = s.end
		}
	}
	return out
}

// segments cuts body at every edge of a quote or entity span.
func segments(body string, quotes, entities []span) []segment {
	cuts := map[int]bool{0: true, len(body): true}
	for _, s := range append(append([]span{}, quotes...), entities...) {
		cuts[s.start], cuts[s.end] = true, true
	}
	points := make([]int, 0, len(cuts))
	for p := range cuts {
		points = append(points, p)
	}
	sort.Ints(points)
	out := []segment{}
	for k := 0; k+1 < len(points); k++ {
		s, e := points[k], points[k+1]
		seg := segment{Text: body[s:e]}
		if q := covering(quotes, s); q != nil {
			n := q.quote
			seg.Quote = &n
		}
		if en := covering(entities, s); en != nil {
			seg.Entity = en.entity
		}
		out = append(out, seg)
	}
	return out
}

// covering returns the span of a sorted, non-overlapping list that
// contains offset p.
func covering(spans []span, p int) *span {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > p })
	if i < len(spans) && spans[i].start <= p {
		return &spans[i]
	}
	return nil
}
