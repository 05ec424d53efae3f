package console

import (
	"context"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// entityHitsMax is how many entities a search names besides its hits.
const entityHitsMax = 10

// Search runs a search on the index: statements and articles ranked by
// their words with graph filters, and, for words without filters, the
// entities whose names start with them (find-as-you-type's table).
func (m *Model) Search(ctx context.Context, req search.Request) (*search.Results, error) {
	res, err := queries.SearchWith(ctx, m.cfg.Store, m.cfg.Index, req)
	if err != nil {
		return nil, err
	}
	if req.Q != "" && (req.Kind == "" || req.Kind == "entity") && req.Speaker+req.Org+req.Mentions == "" {
		limit := req.Limit
		if limit <= 0 {
			limit = search.DefaultLimit
		}
		if res.Entities, err = m.Lookup(ctx, req.Q, min(limit, entityHitsMax)); err != nil {
			return nil, err
		}
	}
	return res, nil
}
