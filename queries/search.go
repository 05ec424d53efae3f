package queries

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// textIndex is a store's search index, when it keeps one (search.Index on
// bolt stores, given to the store with graph.Store.KeepIndex).
type textIndex interface {
	Stale(ctx context.Context, qs cgraph.QuadStore) (bool, error)
	CatchUp(ctx context.Context, qs cgraph.QuadStore, progress func(done, total int)) error
	Search(r search.Request, g search.Lookup) (*search.Results, error)
}

// runSearch is the saved-query face of the search package, which the
// console also answers from: entities by alias, statements and articles
// ranked by their words, with graph filters. On a store that keeps a
// search index it reads that index (rebuilt first if a write left it
// behind); otherwise it builds the in-memory Catalog from the whole store,
// as the console does once.
func runSearch(r *reader, args map[string]string) (*Result, error) {
	req, err := search.ParseRequest(args)
	if err != nil {
		return nil, searchError(err)
	}
	var res *search.Results
	if x, ok := r.textIndex(); ok {
		res, err = r.searchIndex(x, req)
	} else {
		var cat *search.Catalog
		if cat, err = search.BuildQuadStore(r.ctx, r.qs); err != nil {
			return nil, err
		}
		res, err = cat.Search(req)
	}
	if err != nil {
		return nil, searchError(err)
	}
	cols, rows := res.Table()
	return &Result{Columns: cols, Rows: rows}, nil
}

func (r *reader) textIndex() (textIndex, bool) {
	if r.store == nil {
		return nil, false
	}
	x, ok := r.store.Index().(textIndex)
	return x, ok
}

// searchIndex answers req from the store's index; entity hits are the
// entities q names exactly (any alias), where the console matches prefixes.
func (r *reader) searchIndex(x textIndex, req search.Request) (*search.Results, error) {
	stale, err := x.Stale(r.ctx, r.qs)
	if err != nil {
		return nil, err
	}
	if stale {
		// To its end, past the query's deadline, so that the work is not
		// lost. newsgraph query catches up first, with a progress bar
		// (search.RefreshIndex).
		slog.Info("bringing the search index in step with the store")
		if err := x.CatchUp(context.WithoutCancel(r.ctx), r.qs, nil); err != nil {
			return nil, err
		}
	}
	res, err := x.Search(req, indexLookup{r})
	if err != nil {
		return nil, err
	}
	if req.Q != "" && (req.Kind == "" || req.Kind == "entity") && req.Speaker+req.Org+req.Mentions == "" {
		iris, err := r.resolve(req.Q)
		if err != nil && !errors.Is(err, ErrNotFound) && !errors.Is(err, ErrInvalid) {
			return nil, err
		}
		for _, iri := range iris {
			k := strings.TrimPrefix(string(iri), schema.IDBase)
			t, _, _ := strings.Cut(k, "/")
			res.Entities = append(res.Entities, search.Hit{Kind: "entity", Key: k, Title: r.name(iri), Type: t})
		}
	}
	return res, nil
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
// part, as the Catalog names it), headline and body.
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
