package search

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Follow brings the index up to the store's last commit, applying the
// commits since the one it applied last, and calls progress (if not nil)
// after each batch of articles indexed. An index that has applied no
// commit yet (new, or made before stores kept commits) compares its
// articles with the store's instead, and indexes those it lacks.
func (x *Index) Follow(ctx context.Context, s *graph.Store, progress func(done, total int)) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	// Read first: a commit recorded during the catch-up is applied by the
	// next Follow rather than missed.
	last, log, err := lastCommit(ctx, s)
	if err != nil {
		return err
	}
	at, followed, ok, err := x.applied()
	switch {
	case err != nil:
		return fmt.Errorf("search index: %w", err)
	case ok && followed == log && at == last:
		return nil
	case !ok:
		err = x.compare(ctx, s, progress)
	case followed != log || at > last: // not the store the index followed
		err = x.rebuild(ctx, s, progress)
	default:
		err = x.apply(ctx, s, at, log, progress)
	}
	if err != nil {
		return err
	}
	return x.setApplied(last, log)
}

// Behind tells whether the store has commits the index has not applied.
func (x *Index) Behind(ctx context.Context, s *graph.Store) (bool, error) {
	last, log, err := lastCommit(ctx, s)
	if err != nil {
		return true, err
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	at, followed, ok, err := x.applied()
	return err != nil || !ok || at != last || followed != log, err
}

// lastCommit is the store's last commit and the name of its log.
func lastCommit(ctx context.Context, s *graph.Store) (last uint64, log string, err error) {
	if last, err = s.LastCommit(ctx); err == nil {
		log, err = s.LogID(ctx)
	}
	if err != nil {
		return 0, "", fmt.Errorf("search index: %w", err)
	}
	return last, log, nil
}

// OpenFor opens the search index of a store: on bolt, IndexDir in the
// store's directory; on PostgreSQL, a directory of this machine's user
// cache named after the database (each machine keeps its own, following
// the commits the database keeps); in memory for a store in memory.
func OpenFor(s *graph.Store) (*Index, error) {
	if dir, ok := s.BoltDir(); ok {
		return OpenIndex(filepath.Join(dir, IndexDir))
	}
	name, ok := s.SharedName()
	if !ok {
		return OpenIndex("")
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	sum := sha256.Sum256([]byte(name))
	dir := filepath.Join(cache, "newsgraph", "search-"+hex.EncodeToString(sum[:8])+".bleve")
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return nil, fmt.Errorf("search index: %w", err)
	}
	return OpenIndex(dir)
}

// appliedKey holds, inside bleve, the sequence number of the last commit
// of the store that the index applied (8 bytes, big-endian), followed by
// the name of the store's log (graph.Store.LogID).
var appliedKey = []byte("newsgraph-applied-commit")

func (x *Index) applied() (seq uint64, log string, ok bool, err error) {
	v, err := x.bi.GetInternal(appliedKey)
	if err != nil || len(v) < 8 {
		return 0, "", false, err
	}
	return binary.BigEndian.Uint64(v), string(v[8:]), true, nil
}

func (x *Index) setApplied(seq uint64, log string) error {
	return x.bi.SetInternal(appliedKey, append(binary.BigEndian.AppendUint64(nil, seq), log...))
}

// commitsPerRead bounds the commits applied in one pass under the store's
// read lock, which holds writers back: a load commits one per batch of 500
// articles, so 8 are 4,000 articles, about 5 s of indexing.
const commitsPerRead = 8

// apply applies the commits after at, up to commitsPerRead at a time:
// it drops the articles they changed or removed, then indexes again, as
// the store now has them, the articles they added or changed, all in one
// pass under the store's read lock. A record is written before its write,
// so the store, not the record, says whether each article is there, and
// the order of the commits in a window does not matter once the drops come
// first. One pass per window, not per commit: a load commits a batch of
// 500 articles at a time, and indexing each alone left no batch to read
// while the last was indexed. Indexing the 3,000 articles of a load took
// 17.4 s a commit at a time against 13.7 s for the previous version's one
// pass over the articles the index lacked; by windows, 8.8 s against 8.0 s
// (means of two runs each, alternated, on a busy machine).
// A commit that invalidates more makes it rebuild.
func (x *Index) apply(ctx context.Context, s *graph.Store, at uint64, log string, progress func(done, total int)) error {
	for {
		cs, err := s.CommitsSince(ctx, at, commitsPerRead)
		if err != nil {
			return fmt.Errorf("search index: %w", err)
		}
		if len(cs) == 0 {
			return nil
		}
		var drop, again []quad.IRI
		seen := map[quad.IRI]bool{}
		for _, c := range cs {
			if c.Invalidates {
				return x.rebuild(ctx, s, progress)
			}
			drop = append(append(drop, c.Changed...), c.Removed...)
			for _, a := range append(append([]quad.IRI(nil), c.Added...), c.Changed...) {
				if !seen[a] {
					seen[a] = true
					again = append(again, a)
				}
			}
		}
		if err := x.remove(drop); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
		if err := x.index(ctx, s, again, progress); err != nil {
			return err
		}
		at = cs[len(cs)-1].Seq
		if err := x.setApplied(at, log); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
	}
}

// rebuild empties the index and indexes every article of the store.
func (x *Index) rebuild(ctx context.Context, s *graph.Store, progress func(done, total int)) error {
	if err := x.empty(); err != nil {
		return err
	}
	return x.compare(ctx, s, progress)
}

// compare indexes the articles of the store the index lacks and drops
// those the store no longer holds.
func (x *Index) compare(ctx context.Context, s *graph.Store, progress func(done, total int)) error {
	defer s.CapMappedPages()()
	var arts []quad.IRI
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		arts, err = articleIRIs(ctx, qs)
		return err
	})
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	extra, err := x.articleKeys()
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	var missing, gone []quad.IRI
	for _, a := range arts {
		if !extra[key(string(a))] {
			missing = append(missing, a)
		}
		delete(extra, key(string(a)))
	}
	for k := range extra {
		gone = append(gone, quad.IRI(schema.IDBase+k))
	}
	if err := x.remove(gone); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	return x.index(ctx, s, missing, progress)
}

// empty replaces the index with an empty one (which is not invalidated).
func (x *Index) empty() error {
	if err := x.bi.Close(); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	if x.path != "" {
		if err := os.RemoveAll(x.path); err != nil {
			return fmt.Errorf("search index: %w", err)
		}
	}
	fresh, err := openIndex(x.path, lockTimeout)
	if err != nil {
		return err
	}
	x.bi = fresh.bi
	return nil
}

// articleKeys are the keys of the articles the index holds.
func (x *Index) articleKeys() (map[string]bool, error) {
	n, err := x.articles()
	if err != nil {
		return nil, err
	}
	res, err := x.bi.Search(bleve.NewSearchRequestOptions(termQuery(fieldKind, kindArticle), int(n), 0, false))
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = true
	}
	return out, nil
}
