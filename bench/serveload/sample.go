package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// sample is what the mix asks for, found in the store through the same
// package queries the server answers with (the entity table, the
// statements, roles and mentions saved queries), not by reading every
// quad as the search package's in-memory Catalog did: at 10,000 generated
// articles on bolt (2 busy cores) the sample takes 2.7 to 3.2 s and holds
// 3 to 6 MB, the Catalog took 37 to 54 s and held 159 to 163 MB.
type sample struct {
	Articles int   // in the store
	Quads    int64 // in the store
	// Entities are every entity, most mentioned first (then by name).
	Entities []queries.EntityRow
	// ArticleIDs are the articles that mention the most mentioned
	// entities, newest first for each, each id once.
	ArticleIDs []string
	// Statements are the most recently written statements.
	Statements []sampleStatement
	// Mentioned pairs a most mentioned entity's key with the text of the
	// newest statement that mentions it.
	Mentioned [][2]string
	Roles     []sampleRole // the most stated roles
}

// sampleStatement is a row of the statements query.
type sampleStatement struct{ Speaker, Text, Fact string }

// sampleRole is a row of the roles query.
type sampleRole struct{ Org, Fact string }

// sampleRows is how many rows each saved query reads into the sample, and
// articlesPer how many articles of each top entity: enough candidates to
// vary the requests without reading a large store whole.
const (
	sampleRows  = 1000
	articlesPer = 50
)

// discoverSample reads the sample from s.
func discoverSample(ctx context.Context, s *graph.Store) (*sample, error) {
	st, err := s.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("count the store: %w", err)
	}
	smp := &sample{Articles: int(st.Articles), Quads: st.Quads}
	if smp.Entities, err = queries.EntityTable(ctx, s, nil); err != nil {
		return nil, fmt.Errorf("entity table: %w", err)
	}
	sort.SliceStable(smp.Entities, func(i, j int) bool {
		a, b := smp.Entities[i], smp.Entities[j]
		if a.Articles != b.Articles {
			return a.Articles > b.Articles
		}
		return a.Name < b.Name
	})
	limit := map[string]string{"limit": strconv.Itoa(sampleRows)}
	rows, err := runQuery(ctx, s, "statements", limit)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		smp.Statements = append(smp.Statements, sampleStatement{Speaker: cell(r, "speaker"), Text: cell(r, "text"), Fact: cell(r, "fact")})
	}
	if rows, err = runQuery(ctx, s, "roles", limit); err != nil {
		return nil, err
	}
	for _, r := range rows {
		smp.Roles = append(smp.Roles, sampleRole{Org: cell(r, "org"), Fact: cell(r, "fact")})
	}
	return smp, smp.discoverArticles(ctx, s)
}

// discoverArticles fills ArticleIDs and Mentioned from the top entities.
func (smp *sample) discoverArticles(ctx context.Context, s *graph.Store) error {
	seen := map[string]bool{}
	for _, key := range smp.top(topEntities) {
		rows, err := runQuery(ctx, s, "mentions", map[string]string{"entity": key, "limit": strconv.Itoa(articlesPer)})
		if err != nil {
			return err
		}
		for _, r := range rows {
			if id := cell(r, "article"); id != "" && !seen[id] {
				seen[id] = true
				smp.ArticleIDs = append(smp.ArticleIDs, id)
			}
		}
		if rows, err = runQuery(ctx, s, "statements", map[string]string{"mentions": key, "limit": "1"}); err != nil {
			return err
		}
		if len(rows) > 0 {
			smp.Mentioned = append(smp.Mentioned, [2]string{key, cell(rows[0], "text")})
		}
	}
	return nil
}

// top returns the keys of the n most mentioned entities.
func (smp *sample) top(n int) []string {
	var out []string
	for _, e := range smp.Entities[:min(n, len(smp.Entities))] {
		out = append(out, e.Key)
	}
	return out
}

// speakers returns the names of those who said the sampled statements,
// most quoted first.
func (smp *sample) speakers() []string {
	var names []string
	for _, st := range smp.Statements {
		names = append(names, st.Speaker)
	}
	return mostOf(names)
}

// orgs returns the names of the organisations the sampled roles belong
// to, the most roles first.
func (smp *sample) orgs() []string {
	var names []string
	for _, r := range smp.Roles {
		names = append(names, r.Org)
	}
	return mostOf(names)
}

// mostOf returns up to topEntities of the non-empty names, the most
// frequent first (then by name).
func mostOf(names []string) []string {
	n := map[string]int{}
	var out []string
	for _, name := range names {
		if name == "" {
			continue
		}
		if n[name] == 0 {
			out = append(out, name)
		}
		n[name]++
	}
	sort.SliceStable(out, func(a, b int) bool {
		if n[out[a]] != n[out[b]] {
			return n[out[a]] > n[out[b]]
		}
		return out[a] < out[b]
	})
	return out[:min(topEntities, len(out))]
}

func runQuery(ctx context.Context, s *graph.Store, name string, args map[string]string) ([]map[string]any, error) {
	res, err := queries.Run(ctx, s, name, args, queries.RunOptions{})
	if err != nil {
		return nil, fmt.Errorf("query %s: %w", name, err)
	}
	return res.Rows, nil
}

// cell is a row's value as text.
func cell(row map[string]any, col string) string {
	if v, ok := row[col]; ok && v != nil {
		return fmt.Sprint(v)
	}
	return ""
}
