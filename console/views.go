package console

import "github.com/newsgraph/newsgraph/search"

// The pages' JSON, as the console's script reads it.

// Overview is the overview page: counts, the most mentioned entities,
// statements per day and the latest articles.
type Overview struct {
	Articles   int            `json:"articles"`
	Statements int            `json:"statements"`
	Roles      int            `json:"roles"`
	Quads      int64          `json:"quads"`
	Entities   map[string]int `json:"entities"`
	Top        []search.Hit   `json:"top"` // Score is the number of articles
	Timeline   []DateCount    `json:"timeline"`
	Latest     []ArticleRow   `json:"latest"`
	// From and To are the date range counted, empty for the whole store;
	// over a range, Sample is how many of its newest articles Top and
	// Entities were counted from (Articles if not fewer), and Roles and
	// Quads are the whole store's.
	From     string `json:"from,omitempty"`
	To       string `json:"to,omitempty"`
	Sample   int    `json:"sample,omitempty"`
	Position        // where in the store's writes these figures are from
}

// DateCount is a day and how many statements carry its date.
type DateCount struct {
	Date  string `json:"date"`
	Count int    `json:"count"`
}

// ArticleRow is an article in a list.
type ArticleRow struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
}

// Statement is a statement in a list.
type Statement struct {
	Key     string      `json:"key"`
	Text    string      `json:"text"`
	Date    string      `json:"date"`
	Kind    string      `json:"kind"` // quote or reported
	Speaker *search.Ref `json:"speaker"`
	Article *search.Ref `json:"article"`
}

// Alias is an alternate name with some of the articles that used it.
type Alias struct {
	Name     string       `json:"name"`
	Articles []search.Ref `json:"articles"`
}

// Role is a post an entity holds, or that belongs to it.
type Role struct {
	Title        string       `json:"title"`
	Holder       *search.Ref  `json:"holder"`
	Org          *search.Ref  `json:"org"`
	Articles     []search.Ref `json:"articles"` // a few of them
	ArticleCount int          `json:"article_count"`
}

// CoMention is an entity mentioned with another, and in how many of the
// sampled articles.
type CoMention struct {
	Key   string `json:"key"`
	Name  string `json:"name"`
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// Entity is the entity page. Its three lists hold their first page; the
// rest comes from EntityList.
type Entity struct {
	Key              string       `json:"key"`
	IRI              string       `json:"iri"`
	Name             string       `json:"name"`
	Type             string       `json:"type"`
	Aliases          []Alias      `json:"aliases"`
	ArticleCount     int          `json:"article_count"`
	Articles         []ArticleRow `json:"articles"`
	Roles            []Role       `json:"roles"`
	RolesTotal       int          `json:"roles_total"`
	Said             []Statement  `json:"said"`
	SaidTotal        int          `json:"said_total"`
	MentionedIn      []Statement  `json:"mentioned_in"`
	MentionedInTotal int          `json:"mentioned_in_total"`
	CoMentioned      []CoMention  `json:"co_mentioned"`
	// CoMentionSample is how many of the newest articles the co-mentions
	// were counted over: all of them unless ArticleCount is larger.
	CoMentionSample int `json:"co_mention_sample"`
	// RoleSample is, over a date range, how many of the range's newest
	// articles the roles were counted over: all of them unless
	// ArticleCount is larger.
	RoleSample int `json:"role_sample,omitempty"`
	// RolesOfAllDates is, over a date range, true when the roles are of
	// all dates all the same: stated too often to narrow quickly
	// (queries.EntityPage).
	RolesOfAllDates bool   `json:"roles_all_dates,omitempty"`
	Truncated       bool   `json:"truncated"` // aliases or roles were read up to a bound
	Graph           Graph  `json:"graph"`
	PageSize        int    `json:"page_size"`
	From            string `json:"from,omitempty"` // the date range of the lists, if any
	To              string `json:"to,omitempty"`
}

// RoleEvent is an article's statement of a post: its title, organisation,
// the status it states (current, former, incoming) and the article's date.
type RoleEvent struct {
	Title   string `json:"title"`
	Org     *Ref   `json:"org"`
	Status  string `json:"status"`
	Date    string `json:"date"`
	Article *Ref   `json:"article"`
	Fact    string `json:"fact"`
}

// List is one page of an entity's list (articles, said, mentioned_in).
type List struct {
	List       string       `json:"list"`
	Offset     int          `json:"offset"`
	Total      int          `json:"total"`
	Articles   []ArticleRow `json:"articles,omitempty"`
	Statements []Statement  `json:"statements,omitempty"`
	// Timeline is ListTimeline's: a person's posts, one event per article
	// that states one (the roles query with person=).
	Timeline []RoleEvent `json:"timeline,omitempty"`
}

// Graph is an entity's neighbourhood: its roles and co-mentions.
type Graph struct {
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
}

// GraphNode is an entity in the neighbourhood graph.
type GraphNode struct {
	ID     string `json:"id"` // entity key
	Label  string `json:"label"`
	Type   string `json:"type"`
	Center bool   `json:"center,omitempty"`
}

// GraphEdge links two entities of the graph.
type GraphEdge struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Label  string `json:"label"`
}

// Segment is a run of article text: plain, inside an entity's name (Entity
// is its key), inside a quotation (Quote is the statement's index in
// Article.Statements), or both. The console renders each as text, never
// as HTML.
type Segment struct {
	Text   string `json:"t"`
	Entity string `json:"e,omitempty"`
	Quote  *int   `json:"q,omitempty"`
}

// Article is the article page.
type Article struct {
	ID         string       `json:"id"`
	Title      string       `json:"title"`
	Date       string       `json:"date"`
	URL        string       `json:"url,omitempty"`
	Publisher  string       `json:"publisher,omitempty"`
	LoadedFrom string       `json:"loaded_from,omitempty"`
	Segments   []Segment    `json:"segments"`
	Entities   []search.Hit `json:"entities"`
	Statements []Statement  `json:"statements"`
}
