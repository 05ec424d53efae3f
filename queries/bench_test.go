package queries

import (
	"context"
	"fmt"
	"os"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// BenchmarkSavedQueries runs every builtin query through Run, the entry
// point the CLI, the console and the bench tool share, for a typical entity
// and for the most connected one, and reports p50 and p99 besides ns/op.
//
// With NEWSGRAPH_BENCH_DB set (a bolt directory or postgres://…) it runs on
// that store, for instance one built by
//
//	go run ./bench/corpus -articles 10000 -out /tmp/q10k.jsonl
//	newsgraph --db /tmp/q10k.db load /tmp/q10k.jsonl
//	NEWSGRAPH_BENCH_DB=/tmp/q10k.db go test -run '^$' -bench SavedQueries ./queries/
//
// Otherwise it builds a synthetic graph in memory (benchArticles articles, a
// country every article mentions), so that go test -bench always runs.
// "typical" is the entity of median degree among those the query can
// start from (mentioned entities, speakers, holders, role organisations);
// "hub" is the one of highest degree. Every case runs without a Cache (as
// the CLI runs a query) and with one shared by all runs (as the console
// does).
func BenchmarkSavedQueries(b *testing.B) {
	s := benchStore(b)
	picks := pickBenchEntities(b, s)
	for _, mode := range []struct {
		name  string
		cache *Cache
	}{{"nocache", nil}, {"cache", &Cache{}}} {
		b.Run(mode.name, func(b *testing.B) {
			for _, c := range benchCases(picks) {
				b.Run(c.name, func(b *testing.B) { benchQuery(b, s, c, RunOptions{Cache: mode.cache}) })
			}
		})
	}
}

// benchQuery runs one case b.N times and reports p50, p99 and rows.
func benchQuery(b *testing.B, s *graph.Store, c benchCase, opt RunOptions) {
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	rows := 0
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		res, err := Run(ctx, s, c.query, c.args, opt)
		times = append(times, time.Since(start))
		if err != nil {
			b.Fatalf("Run(%s, %v): %v", c.query, c.args, err)
		}
		rows = len(res.Rows)
	}
	cpu = cpuTime() - cpu
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	b.ReportMetric(ms(cpu)/float64(b.N), "cpu-ms/op")
	b.ReportMetric(ms(times[len(times)/2]), "p50-ms")
	b.ReportMetric(ms(times[(len(times)*99)/100]), "p99-ms")
	b.ReportMetric(float64(rows), "rows")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the CPU time the process has used, user and system: on a
// shared machine it varies less than the wall clock.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

type benchCase struct {
	name  string
	query string
	args  map[string]string
}

// benchPicks are the entities the benchmark starts from, as entity keys.
type benchPicks struct {
	typical, hub        string // by articles mentioning them
	speaker, hubSpeaker string // by statements made
	holder, hubHolder   string // by roles held
	org, hubOrg         string // by roles in them
	fact                string // a statement of the typical speaker
	postTitle, postOrg  string // the role most articles state, for holders
	typicalOther        string // a second typical entity, for path
}

func benchCases(p benchPicks) []benchCase {
	arg := func(kv ...string) map[string]string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" {
				m[kv[i]] = kv[i+1]
			}
		}
		return m
	}
	cases := []benchCase{
		{"entities", "entities", nil},
		{"entities/type=person", "entities", arg("type", "person")},
		{"statements", "statements", nil},
		{"statements/speaker=typical", "statements", arg("speaker", p.speaker)},
		{"statements/speaker=hub", "statements", arg("speaker", p.hubSpeaker)},
		{"statements/mentions=typical", "statements", arg("mentions", p.typical)},
		{"statements/mentions=hub", "statements", arg("mentions", p.hub)},
		{"roles", "roles", nil},
		{"roles/person=typical", "roles", arg("person", p.holder)},
		{"roles/person=hub", "roles", arg("person", p.hubHolder)},
		{"roles/org=typical", "roles", arg("org", p.org)},
		{"roles/org=hub", "roles", arg("org", p.hubOrg)},
		{"mentions/entity=typical", "mentions", arg("entity", p.typical)},
		{"mentions/entity=hub", "mentions", arg("entity", p.hub)},
		{"mentions/entity=hub,offset=1000", "mentions", arg("entity", p.hub, "offset", "1000")},
		{"neighbors/entity=typical", "neighbors", arg("entity", p.typical)},
		{"neighbors/entity=hub", "neighbors", arg("entity", p.hub)},
		{"neighbors/entity=hub,offset=1000", "neighbors", arg("entity", p.hub, "offset", "1000")},
		{"holders/post=hub", "holders", arg("title", p.postTitle, "org", p.postOrg)},
		{"holders/post=hub,on", "holders", arg("title", p.postTitle, "org", p.postOrg, "on", "2025-06-30")},
		{"explain/fact=typical", "explain", arg("fact", p.fact)},
		{"path/typical-typical", "path", arg("from", p.speaker, "to", p.typicalOther)},
	}
	out := cases[:0]
	for _, c := range cases {
		if c.args == nil || c.args["offset"] == "" && len(c.args) > 0 || len(c.args) > 1 {
			out = append(out, c)
		}
	}
	return out
}

