package console

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// timelineMax bounds the events of a person's timeline on its page: a
// person with more posts stated than this is rare (the bundled examples'
// busiest has 4), and the roles query pages the rest.
const timelineMax = 200

// roleTimeline is the timeline of the posts the entity with key holds,
// dated within d (undated events only without a range), as the roles
// query with person= answers it; entities other than people hold no post.
func (m *Model) roleTimeline(ctx context.Context, key string, d search.Dates) ([]RoleEvent, error) {
	out := []RoleEvent{}
	if typeOfKey(key) != "person" {
		return out, nil
	}
	res, err := queries.Run(ctx, m.cfg.Store, "roles", map[string]string{"person": key, "limit": fmt.Sprint(timelineMax)}, queries.RunOptions{})
	if err != nil {
		return nil, fmt.Errorf("console: timeline of %s: %w", key, err)
	}
	var cells []string
	for _, row := range res.Rows {
		cells = append(cells, str(row["org"]), str(row["article"]))
	}
	refs, err := m.Refs(ctx, cells)
	if err != nil {
		return nil, err
	}
	ref := func(v string) *Ref {
		if r, ok := refs[v]; ok {
			return &r
		}
		return nil
	}
	for _, row := range res.Rows {
		if !d.Has(str(row["date"])) {
			continue
		}
		out = append(out, RoleEvent{Title: str(row["title"]), Org: ref(str(row["org"])), Status: str(row["status"]),
			Date: str(row["date"]), Article: ref(str(row["article"])), Fact: str(row["fact"])})
	}
	return out, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
