package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// savedQueryName is the Gizmo query the run saves in the store, so that
// the mix runs a user's saved query as well as the builtins.
const savedQueryName = "serveload-headlines"

// request is one concrete API call and how to check its answer.
type request struct {
	Method, Path, Body string
	// measure reads the answer's size: rows, hits, articles, or 1 for the
	// page asked for and 0 for another one.
	measure func(body []byte) (int, error)
	// monotonic: writes only add articles, so the size may only grow. When
	// false (a shortest path may get shorter and fewer), an answer that was
	// non-empty must stay non-empty.
	monotonic bool
	baseline  int // the size before the clients start
}

// route is a kind of request, with its weight in the mix and its
// candidates, one picked at random per call.
type route struct {
	Name   string
	Weight int
	Reqs   []*request
}

// mix is the routes the clients cycle through.
type mix struct {
	Routes []*route
}

// cycle returns the order in which a client calls the routes (indexes in
// m.Routes) in one pass of its cycle: each route once, starting at a
// different route for each client and pass, so that every route is called
// as soon as there are as many calls as routes; then each route Weight-1
// more times in random order. Over a pass the routes are called in
// proportion to their weights.
func (m *mix) cycle(r *rand.Rand, start int) []int {
	n := len(m.Routes)
	order := make([]int, 0, n)
	var rest []int
	for i := range n {
		order = append(order, (start+i)%n)
		for range m.Routes[i].Weight - 1 {
			rest = append(rest, i)
		}
	}
	r.Shuffle(len(rest), func(a, b int) { rest[a], rest[b] = rest[b], rest[a] })
	return append(order, rest...)
}

// Sizes of the candidate lists.
const (
	topEntities  = 8
	pathEntities = 4
	searchWords  = 12
	explainFacts = 6
)

// newMix builds the routes from a sample of the store.
func newMix(smp *sample) *mix {
	top := smp.top(topEntities)
	words := frequentWords(smp, searchWords)
	m := &mix{}
	add := func(name string, weight int, reqs []*request) {
		m.Routes = append(m.Routes, &route{Name: name, Weight: weight, Reqs: reqs})
	}
	add("stats", 8, []*request{get("/api/stats", countField("articles"), true)})
	add("entity", 15, entityPages(smp))
	add("article", 10, articlePages(smp))
	add("entities-prefix", 7, prefixLookups(smp))
	add("search", 8, eachWord(words, "/api/search?q=", countSearch, false))
	add("search-filters", 4, filteredSearches(smp))
	add("queries-list", 4, []*request{get("/api/queries", countArray, true)})
	add("query-entities", 4, []*request{get("/api/queries/entities", countRows, true),
		get("/api/queries/entities?type=company", countRows, true)})
	add("query-statements", 6, keyed(smp.speakers(), "/api/queries/statements?speaker="))
	add("query-roles", 4, keyed(smp.orgs(), "/api/queries/roles?org="))
	add("query-mentions", 5, keyed(top, "/api/queries/mentions?entity="))
	add("query-neighbors", 4, keyed(top, "/api/queries/neighbors?entity="))
	add("query-path", 2, paths(top[:min(pathEntities, len(top))]))
	add("query-explain", 3, explains(smp))
	add("query-search", 2, eachWord(words, "/api/queries/search?q=", countRows, false))
	add("query-saved", 4, []*request{get("/api/queries/"+savedQueryName, countRows, true)})
	add("gizmo", 6, gizmos(top, "/api/gizmo", `g.V(%s).In(%s).Out(%s).All()`, schema.PredMentions, schema.PredHeadline, countRows))
	add("cayley-v1-gizmo", 4, gizmos(top, "/api/v1/query/gizmo", `g.V(%s).Both(%s).Out(%s).All()`, schema.PredMentions, schema.PredName, countResult))
	return m
}

// saveQuery stores the run's own Gizmo query: the headlines of the articles
// that mention the most mentioned entity.
func saveQuery(ctx context.Context, s *graph.Store, smp *sample) error {
	top := smp.top(1)
	if len(top) == 0 {
		return fmt.Errorf("the store has no entities")
	}
	script := fmt.Sprintf(`g.V(%s).In(%s).Out(%s).All()`, iriLit(schema.IDBase+top[0]),
		iriLit(string(schema.PredMentions)), iriLit(string(schema.PredHeadline)))
	return queries.Save(ctx, s, savedQueryName, script, "serveload: headlines mentioning the most mentioned entity")
}

func get(path string, measure func([]byte) (int, error), monotonic bool) *request {
	return &request{Method: "GET", Path: path, measure: measure, monotonic: monotonic}
}

func entityPages(smp *sample) []*request {
	var out []*request
	for _, e := range smp.Entities {
		segs := strings.Split(e.Key, "/")
		for i := range segs {
			segs[i] = url.PathEscape(segs[i])
		}
		out = append(out, get("/api/entity/"+strings.Join(segs, "/"), matchField("key", e.Key), true))
	}
	return out
}

func articlePages(smp *sample) []*request {
	var out []*request
	for _, id := range smp.ArticleIDs {
		out = append(out, get("/api/article/"+url.PathEscape(id), matchField("id", id), true))
	}
	return out
}

// prefixLookups asks for the first two letters of each entity's name, as the
// console's lookup box does while one types.
func prefixLookups(smp *sample) []*request {
	seen := map[string]bool{}
	var out []*request
	for _, e := range smp.Entities {
		r := []rune(strings.ToLower(e.Name))
		if len(r) < 2 || seen[string(r[:2])] {
			continue
		}
		seen[string(r[:2])] = true
		out = append(out, get("/api/entities?prefix="+url.QueryEscape(string(r[:2])), countArray, false))
	}
	return out
}

