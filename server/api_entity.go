package server

import (
	"net/http"
	"sort"
	"strconv"

	"github.com/newsgraph/newsgraph/search"
)

// Limits of the lists of an entity page.
const (
	listLimit     = 100 // statements made, statements mentioning, articles
	coMentionMax  = 20
	graphCoMentio = 12
	graphRolesMax = 15
	lookupDefault = 10
	lookupMax     = 50
)

type aliasJSON struct {
	Name     string       `json:"name"`
	Articles []search.Ref `json:"articles"`
}

type roleJSON struct {
	Title    string       `json:"title"`
	Holder   *search.Ref  `json:"holder"`
	Org      *search.Ref  `json:"org"`
	Articles []search.Ref `json:"articles"`
}

type statementJSON struct {
	Key     string      `json:"key"`
	Text    string      `json:"text"`
	Date    string      `json:"date"`
	Kind    string      `json:"kind"` // quote or reported
	Speaker *search.Ref `json:"speaker"`
	Article *search.Ref `json:"article"`
}

type articleRowJSON struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
}

type coMentionJSON struct {
	Key   string `json:"key"`
	Name  string `json:"name"`
	Type  string `json:"type"`
	Count int    `json:"count"` // articles that mention both
}

type entityJSON struct {
	Key              string           `json:"key"`
	IRI              string           `json:"iri"`
	Name             string           `json:"name"`
	Type             string           `json:"type"`
	Aliases          []aliasJSON      `json:"aliases"`
	ArticleCount     int              `json:"article_count"`
	Articles         []articleRowJSON `json:"articles"`
	Roles            []roleJSON       `json:"roles"`
	Said             []statementJSON  `json:"said"`
	SaidTotal        int              `json:"said_total"`
	MentionedIn      []statementJSON  `json:"mentioned_in"`
	MentionedInTotal int              `json:"mentioned_in_total"`
	CoMentioned      []coMentionJSON  `json:"co_mentioned"`
	Graph            graphJSON        `json:"graph"`
}

type graphJSON struct {
	Nodes []graphNode `json:"nodes"`
	Edges []graphEdge `json:"edges"`
}

type graphNode struct {
	ID     string `json:"id"` // entity key
	Label  string `json:"label"`
	Type   string `json:"type"`
	Center bool   `json:"center,omitempty"`
}

type graphEdge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Label  string `json:"label"`
}

// handleEntities looks entities up by the start of any of their names:
// GET /api/entities?prefix=ukr&limit=10.
func (s *Server) handleEntities(w http.ResponseWriter, r *http.Request) {
	prefix := r.URL.Query().Get("prefix")
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit <= 0 {
		limit = lookupDefault
	}
	c := s.snapshot()
	out := []search.Hit{}
	if prefix == "" {
		for _, i := range c.TopMentioned(min(limit, lookupMax)) {
			out = append(out, entityHit(c, i))
		}
	}
	for _, i := range c.LookupPrefix(prefix, min(limit, lookupMax)) {
		out = append(out, entityHit(c, i))
	}
	writeJSON(w, http.StatusOK, out)
}

func entityHit(c *search.Catalog, i int) search.Hit {
	e := &c.Entities[i]
	h := search.Hit{Kind: "entity", Key: e.Key, Title: e.Name, Type: string(e.Type), Score: float64(len(e.Articles))}
	for j, a := range e.Aliases {
		if j > 0 {
			h.Text += ", "
		}
		h.Text += a.Name
	}
	return h
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	c := s.snapshot()
	key := r.PathValue("key")
	i := c.EntityIndex(key)
	if i < 0 {
		ids, err := c.Resolve(key)
		if err != nil || len(ids) == 0 {
			s.writeError(w, r, notFound("no entity %q", key))
			return
		}
		i = ids[0]
	}
	writeJSON(w, http.StatusOK, entityView(c, i))
}

func entityView(c *search.Catalog, i int) entityJSON {
	e := &c.Entities[i]
	v := entityJSON{Key: e.Key, IRI: e.IRI, Name: e.Name, Type: string(e.Type),
		Aliases: []aliasJSON{}, ArticleCount: len(e.Articles), Roles: []roleJSON{},
		SaidTotal: len(e.Said), MentionedInTotal: len(e.MentionedIn)}
	for _, a := range e.Aliases {
		v.Aliases = append(v.Aliases, aliasJSON{Name: a.Name, Articles: articleRefs(c, a.Articles)})
	}
	v.Articles = articleRows(c, e.Articles[:min(listLimit, len(e.Articles))])
	for _, ri := range e.Roles {
		ro := &c.Roles[ri]
		v.Roles = append(v.Roles, roleJSON{Title: ro.Title, Holder: c.EntityRef(ro.Holder),
			Org: c.EntityRef(ro.Org), Articles: articleRefs(c, ro.Articles)})
	}
	sort.SliceStable(v.Roles, func(a, b int) bool { return len(v.Roles[a].Articles) > len(v.Roles[b].Articles) })
	v.Said = statementRows(c, e.Said)
	v.MentionedIn = statementRows(c, e.MentionedIn)
	v.CoMentioned = coMentioned(c, i, coMentionMax)
	v.Graph = neighbourhood(c, i, v.CoMentioned)
	return v
}

func articleRefs(c *search.Catalog, ids []int) []search.Ref {
	out := make([]search.Ref, 0, len(ids))
	for _, a := range ids {
		out = append(out, *c.ArticleRef(a))
	}
	return out
}

func articleRows(c *search.Catalog, ids []int) []articleRowJSON {
	out := make([]articleRowJSON, 0, len(ids))
	for _, a := range ids {
		ref := c.ArticleRef(a)
		out = append(out, articleRowJSON{ID: ref.Key, Title: ref.Name, Date: c.Articles[a].Date})
	}
	return out
}

func statementRows(c *search.Catalog, ids []int) []statementJSON {
	out := make([]statementJSON, 0, min(len(ids), listLimit))
	for _, si := range ids[:min(len(ids), listLimit)] {
		out = append(out, statementView(c, si))
	}
	return out
}

func statementView(c *search.Catalog, si int) statementJSON {
	st := &c.Statements[si]
	kind := "quote"
	if st.Reported {
		kind = "reported"
	}
	return statementJSON{Key: st.Key, Text: st.Text, Date: st.Date, Kind: kind,
		Speaker: c.Speaker(st), Article: c.ArticleRef(st.Article)}
}

// coMentioned counts, for every other entity, the articles that mention it
// and entity i, and returns the n most frequent.
func coMentioned(c *search.Catalog, i, n int) []coMentionJSON {
	counts := map[int]int{}
	for _, a := range c.Entities[i].Articles {
		for _, e := range c.Articles[a].Entities {
			if e != i {
				counts[e]++
			}
		}
	}
	ids := make([]int, 0, len(counts))
	for e := range counts {
		ids = append(ids, e)
	}
	sort.Slice(ids, func(a, b int) bool {
		if counts[ids[a]] != counts[ids[b]] {
			return counts[ids[a]] > counts[ids[b]]
		}
		return c.Entities[ids[a]].Name < c.Entities[ids[b]].Name
	})
	out := make([]coMentionJSON, 0, min(n, len(ids)))
	for _, e := range ids[:min(n, len(ids))] {
		en := &c.Entities[e]
		out = append(out, coMentionJSON{Key: en.Key, Name: en.Name, Type: string(en.Type), Count: counts[e]})
	}
	return out
}
