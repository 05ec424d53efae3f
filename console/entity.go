package console

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// Sizes of an entity page.
const (
	// DefaultPageSize is how many rows each list of an entity page shows
	// at first, and MaxPageSize the most a request for more may ask.
	DefaultPageSize = 50
	MaxPageSize     = 500
	rolesShown      = 15
	coMentionsShown = 20
	// coMentionSample is how many of an entity's newest articles its
	// co-mentions are counted over: one read of each article's mentions,
	// where counting over all 40,000 articles of a hub would take seconds.
	// 100 rather than 300: at 100,000 articles it cut an entity page's CPU
	// time by a quarter (typical entities 103–112 → 72–85 ms a page, the
	// most mentioned country 214 → 197 ms; medians of alternated runs on a
	// busy machine), and the twenty shown change little.
	coMentionSample = 100
	// roleSample is how many of an entity's newest articles of a date
	// range its roles are counted over: each of its roles' statements is
	// compared with them (queries.EntityPage). They come from the index,
	// with the date filter of the page's lists.
	roleSample = 1000
	// rangeRoleReads is the most statements of an entity's roles read to
	// count them over a range (queries.Within.MaxStatements), past which
	// they stay of all dates: about 30 ms of label reads. At 100,000
	// articles on a busy machine (load 4–6 on two cores), the most
	// mentioned person's roles, stated 4,294 times, took its page over
	// March 2025 from 42–68 to 106–333 ms p50, and the most mentioned
	// country's 9,820 took it from 78–139 to 346–492 ms.
	rangeRoleReads  = 2000
	graphCoMentions = 12
	graphRoles      = 15
)

// Lists of an entity page that EntityList pages through.
const (
	ListArticles    = "articles"
	ListSaid        = "said"
	ListMentionedIn = "mentioned_in"
	// ListTimeline is a person's posts over time (roleTimeline): asked for
	// apart from the page, whose other parts it would hold up: the most
	// mentioned person's page at 100,000 articles took 0.81 s with it and
	// 0.18 s without.
	ListTimeline = "timeline"
)

// Entity returns the page of the entity key names (an entity key or any
// of its names), with the first size rows of each list, its articles and
// statements dated within d (a person's posts over time are a list of
// their own, ListTimeline). Over a range its roles are those stated in
// its roleSample newest articles of the range (unless they are stated too
// often to narrow quickly: Entity.RolesOfAllDates) and its co-mentions
// those of its coMentionSample newest. No such entity is a queries.ErrNotFound
// error. The store's reads and the index's run side by side: on two cores
// the hub of 100,000 articles answers in about half the time.
func (m *Model) Entity(ctx context.Context, key string, size int, d search.Dates) (*Entity, error) {
	size = pageSize(size)
	iris, err := queries.ResolveEntity(ctx, m.cfg.Store, key)
	if err != nil {
		return nil, err
	}
	k, x := keyOf(iris[0]), m.cfg.Index
	var (
		info            queries.EntityInfo
		arts, said, men search.Page
		co              map[string]int
		sampled         int
		within          = m.rangeArticles(k, d, &sampled)
	)
	err = parallel(
		func() (err error) {
			info, err = queries.EntityPage(ctx, m.cfg.Store, k, rolesShown, within)
			return err
		},
		func() (err error) {
			if arts, err = x.ArticlesMentioningAny([]string{k}, d, 0, max(size, coMentionSample)); err == nil {
				co, err = m.coMentions(ctx, k, arts.Docs[:min(coMentionSample, len(arts.Docs))])
			}
			return err
		},
		func() (err error) {
			if said, err = x.StatementsBy(k, d, 0, size); err == nil {
				men, err = x.StatementsMentioning(k, d, 0, size)
			}
			return err
		})
	if err != nil {
		return nil, err
	}
	shown := arts.Docs[:min(size, len(arts.Docs))]
	n, err := m.nameAll(ctx, entityKeys(info, shown, said.Docs, men.Docs, co))
	if err != nil {
		return nil, err
	}
	e := &Entity{Key: info.Key, IRI: info.IRI, Name: info.Name, Type: info.Type, Aliases: []Alias{},
		ArticleCount: arts.Total, Articles: []ArticleRow{}, Roles: []Role{}, RolesTotal: info.RolesTotal,
		SaidTotal: said.Total, MentionedInTotal: men.Total, CoMentionSample: min(coMentionSample, len(arts.Docs)),
		RoleSample: sampled, RolesOfAllDates: info.RolesOfAllDates, Truncated: info.Cut, PageSize: size, From: d.From, To: d.To}
	for _, a := range info.Aliases {
		e.Aliases = append(e.Aliases, Alias{Name: a.Value, Articles: n.articles(a.Articles)})
	}
	for _, d := range shown {
		e.Articles = append(e.Articles, n.articleRow(d))
	}
	for _, r := range info.Roles {
		e.Roles = append(e.Roles, Role{Title: r.Title, Holder: n.entity(r.Holder), Org: n.entity(r.Org),
			Articles: n.articles(r.Articles), ArticleCount: r.ArticleCount})
	}
	e.Said, e.MentionedIn = n.statements(said.Docs), n.statements(men.Docs)
	e.CoMentioned = n.coMentions(co)
	e.Graph = neighbourhood(e)
	return e, nil
}