func eachWord(words []string, prefix string, measure func([]byte) (int, error), monotonic bool) []*request {
	var out []*request
	for _, w := range words {
		out = append(out, get(prefix+url.QueryEscape(w), measure, monotonic))
	}
	return out
}

// filteredSearches searches a word of a statement with an entity the
// statement mentions, or its speaker, as a filter: half of them each.
func filteredSearches(smp *sample) []*request {
	var out []*request
	add := func(text, filter, entity string, most int) {
		if w := longestWord(text); w != "" && entity != "" && len(out) < most {
			out = append(out, get("/api/search?q="+url.QueryEscape(w)+"&"+filter+"="+url.QueryEscape(entity), countSearch, false))
		}
	}
	for _, m := range smp.Mentioned {
		add(m[1], "mentions", m[0], searchWords/2)
	}
	for _, st := range smp.Statements {
		add(st.Text, "speaker", st.Speaker, searchWords)
	}
	return out
}

// keyed runs a saved query with each entity (a key or a name) as its
// parameter.
func keyed(entities []string, prefix string) []*request {
	var out []*request
	for _, e := range entities {
		out = append(out, get(prefix+url.QueryEscape(e), countRows, true))
	}
	return out
}

func paths(keys []string) []*request {
	var out []*request
	for a := range keys {
		for b := a + 1; b < len(keys); b++ {
			out = append(out, get("/api/queries/path?from="+url.QueryEscape(keys[a])+
				"&to="+url.QueryEscape(keys[b]), countRows, false))
		}
	}
	return out
}

// explains asks where some statements and roles came from.
func explains(smp *sample) []*request {
	var keys []string
	for i := 0; i < len(smp.Statements) && i < explainFacts/2; i++ {
		keys = append(keys, smp.Statements[i].Fact)
	}
	for i := 0; i < len(smp.Roles) && len(keys) < explainFacts; i++ {
		keys = append(keys, smp.Roles[i].Fact)
	}
	var out []*request
	for _, k := range keys {
		out = append(out, get("/api/queries/explain?fact="+url.QueryEscape(k), countRows, true))
	}
	return out
}

// gizmos posts a script per entity: format takes the entity's IRI and two
// predicates.
func gizmos(keys []string, path, format string, p1, p2 any, measure func([]byte) (int, error)) []*request {
	var out []*request
	for _, k := range keys {
		script := fmt.Sprintf(format, iriLit(schema.IDBase+k), iriLit(fmt.Sprint(p1)), iriLit(fmt.Sprint(p2)))
		out = append(out, &request{Method: "POST", Path: path, Body: script, measure: measure, monotonic: true})
	}
	return out
}

// iriLit spells an IRI as a Gizmo string: "<…>".
func iriLit(iri string) string {
	return strconv.Quote("<" + strings.Trim(iri, "<>") + ">")
}

// frequentWords returns the n most frequent words of six letters or more
// in the statements, most frequent first.
func frequentWords(smp *sample, n int) []string {
	count := map[string]int{}
	for _, st := range smp.Statements {
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Text), notLetter) {
			if len([]rune(w)) >= 6 {
				count[w]++
			}
		}
	}
	words := make([]string, 0, len(count))
	for w := range count {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	return words[:min(n, len(words))]
}

func longestWord(s string) string {
	best := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notLetter) {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// Measures of answers.

func countRows(b []byte) (int, error) {
	var v struct{ Rows []json.RawMessage }
	err := decode(b, &v)
	return len(v.Rows), err
}

func countResult(b []byte) (int, error) {
	var v struct{ Result []json.RawMessage }
	err := decode(b, &v)
	return len(v.Result), err
}

func countArray(b []byte) (int, error) {
	var v []json.RawMessage
	err := decode(b, &v)
	return len(v), err
}

func countSearch(b []byte) (int, error) {
	var v struct{ Entities, Hits []json.RawMessage }
	err := decode(b, &v)
	return len(v.Entities) + len(v.Hits), err
}

// countField reads an integer field of an object.
func countField(name string) func([]byte) (int, error) {
	return func(b []byte) (int, error) {
		var v map[string]json.RawMessage
		if err := decode(b, &v); err != nil {
			return 0, err
		}
		n, err := strconv.Atoi(string(v[name]))
		if err != nil {
			return 0, fmt.Errorf("field %q: %w", name, err)
		}
		return n, nil
	}
}

// matchField is 1 when the object's string field name is want, else 0.
func matchField(name, want string) func([]byte) (int, error) {
	return func(b []byte) (int, error) {
		var v map[string]json.RawMessage
		if err := decode(b, &v); err != nil {
			return 0, err
		}
		var got string
		if err := json.Unmarshal(v[name], &got); err != nil || got != want {
			return 0, fmt.Errorf("%s is %s, want %q", name, v[name], want)
		}
		return 1, nil
	}
}

func decode(b []byte, v any) error {
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("bad JSON: %w", err)
	}
	return nil
}

// check compares an answer's size with the request's baseline.
func (r *request) check(body []byte) error {
	n, err := r.measure(body)
	switch {
	case err != nil:
		return err
	case r.monotonic && n < r.baseline:
		return fmt.Errorf("%d results, fewer than the %d before the run", n, r.baseline)
	case !r.monotonic && r.baseline > 0 && n == 0:
		return fmt.Errorf("no results, where there were %d before the run", r.baseline)
	}
	return nil
}
