package search

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
)

// DefaultLimit is how many hits a Request with no Limit returns.
const DefaultLimit = 50

// Request is a search: words, graph filters (any alias of an entity) and
// the kind of hit wanted.
type Request struct {
	Q        string // words; may also hold filters written key:value or key:"two words"
	Speaker  string // statements made by this entity; articles that mention it
	Org      string // statements by someone with a role at this organisation, or made in its name
	Mentions string // statements and articles that mention this entity
	Kind     string // "", "entity", "statement" or "article"
	Limit    int
}

// Params documents the parameters ParseRequest accepts, for a saved query.
var Params = [][2]string{
	{"q", `words to find; filters may be written inline: org:Veltrix mentions:Kenya speaker:"Ada Okafor" kind:statement`},
	{"speaker", "statements made by this entity (any alias)"},
	{"org", "statements by people with a role at this organisation (any alias), or made in its name"},
	{"mentions", "statements and articles that mention this entity (any alias)"},
	{"kind", "entity, statement or article"},
}

var inlineFilter = regexp.MustCompile(`(\w+):(?:"([^"]*)"|(\S+))`)

// ParseRequest builds a Request from query parameters, taking filters
// written inline in q ("mentions:Kenya satellite") out of its words.
func ParseRequest(args map[string]string) (Request, error) {
	r := Request{Speaker: args["speaker"], Org: args["org"], Mentions: args["mentions"], Kind: args["kind"]}
	var err error
	r.Q = inlineFilter.ReplaceAllStringFunc(args["q"], func(m string) string {
		sm := inlineFilter.FindStringSubmatch(m)
		v := sm[2] + sm[3]
		switch strings.ToLower(sm[1]) {
		case "speaker":
			r.Speaker = v
		case "org":
			r.Org = v
		case "mentions":
			r.Mentions = v
		case "kind", "type":
			r.Kind = v
		default:
			err = fmt.Errorf("%w: unknown filter %q (want speaker:, org:, mentions: or kind:)", ErrInvalid, sm[1])
		}
		return " "
	})
	r.Q = strings.TrimSpace(r.Q)
	return r, err
}

// Hit is one search result.
type Hit struct {
	Kind    string  `json:"kind"` // entity, statement or article
	Key     string  `json:"key"`  // entity key, statement key or article id
	Title   string  `json:"title"`
	Text    string  `json:"text,omitempty"`
	Date    string  `json:"date,omitempty"`
	Type    string  `json:"type,omitempty"` // of an entity
	Speaker *Ref    `json:"speaker,omitempty"`
	Article *Ref    `json:"article,omitempty"`
	Score   float64 `json:"score,omitempty"`
}

// Ref names an entity (Key) or an article (Key is its id).
type Ref struct {
	Key  string `json:"key"`
	Name string `json:"name"`
}

// Results are entity hits (for names) and ranked statement and article hits.
type Results struct {
	Entities []Hit `json:"entities"`
	Hits     []Hit `json:"hits"`
	Total    int   `json:"total"` // statement and article hits before the limit
}

type filters struct {
	speaker, org, mentions map[int]bool
}

// Search runs a request.
func (c *Catalog) Search(r Request) (*Results, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	f, err := c.filters(r)
	if err != nil {
		return nil, err
	}
	limit := r.limit()
	res := &Results{Entities: []Hit{}, Hits: []Hit{}}
	if r.Q != "" && (r.Kind == "" || r.Kind == "entity") && f.empty() {
		for _, e := range c.LookupPrefix(r.Q, min(limit, 10)) {
			res.Entities = append(res.Entities, c.entityHit(e))
		}
	}
	if r.Kind != "entity" {
		c.textHits(r, f, limit, res)
	}
	return res, nil
}

// check rejects a request with nothing to search for or an unknown kind.
func (r Request) check() error {
	if strings.TrimSpace(r.Q+r.Speaker+r.Org+r.Mentions) == "" {
		return fmt.Errorf("%w: nothing to search for: give words or a filter", ErrInvalid)
	}
	switch r.Kind {
	case "", kindEntity, kindStatement, kindArticle:
		return nil
	}
	return fmt.Errorf("%w: unknown kind %q (want entity, statement or article)", ErrInvalid, r.Kind)
}

// limit is how many hits r asks for.
func (r Request) limit() int {
	if r.Limit <= 0 {
		return DefaultLimit
	}
	return r.Limit
}

func (f filters) empty() bool { return f.speaker == nil && f.org == nil && f.mentions == nil }

func (c *Catalog) filters(r Request) (filters, error) {
	var f filters
	var err error
	for _, x := range []struct {
		alias string
		set   *map[int]bool
	}{{r.Speaker, &f.speaker}, {r.Org, &f.org}, {r.Mentions, &f.mentions}} {
		if strings.TrimSpace(x.alias) == "" {
			continue
		}
		ids, e := c.Resolve(x.alias)
		if e != nil {
			err = e
			break
		}
		*x.set = map[int]bool{}
		for _, id := range ids {
			(*x.set)[id] = true
		}
	}
	return f, err
}

type scored struct {
	kind  int8
	ref   int
	score float64
	date  string
}

// textHits fills res.Hits with the statements and articles that contain
// the words (ranked by BM25) or, with no words, every one that passes the
// filters (newest first).
func (c *Catalog) textHits(r Request, f filters, limit int, res *Results) {
	var list []scored
	if words := tokens(r.Q); len(words) > 0 {
		for d, s := range c.text.score(words) {
			doc := c.text.docs[d]
			list = append(list, scored{doc.kind, int(doc.ref), s, ""})
		}
	} else {
		for i := range c.Statements {
			list = append(list, scored{docStatement, i, 0, ""})
		}
		for i := range c.Articles {
			list = append(list, scored{docArticle, i, 0, ""})
		}
	}
	kept := list[:0]
	for _, s := range list {
		if c.pass(s, r.Kind, f) {
			s.date = c.dateOf(s)
			kept = append(kept, s)
		}
	}
	sortScored(kept)
	res.Total = len(kept)
	for _, s := range kept[:min(limit, len(kept))] {
		res.Hits = append(res.Hits, c.textHit(s, tokens(r.Q)))
	}
}

func sortScored(list []scored) {
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.date != b.date {
			return a.date > b.date
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.ref < b.ref
	})
}

func (c *Catalog) dateOf(s scored) string {
	if s.kind == docStatement {
		return c.Statements[s.ref].Date
	}
	return c.Articles[s.ref].Date
}

// pass applies the kind and graph filters to a hit.
func (c *Catalog) pass(s scored, kind string, f filters) bool {
	if s.kind == docArticle {
		a := &c.Articles[s.ref]
		return (kind == "" || kind == "article") && f.speaker == nil && f.org == nil &&
			(f.mentions == nil || anyIn(a.Entities, f.mentions))
	}
	st := &c.Statements[s.ref]
	if kind != "" && kind != "statement" {
		return false
	}
	if f.speaker != nil && !f.speaker[st.Speaker] && !f.speaker[st.Org] {
		return false
	}
	if f.org != nil && !f.org[st.Org] && !c.holdsRoleAt(st.Speaker, f.org) {
		return false
	}
	return f.mentions == nil || anyIn(st.Mentions, f.mentions)
}

func (c *Catalog) holdsRoleAt(person int, orgs map[int]bool) bool {
	if person < 0 {
		return false
	}
	for _, r := range c.Entities[person].Roles {
		if c.Roles[r].Holder == person && orgs[c.Roles[r].Org] {
			return true
		}
	}
	return false
}

func anyIn(ids []int, set map[int]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
