package console

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// namer names the nodes a page links to, read from the store in one pass.
type namer map[string]queries.NodeName

// nameAll names the nodes with the given keys ("" skipped): entities from
// the name table when it is built (a hub's name read from the store costs
// a hundred quad reads, 50 ms for the names of a hub's page), the rest
// from the store.
func (m *Model) nameAll(ctx context.Context, keys []string) (namer, error) {
	out := namer{}
	t := m.names.table.Load()
	var todo []string
	for _, k := range keys {
		if _, done := out[k]; done || k == "" {
			continue
		}
		if i, ok := t.index(k); ok {
			out[k] = queries.NodeName{Name: t.rows[i].Name, Type: t.rows[i].Type}
			continue
		}
		out[k] = queries.NodeName{} // asked for below
		todo = append(todo, k)
	}
	names, err := queries.Names(ctx, m.cfg.Store, todo)
	if err != nil {
		return nil, fmt.Errorf("console: %w", err)
	}
	for _, k := range todo {
		if n, ok := names[k]; ok {
			out[k] = n
		} else {
			delete(out, k)
		}
	}
	return out, nil
}

// docKeys lists the nodes documents link to.
func docKeys(docs []search.Doc) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Article, d.Speaker, d.Org)
		if d.Kind == "statement" {
			out = append(out, d.Key)
		}
	}
	return out
}

// entity is a link to an entity, or nil for "" or a key the store lacks.
func (n namer) entity(key string) *search.Ref {
	nn, ok := n[key]
	if key == "" || !ok {
		return nil
	}
	return &search.Ref{Key: key, Name: nn.Name}
}

// article is a link to an article (Key is its id), or nil.
func (n namer) article(key string) *search.Ref {
	nn, ok := n[key]
	if key == "" {
		return nil
	}
	if !ok {
		id := strings.TrimPrefix(key, "article/")
		return &search.Ref{Key: id, Name: id}
	}
	return &search.Ref{Key: nn.ID, Name: nn.Name}
}

func (n namer) articleRow(d search.Doc) ArticleRow {
	ref := n.article(d.Article)
	return ArticleRow{ID: ref.Key, Title: ref.Name, Date: d.Date}
}

func (n namer) statement(d search.Doc) Statement {
	kind := n[d.Key].Type
	if kind == "" {
		kind = "quote"
	}
	speaker := n.entity(d.Speaker)
	if speaker == nil {
		speaker = n.entity(d.Org)
	}
	return Statement{Key: d.Key, Text: d.Text, Date: d.Date, Kind: kind, Speaker: speaker, Article: n.article(d.Article)}
}

// articleRows names a page of article documents.
func (m *Model) articleRows(ctx context.Context, docs []search.Doc) ([]ArticleRow, error) {
	n, err := m.nameAll(ctx, docKeys(docs))
	if err != nil {
		return nil, err
	}
	out := make([]ArticleRow, 0, len(docs))
	for _, d := range docs {
		out = append(out, n.articleRow(d))
	}
	return out, nil
}

// statements names a page of statement documents.
func (m *Model) statements(ctx context.Context, docs []search.Doc) ([]Statement, error) {
	n, err := m.nameAll(ctx, docKeys(docs))
	if err != nil {
		return nil, err
	}
	out := make([]Statement, 0, len(docs))
	for _, d := range docs {
		out = append(out, n.statement(d))
	}
	return out, nil
}

// keyOf is an IRI's key: the IRI without schema.IDBase.
func keyOf(iri quad.IRI) string { return strings.TrimPrefix(string(iri), schema.IDBase) }

// typeOfKey is the entity type an entity key starts with
// ("person/ada-okafor" → person).
func typeOfKey(key string) string {
	t, _, _ := strings.Cut(key, "/")
	return t
}
