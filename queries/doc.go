// Package queries runs newsgraph's saved queries against a graph.Store.
//
// # Builtin queries
//
// Nine queries ship with newsgraph, written in Go on Cayley's query
// layers (query/path, query/shape) and bound to the store at run time:
//
//	entities   [type=]             entity, name, type, articles (mentioning it); most mentioned first
//	statements [speaker=] [mentions=]  speaker, text, date, kind (quote|reported), channel, article, fact; newest
//	                               first; without a filter, the most recently written first (an order
//	                               the store keeps: newestStatements)
//	roles      [org=]              person, title, org, articles (stating the role), fact; most stated first,
//	                               then (without org=) in the order written: mostStatedRoles
//	roles      person= [org=]      person, title, org, status, date, article, fact: the person's posts as a
//	                               timeline, one row per article that states one, oldest first
//	holders    title= org= [on=]   the same columns: who held the post on the day on= (YYYY-MM-DD), with the
//	                               articles that say so; without on=, every holder's timeline
//	mentions   entity=             article, title, date of the articles that mention the entity; newest first
//	neighbors  entity=             direction (out|in), predicate, value, article: every quad around the node
//	path       from= to= [hops=]   hops, path: the shortest chains of up to 4 steps (hops=), e.g.
//	                               "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix Corp"; at most 50
//	explain    fact=               where a role or statement came from: article, span, sentence
//	search     q= …                full-text search (package search)
//
// # Roles in time
//
// Each article that states a role records the status it gives the post
// (ng:roleStatus: current, former or incoming) as of its own date. A post
// is matched by schema.TitleKey of its title, so title=ceo finds posts
// written "chief executive" too. holders on=D answers, for each person
// with the post, the status stated by the latest articles dated on or
// before D: current is a holder (listed with the articles since the post
// last changed status), former no longer, incoming not yet. Articles of
// that day that disagree count as the status furthest along (incoming,
// current, former); undated articles take no part. Nothing is inferred
// past the articles: current in June and former in October means held from
// June until October.
//
// The first six and explain answer a page: limit= rows (DefaultPageSize, 100, when
// not given; 0 for all) after skipping offset= rows, in an order that is
// total, so pages put end to end give the whole answer; Result.More tells
// whether rows follow. Ties on the first sort column are broken by the
// next ones (statements of one day by speaker, text and article; entities
// with as many articles by name). neighbors orders by direction (out
// first), predicate (newsgraph's vocabulary by short name, then any other),
// value and article, comparing an incoming quad's node and any article by
// key (IRI) rather than by name, which would mean reading every name.
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
// Every query reads under the store's read lock. Those that start from an
// entity walk out from its node, one index scan per step (walk.go), and
// cost in proportion to what they read: statements speaker= reads that
// speaker's statements and the date of each, mentions entity= the
// entity's mentions and each article's date, neighbors entity= the quads of
// the predicates the page reaches. Only the rows of the page (and those
// tied with its first and last row) are read in full. On the kv stores
// (bolt) the walks take Cayley's index scans directly (kvscan.go), since
// its optimizer falls back to scanning every quad of a predicate for
// patterns that fix only part of an index key.
//
// A fact restated by every article that states it (an entity's name, a
// role's holder) is one quad per article; reading one is one index read
// when the kv index can tell that all its quads have the same value.
//
// entities and roles without a filter summarise the whole graph: on bolt
// they read the index's count of each entity's or role's articles
// (graph.Store.TypeCounts), elsewhere every quad of a type, which takes
// seconds at 100,000 articles. statements without a filter does not: it
// pages through the statements in the order the store keeps their nodes. A [Cache] passed in RunOptions
// keeps those summaries, and the names and dates read, across runs; the
// console keeps one.
//
// The path query is a breadth-first search from both ends at once over
// quads in both directions that skips rdf:type and literals (pathfind.go).
// It expands, a level at a time, the side whose next level reads less
// (an entity weighs the articles that mention it, counted by the index),
// stops at the first level where the two meet, and within that level as
// soon as it has more than 50 chains (Result.More), so every chain it
// shows is a shortest one. On bolt it lists a node's predicates from the
// index keys (graph.Store.Predicates) and never reads a hub's restated
// names and types. It is bounded: 4 hops (hops=), 200,000 visited nodes and
// 300,000 quads read; a search that would pass a bound stops with
// ErrTooLarge, saying how many hops it ruled out, rather than answer with
// a longer chain.
package queries
