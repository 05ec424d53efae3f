package queries

import (
	"context"
	"errors"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// runSearch is the saved-query face of the search package, which the
// console also answers from: entities by alias, statements and articles
// ranked by their words, with graph filters, read from the store's search
// index before the query's read (searchOutsideRead). Entity hits are the
// entities q names exactly (any alias).
func runSearch(r *reader, args map[string]string) (*Result, error) {
	req, err := search.ParseRequest(args)
	if err != nil {
		return nil, searchError(err)
	}
	res := r.found
	if err := r.entityHits(req, res); err != nil {
		return nil, err
	}
	cols, rows := res.Table()
	return &Result{Columns: cols, Rows: rows}, nil
}

// searchIndexFor brings x up to the store's last commit before the search
// or mentions query reads it (other queries need no index). The catch-up
// runs to its end past the query's deadline, so that its work is not lost;
// newsgraph query catches up first, with a progress bar. Without x it
// indexes the store in memory for a search alone (mentions reads the
// graph then).
func searchIndexFor(ctx context.Context, s *graph.Store, query string, x SearchIndex) (_ SearchIndex, done func(), err error) {
	if query != "search" && (query != "mentions" || x == nil) {
		return nil, func() {}, nil
	}
	if x == nil {
		mem, err := search.OpenIndex("")
		if err != nil {
			return nil, nil, err
		}
		return mem, func() { mem.Close() }, mem.Follow(ctx, s, nil)
	}
	return x, func() {}, x.Follow(context.WithoutCancel(ctx), s, nil)
}

// searchOutsideRead runs the search query's request on x before the
// query takes the store's read lock, as SearchWith does for the console:
// a search under that lock waits for the index's, which Follow holds while
// it waits for the store's, which a waiting writer keeps from it (a
// search sent to a running server during a load hung so). Other queries
// find nothing here.
func searchOutsideRead(ctx context.Context, s *graph.Store, x SearchIndex, args map[string]string) (*search.Results, error) {
	if x == nil {
		return nil, nil
	}
	req, err := search.ParseRequest(args)
	if err != nil {
		return nil, searchError(err)
	}
	return SearchWith(ctx, s, x, req)
}

// entityHits adds to res the entities req's words name exactly, when it
// asks for entities and has no filter.
func (r *reader) entityHits(req search.Request, res *search.Results) error {
	if req.Q != "" && (req.Kind == "" || req.Kind == "entity") && req.Speaker+req.Org+req.Mentions == "" {
		iris, err := r.resolve(req.Q)
		if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrInvalid) {
			return err
		}
		for _, iri := range iris {
			k := strings.TrimPrefix(string(iri), schema.IDBase)
			t, _, _ := strings.Cut(k, "/")
			res.Entities = append(res.Entities, search.Hit{Kind: "entity", Key: k, Title: r.name(iri), Type: t})
		}
	}
	return nil
}

// indexLookup answers a search.Index's questions from the graph.
type indexLookup struct{ r *reader }

func (l indexLookup) Resolve(alias string) ([]string, error) {
	iris, err := l.r.resolve(alias)
	if errors.Is(err, ErrNotFound) {
		return nil, search.ErrNotFound
	}
	return keysOf(iris), err
}

func (l indexLookup) Holders(orgKeys []string) ([]string, error) {
	var out []string
	for _, k := range orgKeys {
		org := l.r.ref(quad.IRI(schema.IDBase + k))
		if org == nil {
			continue
		}
		roles, err := l.r.nodes(fixed{quad.Object: org, quad.Predicate: l.r.ref(schema.PredRoleIn)}, quad.Subject)
		if err != nil {
			return nil, err
		}
		for _, role := range roles {
			h, err := l.r.firstObject(role, schema.PredHolder)
			if err != nil {
				return nil, err
			}
			if iri, ok := h.(quad.IRI); ok {
				out = append(out, strings.TrimPrefix(string(iri), schema.IDBase))
			}
		}
	}
	return out, nil
}

func (l indexLookup) Name(key string) string { return l.r.name(quad.IRI(schema.IDBase + key)) }

// Article gives an article's id (its schema:name, else its IRI's last
// part), headline and body.
func (l indexLookup) Article(key string) (id, headline, body string) {
	a := quad.IRI(schema.IDBase + key)
	if id = schema.Text(l.r.first(a, schema.PredName)); id == "" {
		id = strings.TrimPrefix(key, "article/")
	}
	return id, schema.Text(l.r.first(a, schema.PredHeadline)), schema.Text(l.r.first(a, schema.PredArticleBody))
}

func keysOf(iris []quad.IRI) []string {
	out := make([]string, len(iris))
	for i, iri := range iris {
		out[i] = strings.TrimPrefix(string(iri), schema.IDBase)
	}
	return out
}

// searchError gives search's errors the kinds of this package.
func searchError(err error) error {
	switch {
	case errors.Is(err, search.ErrNotFound):
		return notFoundf("%v", err)
	case errors.Is(err, search.ErrInvalid):
		return invalidf("%v", err)
	}
	return err
}
