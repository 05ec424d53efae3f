// Package console is the read model of newsgraph's web console: it answers
// the overview, entity, article, lookup and search pages by reading the
// store (through package queries, one index walk per list) and the search
// index (lists newest first, counts, statements per day), never a snapshot
// of the whole graph, so that the console answers at once at any size.
//
// A Model follows the store's writes (graph.Store.Generation): when the
// store moves it brings the index in step (Config.CatchUp), recounts the
// overview's figures once, and records the generation it applied; requests
// read those figures rather than recount. In the background it keeps a
// table of entity names (a few MB at 100,000 articles) for find-as-you-type
// and for naming speakers; until the table is built, lookups resolve names
// exactly through the store.
//
// Every list is paged and bounded: an entity mentioned by 40,000 articles
// shows a page of its articles and statements, its roles and aliases up to
// a bound of quads read, and the entities most often mentioned with it
// counted over a sample of its newest articles (CoMentionSample), which the
// page says.
package console
