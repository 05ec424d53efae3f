// Package queries runs newsgraph's saved queries against a graph.Store.
//
// # Builtin queries
//
// Six queries ship with newsgraph, written in Go with Cayley's path API
// (query/path) as named morphisms bound to the store at run time:
//
//	entities   [type=]             entity, name, type, articles (mentioning it); most mentioned first
//	statements [speaker=] [mentions=]  speaker, text, date, kind (quote|reported), channel, article; newest first
//	roles      [person=] [org=]    person, title, org, articles (stating the role)
//	mentions   entity=             article, title, date of the articles that mention the entity
//	neighbors  entity=             direction (out|in), predicate, value, article: every quad around the node
//	path       from= to=           hops, path: the shortest chains of up to 4 steps, e.g.
//	                               "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix Corp"
//
// Parameters that name an entity accept any of its names ([ResolveEntity]):
// the canonical name, an alias or handle as articles wrote it ("Okafor",
// "@adaokafor", "Україна"), matched through the ng:key literals
// (schema.NormalizeName), an entity key ("person/ada-okafor") or a full IRI.
// An alias shared by several entities selects all of them.
//
// Results are tables of flat values ([Result]): strings, int64 counts.
// Nodes are shown by name; other IRIs in short form: the project's own
// nodes as keys ("role/…", "statement/…"), vocabulary as "schema:name",
// "ng:holder". The same fact stated by several articles is several quads;
// rows that come out identical are shown once.
//
// # Gizmo and saved queries
//
// [RunGizmo] runs a Gizmo script on Cayley's engine, one session per run,
// with panics recovered and goja's positions kept in the error
// ("gizmo: line 2:7: SyntaxError: …"). [Save] stores a script under a name
// as quads labelled schema.SavedQueriesLabel, so that saved queries live
// (and are exported) with the graph; [Run] and [List] find them after the
// builtins. Builtin names cannot be taken.
//
// # Errors
//
// Errors wrap one of [ErrInvalid] (unknown query, bad parameters, Gizmo
// errors), [ErrNotFound] (no entity called X) and [ErrTimeout]
// (RunOptions.Timeout), for errors.Is; their text is meant for the user.
//
// # Costs
//
// Every query reads under the store's read lock. The path query is a
// breadth-first search over quads in both directions that skips rdf:type and
// literals; it stops at 4 hops, 200,000 visited nodes or 50 paths. Hubs (a
// country most articles mention) make it expensive on large graphs.
package queries
