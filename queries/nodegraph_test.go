package queries_test

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
)

// describe writes a node graph as text a test can compare:
// one line per node (type key label), then one per edge.
func describe(g *queries.NodeGraph) string {
	var b strings.Builder
	for _, n := range g.Nodes {
		fmt.Fprintf(&b, "%s %s %q\n", n.Type, n.Key, n.Label)
	}
	for _, e := range g.Edges {
		fmt.Fprintf(&b, "%s -%s-> %s %v %d\n", e.Source, e.Predicate, e.Target, e.Dates, e.Articles)
	}
	return b.String()
}

func TestNeighborGraph(t *testing.T) {
	for name, dsn := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := storeOf(t, dsn, fixtureDocs())
			ctx := context.Background()
			all, err := queries.NeighborGraph(ctx, s, "person/ada-okafor", 0, 100)
			if err != nil {
				t.Fatal(err)
			}
			// An entity links to other entities only through roles,
			// statements and articles: Ada Okafor has 1 role, 2
			// statements she made and 2 articles that mention her.
			if all.Total != 5 || len(all.Nodes) != 6 || all.Partial {
				t.Fatalf("total %d, %d nodes, partial %v:\n%s", all.Total, len(all.Nodes), all.Partial, describe(all))
			}
			got := describe(all)
			for _, want := range []string{
				`person person/ada-okafor "Ada Okafor"`,
				`role/`, `"ceo"`,
				`statement/`, `"We are going to orbit."`,
				`article article/veltrix-orbital "Veltrix signs orbital deal"`,
				`article/veltrix-orbital -mentions-> person/ada-okafor [2025-06-02] 1`,
				`-holder-> person/ada-okafor [2025-06-02 2025-06-05] 2`,
			} {
				if !strings.Contains(got, want) {
					t.Errorf("no %q in\n%s", want, got)
				}
			}
			// Entities first, then roles, statements, articles.
			order := []string{}
			for _, n := range all.Nodes[1:] {
				order = append(order, n.Type)
			}
			if fmt.Sprint(order) != "[role statement statement article article]" {
				t.Errorf("order %v", order)
			}
			page, err := queries.NeighborGraph(ctx, s, "person/ada-okafor", 3, 1)
			if err != nil {
				t.Fatal(err)
			}
			if page.Total != 5 || len(page.Nodes) != 2 || page.Nodes[1].Key != all.Nodes[4].Key {
				t.Errorf("page 3+1: %s", describe(page))
			}
			count, err := queries.NeighborGraph(ctx, s, "country/kenya", 0, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(count.Nodes) != 1 || len(count.Edges) != 0 || count.Total != 3 { // 2 articles, 1 statement
				t.Errorf("count only: %s total %d", describe(count), count.Total)
			}
		})
	}
}

func TestNeighborGraphUnknown(t *testing.T) {
	s := fixtureStore(t)
	_, err := queries.NeighborGraph(context.Background(), s, "person/nobody-at-all", 0, 10)
	if !errors.Is(err, queries.ErrNotFound) {
		t.Fatalf("err %v, want ErrNotFound", err)
	}
}

func TestPathGraph(t *testing.T) {
	for name, dsn := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := storeOf(t, dsn, fixtureDocs())
			g, err := queries.PathGraph(context.Background(), s, "Okafor", "Veltrix", 4)
			if err != nil {
				t.Fatal(err)
			}
			got := describe(g)
			// Two hops, through her role or through an article that
			// mentions both: every middle node is drawn.
			for _, want := range []string{`role/`, `-holder-> person/ada-okafor`, `-roleIn-> company/veltrix-corp`, `article article/`} {
				if !strings.Contains(got, want) {
					t.Errorf("no %q in\n%s", want, got)
				}
			}
			if len(g.Nodes) < 3 {
				t.Errorf("%d nodes, want the ends and the middle ones:\n%s", len(g.Nodes), got)
			}
		})
	}
}

func TestGraphNodes(t *testing.T) {
	s := fixtureStore(t)
	g, err := queries.GraphNodes(context.Background(), s, []string{"country/kenya", "article/kenya-launch", "person/nobody"})
	if err != nil {
		t.Fatal(err)
	}
	got := describe(&queries.NodeGraph{Nodes: g})
	want := "country country/kenya \"Kenya\"\narticle article/kenya-launch \"Kenya hosts Veltrix launch\"\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestNodeType(t *testing.T) {
	for key, want := range map[string]string{
		"person/ada-okafor": "person", "role/abc": "role", "statement/x": "statement", "article/a": "article",
		"query/q": "", "aliases": "", "person/": "", "": "",
	} {
		if got := queries.NodeType(key); got != want {
			t.Errorf("NodeType(%q) = %q, want %q", key, got, want)
		}
	}
}

// BenchmarkNeighborGraph lists the first page of a hub's neighbours, and
// counts them all, on bolt: Kenya in 4,000 articles.
func BenchmarkNeighborGraph(b *testing.B) {
	s := storeOf(b, backends(b)["bolt"], hubDocs(4000))
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		g, err := queries.NeighborGraph(ctx, s, "country/kenya", 0, 25)
		if err != nil || g.Total < 4000 {
			b.Fatalf("total %d, err %v", g.Total, err)
		}
	}
}

func TestGraphEdges(t *testing.T) {
	for name, dsn := range backends(t) {
		t.Run(name, func(t *testing.T) {
			s := storeOf(t, dsn, fixtureDocs())
			keys := []string{"person/ada-okafor", "company/veltrix-corp", "article/kenya-launch", "article/veltrix-orbital", "country/ukraine", "person/nobody"}
			edges, partial, err := queries.GraphEdges(context.Background(), s, keys)
			if err != nil || partial {
				t.Fatalf("partial %v, err %v", partial, err)
			}
			got := describe(&queries.NodeGraph{Edges: edges})
			// Both articles mention both; nothing links Ukraine to them.
			want := "article/kenya-launch -mentions-> company/veltrix-corp [2025-06-05] 1\n" +
				"article/kenya-launch -mentions-> person/ada-okafor [2025-06-05] 1\n" +
				"article/veltrix-orbital -mentions-> person/ada-okafor [2025-06-02] 1\n" +
				"article/veltrix-orbital -mentions-> company/veltrix-corp [2025-06-02] 1\n"
			if sortLines(got) != sortLines(want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func sortLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}
