package console

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/search"
)

// Index is what the console reads from the search index (search.Index).
type Index interface {
	queries.Searcher
	ArticlesMentioningAny(entities []string, d search.Dates, from, size int) (search.Page, error)
	StatementsBy(entity string, d search.Dates, from, size int) (search.Page, error)
	StatementsMentioning(entity string, d search.Dates, from, size int) (search.Page, error)
	LatestArticles(d search.Dates, n int) (search.Page, error)
	Statements(d search.Dates) (uint64, error)
	StatementsPerDay(d search.Dates) ([]search.Day, error)
}

// Config configures a Model.
type Config struct {
	// Store is the graph. Required.
	Store *graph.Store
	// Index is the store's search index. Required.
	Index Index
	// CatchUp, if set, brings Index in step with Store; the model calls it
	// before it reads the index after the store moved.
	CatchUp func(ctx context.Context) error
	// Logger receives the background work's errors; nil discards them.
	Logger *slog.Logger
}

// Model is the console's read model of one store. It is safe for
// concurrent use.
type Model struct {
	cfg Config

	// followMu serialises CatchUp; applied is where the overview and the
	// index were last brought to.
	followMu sync.Mutex
	applied  atomic.Pointer[Position]

	overviewMu sync.Mutex
	overview   *Overview // nil until first computed after a change

	names namesKeeper

	startOnce sync.Once
	started   atomic.Pointer[context.Context] // Start's, which the background work lasts as long as
	counted   chan struct{}                   // closed when Start's first count is done
	bg        sync.WaitGroup                  // Start's watch over the store's mapped pages
}

// New returns a model of cfg.Store. It reads nothing yet: Start warms it.
func New(cfg Config) (*Model, error) {
	if cfg.Store == nil || cfg.Index == nil {
		return nil, errors.New("console: a store and its search index are required")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	m := &Model{cfg: cfg, counted: make(chan struct{})}
	m.applied.Store(&Position{Generation: cfg.Store.Generation()})
	m.names.model, m.names.built = m, make(chan struct{})
	return m, nil
}

// Start brings the index in step, counts the overview and builds the name
// table, in the background, until ctx is done; only the first call does.
// Requests do not wait for it: until then the overview is counted by the
// first that asks, and lookups resolve names exactly.
func (m *Model) Start(ctx context.Context) {
	m.startOnce.Do(func() {
		m.started.Store(&ctx)
		// Every page reads a little of a bolt file, and the pages read
		// stay mapped in this process: 3.8 GB after one session of every
		// page on 100,000 articles. The store releases them past a budget.
		m.bg.Go(func() {
			stop := m.cfg.Store.CapMappedPages()
			<-ctx.Done()
			stop()
		})
		go func() {
			defer close(m.counted)
			if _, err := m.Refresh(ctx); err != nil {
				if ctx.Err() == nil {
					m.cfg.Logger.Error("console: first count", "err", err)
				}
				m.names.refresh(ctx) // Refresh may have failed before it asked for one
			}
		}()
	})
}

// life is the context of the model's background work: Start's, or, for a
// model not started, one that never ends.
func (m *Model) life() context.Context {
	if ctx := m.started.Load(); ctx != nil {
		return *ctx
	}
	return context.Background()
}

// Wait waits, once the context given to Start is done, until the model
// no longer touches the store's file outside its locks (its watch over the
// mapped pages). Call it before closing the store.
func (m *Model) Wait() { m.bg.Wait() }

// Ready waits until the work Start began is done, and any update of the
// name table since: the overview counted and the name table up to date
// (benchmarks and tests; the pages do not wait).
func (m *Model) Ready(ctx context.Context) error {
	for _, ch := range []<-chan struct{}{m.counted, m.names.built} {
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	select {
	case <-m.names.settled():
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Position is how far in the store's writes the model is: the writes made
// through this process's graph.Store (Generation) and the store's last
// commit (graph.Store.LastCommit), which also counts the writes of other
// processes to the same PostgreSQL database.
type Position struct {
	Generation uint64 `json:"generation"`
	Commit     uint64 `json:"commit"`
}

// Applied is the position the model last caught up with.
func (m *Model) Applied() Position { return *m.applied.Load() }

// position reads where the store is.
func (m *Model) position(ctx context.Context) (Position, error) {
	// The generation first: a write between the two reads makes the next
	// catch-up run again rather than be missed.
	p := Position{Generation: m.cfg.Store.Generation()}
	var err error
	if p.Commit, err = m.cfg.Store.LastCommit(ctx); err != nil {
		return p, fmt.Errorf("console: %w", err)
	}
	return p, nil
}

// CatchUp brings the model in step with the store if it moved: the index
// (Config.CatchUp), the overview's figures, and, in the background, the
// name table. changed tells whether the store had moved.
func (m *Model) CatchUp(ctx context.Context) (at Position, changed bool, err error) {
	m.followMu.Lock()
	defer m.followMu.Unlock()
	now, err := m.position(ctx)
	if err != nil || now == m.Applied() {
		return m.Applied(), false, err
	}
	if err := m.apply(ctx, now); err != nil {
		return m.Applied(), false, err
	}
	_, err = m.overviewAt(ctx)
	return now, true, err
}

// Refresh brings the model in step with the store whether or not it
// moved, and returns the overview counted afresh.
func (m *Model) Refresh(ctx context.Context) (*Overview, error) {
	m.followMu.Lock()
	defer m.followMu.Unlock()
	now, err := m.position(ctx)
	if err == nil {
		err = m.apply(ctx, now)
	}
	if err != nil {
		return nil, err
	}
	return m.overviewAt(ctx)
}

// apply brings the index in step, forgets the overview and starts a new
// name table; now is where the store was before. Callers hold followMu.
func (m *Model) apply(ctx context.Context, now Position) error {
	if m.cfg.CatchUp != nil {
		if err := m.cfg.CatchUp(ctx); err != nil {
			return fmt.Errorf("console: search index: %w", err)
		}
	}
	m.overviewMu.Lock()
	m.overview = nil
	m.overviewMu.Unlock()
	m.applied.Store(&now)
	m.names.refresh(m.life())
	return nil
}

// firstCountWait bounds how long the overview waits for Start's first
// catch-up: on a store whose index is in step it takes milliseconds, and
// counting before it showed a console on a fresh PostgreSQL standby (an
// empty index in this machine's cache) 0 articles of 11; an index far
// behind (minutes at 100,000 articles) must not hold the page longer.
const firstCountWait = time.Second

// awaitFirstCount waits, at most firstCountWait, for Start's first
// catch-up and count, if Start was called.
func (m *Model) awaitFirstCount(ctx context.Context) {
	if m.started.Load() == nil {
		return
	}
	t := time.NewTimer(firstCountWait)
	defer t.Stop()
	select {
	case <-m.counted:
	case <-t.C:
	case <-ctx.Done():
	}
}

// overviewAt is Overview without the wait: Start's first count runs it.
func (m *Model) overviewAt(ctx context.Context) (*Overview, error) {
	m.overviewMu.Lock()
	defer m.overviewMu.Unlock()
	at := m.Applied()
	if m.overview != nil && m.overview.Position == at {
		return m.overview, nil
	}
	start := time.Now()
	o, err := m.computeOverview(ctx)
	if err != nil {
		return nil, err
	}
	o.Position = at
	m.overview = o
	m.cfg.Logger.Debug("console overview counted", "articles", o.Articles, "took", time.Since(start).Round(time.Millisecond))
	return o, nil
}
