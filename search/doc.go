// Package search finds statements, articles and entities by their words,
// two ways over one request syntax (ParseRequest) and one ranking (BM25
// over normalised words, statement and article hits with the same fields):
//
//   - Index, on disk beside a bolt store (IndexDir; for PostgreSQL in the
//     user's cache directory, in memory for memstore: OpenFor), following
//     the store's commits (Follow, follow.go): one document per article and
//     per statement, with the speaker, speaking organisation, mentioned
//     entities and date to filter and sort on. It is what the search saved
//     query reads, so that a search on 100,000 articles reads a few
//     postings lists instead of the graph. It is stored by bleve.
//   - Catalog, an in-memory snapshot of the graph for the console: the
//     entities, articles, roles and statements the store holds, read in one
//     pass over every quad, with a prefix index over every entity's ng:key
//     values (find-as-you-type), its own inverted index of words, and cross
//     references (entity → articles that mention it, statements it made or
//     that mention it, roles it holds or that belong to it). A Catalog is
//     immutable: build a new one (Build, or BuildQuadStore inside
//     graph.Store.Read) when the store changes. The console still reads
//     one (it is to read the store and the Index instead).
//
// A search combines the words of a request with graph filters: the speaker,
// an organisation the speaker holds a role at (or speaks for), an entity the
// statement or article mentions, and the kind of hit.
//
// The package imports graph and schema, never queries, so that queries can
// offer the same search as a saved query.
package search
