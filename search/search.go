package search

import (
	"fmt"
	"math"
	"regexp"
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
	Dates    Dates  // statements and articles dated within; the zero Dates takes all
	Limit    int
}

// Params documents the parameters ParseRequest accepts, for a saved query.
var Params = [][2]string{
	{"q", `words to find; filters may be written inline: org:Veltrix mentions:Kenya speaker:"Ada Okafor" kind:statement`},
	{"speaker", "statements made by this entity (any alias)"},
	{"org", "statements by people with a role at this organisation (any alias), or made in its name"},
	{"mentions", "statements and articles that mention this entity (any alias)"},
	{"kind", "entity, statement or article"},
	{"from", "statements and articles dated on or after this day (YYYY-MM-DD)"},
	{"to", "statements and articles dated on or before this day (YYYY-MM-DD)"},
}

var inlineFilter = regexp.MustCompile(`(\w+):(?:"([^"]*)"|(\S+))`)

// ParseRequest builds a Request from query parameters, taking filters
// written inline in q ("mentions:Kenya satellite") out of its words.
func ParseRequest(args map[string]string) (Request, error) {
	r := Request{Speaker: args["speaker"], Org: args["org"], Mentions: args["mentions"], Kind: args["kind"]}
	var err error
	if r.Dates, err = ParseDates(args["from"], args["to"]); err != nil {
		return r, err
	}
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

// check rejects a request with nothing to search for or an unknown kind.
// A kind of document or a date range alone lists those documents, newest
// first.
func (r Request) check() error {
	if strings.TrimSpace(r.Q+r.Speaker+r.Org+r.Mentions) == "" && (r.Kind == "" || r.Kind == kindEntity) && r.Dates == (Dates{}) {
		return fmt.Errorf("%w: nothing to search for: give words, a filter, a kind or a date range", ErrInvalid)
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

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
