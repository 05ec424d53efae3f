package console

import (
	"context"
	"errors"
	"strings"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// Ref is what a cell of a query's answer names: an entity or an article.
type Ref struct {
	Kind string `json:"kind"` // entity or article
	Key  string `json:"key"`  // entity key or article id
	Name string `json:"name"`
	Type string `json:"type,omitempty"`
}

// maxCells bounds the cells Refs looks up: a page of 1,000 rows of a few
// columns.
const maxCells = 20000

// Refs tells which cells of a query's answer name an entity (by key, or
// by a name only one entity has) or an article (by id), so that the page
// can link them and draw them as a graph.
func (m *Model) Refs(ctx context.Context, cells []string) (map[string]Ref, error) {
	out := map[string]Ref{}
	t := m.names.table.Load()
	var keys []string
	byKey := map[string][]string{} // node key → the cells that may name it
	for _, v := range cells[:min(len(cells), maxCells)] {
		if _, done := out[v]; done || v == "" {
			continue
		}
		if r, ok := t.entity(v); ok {
			out[v] = Ref{Kind: "entity", Key: r.Key, Name: r.Name, Type: r.Type}
			continue
		}
		if t == nil && strings.Contains(v, "/") {
			keys, byKey[v] = append(keys, v), append(byKey[v], v)
		}
		if k := keyOf(schema.ArticleIRI(v)); strings.HasPrefix(k, "article/") {
			keys, byKey[k] = append(keys, k), append(byKey[k], v)
		}
	}
	if len(keys) == 0 {
		return out, nil
	}
	names, err := queries.Names(ctx, m.cfg.Store, keys)
	if err != nil {
		return nil, err
	}
	for k, nn := range names {
		for _, cell := range byKey[k] {
			if strings.HasPrefix(k, "article/") {
				out[cell] = Ref{Kind: "article", Key: nn.ID, Name: nn.Name}
			} else if !strings.HasPrefix(k, "statement/") && nn.Type != "" {
				out[cell] = Ref{Kind: "entity", Key: k, Name: nn.Name, Type: nn.Type}
			}
		}
	}
	return out, nil
}

// entity finds a row by key or by a name only one entity has.
func (t *nameTable) entity(v string) (queries.EntityRow, bool) {
	if t == nil {
		return queries.EntityRow{}, false
	}
	if i, ok := t.byKey[v]; ok {
		return t.rows[i], true
	}
	if ids := t.byName[v]; len(ids) == 1 {
		return t.rows[ids[0]], true
	}
	return queries.EntityRow{}, false
}

// Anchors resolves the entity names among a query's parameters to refs.
func (m *Model) Anchors(ctx context.Context, values []string) ([]Ref, error) {
	var keys []string
	for _, v := range values {
		iris, err := queries.ResolveEntity(ctx, m.cfg.Store, v)
		if errors.Is(err, queries.ErrNotFound) || errors.Is(err, queries.ErrInvalid) {
			continue // not a name: a title, a date, a number
		}
		if err != nil {
			return nil, err
		}
		for _, iri := range iris {
			keys = append(keys, keyOf(iri))
		}
	}
	names, err := m.nameAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := []Ref{}
	for _, k := range keys {
		if nn, ok := names[k]; ok {
			out = append(out, Ref{Kind: "entity", Key: k, Name: nn.Name, Type: nn.Type})
		}
	}
	return out, nil
}
