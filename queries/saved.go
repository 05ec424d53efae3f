package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Save stores a Gizmo script as the query called name, replacing an earlier
// one of that name. Saved queries are quads in the store under
// schema.SavedQueriesLabel, so they travel with the graph (and its exports):
//
//	<…/id/query/NAME> rdf:type ng:SavedQuery ; schema:name "NAME" ;
//	                  ng:queryText "SCRIPT" ; schema:description "…" .
//
// Builtin names cannot be reused. The script is not run or checked.
func Save(ctx context.Context, s *graph.Store, name, script, description string) error {
	if err := checkName(name); err != nil {
		return err
	}
	if strings.TrimSpace(script) == "" {
		return invalidf("save query %s: the script is empty", name)
	}
	node, label := schema.SavedQueryIRI(name), schema.SavedQueriesLabel
	quads := []quad.Quad{
		quad.Make(node, schema.PredType, schema.TypeSavedQuery, label),
		quad.Make(node, schema.PredName, quad.String(name), label),
		quad.Make(node, schema.PredQueryText, quad.String(script), label),
	}
	if description = strings.TrimSpace(description); description != "" {
		quads = append(quads, quad.Make(node, schema.PredDescription, quad.String(description), label))
	}
	if _, err := s.ReplaceFacts(ctx, node, label, quads); err != nil {
		return fmt.Errorf("save query %s: %w", name, err)
	}
	return nil
}

// checkName accepts names that are their own slug (lower-case words joined by
// '-'), so that the name, its IRI and the CLI spelling agree.
func checkName(name string) error {
	if name == "" {
		return invalidf("save query: empty name")
	}
	if lookupBuiltin(name) != nil {
		return invalidf("save query %s: %s is a builtin query; choose another name", name, name)
	}
	if slug := strings.ReplaceAll(schema.NormalizeName(name), " ", "-"); slug != name {
		return invalidf("save query %q: use lower-case letters, digits and '-' (%q, say)", name, slug)
	}
	return nil
}

// savedQueries lists the users' queries, sorted by name.
func savedQueries(ctx context.Context, s *graph.Store) ([]Query, error) {
	var out []Query
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		nodes, err := r.values(path.StartPath(qs, schema.TypeSavedQuery).LabelContext(schema.SavedQueriesLabel).Follow(nodesOfType))
		if err != nil {
			return err
		}
		for _, n := range nodes {
			out = append(out, r.savedQuery(n))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list saved queries: %w", err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// savedQuery finds the user's query called name.
func savedQuery(ctx context.Context, s *graph.Store, name string) (q Query, ok bool, err error) {
	err = s.Read(func(qs cgraph.QuadStore) error {
		node := schema.SavedQueryIRI(name)
		if ref, err := qs.ValueOf(node); err != nil || ref == nil {
			return err
		}
		q = newReader(ctx, qs).savedQuery(node)
		ok = q.Script != "" && q.Name == name
		return nil
	})
	if err != nil {
		return Query{}, false, fmt.Errorf("look up query %s: %w", name, err)
	}
	return q, ok, nil
}

func (r *reader) savedQuery(node quad.Value) Query {
	get := func(pred quad.IRI) string {
		vals, _ := r.values(path.StartPath(r.qs, node).LabelContext(schema.SavedQueriesLabel).Out(pred))
		if len(vals) == 0 {
			return ""
		}
		return plainString(vals[0])
	}
	return Query{
		Name:        get(schema.PredName),
		Description: get(schema.PredDescription),
		Script:      get(schema.PredQueryText),
	}
}
