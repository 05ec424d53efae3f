package console

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// The name table follows the store's commits: after a write it re-reads
// the entities that the articles of the commits since the table's mention
// (milliseconds for a batch of articles), and reads the whole table again
// only when a commit may have changed more than its articles (a merge, an
// import, aliases by hand: Invalidates), removed articles (whose entities
// it cannot name any more), or named more than maxUpdateArticles.

const (
	// maxUpdateArticles is the most articles an update re-reads the
	// entities of; past it the whole table is read again (26 s at 100,000
	// articles on a busy machine, against about 5 ms per article).
	maxUpdateArticles = 5000
	// minRebuildGap is the least time between two whole reads of the
	// table, so that a stream of writes that each need one does not keep a
	// core busy; a read waits at least as long as the last one took.
	minRebuildGap = 5 * time.Second
)

// namesKeeper keeps the name table in the background, one update at a
// time.
type namesKeeper struct {
	model   *Model
	table   atomic.Pointer[nameTable]
	mu      sync.Mutex
	running bool
	dirty   bool          // the store moved during an update
	idle    chan struct{} // closed when the running updates end
	built   chan struct{} // closed when an update ends (or fails) the first time
	once    sync.Once
}

// settled returns a channel closed once no update runs.
func (k *namesKeeper) settled() <-chan struct{} {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.running {
		done := make(chan struct{})
		close(done)
		return done
	}
	return k.idle
}

// refresh starts an update, or asks the running one for another.
func (k *namesKeeper) refresh(ctx context.Context) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.running {
		k.dirty = true
		return
	}
	k.running, k.idle = true, make(chan struct{})
	go k.run(ctx)
}

func (k *namesKeeper) run(ctx context.Context) {
	for {
		start := time.Now()
		whole, err := k.update(ctx)
		took := time.Since(start)
		if err != nil && ctx.Err() == nil {
			k.model.cfg.Logger.Error("console: name table", "err", err)
		}
		k.model.cfg.Logger.Debug("console: name table", "whole", whole, "took", took.Round(time.Millisecond))
		k.once.Do(func() { close(k.built) })
		k.mu.Lock()
		if !k.dirty || ctx.Err() != nil {
			k.running = false
			close(k.idle)
			k.mu.Unlock()
			return
		}
		k.dirty = false
		k.mu.Unlock()
		if whole {
			select {
			case <-ctx.Done():
			case <-time.After(max(minRebuildGap, took)):
			}
		}
	}
}

// update brings the table up to the store's last commit, from the commits
// since the table's if it can, else whole.
func (k *namesKeeper) update(ctx context.Context) (whole bool, err error) {
	s := k.model.cfg.Store
	// Read first: a commit during the update is applied by the next.
	last, err := s.LastCommit(ctx)
	if err != nil {
		return false, fmt.Errorf("console: name table: %w", err)
	}
	if t := k.table.Load(); t != nil {
		done, err := k.apply(ctx, t, last)
		if done || err != nil {
			return false, err
		}
	}
	rows, err := queries.EntityTable(ctx, s, yield(ctx, s))
	if err != nil {
		return true, fmt.Errorf("console: name table: %w", err)
	}
	k.table.Store(newNameTable(rows, last))
	return true, nil
}

// apply re-reads the entities the commits after t's mention; done is false
// when the table must be read whole instead.
func (k *namesKeeper) apply(ctx context.Context, t *nameTable, last uint64) (done bool, err error) {
	if last == t.seq {
		return true, nil
	}
	s := k.model.cfg.Store
	articles, entities, ok, err := commitsSince(ctx, s, t.seq, last)
	if err != nil || !ok {
		return false, err
	}
	mentions, err := queries.ArticleMentions(ctx, s, articles)
	if err != nil {
		return false, fmt.Errorf("console: name table: %w", err)
	}
	for _, ents := range mentions {
		entities = append(entities, ents...)
	}
	slices.Sort(entities)
	rows, err := queries.EntityRows(ctx, s, slices.Compact(entities))
	if err != nil {
		return false, fmt.Errorf("console: name table: %w", err)
	}
	k.table.Store(t.with(rows, last))
	return true, nil
}

// yield pauses a whole read of the table after each chunk for as long as
// the chunk took, up to maxYield: the read then takes half of a core,
// and the pages, which share the two cores with it for the half minute it
// takes at 100,000 articles, wait less (their p50 doubled while it ran
// unpaced). It first lets the store release the bolt pages the chunk
// mapped: the read maps them faster than the store's watcher, which waits
// for a core on a busy machine, releases them (the server peaked at
// 888 MiB, 670 MiB of file pages, while it ran).
func yield(ctx context.Context, s *graph.Store) func(took time.Duration) {
	return func(took time.Duration) {
		s.TrimMappedPages()
		select {
		case <-ctx.Done():
		case <-time.After(min(took, maxYield)):
		}
	}
}

// maxYield bounds one pause of yield.
const maxYield = 200 * time.Millisecond

// commitsSince lists the articles added or changed, and the entities
// changed, by the commits after seq up to last; ok is false if one of
// them needs the table read whole.
func commitsSince(ctx context.Context, s *graph.Store, seq, last uint64) (articles, entities []string, ok bool, err error) {
	if last < seq {
		return nil, nil, false, nil // not the log the table was read from
	}
	for seq < last {
		commits, err := s.CommitsSince(ctx, seq, 64)
		if err != nil {
			return nil, nil, false, fmt.Errorf("console: name table: %w", err)
		}
		if len(commits) == 0 {
			return nil, nil, false, nil
		}
		for _, c := range commits {
			if c.Invalidates || len(c.Removed) > 0 {
				return nil, nil, false, nil
			}
			for _, a := range append(c.Added, c.Changed...) {
				articles = append(articles, strings.TrimPrefix(string(a), schema.IDBase))
			}
			for _, e := range c.Entities {
				entities = append(entities, strings.TrimPrefix(string(e), schema.IDBase))
			}
			seq = c.Seq
		}
		if len(articles) > maxUpdateArticles {
			return nil, nil, false, nil
		}
	}
	return articles, entities, true, nil
}

// with returns a table with rows replacing or joining t's, at seq.
func (t *nameTable) with(rows []queries.EntityRow, seq uint64) *nameTable {
	all := slices.Clone(t.rows)
	for _, r := range rows {
		if i, ok := t.byKey[r.Key]; ok {
			all[i] = r
		} else {
			all = append(all, r)
		}
	}
	return newNameTable(all, seq)
}
