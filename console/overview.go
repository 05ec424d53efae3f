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
// dates) and from the store's per-type counts (entities, roles), side by
// side, and names what the page links to.
func (m *Model) computeOverview(ctx context.Context) (*Overview, error) {
	var (
		c      queries.Counts
		latest search.Page
		n      uint64
		days   []search.Day
		x      = m.cfg.Index
	)
	err := parallel(
		func() (err error) { c, err = queries.CountEntities(ctx, m.cfg.Store, topMentioned); return err },
		func() (err error) {
			if latest, err = x.LatestArticles(latestShown); err == nil {
				n, err = x.Statements()
			}
			return err
		},
		func() (err error) { days, err = x.StatementsPerDay(); return err })
	if err != nil {
		return nil, fmt.Errorf("console: overview: %w", err)
	}
	o := &Overview{Articles: latest.Total, Statements: int(n), Roles: c.Roles, Quads: c.Quads,
		Entities: map[string]int{}, Top: []search.Hit{}, Timeline: []DateCount{}}
	for _, t := range schema.EntityTypes {
		o.Entities[string(t)] = c.Entities[string(t)]
	}
	for _, e := range c.Top {
		o.Top = append(o.Top, search.Hit{Kind: "entity", Key: e.Key, Title: e.Name, Type: e.Type, Score: float64(e.Articles)})
	}
	for _, d := range days {
		o.Timeline = append(o.Timeline, DateCount{d.Date, d.Count})
	}
	if o.Latest, err = m.articleRows(ctx, latest.Docs); err != nil {
		return nil, err
	}
	return o, nil
}
