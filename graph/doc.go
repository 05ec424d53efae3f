// Package graph is newsgraph's quad store: the only package that opens a
// Cayley store, writes to it and exports from it.
//
// # Backends
//
// [Open] takes a DSN. "mem:" is Cayley's memstore, volatile and fresh on each
// open; any other string is a directory holding a bolt store
// (DIR/indexes.bolt, through go.etcd.io/bbolt), initialised on first use.
// Bolt takes an exclusive lock on its file for as long as the store is open,
// and bolt waits for that lock forever; Open gives up after
// [Options.LockTimeout] with [ErrLocked] instead. "postgres://…" URLs open
// Cayley's SQL backend on PostgreSQL, "mysql://…" URLs its mysql flavour on
// MariaDB, MySQL or a Galera cluster (one host or several, comma-separated:
// newsgraph uses one at a time and fails over to the next, see isMySQL),
// on newsgraph's own schema (see mysqlSchema); other URLs are refused with
// [ErrNotSupported]. Added quads are written in bulk, leaving the rows
// Cayley's writer would: on PostgreSQL by COPY into staging tables, then
// set-based upserts, on MySQL by multi-row INSERTs (see bulkAdd); Open
// drops the foreign keys of Cayley's PostgreSQL quads table and keeps four
// of its seven indexes (see fitQuadsTable).
//
// The kv backends' bloom filters are off unless [Options.Bloom] is set: they
// cost ~150 MiB on an empty store and a scan of every quad on open.
//
// # Concurrency
//
// A [Store] is safe for concurrent use. Writers (Load, AddDocument,
// AddQuads, RemoveArticle, merges) take the writers' lock one at a time.
// Readers (Stats, Export, package queries) run inside [Store.Read]:
//
//   - on bolt and memstore they share a read-write lock that a commit takes
//     exclusively, since memstore cannot be read while written (and a
//     memstore read that starts an iterator over all quads writes to it,
//     which is serialised apart);
//   - on PostgreSQL and MySQL they take one of 8 read slots instead and never wait
//     for a write: Cayley's SQL writes are transactions, so a read sees a
//     commit whole or not at all, and the slots keep a busy console within
//     the server's connection limit.
//
// [Store.Load] stages a batch (reads the store to resolve its entities and
// to find articles loaded before) while its previous batch is committed, on
// bolt and PostgreSQL, where a read transaction sees the last commit; the
// batch being committed stays visible to staging through its own entity
// index until it is in. Bolt is opened with a 64 GiB mapping so that a
// commit never remaps the file under such a read (a remap waits for read
// transactions, and Cayley nests them); a store near that size is written
// without the overlap. [Store.Generation] counts writes, for caches of what
// was read.
//
// # Writes
//
// Every fact of an article is a quad labelled with the article's IRI (see
// package schema). [Store.Load] writes a sequence of articles in batches, one
// transaction per batch (at most [LoadOptions.BatchArticles] articles, 500
// by default, and about [Options.BatchSize] quads, 50,000 by default: every
// bolt commit rewrites the pages it touched and syncs, so larger batches
// write faster, but on a large store a commit touches pages all over the
// indexes and holds each in memory until it syncs); [Store.AddDocument] is
// a batch of one. On bolt, Load unmaps the pages of the file it has read
// whenever they pass 256 MiB of the process's resident memory, and once at
// the end (they stay in the kernel's page cache): a commit into the indexes
// of a large store reads pages all over them, which would otherwise count
// in the process's resident memory as the store grows.
// Quads that exist are ignored, so loading twice adds nothing.
//
// Each article also stores its content hash (ng:contentHash, see
// ContentHash: id, date, title, url, publisher and text; not the path it
// was read from), in the
// transaction that writes its facts. An article whose hash is stored is
// unchanged and skipped before anything else (Store.Loaded lets the load
// pipeline skip its extraction too): it is never resolved again, so its
// facts never change because of articles stored after it. When an article
// comes again with other content, the quads its label carried before and
// no longer does are deleted, in a second transaction after the adds
// (Cayley's kv ApplyDeltas corrupts adds mixed with deletes), and the batch
// ends there. Kv stores have no index on labels, so the old facts are found
// through the model instead of a scan: the article node, the entities it
// schema:mentions, the statements that are schema:isPartOf it, and the
// roles of its entities.
//
// Entities are resolved to stored ones article by article, each article
// seeing the store and the batch's earlier articles, never its own stored
// facts. So the graph depends on the order of the articles only, not on
// the batch size nor on where a load was interrupted: a batch gives what
// AddDocument on each of its articles in turn gives, and a load of the
// first half of a corpus followed by a load of all of it gives the graph of
// one load of all. A changed article is resolved against every other
// article stored, as if it came last. What resolution reads (an entity's
// types and names, the holders of a match key) is kept in memory for the
// Store's life and updated by its writes; it grows with the number of
// distinct entities, not of articles, and deletes reset it. Another process
// writing to the same PostgreSQL database meanwhile is not seen by it.
//
// # Commits: what derived views follow
//
// Every write records a [Commit] (a sequence number, the articles it
// added, changed and removed, and whether it changed more than those, as
// an import or a merge of entities does) before it is applied: in a bucket
// of the bolt file, a table on PostgreSQL, memory on memstore.
// [Store.CommitsSince] gives them back in order. The store knows nothing
// of who reads them: views derived from the graph (the search index, the
// console's counts) live above it, follow the commits and record the last
// one they applied, and re-read from the store the articles a commit
// names, since a write cut short may have changed fewer of them. On
// PostgreSQL and MySQL the record's transaction stays open until the write
// ends, so that other processes, hot standbys and replicas never see a
// commit before its quads (see openRecord).
//
// # Hot standbys
//
// [Open] on a PostgreSQL hot standby (pg_is_in_recovery), or on a MySQL or
// MariaDB server with read_only set (a replica), creates nothing and
// returns a read-only store: every write fails with [ErrReadOnly],
// naming the standby, and [Store.Generation] counts the commits the
// standby replays from its primary, so that a console reading it follows
// the primary's writes.
//
// # Crash safety
//
// Bolt commits a transaction atomically and fsyncs it (unless
// [Options.NoSync]), so a process killed during a load loses at most its open
// batch; the store opens and answers queries as it was after the last
// committed batch. Loading the same input again skips the committed
// articles by their content hash and loads the rest, which gives the graph
// of an uninterrupted load. [LoadOptions.Resume] skips every article whose
// node exists (the node, written in the same transaction as the article's
// facts, is the journal of loaded articles) without comparing hashes. A
// changed article killed between its adds and its deletes holds two
// content hashes; with or without Resume, loading it again resolves it as
// the first time (its own facts are never seen) and completes the replace.
//
// [Store.Import] reads N-Quads from other tools strictly (nquads.Reader:
// the N-Quads grammar, IRIs valid by RFC 3987) and writes nothing if any
// line is bad, reporting it as "FILE:LINE: …" (nquads.ParseError); the checked
// quads are staged in a temporary file and then written through
// [Store.AddQuads], in batches, idempotently: a crash during that write
// leaves earlier batches, and importing again completes it.
//
// The number of quads added is exact: on kv stores and memstore, the
// difference of the quad count they keep, around each transaction and under
// the write lock; on PostgreSQL, where Cayley's exact count is a COUNT(*) of
// the whole table, the rows the bulk INSERTs of the quads added, or, for
// deletes, one query per transaction that asks which of its quads were
// stored already.
//
// # Counts from the index
//
// [Store.TypeCounts] reads how many articles state each entity's or role's
// type from the list of quad ids Cayley's bolt index keeps per [O,P,S] key,
// instead of reading the quads. Those lists keep deleted quads, so a bolt
// store created by this package records in a bucket of its own that its
// lists are exact, and any write that could make them wrong (a delete, a
// type quad under another label) removes the record first; from then on,
// and on other backends, callers count by reading.
//
// # Decisions about entities
//
// [Store.MergeEntities], [Store.Unmerge] and [Store.KeepApart] store what a
// person decided, who and when, as quads under [DecisionsLabel] (see
// decision.go), so exports carry them and a store that imports them
// respects them: resolution never joins two entities kept apart, and a
// merge keeps the original form of every fact it moved, which Unmerge puts
// back. Merge and unmerge are journalled like the other two-step writes
// ([Store.FinishMerge], [Store.FinishUnmerge]).
//
// # Reading
//
// [Store.Read] hands its callers Cayley's QuadStore under the read lock;
// package export, which sits above graph, writes every format through it
// with [EachQuadOf] and [SameValue], the two helpers graph made public for
// it.
package graph
