package queries

import (
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The builtin queries, in the order List shows them.
var builtins = []builtin{
	{Query{Name: "entities", Description: "people, countries, companies and organizations, most mentioned first",
		Params: []Param{{Name: "type", Doc: "person, country, company or organization"}}}, runEntities},
	{Query{Name: "statements", Description: "what was said, newest first",
		Params: []Param{{Name: "speaker", Doc: "who said it (person or organization, any alias)"},
			{Name: "mentions", Doc: "an entity the statement mentions"}}}, runStatements},
	{Query{Name: "roles", Description: "who holds which post where, and how many articles say so",
		Params: []Param{{Name: "person", Doc: "the holder (any alias)"},
			{Name: "org", Doc: "the organization, company or country (any alias)"}}}, runRoles},
	{Query{Name: "mentions", Description: "the articles that mention an entity, newest first",
		Params: []Param{{Name: "entity", Doc: "the entity (any alias)", Required: true}}}, runMentions},
	{Query{Name: "neighbors", Description: "every fact about an entity, both directions, with its article",
		Params: []Param{{Name: "entity", Doc: "the entity (any alias)", Required: true}}}, runNeighbors},
	{Query{Name: "path", Description: "the shortest chains (up to 4 hops) linking two entities",
		Params: []Param{{Name: "from", Doc: "the first entity (any alias)", Required: true},
			{Name: "to", Doc: "the second entity (any alias)", Required: true}}}, runPath},
	{Query{Name: "explain", Description: "where a role or statement came from: each article's sentence, span and confidence",
		Params: []Param{{Name: "fact", Doc: "a fact key from the statements or roles query (statement/…, role/…)", Required: true}}}, runExplain},
	{Query{Name: "search", Description: "full-text search of statements and articles, ranked, with graph filters",
		Params: []Param{{Name: "q", Doc: `words; filters inline: org:Veltrix mentions:Kenya speaker:"Ada Okafor" kind:statement`, Required: true},
			{Name: "speaker", Doc: "statements made by this entity (any alias)"},
			{Name: "org", Doc: "statements by people with a role at this organisation (any alias)"},
			{Name: "mentions", Doc: "statements and articles that mention this entity (any alias)"},
			{Name: "kind", Doc: "entity, statement or article"}}}, runSearch},
}

// Named morphisms, bound to the store at run time with
// path.StartPath(qs, start...).Follow(m). Path methods return new paths, so
// sharing them is safe as long as nobody calls Limit, Skip, Order or Count on
// them (those mutate; CAYLEY-NOTES, trap 7).
var (
	// nodesOfType: a type IRI → the nodes of that type.
	nodesOfType = path.StartMorphism().In(schema.PredType)
	// articleMentions: article nodes → the tag "article" and the entities
	// they mention.
	articleMentions = path.StartMorphism().Tag("article").Out(schema.PredMentions)
	// mentionedBy: entities → the articles (not statements) that mention them.
	mentionedBy = path.StartMorphism().In(schema.PredMentions).Has(schema.PredType, schema.TypeNewsArticle)
)

func runEntities(r *reader, args map[string]string) (*Result, error) {
	types := schema.EntityTypes
	if t, ok := args["type"]; ok {
		et, err := schema.ParseEntityType(t)
		if err != nil {
			return nil, invalidf("%v", err)
		}
		types = []schema.EntityType{et}
	}
	mentions := path.StartPath(r.qs, schema.TypeNewsArticle).Follow(nodesOfType).Follow(articleMentions).Tag("entity")
	counts, err := r.pairs(mentions, "entity", "article")
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"entity", "name", "type", "articles"}}
	for _, t := range types {
		nodes, err := r.values(path.StartPath(r.qs, t.IRI()).Follow(nodesOfType))
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			res.Rows = append(res.Rows, map[string]any{
				"entity": plain(n), "name": r.name(n), "type": string(t),
				"articles": int64(len(counts[n.String()])),
			})
		}
	}
	res.sortBy("-articles", "name", "entity")
	return res, nil
}

// pairs runs p and groups the distinct values of tag val by the values of
// tag key: map[key][val].
func (r *reader) pairs(p *path.Path, key, val string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	err := r.tags(p, func(m map[string]quad.Value) {
		kv, v := m[key], m[val]
		if kv == nil || v == nil {
			return
		}
		k := kv.String()
		if out[k] == nil {
			out[k] = map[string]bool{}
		}
		out[k][v.String()] = true
	})
	return out, err
}