var benchOnce struct {
	sync.Once
	s   *graph.Store
	err error
}

// benchArticles is the size of the synthetic graph.
const benchArticles = 1500

// benchStore opens $NEWSGRAPH_BENCH_DB, or builds the synthetic graph once.
// The store stays open for the life of the test binary.
func benchStore(tb testing.TB) *graph.Store {
	tb.Helper()
	benchOnce.Do(func() {
		ctx := context.Background()
		if dsn := os.Getenv("NEWSGRAPH_BENCH_DB"); dsn != "" {
			benchOnce.s, benchOnce.err = graph.Open(ctx, dsn, graph.Options{})
			return
		}
		benchOnce.s, benchOnce.err = syntheticStore(ctx, benchArticles)
	})
	if benchOnce.err != nil {
		tb.Fatal(benchOnce.err)
	}
	return benchOnce.s
}

// syntheticStore is a memstore of n generated articles (benchDocs).
func syntheticStore(ctx context.Context, n int) (*graph.Store, error) {
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		return nil, err
	}
	for _, d := range benchDocs(n) {
		if _, err := s.AddDocument(ctx, d); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

// benchDocs generates n articles shaped like news: every article mentions
// the hub country (as "United States" does half the articles of the WSJ
// corpus), a few of 200 people, 60 companies, 30 organisations and 20
// countries; people speak and hold posts; dates spread over two years.
func benchDocs(n int) []*schema.Document {
	syll := []string{"ka", "lo", "mi", "ne", "ro", "su", "ta", "vi", "do", "fe", "gu", "ha", "ji", "pe", "zo"}
	word := func(i int) string {
		s := ""
		for k := 0; k < 3; k++ {
			s += syll[i%len(syll)]
			i /= len(syll)
		}
		return string(s[0]-'a'+'A') + s[1:]
	}
	person := func(i int) string { return word(i) + " " + word(i*7+3) }
	company := func(i int) string { return word(i+500) + " Corp" }
	org := func(i int) string { return word(i+900) + " Agency" }
	country := func(i int) string { return word(i+1300) + "land" }
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]*schema.Document, n)
	for i := range docs {
		date := day.AddDate(0, 0, (i*37)%730).Format("2006-01-02")
		p1, p2 := person(i%200), person((i*13+5)%200)
		c, o, k := company(i%60), org(i%30), country(i%20)
		hub := "United States"
		d := &schema.Document{
			Article: schema.Article{ID: fmt.Sprintf("bench-%05d", i), Date: date, Title: fmt.Sprintf("Article %d", i),
				Text: fmt.Sprintf("%s of %s spoke about %s and %s.", p1, c, k, hub)},
			Entities: []schema.Entity{
				{Name: hub, Type: schema.Country, Aliases: []string{"U.S."}},
				{Name: p1, Type: schema.Person}, {Name: p2, Type: schema.Person},
				{Name: c, Type: schema.Company}, {Name: o, Type: schema.Organization},
				{Name: k, Type: schema.Country},
			},
			Roles: []schema.Role{{Person: p1, Title: "chief executive", Org: c}, {Person: p2, Title: "minister", Org: k}},
			Statements: []schema.Statement{
				{Speaker: p1, Text: fmt.Sprintf("We will grow in %s, statement %d.", k, i), Date: date, Mentions: []string{k}},
				{Speaker: p2, Text: fmt.Sprintf("Trade with the %s matters, statement %d.", hub, i), Date: date, Indirect: true, Mentions: []string{hub}},
				{SpeakerOrg: o, Text: fmt.Sprintf("The agency approved plan %d.", i), Date: date},
			},
		}
		docs[i] = d
	}
	return docs
}

