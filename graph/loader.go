package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/newsgraph/newsgraph/schema"
)

// loader is the state of one Load. It writes a batch while it stages the
// next: staging reads the store (has this article been loaded, which
// entity is this name) and extraction feeds it, while the write is Cayley's
// work alone (and the server's, whose next batch is prepared meanwhile: see
// prepared.go), so on two cores the one hides behind the other. The batch
// being written stays visible to staging through its own entity index and
// ids until it is committed and folded into the Store's index.
type loader struct {
	s       *Store
	ctx     context.Context
	opt     LoadOptions
	st      *LoadStats
	open    *batch      // being staged
	writing *writing    // being written, or nil
	read    int         // articles read into open since the last OnBatch
	pre     *prefetched // what prefetch read for the window being staged
}

// docOrError is what the docs of a Load yield.
type docOrError struct {
	doc schema.Document
	err error
}

// takeWindow stages the documents of window in order, after reading at
// once what they will ask of the store (prefetch).
func (l *loader) takeWindow(window []docOrError) error {
	if err := l.prefetch(window); err != nil {
		return err
	}
	for i := range window {
		if err := l.take(&window[i].doc, window[i].err); err != nil {
			return err
		}
	}
	return nil
}

// take stages one document, or counts its error, and flushes the batch
// when it is full.
func (l *loader) take(d *schema.Document, err error) error {
	s, st, opt := l.s, l.st, l.opt
	if l.ctx.Err() != nil {
		return l.ctx.Err()
	}
	if err == nil && d.ID == "" {
		err = fmt.Errorf("%s: article has no id", d.Origin)
	}
	if err != nil {
		st.Failed++
		if opt.OnError != nil {
			opt.OnError(err)
		}
		return nil
	}
	if l.open.ids[d.ID] && !opt.Resume {
		if err := l.flush(); err != nil {
			return err
		}
	}
	// An article of the batch being written is read back from the
	// store (its old facts), so that batch must be in.
	if l.writing != nil && l.writing.b.ids[d.ID] {
		if err := l.wait(); err != nil {
			return err
		}
	}
	st.Articles++
	l.read++
	status, err := s.stageRetrying(l.ctx, l.open, l.inflight(), d, opt.Resume, l.pre)
	if err != nil {
		return fmt.Errorf("load %s: %w", d.ID, err)
	}
	switch status {
	case skipped:
		st.Skipped++
	case unchanged:
		st.Unchanged++
	}
	if status == replaced || l.read >= opt.batchArticles() || len(l.open.adds) >= s.opt.batchSize() {
		return l.flush()
	}
	return nil
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
