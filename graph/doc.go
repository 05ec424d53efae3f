// Package graph is newsgraph's quad store: the only package that opens a
// Cayley store, writes to it and exports from it.
//
// # Backends
//
// [Open] takes a DSN. "mem:" is Cayley's memstore, volatile and fresh on each
// open; any other string is a directory holding a bolt store
// (DIR/indexes.bolt, through go.etcd.io/bbolt), initialised on first use. Bolt takes an exclusive lock
// on its file for as long as the store is open, and bolt waits for that lock
// forever; Open gives up after [Options.LockTimeout] with [ErrLocked] instead.
// URLs ("postgres://…") are refused with [ErrNotSupported] for now.
//
// The kv backends' bloom filters are off unless [Options.Bloom] is set: they
// cost ~150 MiB on an empty store and a scan of every quad on open.
//
// # Concurrency
//
// Memstore is not safe for concurrent reads and writes, so a [Store] guards
// the Cayley store with a read-write lock: writes (AddDocument, AddQuads)
// take it exclusively, and readers (Stats, Export, and package queries)
// run inside [Store.Read].
//
// # Writes
//
// Every fact of an article is a quad labelled with the article's IRI (see
// package schema). [Store.AddDocument] writes one article in one transaction,
// ignoring quads that exist, so loading twice adds nothing. When an article
// comes again with different facts, the quads its label carried before and
// no longer does are deleted in the same transaction. Kv stores have no
// index on labels, so the old facts are found through the model instead of a
// scan: the article node, the entities it schema:mentions, the statements
// that are schema:isPartOf it, and the roles of its entities.
//
// [Store.AddQuads] imports quads from other tools in batches, idempotently
// too, but not atomically: a failure leaves earlier batches written.
//
// The number of quads added is the difference of the store's exact quad
// count around each transaction, taken under the write lock.
//
// # Export
//
// [Store.Export] streams every quad, or those of one article (a scan of all
// quads on kv stores), to any quad.Writer. [NewExportWriter] builds writers
// for N-Quads, rewritten to strict RDF 1.1 (full datatype IRIs, lower-case
// booleans), and JSON-LD with a @context for the schema:, ng:, rdf: and xsd:
// prefixes.
package graph