// pickBenchEntities chooses the entities the benchmark starts from by
// counting, once, how connected each one is.
func pickBenchEntities(tb testing.TB, s *graph.Store) benchPicks {
	tb.Helper()
	var p benchPicks
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(context.Background(), qs)
		var mentioned, speakers, holders, orgs degrees
		for _, t := range schema.EntityTypes {
			ents, err := r.entitiesOf(t)
			if err != nil {
				return err
			}
			for _, e := range ents {
				key := plainString(r.value(e.node))
				mentioned.add(key, e.articles)
				said := 0
				for _, pred := range []quad.IRI{schema.PredSpeaker, schema.PredSpeakerOrg} {
					stmts, err := r.subjects(e.node, pred)
					if err != nil {
						return err
					}
					said += len(stmts)
				}
				speakers.add(key, said)
			}
		}
		roles, err := r.allRoles()
		if err != nil {
			return err
		}
		most := -1
		for _, role := range roles.roles {
			v, err := r.roleFacts(role)
			if err != nil {
				return err
			}
			holders.add(plainString(v[0]), 1)
			orgs.add(plainString(v[2]), 1)
			if n := roles.counts[role.Key()]; n > most && v[2] != nil {
				most, p.postTitle, p.postOrg = n, plainString(v[1]), plainString(v[2])
			}
		}
		p.typical, p.hub, p.typicalOther = mentioned.pick(0), mentioned.pick(-1), mentioned.pick(1)
		p.speaker, p.hubSpeaker = speakers.pick(0), speakers.pick(-1)
		p.holder, p.hubHolder = holders.pick(0), holders.pick(-1)
		p.org, p.hubOrg = orgs.pick(0), orgs.pick(-1)
		if ref := r.ref(quad.IRI(schema.IDBase + p.speaker)); ref != nil {
			for _, pred := range []quad.IRI{schema.PredSpeaker, schema.PredSpeakerOrg} {
				stmts, err := r.subjects(ref, pred)
				if err != nil {
					return err
				}
				if len(stmts) > 0 && p.fact == "" {
					p.fact = plainString(r.value(stmts[0]))
				}
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("bench entities: %+v", p)
	return p
}

// degrees counts, by entity key, how connected each entity is.
type degrees map[string]int

func (d *degrees) add(key string, n int) {
	if key == "" || n == 0 {
		return
	}
	if *d == nil {
		*d = degrees{}
	}
	(*d)[key] += n
}

// pick returns the key of the entity of median degree, shifted by off
// places; off -1 gives the highest. Ties go by key.
func (d degrees) pick(off int) string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if d[keys[i]] != d[keys[j]] {
			return d[keys[i]] < d[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) == 0 {
		return ""
	}
	if off < 0 {
		return keys[len(keys)-1]
	}
	return keys[min(len(keys)/2+off, len(keys)-1)]
}
