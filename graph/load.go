package graph

import (
	"context"
	"fmt"
	"iter"

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
	Unchanged int   // loaded before with the same facts: added nothing
	Failed    int   // errors yielded by docs
	Quads     int64 // new quads written
}

// Load writes the documents docs yields, in order, a batch of articles per
// transaction, and returns what it did. The result is the graph that
// AddDocument on each document in turn would give: each document's entities
// are resolved against the store and the batch's earlier documents, an
// article loaded before with the same facts adds nothing, one whose facts
// changed replaces them, and of two documents with the same id the later
// wins.
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
func (s *Store) Load(ctx context.Context, docs iter.Seq2[schema.Document, error], opt LoadOptions) (LoadStats, error) {
	var st LoadStats
	b := s.newBatch()
	inBatch := 0 // articles read since the last OnBatch, written or not
	flush := func() error {
		if err := s.flush(ctx, b, &st); err != nil {
			return fmt.Errorf("load: %w", err)
		}
		if inBatch > 0 && opt.OnBatch != nil {
			opt.OnBatch(st)
		}
		inBatch = 0
		return nil
	}
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
		if b.ids[d.ID] && !opt.Resume {
			if err := flush(); err != nil {
				return st, err
			}
		}
		st.Articles++
		inBatch++
		status, err := s.stage(ctx, b, &d, opt.Resume)
		if err != nil {
			return st, fmt.Errorf("load %s: %w", d.ID, err)
		}
		switch status {
		case skipped:
			st.Skipped++
		case unchanged:
			st.Unchanged++
		}
		if status == replaced || inBatch >= opt.batchArticles() || len(b.adds) >= s.opt.batchSize() {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if ctx.Err() != nil {
		return st, ctx.Err()
	}
	return st, flush()
}

// batch is the open transaction of a load: the quads to add (and, when the
// batch ends with a changed article, to delete) and the resolution facts of
// the articles staged so far.
type batch struct {
	ids     map[string]bool // articles staged
	adds    []quad.Quad
	stale   []quad.Quad // old facts of a changed article, deleted after adds
	pending *entityIndex
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
func (s *Store) stage(ctx context.Context, b *batch, d *schema.Document, resume bool) (status stageStatus, err error) {
	label := schema.ArticleIRI(d.ID)
	err = s.write(func(qs cgraph.QuadStore) error {
		seen := b.ids[d.ID]
		if !seen {
			var err error
			if seen, err = hasQuad(ctx, qs, quad.Make(label, schema.PredType, schema.TypeNewsArticle, label)); err != nil {
				return err
			}
		}
		if seen && resume {
			status = skipped
			return nil
		}
		view := &entityView{qs: qs, stored: s.entities, pending: b.pending}
		if err := canonicalize(ctx, view, d); err != nil {
			return fmt.Errorf("resolve entities: %w", err)
		}
		want := dedupe(d.Quads())
		// Only an article loaded before can have stale facts; walking the
		// facts of its entities is the expensive part of a write, so a new
		// article skips it.
		fresh, stale := want, []quad.Quad(nil)
		if seen {
			old, err := labelledQuads(ctx, qs, label)
			if err != nil {
				return err
			}
			fresh, stale = minus(want, old), minus(old, want)
		}
		switch {
		case len(fresh) == 0 && len(stale) == 0:
			status = unchanged
		case len(stale) > 0:
			status = replaced
			b.stale = stale
		}
		b.ids[d.ID] = true
		b.adds = append(b.adds, fresh...)
		b.pending.record(fresh)
		return nil
	})
	return status, err
}

// flush writes the batch, adds first and deletes second in their own
// transactions (see AddDocument for the Cayley bug this avoids), counts the
// new quads in st, and empties b. After a failure b is emptied too: its
// articles are not in the store, except that a failed delete leaves the
// adds written.
func (s *Store) flush(ctx context.Context, b *batch, st *LoadStats) error {
	if len(b.adds) == 0 && len(b.stale) == 0 {
		b.reset()
		return nil
	}
	defer b.reset()
	return s.write(func(qs cgraph.QuadStore) error {
		// Quads of distinct articles carry distinct labels, and each
		// article's are deduplicated, so the batch has no duplicates, which
		// Cayley's kv writer would not notice.
		grown, err := s.apply(ctx, qs, deltas(b.adds, cgraph.Add))
		if err != nil {
			return err
		}
		st.Quads += grown
		s.entities.fold(b.pending)
		if len(b.stale) > 0 {
			s.entities.reset() // a deleted fact may have been an entity's last type, name or key
			if _, err := s.apply(ctx, qs, deltas(b.stale, cgraph.Delete)); err != nil {
				return fmt.Errorf("delete stale facts: %w", err)
			}
		}
		return nil
	})
}

func (b *batch) reset() {
	clear(b.ids)
	b.adds, b.stale = nil, nil
	b.pending = newEntityIndex()
}
