package graph

import (
	"context"
	"errors"
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
	for d, err := range docs {
		if ctx.Err() != nil {
			return st, ctx.Err()
		}
		if err == nil && d.ID == "" {
			err = fmt.Errorf("%s: article has no id", d.Origin)
		}
		if err != nil {
			st.Failed++
			if opt.OnError != nil {
				opt.OnError(err)
			}
			continue
		}
		if l.open.ids[d.ID] && !opt.Resume {
			if err := l.flush(); err != nil {
				return st, err
			}
		}
		// An article of the batch being written is read back from the
		// store (its old facts), so that batch must be in.
		if l.writing != nil && l.writing.b.ids[d.ID] {
			if err := l.wait(); err != nil {
				return st, err
			}
		}
		st.Articles++
		l.read++
		status, err := s.stageRetrying(ctx, l.open, l.inflight(), &d, opt.Resume)
		if err != nil {
			return st, fmt.Errorf("load %s: %w", d.ID, err)
		}
		switch status {
		case skipped:
			st.Skipped++
		case unchanged:
			st.Unchanged++
		}
		if status == replaced || l.read >= opt.batchArticles() || len(l.open.adds) >= s.opt.batchSize() {
			if err := l.flush(); err != nil {
				return st, err
			}
		}
	}
	if ctx.Err() != nil {
		return st, ctx.Err()
	}
	if err := l.flush(); err != nil {
		return st, err
	}
	return st, l.wait()
}

// loader is the state of one Load. It writes a batch while it stages the
// next: staging reads the store (has this article been loaded, which
// entity is this name) and extraction feeds it, while the write is Cayley's
// work alone, so on two cores the one hides behind the other. The batch
// being written stays visible to staging through its own entity index and
// ids until it is committed and folded into the Store's index.
type loader struct {
	s       *Store
	ctx     context.Context
	opt     LoadOptions
	st      *LoadStats
	open    *batch   // being staged
	writing *writing // being written, or nil
	read    int      // articles read into open since the last OnBatch
}

// writing is a batch handed to its own goroutine for writing.
type writing struct {
	b        *batch
	articles int       // articles read with it
	upTo     LoadStats // the counts once it is in, but for Quads: what OnBatch reports
	// written is closed once the write has ended, with grown and err set.
	written chan struct{}
	grown   int64
	err     error
}

func newWriting(b *batch, articles int, upTo LoadStats) *writing {
	return &writing{b: b, articles: articles, upTo: upTo, written: make(chan struct{})}
}

// end records how the write ended and lets its waiters go.
func (w *writing) end(grown int64, err error) {
	w.grown, w.err = grown, err
	close(w.written)
}

// errEarlierBatch ends a write that waited for an earlier batch which failed.
var errEarlierBatch = errors.New("an earlier batch was not written")

// inflight is the entity index of the batch being written, if any.
func (l *loader) inflight() *entityIndex {
	if l.writing == nil {
		return nil
	}
	return l.writing.b.pending
}

// flush hands the open batch to the writer and opens a new one. Only one
// batch is written at a time: the new one's goroutine prepares its write
// (see Store.prepare) while the batch before is written, then waits for
// it; flush waits for the batch before too, and folds it in, before
// staging goes on. A batch that deletes stale facts is written before
// anything else is staged (the deletes change what resolution reads), and
// so is every batch on memstore, which cannot be read while it is written.
func (l *loader) flush() error {
	b := l.open
	l.open = l.s.newBatch()
	w := newWriting(b, l.read, *l.st)
	l.read = 0
	if len(b.stale) > 0 || !l.s.readsWhileWriting() {
		if err := l.wait(); err != nil {
			return err
		}
		l.writing = w
		w.end(l.s.commit(l.ctx, b))
		return l.wait()
	}
	before := l.writing
	go func() {
		l.s.prepare(l.ctx, b)
		if before != nil {
			if <-before.written; before.err != nil {
				b.prepared.discard()
				w.end(0, errEarlierBatch)
				return
			}
		}
		w.end(l.s.commit(l.ctx, b))
	}()
	err := l.wait()
	l.writing = w
	return err
}

// wait waits for the batch being written, counts its quads, folds its
// entities into the Store's index and reports progress.
func (l *loader) wait() error {
	w := l.writing
	if w == nil {
		return nil
	}
	l.writing = nil
	<-w.written
	if w.err != nil {
		return fmt.Errorf("load: %w", w.err)
	}
	l.st.Quads += w.grown
	l.s.settle(w.b)
	if w.articles > 0 && l.opt.OnBatch != nil {
		// Not *l.st: it counts the articles staged since, which are not in.
		w.upTo.Quads = l.st.Quads
		l.opt.OnBatch(w.upTo)
	}
	return nil
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
func (s *Store) stage(ctx context.Context, b *batch, inflight *entityIndex, d *schema.Document, resume bool) (status stageStatus, err error) {
	label := schema.ArticleIRI(d.ID)
	err = s.staging(func(qs cgraph.QuadStore) error {
		if b.ids[d.ID] { // only with resume: Load flushes the batch otherwise
			status = skipped
			return nil
		}
		same, err := hasHash(ctx, qs, d.Article)
		if err != nil || same {
			status = unchanged
			if resume {
				status = skipped
			}
			return err
		}
		st, err := readArticleState(ctx, qs, d.ID)
		if err != nil || resume && st.whole() {
			status = skipped
			return err
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
		view := &entityView{qs: qs, stored: s.entities, pending: b.pending, inflight: inflight, own: newOwnFacts(label, old)}
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
func (s *Store) stageRetrying(ctx context.Context, b *batch, inflight *entityIndex, d *schema.Document, resume bool) (status stageStatus, err error) {
	if s.counter == nil {
		return s.stage(ctx, b, inflight, d, resume)
	}
	orig := d.Clone()
	err = withRetry(ctx, s.counter.d, func() (err error) {
		*d = orig.Clone()
		status, err = s.stage(ctx, b, inflight, d, resume)
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
