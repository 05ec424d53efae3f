package main

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

// Which entities the query phase asks about: the most and the typically
// connected of each type, and speakers.

// entityPick is an entity chosen to stand for a class of entities.
type entityPick struct {
	class string // "typical person", "top country", …
	key   string // its entity key, which every query accepts as an alias
	name  string
}

// speakerPicks chooses the typical speaker (median number of statements)
// and the most prolific one, people and organisations alike: the typical
// person by articles may never speak.
func speakerPicks(ctx context.Context, store *graph.Store) ([]entityPick, error) {
	stmts := map[string]map[string]bool{}
	err := store.Read(func(qs cgraph.QuadStore) error {
		p := path.StartPath(qs, schema.TypeStatement).In(schema.PredType).Tag("stmt").
			Out(schema.PredSpeaker, schema.PredSpeakerOrg).Tag("who")
		return p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) error {
			who, stmt := m["who"], m["stmt"]
			if who == nil || stmt == nil {
				return nil
			}
			k := who.String()
			if stmts[k] == nil {
				stmts[k] = map[string]bool{}
			}
			stmts[k][stmt.String()] = true
			return nil
		})
	})
	if err != nil || len(stmts) == 0 {
		return nil, err
	}
	type row struct {
		key string
		n   int
	}
	var rows []row
	for k, s := range stmts {
		iri := strings.Trim(k, "<>")
		rows = append(rows, row{strings.TrimPrefix(iri, schema.IDBase), len(s)})
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].n < rows[j].n || rows[i].n == rows[j].n && rows[i].key < rows[j].key
	})
	med, top := rows[len(rows)/2], rows[len(rows)-1]
	out := []entityPick{{class: fmt.Sprintf("typical speaker (%d stmts)", med.n), key: med.key}}
	if top.key != med.key {
		out = append(out, entityPick{class: fmt.Sprintf("top speaker (%d stmts)", top.n), key: top.key})
	}
	return out, nil
}

// pickEntities chooses, for each entity type, the typical entity (the
// median by number of articles that mention it, among those mentioned at
// all) and the most connected one, counting article→entity mentions in the
// store.
func pickEntities(ctx context.Context, store *graph.Store) (map[schema.EntityType][]entityPick, error) {
	type row struct {
		key, name string
		articles  int
	}
	byType := map[schema.EntityType][]row{}
	err := store.Read(func(qs cgraph.QuadStore) error {
		mentioned := map[string]map[string]bool{} // entity → articles
		p := path.StartPath(qs, schema.TypeNewsArticle).In(schema.PredType).Tag("article").Out(schema.PredMentions).Tag("entity")
		err := p.Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) error {
			e, a := m["entity"], m["article"]
			if e == nil || a == nil {
				return nil
			}
			k := e.String()
			if mentioned[k] == nil {
				mentioned[k] = map[string]bool{}
			}
			mentioned[k][a.String()] = true
			return nil
		})
		if err != nil {
			return err
		}
		for _, t := range schema.EntityTypes {
			err := path.StartPath(qs, t.IRI()).In(schema.PredType).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
				k := v.String()
				if n := len(mentioned[k]); n > 0 {
					byType[t] = append(byType[t], row{key: strings.TrimPrefix(strings.Trim(k, "<>"), schema.IDBase), articles: n})
					delete(mentioned, k) // a node restated by many articles comes back once per statement
				}
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[schema.EntityType][]entityPick{}
	for _, t := range schema.EntityTypes {
		rows := byType[t]
		if len(rows) == 0 {
			continue
		}
		sort.Slice(rows, func(i, j int) bool {
			return rows[i].articles < rows[j].articles || rows[i].articles == rows[j].articles && rows[i].key < rows[j].key
		})
		med, top := rows[len(rows)/2], rows[len(rows)-1]
		out[t] = append(out[t], entityPick{fmt.Sprintf("typical %s (%d art.)", t, med.articles), med.key, entityName(ctx, store, med.key)})
		if top.key != med.key {
			out[t] = append(out[t], entityPick{fmt.Sprintf("top %s (%d art.)", t, top.articles), top.key, entityName(ctx, store, top.key)})
		}
	}
	return out, nil
}

// entityName is an entity's schema:name (the smallest, if articles
// disagree), for the search query.
func entityName(ctx context.Context, store *graph.Store, key string) string {
	var names []string
	store.Read(func(qs cgraph.QuadStore) error {
		return path.StartPath(qs, quad.IRI(schema.IDBase+key)).Out(schema.PredName).Iterate(ctx).EachValue(qs, func(v quad.Value) error {
			if s, ok := v.Native().(string); ok {
				names = append(names, s)
			}
			return nil
		})
	})
	if len(names) == 0 {
		return key[strings.Index(key, "/")+1:]
	}
	sort.Strings(names)
	return names[0]
}
