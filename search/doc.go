// Package search is an in-memory snapshot of the graph for the console: a
// Catalog of the entities, articles, roles and statements the store holds,
// read in one pass over every quad, plus the indexes the console needs to
// answer quickly on large graphs:
//
//   - a prefix index over every entity's ng:key values (its normalised names
//     and aliases), matched at word starts, for find-as-you-type;
//   - an inverted index over the words of statements (schema:text) and
//     articles (schema:headline and schema:articleBody), ranked with BM25;
//   - cross references (entity → articles that mention it, statements it
//     made or that mention it, roles it holds or that belong to it).
//
// A Catalog is immutable: build a new one (Build, or BuildQuadStore inside
// graph.Store.Read) when the store changes. Search combines the words of a
// request with graph filters: the speaker, an organisation the speaker holds
// a role at (or speaks for), an entity the statement or article mentions,
// and the kind of hit.
//
// The package imports graph and schema, never queries, so that queries can
// offer the same search as a saved query.
package search
