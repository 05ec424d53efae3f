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
	// rangeSample is how many of a date range's newest articles its most
	// mentioned entities and entity counts are read from: one read of each
	// article's mentions, as the entity page's co-mentions. 100 as there:
	// over a quarter of 10,000 generated articles (memstore, a busy
	// machine), 500 took the overview 1.6 s a request.
	rangeSample = 100
)

// Overview returns the overview page's figures. For the whole store (the
// zero Dates) they are counted once per position the model applied; for a
// range, at each call: articles, statements and the timeline from the
// index, the most mentioned entities and the entity counts from the
// range's rangeSample newest articles, roles and quads of the whole store.
func (m *Model) Overview(ctx context.Context, d search.Dates) (*Overview, error) {
	m.awaitFirstCount(ctx)
	all, err := m.overviewAt(ctx)
	if err != nil || d == (search.Dates{}) {
		return all, err
	}
	return m.rangeOverview(ctx, all, d)
}

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
			if latest, err = x.LatestArticles(search.Dates{}, latestShown); err == nil {
				n, err = x.Statements(search.Dates{})
			}
			return err
		},
		func() (err error) { days, err = x.StatementsPerDay(search.Dates{}); return err })
	if err != nil {
		return nil, fmt.Errorf("console: overview: %w", err)
	}
	o := &Overview{Articles: latest.Total, Statements: int(n), Roles: c.Roles, Quads: c.Quads,
		Entities: map[string]int{}, Top: []search.Hit{}, Timeline: timeline(days)}
	for _, t := range schema.EntityTypes {
		o.Entities[string(t)] = c.Entities[string(t)]
	}
	for _, e := range c.Top {
		o.Top = append(o.Top, search.Hit{Kind: "entity", Key: e.Key, Title: e.Name, Type: e.Type, Score: float64(e.Articles)})
	}
	if o.Latest, err = m.articleRows(ctx, latest.Docs); err != nil {
		return nil, err
	}
	return o, nil
}

// rangeOverview counts the overview of the documents dated within d; all
// is the whole store's, whose roles and quads it keeps.
func (m *Model) rangeOverview(ctx context.Context, all *Overview, d search.Dates) (*Overview, error) {
	var (
		sample search.Page
		n      uint64
		days   []search.Day
		x      = m.cfg.Index
	)
	err := parallel(
		func() (err error) { sample, err = x.LatestArticles(d, rangeSample); return err },
		func() (err error) { n, err = x.Statements(d); return err },
		func() (err error) { days, err = x.StatementsPerDay(d); return err })
	if err != nil {
		return nil, fmt.Errorf("console: overview %s to %s: %w", d.From, d.To, err)
	}
	counts, err := m.coMentions(ctx, "", sample.Docs)
	if err != nil {
		return nil, err
	}
	top := topCounts(counts, topMentioned)
	latest := sample.Docs[:min(latestShown, len(sample.Docs))]
	names, err := m.nameAll(ctx, append(top, docKeys(latest)...))
	if err != nil {
		return nil, err
	}
	o := &Overview{Articles: sample.Total, Statements: int(n), Roles: all.Roles, Quads: all.Quads,
		Entities: map[string]int{}, Top: []search.Hit{}, Timeline: timeline(days), Latest: []ArticleRow{},
		From: d.From, To: d.To, Sample: len(sample.Docs), Position: all.Position}
	for _, t := range schema.EntityTypes {
		o.Entities[string(t)] = 0
	}
	for k := range counts {
		if _, known := o.Entities[typeOfKey(k)]; known {
			o.Entities[typeOfKey(k)]++
		}
	}
	for _, k := range top {
		if nn, ok := names[k]; ok {
			o.Top = append(o.Top, search.Hit{Kind: "entity", Key: k, Title: nn.Name, Type: nn.Type, Score: float64(counts[k])})
		}
	}
	for _, doc := range latest {
		o.Latest = append(o.Latest, names.articleRow(doc))
	}
	return o, nil
}

func timeline(days []search.Day) []DateCount {
	out := []DateCount{}
	for _, d := range days {
		out = append(out, DateCount{d.Date, d.Count})
	}
	return out
}