func runStatements(r *reader, args map[string]string) (*Result, error) {
	p := path.StartPath(r.qs, schema.TypeStatement).Follow(nodesOfType)
	if alias, ok := args["speaker"]; ok {
		who, err := r.resolveValues(alias)
		if err != nil {
			return nil, err
		}
		p = p.Has([]quad.Value{schema.PredSpeaker, schema.PredSpeakerOrg}, who...)
	}
	if alias, ok := args["mentions"]; ok {
		what, err := r.resolveValues(alias)
		if err != nil {
			return nil, err
		}
		p = p.Has(schema.PredMentions, what...)
	}
	p = p.Tag("stmt").Save(schema.PredText, "text").
		SaveOptional(schema.PredDateCreated, "date").SaveOptional(schema.PredSpeaker, "speaker").
		SaveOptional(schema.PredSpeakerOrg, "org").SaveOptional(schema.PredChannel, "channel").
		SaveOptional(schema.PredIsPartOf, "article")
	reported, err := r.set(path.StartPath(r.qs, schema.TypeReportedSpeech).Follow(nodesOfType))
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"speaker", "text", "date", "kind", "channel", "article", "fact"}}
	err = r.tags(p, func(m map[string]quad.Value) {
		speaker := r.name(m["speaker"])
		if speaker == "" {
			speaker = r.name(m["org"])
		}
		kind := "quote"
		if reported[m["stmt"].String()] {
			kind = "reported"
		}
		res.Rows = append(res.Rows, map[string]any{
			"speaker": speaker, "text": plainString(m["text"]), "date": plainString(m["date"]),
			"kind": kind, "channel": r.name(m["channel"]), "article": r.article(m["article"]),
			"fact": plainString(m["stmt"]),
		})
	})
	res.sortBy("-date", "speaker", "text", "article")
	return res, err
}

// statedIn returns the labels (articles) of the quads that give node its
// rdf:type: the articles that state it.
func (r *reader) statedIn(node quad.Value) (map[string]bool, error) {
	out := map[string]bool{}
	err := r.quadsOf(quad.Subject, node, func(q quad.Quad) {
		if q.Label != nil && q.Predicate.String() == schema.PredType.String() {
			out[q.Label.String()] = true
		}
	})
	return out, err
}

// set returns the distinct values p reaches, as a set of their N-Quads
// spelling.
func (r *reader) set(p *path.Path) (map[string]bool, error) {
	vals, err := r.values(p)
	out := make(map[string]bool, len(vals))
	for _, v := range vals {
		out[v.String()] = true
	}
	return out, err
}

var roleColumns = []string{"person", "title", "org", "articles", "fact"}

func runRoles(r *reader, args map[string]string) (*Result, error) {
	p := path.StartPath(r.qs, schema.TypeRole).Follow(nodesOfType)
	for param, pred := range map[string]quad.IRI{"person": schema.PredHolder, "org": schema.PredRoleIn} {
		if alias, ok := args[param]; ok {
			vals, err := r.resolveValues(alias)
			if err != nil {
				return nil, err
			}
			p = p.Has(pred, vals...)
		}
	}
	roles, err := r.values(p)
	if err != nil || len(roles) == 0 {
		return &Result{Columns: roleColumns}, err
	}
	counts := map[string]map[string]bool{}
	for _, role := range roles {
		if counts[role.String()], err = r.statedIn(role); err != nil {
			return nil, err
		}
	}
	res := &Result{Columns: roleColumns}
	p = path.StartPath(r.qs, roles...).Tag("role").Save(schema.PredHolder, "person").
		Save(schema.PredRoleName, "title").SaveOptional(schema.PredRoleIn, "org")
	err = r.tags(p, func(m map[string]quad.Value) {
		res.Rows = append(res.Rows, map[string]any{
			"person": r.name(m["person"]), "title": plainString(m["title"]), "org": r.name(m["org"]),
			"articles": int64(len(counts[m["role"].String()])), "fact": plainString(m["role"]),
		})
	})
	res.sortBy("-articles", "person", "title", "org")
	return res, err
}

func runMentions(r *reader, args map[string]string) (*Result, error) {
	what, err := r.resolveValues(args["entity"])
	if err != nil {
		return nil, err
	}
	p := path.StartPath(r.qs, what...).Follow(mentionedBy).Tag("node").
		SaveOptional(schema.PredName, "id").SaveOptional(schema.PredHeadline, "title").
		SaveOptional(schema.PredDatePublished, "date")
	res := &Result{Columns: []string{"article", "title", "date"}}
	err = r.tags(p, func(m map[string]quad.Value) {
		id := plainString(m["id"])
		if id == "" {
			id = plainString(m["node"])
		}
		res.Rows = append(res.Rows, map[string]any{
			"article": id, "title": plainString(m["title"]), "date": plainString(m["date"]),
		})
	})
	res.sortBy("-date", "article")
	return res, err
}
