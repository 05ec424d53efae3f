package server_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/search"
	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// benchArticles is the size of the generated graph:
// $NEWSGRAPH_BENCH_ARTICLES, default 10000.
func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10000
}

var (
	benchOnce sync.Once
	benchSrv  *server.Server
)

func benchServer(b *testing.B) *server.Server {
	benchOnce.Do(func() {
		n := benchArticles()
		start := time.Now()
		store, err := graph.Open(context.Background(), graph.MemDSN, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		searchtest.Load(b, store, searchtest.Generate(b, n))
		loaded := time.Since(start)
		// Shared by every benchmark, so closed by none of them.
		index, err := search.OpenFor(store)
		if err != nil {
			b.Fatal(err)
		}
		if err := index.Follow(context.Background(), store, nil); err != nil {
			b.Fatal(err)
		}
		benchSrv, err = server.New(context.Background(), server.Config{Store: store, Index: index,
			QueryTimeout: time.Minute, AllowedHosts: []string{testHost}})
		if err != nil {
			b.Fatal(err)
		}
		rec := httptest.NewRecorder()
		benchSrv.ServeHTTP(rec, httptest.NewRequest("GET", "/api/stats", nil))
		fmt.Printf("graph of %d generated articles: loaded in %v, server and first overview in %v; %.200s\n",
			n, loaded.Round(time.Millisecond), (time.Since(start) - loaded).Round(time.Millisecond), rec.Body.String())
	})
	return benchSrv
}

var benchRoutes = []struct{ name, method, path, body string }{
	{"stats", "GET", "/api/stats", ""},
	{"stats-quarter", "GET", "/api/stats?from=2024-01-01&to=2024-03-31", ""},
	{"entity-popular-quarter", "GET", "/api/entity/country/kenya?from=2024-01-01&to=2024-03-31", ""},
	{"search-quarter", "GET", "/api/search?q=satellite&from=2024-01-01&to=2024-03-31", ""},
	{"query-statements-quarter", "GET", "/api/queries/statements?from=2024-01-01&to=2024-03-31", ""},
	{"entity-popular", "GET", "/api/entity/country/kenya", ""},
	{"entity-person", "GET", "/api/entity/person/tomasz-nowak", ""},
	{"entities-prefix", "GET", "/api/entities?prefix=ok", ""},
	{"article", "GET", "/api/article/gen-000003", ""},
	{"search-words", "GET", "/api/search?q=satellite+loan", ""},
	{"search-filters", "GET", "/api/search?q=org:Veltrix+mentions:Kenya", ""},
	{"queries-list", "GET", "/api/queries", ""},
	{"query-roles", "GET", "/api/queries/roles?org=Veltrix", ""},
	{"query-statements", "GET", "/api/queries/statements?speaker=Okafor", ""},
	{"gizmo", "POST", "/api/gizmo", `g.V("<https://newsgraph.dev/id/country/kenya>").In("<http://schema.org/mentions>").Limit(50).All()`},
	{"cayley-v1-gizmo", "POST", "/api/v1/query/gizmo", `g.V("<https://newsgraph.dev/id/country/ukraine>").Out("<http://schema.org/name>").All()`},
	{"cayley-v2-query", "POST", "/api/v2/query?lang=gizmo", `g.V("<https://newsgraph.dev/id/country/kenya>").In("<http://schema.org/mentions>").Limit(50).All()`},
	{"cayley-v2-read-sub", "GET", "/api/v2/read?sub=%3Chttps://newsgraph.dev/id/country/kenya%3E", ""},
	{"cayley-v2-read-obj-1000", "GET", "/api/v2/read?obj=%3Chttps://newsgraph.dev/id/country/kenya%3E", ""},
	{"cayley-v2-read-all-1000-nquads", "GET", "/api/v2/read", ""},
	{"cayley-v2-read-all-1000-json", "GET", "/api/v2/read?format=json", ""},
	{"cayley-v2-read-all-1000-pquads", "GET", "/api/v2/read?format=pquads", ""},
}

// BenchmarkRoutes measures each API route at the server over a generated
// graph and reports p50 and p99 latencies.
//
//	NEWSGRAPH_BENCH_ARTICLES=10000 go test -run '^$' -bench Routes -benchtime 20x ./server/
func BenchmarkRoutes(b *testing.B) {
	srv := benchServer(b)
	for _, rt := range benchRoutes {
		b.Run(rt.name, func(b *testing.B) {
			lat := make([]time.Duration, 0, b.N)
			for b.Loop() {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest(rt.method, rt.path, strings.NewReader(rt.body))
				t0 := time.Now()
				srv.ServeHTTP(rec, req)
				lat = append(lat, time.Since(t0))
				if rec.Code != 200 {
					b.Fatalf("%s %s: %d %.300s", rt.method, rt.path, rec.Code, rec.Body.String())
				}
			}
			slices.Sort(lat)
			p := func(q float64) time.Duration { return lat[min(len(lat)-1, int(q*float64(len(lat))))] }
			b.ReportMetric(float64(p(0.50).Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(p(0.99).Microseconds())/1000, "p99-ms")
		})
	}
}
