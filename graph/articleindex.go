package graph

import (
	"encoding/binary"
	"io"
	"log/slog"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// ArticleIndex is an index of the store's articles kept in step with it by
// the Store: the search index (package search, which imports graph). After
// each committed write the Store tells it which articles were added or
// changed, with their facts, and which were removed; a write it cannot
// describe so (an import, a merge of two entities) invalidates it, and its
// owner rebuilds it from the store. An index that fails to follow a write
// does not fail the write: the graph is the record, the index is derived
// from it, so the Store invalidates the index and logs a warning.
type ArticleIndex interface {
	Put(arts []ArticleFacts) error
	Remove(articles ...quad.IRI) error
	Invalidate() error
	// Followed tells the index that it was just told all that the write
	// which moved ArticleWrites from from to to did.
	Followed(from, to uint64) error
	io.Closer
}

// ArticleFacts are the quads an article states (those labelled with its
// IRI), all of them, not only those a write added.
type ArticleFacts struct {
	IRI   quad.IRI
	Quads []quad.Quad
	New   bool // the store did not hold the article before: the index has nothing of it to replace
}

// KeepIndex makes the Store keep x in step with its writes from now on, and
// close it when the Store closes.
func (s *Store) KeepIndex(x ArticleIndex) {
	s.writers.Lock()
	defer s.writers.Unlock()
	s.index = x
}

// Index is the index KeepIndex gave the Store, or nil.
func (s *Store) Index() ArticleIndex { return s.index }

// indexed tells the index of a committed write; invalidate means a write
// the index cannot follow. writes, if not 0, is the ArticleWrites the write
// moved to, when facts and removed are all it did.
func (s *Store) indexed(facts []ArticleFacts, removed []quad.IRI, invalidate bool, writes uint64) {
	x := s.index
	if x == nil {
		return
	}
	var err error
	switch {
	case invalidate:
		err = x.Invalidate()
	case len(removed) > 0:
		err = x.Remove(removed...)
	case len(facts) > 0:
		err = x.Put(facts)
	}
	if err == nil && !invalidate && writes > 0 {
		err = x.Followed(writes-1, writes)
	}
	if err != nil && !invalidate {
		slog.Warn("article index fell behind the store; it will be rebuilt", "err", err)
		err = x.Invalidate()
	}
	if err != nil {
		slog.Warn("article index: cannot mark it for a rebuild", "err", err)
	}
}

// BoltDir is the store's directory if it is a bolt store.
func (s *Store) BoltDir() (string, bool) {
	if s.dsn == MemDSN || isPostgres(s.dsn) {
		return "", false
	}
	return s.dsn, true
}

// articleWritesKey holds ArticleWrites in the store's own bolt bucket.
var articleWritesKey = []byte("article-writes")

// ArticleWrites counts, on a bolt store, the writes that added, changed or
// removed articles, or may have (an import, a merge of entities). Each such
// write bumps it, synced, before it commits, so that an index that noted
// the count when it was last in step knows without reading the store
// whether it still is (a write that failed after its bump merely sends the
// index to look). ok is false on other stores.
func (s *Store) ArticleWrites() (n uint64, ok bool, err error) {
	db := s.boltDB()
	if db == nil {
		return 0, false, nil
	}
	err = db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(metaBucket); b != nil {
			n = articleWritesIn(b)
		}
		return nil
	})
	return n, true, err
}

// bumpArticleWrites adds one to ArticleWrites, before a write to articles,
// and returns the new count (0 on stores that keep none).
func (s *Store) bumpArticleWrites() (n uint64, err error) {
	err = s.updateMeta(func(meta *bolt.Bucket) error {
		n = articleWritesIn(meta) + 1
		return meta.Put(articleWritesKey, binary.BigEndian.AppendUint64(nil, n))
	})
	return n, err
}

// articleWritesIn reads ArticleWrites from the store's own bucket.
func articleWritesIn(meta *bolt.Bucket) uint64 {
	if v := meta.Get(articleWritesKey); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

// CapMappedPages keeps the pages of a bolt store's file that a long read
// maps from piling up in the process's resident memory, as Load does for
// its own reads, until stop is called. Elsewhere it does nothing.
func (s *Store) CapMappedPages() (stop func()) { return watchMappedPages(s.dsn) }
