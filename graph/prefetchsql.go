package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The batched reads of prefetch, in SQL on the quads and nodes tables that
// Cayley's SQL backend (PostgreSQL) and newsgraph's MySQL schema share. Each
// answers for many articles, nodes or keys what one of hasHash and
// readArticleState, describeNode and keyHolders answers for one, from the
// same quads (TestPrefetchReadsAsOneByOne), up to prefetchChunk values a
// statement.
const prefetchChunk = 500

// storedArticle is what the store says of an article: articleState, and
// whether its content hash is the one asked about (hasHash).
type storedArticle struct {
	articleState
	same bool
}

// readArticles reads the state of the articles ids, whose content hashes
// are hashes (ContentHash), from their nodes' own quads: the type and
// content hash quads each article labels with itself. Every id has an
// entry, the zero one for an article the store does not hold.
func (c *quadCounter) readArticles(ctx context.Context, ids, hashes []string) (map[string]storedArticle, error) {
	byHash := make(map[refs.ValueHash]int, len(ids))
	subjects := make([]refs.ValueHash, len(ids))
	for i, id := range ids {
		subjects[i] = refs.HashOf(schema.ArticleIRI(id))
		byHash[subjects[i]] = i
	}
	typ, article, hashPred := refs.HashOf(schema.PredType), refs.HashOf(schema.TypeNewsArticle), refs.HashOf(schema.PredContentHash)
	out := make(map[string]storedArticle, len(ids))
	for _, id := range ids {
		out[id] = storedArticle{}
	}
	err := c.eachChunk(ctx, subjects, func(in string) string {
		return `SELECT subject_hash, predicate_hash, object_hash FROM quads WHERE predicate_hash IN (` + c.d.param(1) + `, ` + c.d.param(2) +
			`) AND subject_hash IN (` + in + `) AND label_hash = subject_hash`
	}, []any{typ[:], hashPred[:]}, func(rows *sql.Rows) error {
		var s, p, o []byte
		if err := rows.Scan(&s, &p, &o); err != nil {
			return err
		}
		i, ok := byHash[refs.ValueHash(s)]
		if !ok {
			return nil
		}
		st := out[ids[i]]
		switch refs.ValueHash(p) {
		case typ:
			st.stored = st.stored || refs.ValueHash(o) == article
		case hashPred:
			st.hashed = true
			st.same = st.same || refs.ValueHash(o) == refs.HashOf(quad.String(hashes[i]))
		}
		out[ids[i]] = st
		return nil
	})
	return out, err
}

// describeNodes is describeNode for each of nodes.
func (c *quadCounter) describeNodes(ctx context.Context, nodes []quad.IRI) (map[quad.IRI]*nodeInfo, error) {
	byHash := make(map[refs.ValueHash]quad.IRI, len(nodes))
	hashes := make([]refs.ValueHash, len(nodes))
	out := make(map[quad.IRI]*nodeInfo, len(nodes))
	for i, n := range nodes {
		hashes[i] = refs.HashOf(n)
		byHash[hashes[i]] = n
		out[n] = &nodeInfo{}
	}
	typ, name := refs.HashOf(schema.PredType), refs.HashOf(schema.PredName)
	err := c.eachChunk(ctx, hashes, func(in string) string {
		return `SELECT DISTINCT q.subject_hash, q.predicate_hash, ` + nodeValueColumns("o") + `
			FROM quads q JOIN nodes o ON o.hash = q.object_hash
			WHERE q.predicate_hash IN (` + c.d.param(1) + `, ` + c.d.param(2) + `) AND q.subject_hash IN (` + in + `)`
	}, []any{typ[:], name[:]}, func(rows *sql.Rows) error {
		var s, p []byte
		var v nodeValueRow
		if err := rows.Scan(append([]any{&s, &p}, v.targets()...)...); err != nil {
			return err
		}
		n, ok := byHash[refs.ValueHash(s)]
		if !ok {
			return nil
		}
		o, err := v.value()
		if err != nil {
			return err
		}
		pred := schema.PredType
		if refs.ValueHash(p) == name {
			pred = schema.PredName
		}
		out[n].add(quad.Quad{Subject: n, Predicate: pred, Object: o})
		return nil
	})
	return out, err
}

// keysHolders is keyHolders (nothing left out) for each of keys.
func (c *quadCounter) keysHolders(ctx context.Context, keys []string) (map[string][]quad.IRI, error) {
	byHash := make(map[refs.ValueHash]string, len(keys))
	hashes := make([]refs.ValueHash, len(keys))
	out := make(map[string][]quad.IRI, len(keys))
	for i, k := range keys {
		hashes[i] = refs.HashOf(quad.String(k))
		byHash[hashes[i]] = k
		out[k] = nil
	}
	matchKey := refs.HashOf(schema.PredMatchKey)
	err := c.eachChunk(ctx, hashes, func(in string) string {
		return `SELECT DISTINCT q.object_hash, s.value_string FROM quads q JOIN nodes s ON s.hash = q.subject_hash
			WHERE q.predicate_hash = ` + c.d.param(1) + ` AND q.object_hash IN (` + in + `) AND s.iri`
	}, []any{matchKey[:]}, func(rows *sql.Rows) error {
		var o []byte
		var subject string
		if err := rows.Scan(&o, &subject); err != nil {
			return err
		}
		if k, ok := byHash[refs.ValueHash(o)]; ok {
			out[k] = insertSorted(out[k], quad.IRI(subject))
		}
		return nil
	})
	return out, err
}

// eachChunk runs the query that query makes of a list of placeholders,
// once per prefetchChunk hashes, with args first and the hashes after them
// (MySQL's placeholders are positional: the query names args' before the
// list), and calls row for each row.
func (c *quadCounter) eachChunk(ctx context.Context, hashes []refs.ValueHash, query func(in string) string, args []any, row func(*sql.Rows) error) error {
	for from := 0; from < len(hashes); from += prefetchChunk {
		part := hashes[from:min(from+prefetchChunk, len(hashes))]
		all := append(make([]any, 0, len(args)+len(part)), args...)
		in := make([]string, len(part))
		for i, h := range part {
			in[i] = c.d.param(len(args) + i + 1)
			all = append(all, h[:])
		}
		if err := c.queryRows(ctx, query(strings.Join(in, ", ")), all, row); err != nil {
			return fmt.Errorf("prefetch: %w", err)
		}
	}
	return nil
}

func (c *quadCounter) queryRows(ctx context.Context, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := c.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// param is the nth placeholder of a statement (from 1).
func (d *sqlDialect) param(n int) string {
	if d == mysqlDialect {
		return "?"
	}
	return "$" + strconv.Itoa(n)
}