// rangeArticles is, over a range, what queries.EntityPage counts the
// roles of the entity with key over: its roleSample newest articles of the
// range, their number put in sampled; nil without a range.
func (m *Model) rangeArticles(key string, d search.Dates, sampled *int) *queries.Within {
	if d == (search.Dates{}) {
		return nil
	}
	return &queries.Within{MaxStatements: rangeRoleReads, Articles: func() (map[string]bool, error) {
		page, err := m.cfg.Index.ArticlesMentioningAny([]string{key}, d, 0, roleSample)
		out := make(map[string]bool, len(page.Docs))
		for _, doc := range page.Docs {
			out[doc.Article] = true
		}
		*sampled = len(out)
		return out, err
	}}
}

// parallel runs fns on goroutines of their own and returns the first
// error.
func parallel(fns ...func() error) error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	for i, fn := range fns {
		wg.Go(func() { errs[i] = fn() })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// EntityList returns one page of an entity's list: ListArticles, ListSaid
// or ListMentionedIn, dated within d, size rows from offset.
func (m *Model) EntityList(ctx context.Context, key, list string, offset, size int, d search.Dates) (*List, error) {
	size = pageSize(size)
	iris, err := queries.ResolveEntity(ctx, m.cfg.Store, key)
	if err != nil {
		return nil, err
	}
	k := keyOf(iris[0])
	x := m.cfg.Index
	if list == ListTimeline {
		events, err := m.roleTimeline(ctx, k, d)
		return &List{List: list, Total: len(events), Timeline: events}, err
	}
	var page search.Page
	switch list {
	case ListArticles:
		page, err = x.ArticlesMentioningAny([]string{k}, d, offset, size)
	case ListSaid:
		page, err = x.StatementsBy(k, d, offset, size)
	case ListMentionedIn:
		page, err = x.StatementsMentioning(k, d, offset, size)
	default:
		return nil, fmt.Errorf("%w: no list %q (want %s, %s, %s or %s)", queries.ErrInvalid, list, ListArticles, ListSaid, ListMentionedIn, ListTimeline)
	}
	if err != nil {
		return nil, err
	}
	out := &List{List: list, Offset: offset, Total: page.Total}
	if list == ListArticles {
		out.Articles, err = m.articleRows(ctx, page.Docs)
	} else {
		out.Statements, err = m.statements(ctx, page.Docs)
	}
	return out, err
}

func pageSize(size int) int {
	if size <= 0 {
		return DefaultPageSize
	}
	return min(size, MaxPageSize)
}

// coMentions counts the entities the sampled articles mention besides key.
func (m *Model) coMentions(ctx context.Context, key string, sample []search.Doc) (map[string]int, error) {
	keys := make([]string, len(sample))
	for i, d := range sample {
		keys[i] = d.Article
	}
	mentions, err := queries.ArticleMentions(ctx, m.cfg.Store, keys)
	if err != nil {
		return nil, fmt.Errorf("console: co-mentions: %w", err)
	}
	counts := map[string]int{}
	for _, ents := range mentions {
		for _, e := range ents {
			if e != key {
				counts[e]++
			}
		}
	}
	return counts, nil
}

// entityKeys lists every node an entity page names.
func entityKeys(info queries.EntityInfo, lists ...any) []string {
	var out []string
	for _, a := range info.Aliases {
		out = append(out, a.Articles...)
	}
	for _, r := range info.Roles {
		out = append(out, r.Holder, r.Org)
		out = append(out, r.Articles...)
	}
	for _, l := range lists {
		switch l := l.(type) {
		case []search.Doc:
			out = append(out, docKeys(l)...)
		case map[string]int:
			for _, k := range topCounts(l, coMentionsShown) {
				out = append(out, k)
			}
		}
	}
	return out
}

// topCounts returns the n keys with the highest counts, then by key.
func topCounts(counts map[string]int, n int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if counts[keys[a]] != counts[keys[b]] {
			return counts[keys[a]] > counts[keys[b]]
		}
		return keys[a] < keys[b]
	})
	return keys[:min(n, len(keys))]
}

