package graph

import (
	"context"
	"fmt"
	"iter"
	"os"
	"runtime/debug"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// DefaultBatchArticles is how many articles Load writes per transaction
// unless LoadOptions.BatchArticles says otherwise. Options.BatchSize caps the
// quads of a batch as well.
const DefaultBatchArticles = 500

// LoadOptions tune Store.Load.
type LoadOptions struct {
	BatchArticles int             // articles per transaction; 0 means DefaultBatchArticles
	Resume        bool            // skip articles already in the store (their article node is the journal) without re-writing them
	OnError       func(error)     // called for each error the docs sequence yields; the load goes on. nil: errors are counted only
	OnBatch       func(LoadStats) // called after each committed batch with running totals (progress bars)
}

func (o LoadOptions) batchArticles() int {
	if o.BatchArticles > 0 {
		return o.BatchArticles
	}
	return DefaultBatchArticles
}

// LoadStats counts what a load did.
type LoadStats struct {
	Articles  int   // articles read from docs without error (including skipped and unchanged)
	Skipped   int   // skipped by Resume
	Unchanged int   // stored with the same content hash (or, stored before hashes, the same facts): added nothing
	Failed    int   // errors yielded by docs
	Quads     int64 // new quads written
}

// Load writes the documents docs yields, in order, a batch of articles per
// transaction, and returns what it did. The result is the graph that
// AddDocument on each document in turn would give: each document's entities
// are resolved against the store and the batch's earlier documents, an
// article stored with the same content hash (ContentHash) is skipped
// without being resolved again (a document for it need not be extracted:
// see Loaded), one whose content changed replaces its facts, and of two
// documents with the same id the later wins.
//
// A batch holds at most opt.BatchArticles articles and about
// Options.BatchSize quads (an article is never split). An article whose old
// facts must be deleted ends its batch: as in AddDocument, the deletes are a
// second transaction after the adds. A document that repeats the id of one
// in the open batch starts a new batch.
//
// Errors yielded by docs (unreadable input) and documents without an id are
// counted in Failed, passed to opt.OnError, and skipped. A store error stops
// the load, and so does a done ctx, whose error Load returns: the batches
// before stay written (LoadStats.Quads counts them), the open one is not. A process killed during a
// load loses at most its open batch; with opt.Resume, a second load skips
// the articles whose node exists, which are those of committed batches.
func (s *Store) Load(ctx context.Context, docs iter.Seq2[schema.Document, error], opt LoadOptions) (st LoadStats, err error) {
	l := &loader{s: s, ctx: ctx, opt: opt, st: &st, open: s.newBatch()}
	defer s.watchMappedPages()()
	// Whatever ends the load, the batch being written finishes first, so
	// that the store is not closed under it and st counts it.
	defer func() {
		if werr := l.wait(); err == nil {
			err = werr
		}
	}()
	window := make([]docOrError, 0, l.windowSize())
	for d, err := range docs {
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if window = append(window, docOrError{d, err}); len(window) < cap(window) {
			continue
		}
		if err := l.takeWindow(window); err != nil {
			return st, err
		}
		window = window[:0]
	}
	if err := l.takeWindow(window); err != nil {
		return st, err
	}
	if ctx.Err() != nil {
		return st, ctx.Err()
	}
	if err := l.flush(); err != nil {
		return st, err
	}
	return st, l.wait()
}

// batch is the open transaction of a load: the quads to add (and, when the
// batch ends with a changed article, to delete) and the resolution facts of
// the articles staged so far.
type batch struct {
	ids   map[string]bool // articles staged
	adds  []quad.Quad
	stale []quad.Quad // old facts of a changed article, deleted after adds
	// prepared holds the adds staged for the write, if Store.prepare did.
	prepared *preparedAdds
	rehash   []quad.Quad // the changed article's new content hash, written after the deletes
	commit   Commit      // the articles it adds and changes, for the store's commits
	pending  *entityIndex
}

func (s *Store) newBatch() *batch {
	return &batch{ids: map[string]bool{}, pending: newEntityIndex()}
}

// stageStatus says what stage did with an article.
type stageStatus int

const (
	added     stageStatus = iota // new, or changed with nothing to delete: its quads are in the batch
	replaced                     // changed: the batch deletes its stale facts and must end
	unchanged                    // in the store with the same facts
	skipped                      // in the store (or in the batch), and Resume is on
)

// stage resolves d's entities against the store and the batch, and adds its
// quads to the batch. d is updated in place to the names it will be stored
// under. It works under the write lock, released between articles.
//
// An article whose content hash is stored (the same id and content) is
// unchanged and left as it is, without resolving it again: resolution
// reads the store, which later articles have changed since, so resolving
// it again could give other facts. One loaded before with other content is
// resolved against every other article (see canonicalize) and replaces its
// old facts.
func (s *Store) stage(ctx context.Context, b *batch, inflight *entityIndex, d *schema.Document, resume bool, pre *prefetched) (status stageStatus, err error) {
	label := schema.ArticleIRI(d.ID)
	err = s.staging(func(qs cgraph.QuadStore) error {
		if b.ids[d.ID] { // only with resume: Load flushes the batch otherwise
			status = skipped
			return nil
		}
		st, err := pre.article(ctx, qs, d.Article)
		if err != nil || st.same {
			status = unchanged
			if resume {
				status = skipped
			}
			return err
		}
		if resume && st.whole() {
			status = skipped
			return nil
		}
		// Only an article loaded before can have stale facts; walking the
		// facts of its entities is the expensive part of a write, so a new
		// article skips it.
		var old []quad.Quad
		if st.stored || st.hashed {
			if old, err = labelledQuads(ctx, qs, label); err != nil {
				return err
			}
		}
		view := &entityView{qs: qs, stored: s.entities, pending: b.pending, inflight: inflight, own: newOwnFacts(label, old), apart: pre.keptApart()}
		if err := canonicalize(ctx, view, d); err != nil {
			return fmt.Errorf("resolve entities: %w", err)
		}
		want := dedupe(append(d.Quads(), hashQuad(d.Article)))
		fresh, stale := want, []quad.Quad(nil)
		if old != nil {
			fresh, stale = minus(want, old), minus(old, want)
		}
		switch {
		case len(fresh) == 0 && len(stale) == 0:
			status = unchanged
		case len(stale) > 0:
			status = replaced
			b.stale = stale
			// The new hash is written last (see commit).
			b.rehash = []quad.Quad{hashQuad(d.Article)}
			fresh = minus(fresh, b.rehash)
		}
		b.ids[d.ID] = true
		if status != unchanged {
			if st.stored {
				b.commit.Changed = append(b.commit.Changed, label)
			} else {
				b.commit.Added = append(b.commit.Added, label)
			}
		}
		b.adds = append(b.adds, fresh...)
		b.pending.record(fresh)
		return nil
	})
	return status, err
}

// stageRetrying is stage, tried again on a database server after a lost
// connection or a conflict (see withRetry): when a Galera node is killed,
// the reads in flight on it fail and the next go to another node (see
// isMySQL). Each try starts from the document as it came, since resolution
// renames it in place; stage changes the batch only once its reads are
// done.
func (s *Store) stageRetrying(ctx context.Context, b *batch, inflight *entityIndex, d *schema.Document, resume bool, pre *prefetched) (status stageStatus, err error) {
	if s.counter == nil {
		return s.stage(ctx, b, inflight, d, resume, pre)
	}
	orig := d.Clone()
	err = withRetry(ctx, s.counter.d, func() (err error) {
		*d = orig.Clone()
		status, err = s.stage(ctx, b, inflight, d, resume, pre)
		return err
	})
	return status, err
}

// LoadMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// LimitLoadMemory sets. A commit holds every bolt page it changes until it
// syncs (110 MiB for a batch into the indexes of 100,000 articles), and
// Go's default of a heap twice the live one after each collection would
// let a load of 100,000 articles reach 900 MiB of heap, where this limit
// makes the collector work harder instead: measured, the heap then peaks
// at 500 MiB, for the same speed. With the bolt file's pages capped at
// mappedPageBudget, a load stays under 1 GB resident.
const LoadMemoryLimit = 512 << 20

// LimitLoadMemory sets the process's soft memory limit to LoadMemoryLimit,
// for a process whose work is Load (newsgraph load), unless the user set
// GOMEMLIMIT.
func LimitLoadMemory() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(LoadMemoryLimit)
	}
}
