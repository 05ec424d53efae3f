package search

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// newCatalog turns the nodes read from the store into the catalog's typed
// records and cross references.
func newCatalog(nodes map[string]*node) *Catalog {
	c := &Catalog{
		byKey: map[string]int{}, byNameKey: map[string][]int{}, byName: map[string][]int{},
		articles: map[string]int{},
	}
	iris := make([]string, 0, len(nodes))
	for iri := range nodes {
		iris = append(iris, iri)
	}
	sort.Strings(iris)
	for _, iri := range iris {
		c.addArticle(iri, nodes[iri])
	}
	for _, iri := range iris {
		c.addEntity(iri, nodes[iri])
	}
	for _, iri := range iris {
		c.addRole(iri, nodes[iri])
		c.addStatement(iri, nodes[iri])
	}
	c.linkArticles(nodes)
	return c
}

func key(iri string) string { return strings.TrimPrefix(iri, schema.IDBase) }

func (c *Catalog) addArticle(iri string, nd *node) {
	if !nd.types[schema.TypeNewsArticle] {
		return
	}
	a := Article{
		ID: nd.name, IRI: iri, Headline: nd.props[schema.PredHeadline],
		Date: nd.props[schema.PredDatePublished], URL: nd.props[schema.PredURL],
		Publisher: nd.props[schema.PredPublisher], LoadedFrom: nd.props[schema.PredLoadedFrom],
		Body: nd.props[schema.PredArticleBody],
	}
	if a.ID == "" {
		a.ID = strings.TrimPrefix(key(iri), "article/")
	}
	i := len(c.Articles)
	c.Articles = append(c.Articles, a)
	c.articles[a.ID] = i
	c.articles[strings.TrimPrefix(key(iri), "article/")] = i
	c.articles[iri] = i
}

func entityType(nd *node) (schema.EntityType, bool) {
	for _, t := range schema.EntityTypes {
		if nd.types[t.IRI()] {
			return t, true
		}
	}
	return "", false
}

func (c *Catalog) addEntity(iri string, nd *node) {
	t, ok := entityType(nd)
	if !ok {
		return
	}
	e := Entity{Key: key(iri), IRI: iri, Name: nd.name, Type: t, Keys: nd.keys}
	if e.Name == "" {
		e.Name = e.Key
	}
	for alias, labels := range nd.aliases {
		e.Aliases = append(e.Aliases, Alias{Name: alias, Articles: c.articleIndexes(labels)})
	}
	sort.Slice(e.Aliases, func(i, j int) bool { return e.Aliases[i].Name < e.Aliases[j].Name })
	i := len(c.Entities)
	c.Entities = append(c.Entities, e)
	c.byKey[e.Key] = i
	c.byName[e.Name] = append(c.byName[e.Name], i)
	for _, k := range e.Keys {
		c.byNameKey[k] = append(c.byNameKey[k], i)
	}
}

func (c *Catalog) articleIndexes(labels map[string]bool) []int {
	var out []int
	for l := range labels {
		if i, ok := c.articles[l]; ok {
			out = append(out, i)
		}
	}
	c.sortArticles(out)
	return out
}

// sortArticles orders article indexes newest first, then by id.
func (c *Catalog) sortArticles(ids []int) {
	sort.Slice(ids, func(i, j int) bool {
		a, b := &c.Articles[ids[i]], &c.Articles[ids[j]]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		return a.ID < b.ID
	})
}

// entityRef returns the index of the entity an IRI names, or -1.
func (c *Catalog) entityRef(iri string) int {
	if iri == "" {
		return -1
	}
	return c.EntityIndex(key(iri))
}

func (c *Catalog) addRole(iri string, nd *node) {
	if !nd.types[schema.TypeRole] {
		return
	}
	r := Role{
		Key: key(iri), Title: nd.props[schema.PredRoleName],
		Holder: c.entityRef(nd.props[schema.PredHolder]), Org: c.entityRef(nd.props[schema.PredRoleIn]),
		Articles: c.articleIndexes(nd.labels),
	}
	i := len(c.Roles)
	c.Roles = append(c.Roles, r)
	for _, e := range []int{r.Holder, r.Org} {
		if e >= 0 {
			c.Entities[e].Roles = append(c.Entities[e].Roles, i)
		}
	}
}

func (c *Catalog) addStatement(iri string, nd *node) {
	if !nd.types[schema.TypeStatement] {
		return
	}
	s := Statement{
		Key: key(iri), Text: nd.props[schema.PredText], Date: nd.props[schema.PredDateCreated],
		Reported: nd.types[schema.TypeReportedSpeech],
		Speaker:  c.entityRef(nd.props[schema.PredSpeaker]), Org: c.entityRef(nd.props[schema.PredSpeakerOrg]),
		Channel: c.entityRef(nd.props[schema.PredChannel]), Article: -1, Span: parseSpan(nd.props[schema.PredSpan]),
	}
	if a, ok := c.articles[nd.props[schema.PredIsPartOf]]; ok {
		s.Article = a
		if s.Date == "" {
			s.Date = c.Articles[a].Date
		}
	}
	i := len(c.Statements)
	for _, m := range nd.mentions {
		if e := c.entityRef(m); e >= 0 {
			s.Mentions = append(s.Mentions, e)
			c.Entities[e].MentionedIn = append(c.Entities[e].MentionedIn, i)
		}
	}
	c.Statements = append(c.Statements, s)
	for _, e := range uniq(s.Speaker, s.Org) {
		c.Entities[e].Said = append(c.Entities[e].Said, i)
	}
	if s.Article >= 0 {
		c.Articles[s.Article].Statements = append(c.Articles[s.Article].Statements, i)
	}
}

// uniq returns the distinct non-negative values among ids.
func uniq(ids ...int) []int {
	var out []int
	for _, id := range ids {
		if id >= 0 && (len(out) == 0 || out[len(out)-1] != id) {
			out = append(out, id)
		}
	}
	return out
}

func parseSpan(s string) [2]int {
	a, b, ok := strings.Cut(s, "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
		return [2]int{-1, -1}
	}
	return [2]int{start, end}
}

// linkArticles records which entities each article mentions, and sorts
// every cross reference newest first.
func (c *Catalog) linkArticles(nodes map[string]*node) {
	for i := range c.Articles {
		a := &c.Articles[i]
		seen := map[int]bool{}
		for _, m := range nodes[a.IRI].mentions {
			if e := c.entityRef(m); e >= 0 && !seen[e] {
				seen[e] = true
				a.Entities = append(a.Entities, e)
				c.Entities[e].Articles = append(c.Entities[e].Articles, i)
			}
		}
	}
	for i := range c.Entities {
		e := &c.Entities[i]
		c.sortArticles(e.Articles)
		c.sortStatements(e.Said)
		c.sortStatements(e.MentionedIn)
	}
}

// sortStatements orders statement indexes newest first.
func (c *Catalog) sortStatements(ids []int) {
	sort.SliceStable(ids, func(i, j int) bool {
		a, b := &c.Statements[ids[i]], &c.Statements[ids[j]]
		if a.Date != b.Date {
			return a.Date > b.Date
		}
		return a.Key < b.Key
	})
}
