package search

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Entity is a person, country, company or organisation.
type Entity struct {
	Key     string // "person/ada-okafor": the IRI without schema.IDBase
	IRI     string
	Name    string
	Type    schema.EntityType
	Aliases []Alias // alternate names, each with the articles that used it
	Keys    []string

	Articles    []int // articles that mention it, newest first
	Said        []int // statements it made (speaker or speaking organisation)
	MentionedIn []int // statements that mention it
	Roles       []int // roles it holds, or that belong to it (roleIn)
}

// Alias is an alternate name and the articles (indexes) that used it.
type Alias struct {
	Name     string
	Articles []int
}

// Article is a loaded news article.
type Article struct {
	ID         string // the article's id, its schema:name
	IRI        string
	Headline   string
	Date       string
	URL        string
	Publisher  string
	LoadedFrom string
	Body       string
	Entities   []int // entities it mentions
	Statements []int // statements found in it
}

// Statement is a quotation or reported speech.
type Statement struct {
	Key      string // "statement/…"
	Text     string
	Date     string // schema:dateCreated, else the article's date
	Reported bool
	Speaker  int // entity index, or -1
	Org      int // ng:speakerOrg entity index, or -1
	Channel  int // ng:channel entity index, or -1
	Article  int // article index, or -1
	Mentions []int
	Span     [2]int // byte offsets in the article body; {-1, -1} if unknown
}

// Role is a post a person holds at an organisation or country.
type Role struct {
	Key      string
	Holder   int // entity index, or -1
	Title    string
	Org      int // entity index, or -1
	Articles []int
}

// Catalog is an immutable snapshot of the graph with its search indexes.
type Catalog struct {
	Entities   []Entity
	Articles   []Article
	Statements []Statement
	Roles      []Role
	Quads      int64

	byKey     map[string]int   // entity key → index
	byNameKey map[string][]int // ng:key → entities
	byName    map[string][]int // exact schema:name → entities
	articles  map[string]int   // article id and IRI slug → index
	prefixes  []prefixEntry
	text      *textIndex
}

// Build reads the store under its read lock and returns a new Catalog.
func Build(ctx context.Context, s *graph.Store) (*Catalog, error) {
	// It reads every quad: on bolt, the file's pages would otherwise all
	// stay mapped in this process (4 GB for 100,000 articles).
	defer s.CapMappedPages()()
	var c *Catalog
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		c, err = BuildQuadStore(ctx, qs)
		return err
	})
	return c, err
}

// BuildQuadStore reads every quad of qs once and returns a new Catalog.
// Callers must hold the store's read lock (run it inside graph.Store.Read).
func BuildQuadStore(ctx context.Context, qs cgraph.QuadStore) (*Catalog, error) {
	nodes, n, err := readNodes(ctx, qs)
	if err != nil {
		return nil, fmt.Errorf("search: read graph: %w", err)
	}
	c := newCatalog(nodes)
	c.Quads = n
	c.index()
	return c, nil
}

// EntityByKey returns the entity with the given key ("person/ada-okafor").
func (c *Catalog) EntityByKey(key string) (*Entity, bool) {
	i, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	return &c.Entities[i], true
}

// ArticleByID returns the article with the given id (or IRI slug).
func (c *Catalog) ArticleByID(id string) (*Article, bool) {
	i, ok := c.articles[id]
	if !ok {
		return nil, false
	}
	return &c.Articles[i], true
}

// EntityIndex returns the index of the entity with the given key, or -1.
func (c *Catalog) EntityIndex(key string) int {
	if i, ok := c.byKey[key]; ok {
		return i
	}
	return -1
}

// ArticleIndex returns the index of the article with the given id, or -1.
func (c *Catalog) ArticleIndex(id string) int {
	if i, ok := c.articles[id]; ok {
		return i
	}
	return -1
}

// Resolve finds the entities an alias names, as queries.ResolveEntity does:
// an entity key ("person/ada-okafor"), a full IRI, or any name or alias
// through its normalised form (ng:key). No match is an ErrNotFound error.
func (c *Catalog) Resolve(alias string) ([]int, error) {
	a := strings.TrimSpace(alias)
	a = strings.TrimSuffix(strings.TrimPrefix(a, "<"), ">")
	key := strings.TrimPrefix(a, schema.IDBase)
	if i, ok := c.byKey[key]; ok {
		return []int{i}, nil
	}
	norm := schema.NormalizeName(a)
	if norm == "" {
		return nil, fmt.Errorf("%w: %q is not a name", ErrInvalid, alias)
	}
	if ids := c.byNameKey[norm]; len(ids) > 0 {
		return ids, nil
	}
	return nil, fmt.Errorf("%w: no entity called %q", ErrNotFound, alias)
}

// ByName returns the entity called exactly name, if exactly one is.
func (c *Catalog) ByName(name string) (int, bool) {
	ids := c.byName[name]
	if len(ids) != 1 {
		return -1, false
	}
	return ids[0], true
}

// TopMentioned returns up to n entities, most mentioned first.
func (c *Catalog) TopMentioned(n int) []int {
	ids := make([]int, len(c.Entities))
	for i := range ids {
		ids[i] = i
	}
	sort.SliceStable(ids, func(a, b int) bool {
		ea, eb := &c.Entities[ids[a]], &c.Entities[ids[b]]
		if len(ea.Articles) != len(eb.Articles) {
			return len(ea.Articles) > len(eb.Articles)
		}
		return ea.Name < eb.Name
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}
