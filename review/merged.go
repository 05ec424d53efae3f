package review

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// MergedFrom finds the entity that name names among those merged into
// into and not unmerged yet: name is its key ("person/okafor"), its IRI,
// or the canonical name it had. The merged entity's node is gone from the
// graph, so its names resolve to into now: only the merge decisions know
// it. None is a queries.ErrNotFound error listing the merges there are.
func MergedFrom(ctx context.Context, s *graph.Store, into quad.IRI, name string) (quad.IRI, error) {
	e, ok, err := s.Entity(ctx, into)
	if err != nil {
		return "", err
	}
	decisions, err := s.Decisions(ctx, into)
	if err != nil {
		return "", err
	}
	name = strings.TrimSpace(name)
	var merged []string
	for _, d := range decisions {
		if d.Kind != graph.KindMerge || d.A != into || d.Undone {
			continue
		}
		if Key(d.B) == name || string(d.B) == strings.Trim(name, "<>") || (ok && schema.EntityIRI(e.Type, name) == d.B) {
			return d.B, nil
		}
		merged = append(merged, Key(d.B))
	}
	if len(merged) == 0 {
		return "", &queries.Error{Kind: queries.ErrNotFound, Msg: fmt.Sprintf("no merge into %s to undo", Key(into))}
	}
	return "", &queries.Error{Kind: queries.ErrNotFound,
		Msg: fmt.Sprintf("%q was not merged into %s; merged into it: %s", name, Key(into), strings.Join(merged, ", "))}
}
