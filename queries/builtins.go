package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The builtin queries, in the order List shows them.
var builtins = []builtin{
	{Query{Name: "entities", Description: "people, countries, companies and organizations, most mentioned first (then by name); 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "type", Doc: "person, country, company or organization"})}, runEntities},
	{Query{Name: "statements", Description: "what was said: with speaker=, mentions=, from= or to=, newest first (then by speaker, text, article); without, the most recently written first; 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "speaker", Doc: "who said it (person or organization, any alias)"},
			Param{Name: "mentions", Doc: "an entity the statement mentions"},
			Param{Name: "from", Doc: "statements dated on or after this day (YYYY-MM-DD)"},
			Param{Name: "to", Doc: "statements dated on or before this day (YYYY-MM-DD)"})}, runStatements},
	{Query{Name: "roles", Description: "who holds which post where, and how many articles say so, most stated first (without a filter, ties in the order the posts were first written; with org=, by person, title, org); with person=, that person's posts as a timeline: one row per article, with its date and the status it states (current, former, incoming), oldest first; 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "person", Doc: "the holder (any alias)"},
			Param{Name: "org", Doc: "the organization, company or country (any alias)"})}, runRoles},
	{Query{Name: "holders", Description: "who held a post (title at org) on a date, with the articles that say so: the status the latest articles dated on or before on= state is current; without on=, every holder's timeline, oldest first; 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "title", Doc: "the post, in any spelling (ceo, chief executive)", Required: true},
			Param{Name: "org", Doc: "the organization, company or country (any alias)", Required: true},
			Param{Name: "on", Doc: "a date, YYYY-MM-DD"})}, runHolders},
	{Query{Name: "mentions", Description: "the articles that mention an entity, newest first (then by id); 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "entity", Doc: "the entity (any alias)", Required: true})}, runMentions},
	{Query{Name: "neighbors", Description: "every fact about an entity, both directions, with its article: outgoing first, by predicate, value, article; 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "entity", Doc: "the entity (any alias)", Required: true})}, runNeighbors},
	{Query{Name: "path", Description: "the shortest chains (up to 4 hops) linking two entities, through the articles, roles and statements that connect them; at most 50 chains",
		Params: []Param{{Name: "from", Doc: "the first entity (any alias)", Required: true},
			{Name: "to", Doc: "the second entity (any alias)", Required: true},
			{Name: "hops", Doc: "the longest chain to look for, 1 to 4 (default 4)"}}}, runPath},
	{Query{Name: "explain", Description: "where a role or statement came from: each article's sentence, span and confidence, newest article first (then by id and span); 100 rows unless limit= says otherwise",
		Params: paged(Param{Name: "fact", Doc: "a fact key from the statements or roles query (statement/…, role/…)", Required: true})}, runExplain},
	{Query{Name: "search", Description: "full-text search of statements and articles, ranked, with graph filters",
		Params: []Param{{Name: "q", Doc: `words; filters inline: org:Veltrix mentions:Kenya speaker:"Ada Okafor" kind:statement`, Required: true},
			{Name: "speaker", Doc: "statements made by this entity (any alias)"},
			{Name: "org", Doc: "statements by people with a role at this organisation (any alias)"},
			{Name: "mentions", Doc: "statements and articles that mention this entity (any alias)"},
			{Name: "kind", Doc: "entity, statement or article"},
			{Name: "from", Doc: "statements and articles dated on or after this day (YYYY-MM-DD)"},
			{Name: "to", Doc: "statements and articles dated on or before this day (YYYY-MM-DD)"}}}, runSearch},
}

// nodesOfType is a named morphism, bound to the store at run time with
// path.StartPath(qs, typ).Follow(nodesOfType): a type IRI → the nodes of
// that type. Path methods return new paths, so sharing it is safe as long
// as nobody calls Limit, Skip, Order or Count on it (those mutate;
// CAYLEY-NOTES, trap 7). The queries that must stay fast on large graphs
// walk index scans instead (walk.go).
var nodesOfType = path.StartMorphism().In(schema.PredType)

// entityCount is an entity node with the number of articles that mention it.
type entityCount struct {
	node     cgraph.Ref
	typ      schema.EntityType
	articles int
}

// entitiesOf lists the entities of type t with their article counts. Every
// article that mentions an entity restates its type under the article's
// label, so one pass over the type's quads does both; on bolt the index
// holds those counts (graph.Store.TypeCounts), read without the quads.
func (r *reader) entitiesOf(t schema.EntityType) ([]entityCount, error) {
	if r.store != nil {
		counts, ok, err := r.store.TypeCounts(r.qs, t.IRI())
		if err != nil {
			return nil, err
		}
		if ok {
			ents := make([]entityCount, len(counts))
			for i, c := range counts {
				ents[i] = entityCount{node: c.Node, typ: t, articles: c.Count}
			}
			return ents, nil
		}
	}
	var ents []entityCount
	byNode := map[any]int{}
	err := r.eachQuad(fixed{quad.Object: r.ref(t.IRI()), quad.Predicate: r.ref(schema.PredType)}, func(q cgraph.Ref) error {
		n := r.dir(q, quad.Subject)
		if n == nil {
			return nil
		}
		i, ok := byNode[n.Key()]
		if !ok {
			i = len(ents)
			byNode[n.Key()] = i
			ents = append(ents, entityCount{node: n, typ: t})
		}
		if r.articleLabel(r.dir(q, quad.Label)) {
			ents[i].articles++
		}
		return nil
	})
	return ents, err
}

func runEntities(r *reader, args map[string]string) (*Result, error) {
	pg, err := parsePage(args)
	if err != nil {
		return nil, err
	}
	types := schema.EntityTypes
	if t, ok := args["type"]; ok {
		et, err := schema.ParseEntityType(t)
		if err != nil {
			return nil, invalidf("%v", err)
		}
		types = []schema.EntityType{et}
	}
	var ents []entityCount
	for _, t := range types {
		list, err := summary(r, "entities "+string(t), func() ([]entityCount, error) { return r.entitiesOf(t) })
		if err != nil {
			return nil, err
		}
		ents = append(ents, list...)
	}
	chosen, before := window(len(ents), func(i int) string { return countKey(ents[i].articles) }, true, pg)
	nodes := make([]cgraph.Ref, len(chosen))
	for i, c := range chosen {
		nodes[i] = ents[c].node
	}
	if err := r.prefetch(nodes); err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"entity", "name", "type", "articles"}}
	for _, c := range chosen {
		e, v := ents[c], r.value(ents[c].node)
		res.Rows = append(res.Rows, map[string]any{
			"entity": plain(v), "name": r.name(v), "type": string(e.typ), "articles": int64(e.articles),
		})
	}
	res.sortBy("-articles", "name", "entity")
	res.cut(pg, before, len(ents))
	return res, nil
}
