package queries_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// hubDocs are n articles around two hubs that no article names together:
// Ada Okafor and Kenya in the even ones, Veltrix Corp and Kenya in the odd
// ones, so Ada Okafor and Veltrix Corp are four hops apart through Kenya
// by n*n/4 paths; Bram Vos and the Kestrel Foundation, in one article of
// their own, are linked to nobody else.
func hubDocs(n int) []*schema.Document {
	docs := []*schema.Document{{
		Article:  schema.Article{ID: "kestrel-alone", Date: "2025-01-02", Title: "Kestrel", Text: "Bram Vos runs Kestrel."},
		Entities: []schema.Entity{{Name: "Bram Vos", Type: schema.Person}, {Name: "Kestrel Foundation", Type: schema.Organization}},
	}}
	for i := range n {
		hub := schema.Entity{Name: "Ada Okafor", Type: schema.Person}
		if i%2 == 1 {
			hub = schema.Entity{Name: "Veltrix Corp", Type: schema.Company}
		}
		docs = append(docs, &schema.Document{
			Article:  schema.Article{ID: fmt.Sprintf("hub-%03d", i), Date: "2025-03-01", Title: "Hub", Text: hub.Name + " in Kenya."},
			Entities: []schema.Entity{hub, {Name: "Kenya", Type: schema.Country}, {Name: fmt.Sprintf("Chidi Eze %d", i%5), Type: schema.Person}},
		})
	}
	return docs
}

// bfsHops is the reference: the length of the shortest chain between two
// nodes over every quad of the store, in either direction, but not through
// rdf:type or literals; -1 if none of up to limit hops.
func bfsHops(t *testing.T, s *graph.Store, from, to quad.IRI, limit int) int {
	t.Helper()
	adj := map[string][]string{}
	err := s.Read(func(qs cgraph.QuadStore) error {
		return iterator.Iterate(context.Background(), qs.QuadsAllIterator()).Each(func(ref cgraph.Ref) error {
			q, err := qs.Quad(ref)
			if err != nil || q.Predicate == schema.PredType {
				return err
			}
			_, sIRI := q.Subject.(quad.IRI)
			_, oIRI := q.Object.(quad.IRI)
			if sIRI && oIRI {
				a, b := q.Subject.String(), q.Object.String()
				adj[a], adj[b] = append(adj[a], b), append(adj[b], a)
			}
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	dist := map[string]int{from.String(): 0}
	level := []string{from.String()}
	for d := 1; d <= limit && len(level) > 0; d++ {
		var next []string
		for _, v := range level {
			for _, w := range adj[v] {
				if _, ok := dist[w]; !ok {
					dist[w] = d
					next = append(next, w)
				}
			}
		}
		level = next
	}
	if d, ok := dist[to.String()]; ok {
		return d
	}
	return -1
}

// TestPathShortest checks, on memstore and bolt, that path finds chains of
// the length a plain breadth-first search over every quad finds, between
// hubs and between an entity and a hub, that every chain it shows has that
// length, and that More tells when there are more than it shows.
func TestPathShortest(t *testing.T) {
	ctx := context.Background()
	ent := func(typ schema.EntityType, name string) quad.IRI { return schema.EntityIRI(typ, name) }
	pairs := []struct{ from, to quad.IRI }{
		{ent(schema.Person, "Ada Okafor"), ent(schema.Company, "Veltrix Corp")},
		{ent(schema.Person, "Ada Okafor"), ent(schema.Country, "Kenya")},
		{ent(schema.Person, "Chidi Eze 1"), ent(schema.Person, "Chidi Eze 2")},
		{ent(schema.Person, "Ada Okafor"), ent(schema.Person, "Bram Vos")},
	}
	for backend, dsn := range backends(t) {
		s := storeOf(t, dsn, hubDocs(40))
		for _, p := range pairs {
			t.Run(fmt.Sprint(backend, "/", localKey(p.from), "-", localKey(p.to)), func(t *testing.T) {
				want := bfsHops(t, s, p.from, p.to, 4)
				res, err := queries.Run(ctx, s, "path", map[string]string{"from": string(p.from), "to": string(p.to)}, queries.RunOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if want < 0 {
					if len(res.Rows) != 0 || res.More {
						t.Errorf("no chain of up to 4 hops exists; path = %d rows, More %v", len(res.Rows), res.More)
					}
					return
				}
				if len(res.Rows) == 0 {
					t.Fatalf("path found nothing; the shortest chain is %d hops", want)
				}
				for _, row := range res.Rows {
					if row["hops"] != int64(want) || strings.Count(row["path"].(string), "—") != want {
						t.Errorf("chain %v; want %d hops", row, want)
					}
				}
			})
		}
		// Ada Okafor and Veltrix Corp: 20 × 20 chains through Kenya,
		// and more through the Chidi Ezes; path shows 50 and says so.
		res, err := queries.Run(ctx, s, "path", map[string]string{"from": "Ada Okafor", "to": "Veltrix Corp"}, queries.RunOptions{})
		if err != nil || len(res.Rows) == 0 || len(res.Rows) > 50 || !res.More {
			t.Errorf("%s: hub to hub = %d rows, More %v, %v; want at most 50 and More", backend, len(res.Rows), res.More, err)
		}
	}
}

func localKey(iri quad.IRI) string {
	return strings.TrimPrefix(string(iri), schema.IDBase)
}

// TestPathHops checks the hops bound: a chain longer than hops= is not
// found, and the answer is empty rather than a longer chain; a bad hops=
// is refused.
func TestPathHops(t *testing.T) {
	ctx := context.Background()
	s := storeOf(t, graph.MemDSN, hubDocs(6))
	for hops, want := range map[string]int{"1": 0, "2": 0, "3": 0, "4": 9} {
		res, err := queries.Run(ctx, s, "path", map[string]string{"from": "Ada Okafor", "to": "Veltrix Corp", "hops": hops}, queries.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Rows) < want || want == 0 && len(res.Rows) != 0 {
			t.Errorf("hops=%s: %d rows, want %d or more", hops, len(res.Rows), want)
		}
	}
	for _, bad := range []string{"0", "5", "two"} {
		_, err := queries.Run(ctx, s, "path", map[string]string{"from": "Ada Okafor", "to": "Kenya", "hops": bad}, queries.RunOptions{})
		if !errors.Is(err, queries.ErrInvalid) {
			t.Errorf("hops=%s: %v, want ErrInvalid", bad, err)
		}
	}
}