func (n namer) articles(keys []string) []search.Ref {
	out := make([]search.Ref, 0, len(keys))
	for _, k := range keys {
		if ref := n.article(k); ref != nil {
			out = append(out, *ref)
		}
	}
	return out
}

func (n namer) statements(docs []search.Doc) []Statement {
	out := make([]Statement, 0, len(docs))
	for _, d := range docs {
		out = append(out, n.statement(d))
	}
	return out
}

// coMentions names the most frequent co-mentions, by count then name.
func (n namer) coMentions(counts map[string]int) []CoMention {
	out := []CoMention{}
	for _, k := range topCounts(counts, coMentionsShown) {
		if nn, ok := n[k]; ok {
			out = append(out, CoMention{Key: k, Name: nn.Name, Type: nn.Type, Count: counts[k]})
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Count != out[b].Count {
			return out[a].Count > out[b].Count
		}
		return out[a].Name < out[b].Name
	})
	return out
}

// neighbourhood draws the entity with its roles (holder → organisation,
// labelled with the title) and the entities most often mentioned with it.
func neighbourhood(e *Entity) Graph {
	g := Graph{Nodes: []GraphNode{}, Edges: []GraphEdge{}}
	seen := map[string]bool{}
	add := func(key, name, typ string, center bool) {
		if !seen[key] {
			seen[key] = true
			g.Nodes = append(g.Nodes, GraphNode{ID: key, Label: name, Type: typ, Center: center})
		}
	}
	add(e.Key, e.Name, e.Type, true)
	edges := map[[2]string]bool{}
	for _, r := range e.Roles {
		if r.Holder == nil || r.Org == nil || len(edges) >= graphRoles {
			continue
		}
		add(r.Holder.Key, r.Holder.Name, typeOfKey(r.Holder.Key), false)
		add(r.Org.Key, r.Org.Name, typeOfKey(r.Org.Key), false)
		if k := [2]string{r.Holder.Key, r.Org.Key}; !edges[k] {
			edges[k] = true
			g.Edges = append(g.Edges, GraphEdge{Source: k[0], Target: k[1], Label: r.Title})
		}
	}
	for _, c := range e.CoMentioned[:min(graphCoMentions, len(e.CoMentioned))] {
		add(c.Key, c.Name, c.Type, false)
		if !edges[[2]string{e.Key, c.Key}] && !edges[[2]string{c.Key, e.Key}] {
			g.Edges = append(g.Edges, GraphEdge{Source: e.Key, Target: c.Key, Label: "×" + strconv.Itoa(c.Count)})
		}
	}
	return g
}
