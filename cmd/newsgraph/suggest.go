package main

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	// Levenshtein distance from a small, well-kept library (as cobra's
	// "did you mean" for commands, whose own function is unexported)
	// rather than a copy of the algorithm here.
	"github.com/agnivade/levenshtein"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// suggestDistance is the largest edit distance at which a known name is
// suggested for a mistyped one: cobra's default for commands, which
// catches a dropped, doubled or swapped letter ("statments", "rols").
const suggestDistance = 2

// suggest returns the names of known that typed may be a mistyping of,
// closest first: those within suggestDistance edits, and those it is a
// prefix of.
func suggest(typed string, known []string) []string {
	type near struct {
		name string
		d    int
	}
	var found []near
	lower := strings.ToLower(typed)
	for _, k := range known {
		d := levenshtein.ComputeDistance(lower, strings.ToLower(k))
		if d <= suggestDistance || (lower != "" && strings.HasPrefix(strings.ToLower(k), lower)) {
			found = append(found, near{k, d})
		}
	}
	slices.SortStableFunc(found, func(a, b near) int { return cmp.Compare(a.d, b.d) })
	names := make([]string, len(found))
	for i, f := range found {
		names[i] = f.name
	}
	return names
}

// checkQueryName returns a usage error for a name that is neither a
// builtin nor a saved query of the store, suggesting the names it may be a
// mistyping of.
func checkQueryName(ctx context.Context, store *graph.Store, name string) error {
	list, err := queries.List(ctx, store)
	if err != nil {
		return err
	}
	names := make([]string, len(list))
	for i, q := range list {
		names[i] = q.Name
	}
	if slices.Contains(names, name) {
		return nil
	}
	msg := fmt.Sprintf("unknown query %q", name)
	if near := suggest(name, names); len(near) > 0 {
		msg += fmt.Sprintf("; did you mean %s?", quoteOr(near))
	}
	return &usageError{fmt.Errorf("%s (see 'newsgraph query list')", msg)}
}

// quoteOr joins names as "a", "b" or "c".
func quoteOr(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
