// Package search finds statements and articles by their words, with graph
// filters, in one request syntax (ParseRequest) and one ranking (BM25 over
// normalised words).
//
// Index is the store's text index, on disk beside a bolt store (IndexDir;
// for PostgreSQL in the user's cache directory, in memory for memstore:
// OpenFor), following the store's commits (Follow, follow.go): one
// document per article and per statement, with the speaker, speaking
// organisation, mentioned entities and date to filter and sort on. It is
// what the search saved query and the console read, so that a search on
// 100,000 articles reads a few postings lists instead of the graph. It is
// stored by bleve.
//
// A search combines the words of a request with graph filters: the speaker,
// an organisation the speaker holds a role at (or speaks for), an entity the
// statement or article mentions, and the kind of hit. What a search needs
// of the graph (the entities a name resolves to, who holds roles where,
// names and article texts for the hits) it asks through a Lookup, which
// package queries answers from the store; entity hits (names typed) are
// the caller's.
//
// The package imports graph and schema, never queries, so that queries can
// offer the same search as a saved query.
package search
