//go:build external

package graph

import (
	"context"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestPrefetchReadsAsOneByOne: on PostgreSQL and MySQL, the batched reads
// of prefetch answer what the one-by-one reads of staging answer, for every
// article (stored, changed and never loaded), node, match key and
// keep-apart pair of a loaded store.
func TestPrefetchReadsAsOneByOne(t *testing.T) {
	ctx := context.Background()
	for _, kind := range []string{"postgres", "mysql"} {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustLoad(t, s, resolutionDocs(), LoadOptions{BatchArticles: 3})
			var docs []*schema.Document
			for _, d := range quadtest.BenchDocs(t, 30) {
				docs = append(docs, &d)
			}
			mustLoad(t, s, docs, LoadOptions{})
			ada, okafor := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "Chidi Okafor")
			if _, err := s.KeepApart(ctx, ada, okafor, testDecider); err != nil {
				t.Fatal(err)
			}

			// Every article, one with other content, one never loaded.
			articles := []schema.Article{{ID: "a1", Text: "another text"}, {ID: "never-loaded"}}
			for _, d := range docs {
				articles = append(articles, d.Article)
			}
			var ids, hashes []string
			for _, a := range articles {
				ids, hashes = append(ids, a.ID), append(hashes, ContentHash(a))
			}
			got, err := s.counter.readArticles(ctx, ids, hashes)
			if err != nil {
				t.Fatal(err)
			}
			var nodes []quad.IRI
			var keys []string
			err = s.Read(func(qs cgraph.QuadStore) error {
				for i, a := range articles {
					want, err := (*prefetched)(nil).article(ctx, qs, a)
					if err != nil {
						return err
					}
					if want.same {
						want.articleState, err = readArticleState(ctx, qs, a.ID)
					}
					if got[ids[i]] != want || err != nil {
						t.Errorf("article %s: prefetched %+v, read one by one %+v (%v)", a.ID, got[ids[i]], want, err)
					}
				}
				nodes, keys = resolutionTerms(ctx, t, qs)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if got["a1"] != (storedArticle{articleState: articleState{stored: true, hashed: true}}) || got[docs[0].ID].same != true {
				t.Errorf("a1 with other content: %+v; %s as loaded: %+v", got["a1"], docs[0].ID, got[docs[0].ID])
			}
			comparePrefetchedEntities(ctx, t, s, nodes, keys)
			checkApartPairs(ctx, t, s, ada, okafor)
		})
	}
}

// resolutionTerms lists the nodes with a type and the match keys of a store,
// and a node and a key it does not hold.
func resolutionTerms(ctx context.Context, t *testing.T, qs cgraph.QuadStore) ([]quad.IRI, []string) {
	nodes, keys := []quad.IRI{"https://example.org/nobody"}, []string{"person:nobody at all"}
	seen := map[quad.Value]bool{}
	for _, p := range []quad.IRI{schema.PredType, schema.PredMatchKey} {
		err := EachQuadOf(ctx, qs, quad.Predicate, p, func(q quad.Quad) bool {
			switch {
			case p == schema.PredType && !seen[q.Subject]:
				if iri, ok := q.Subject.(quad.IRI); ok {
					nodes = append(nodes, iri)
				}
			case p == schema.PredMatchKey && !seen[q.Object]:
				keys = append(keys, string(q.Object.(quad.String)))
			}
			seen[q.Subject], seen[q.Object] = true, true
			return true
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(nodes) < 100 || len(keys) < 100 {
		t.Fatalf("only %d nodes and %d keys", len(nodes), len(keys))
	}
	return nodes, keys
}

func comparePrefetchedEntities(ctx context.Context, t *testing.T, s *Store, nodes []quad.IRI, keys []string) {
	infos, err := s.counter.describeNodes(ctx, nodes)
	if err != nil {
		t.Fatal(err)
	}
	holders, err := s.counter.keysHolders(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	err = s.Read(func(qs cgraph.QuadStore) error {
		for _, n := range nodes {
			want, err := describeNode(ctx, qs, n)
			if err != nil {
				return err
			}
			if got := infos[n]; got == nil || !reflect.DeepEqual(*got, want) {
				t.Errorf("node %s: prefetched %+v, read %+v", n, got, want)
			}
			if len(want.names) > 0 {
				named++
			}
		}
		for _, k := range keys {
			want, err := keyHolders(ctx, qs, k, nil)
			if err != nil {
				return err
			}
			if got, ok := holders[k]; !ok || !reflect.DeepEqual(got, want) {
				t.Errorf("key %q: prefetched %v, read %v", k, got, want)
			}
		}
		return nil
	})
	if err != nil || named < 50 {
		t.Fatalf("%d nodes with names; %v", named, err)
	}
}

func checkApartPairs(ctx context.Context, t *testing.T, s *Store, ada, okafor quad.IRI) {
	err := s.Read(func(qs cgraph.QuadStore) error {
		pairs, err := readApartPairs(ctx, qs)
		if err != nil {
			return err
		}
		for _, p := range [][2]quad.IRI{{ada, okafor}, {okafor, ada}, {ada, ada}, {ada, "https://example.org/nobody"}} {
			want, err := keptApart(ctx, qs, p[0], p[1])
			if err != nil {
				return err
			}
			if pairs[p] != want {
				t.Errorf("kept apart %v: prefetched %v, read %v", p, pairs[p], want)
			}
		}
		if !pairs[[2]quad.IRI{ada, okafor}] {
			t.Error("the keep-apart decision is not among the prefetched pairs")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
