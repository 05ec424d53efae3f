package console

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// Sizes of the overview's lists.
const (
	topMentioned = 15
	latestShown  = 8
)

// computeOverview counts from the index (articles, statements, their
// dates) and from the store's per-type counts (entities, roles), and
// names what the page links to.
func (m *Model) computeOverview(ctx context.Context) (*Overview, error) {
	c, err := queries.CountEntities(ctx, m.cfg.Store, topMentioned)
	if err != nil {
		return nil, fmt.Errorf("console: overview: %w", err)
	}
	o := &Overview{Roles: c.Roles, Quads: c.Quads, Entities: map[string]int{},
		Top: []search.Hit{}, Timeline: []DateCount{}, Latest: []ArticleRow{}}
	for _, t := range schema.EntityTypes {
		o.Entities[string(t)] = c.Entities[string(t)]
	}
	for _, e := range c.Top {
		o.Top = append(o.Top, search.Hit{Kind: "entity", Key: e.Key, Title: e.Name, Type: e.Type, Score: float64(e.Articles)})
	}
	x := m.cfg.Index
	latest, err := x.LatestArticles(latestShown)
	if err != nil {
		return nil, err
	}
	o.Articles = latest.Total
	n, err := x.Statements()
	if err != nil {
		return nil, err
	}
	o.Statements = int(n)
	days, err := x.StatementsPerDay()
	if err != nil {
		return nil, err
	}
	for _, d := range days {
		o.Timeline = append(o.Timeline, DateCount{d.Date, d.Count})
	}
	if o.Latest, err = m.articleRows(ctx, latest.Docs); err != nil {
		return nil, err
	}
	return o, nil
}
