package server

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// The console learns of writes by server-sent events on EventsPath: one
// "commit" event per change of the store the server has caught up with,
// whose data is {"generation":N}, N being graph.Store.Generation. The
// page then refreshes what it shows.
const EventsPath = "/api/events"

// Timings of the event stream.
const (
	// followEvery is how often the server looks for writes it did not
	// run through the command-line route (serve --watch, a long
	// 'load --watch' sent to it): Generation is an atomic counter, so a
	// look costs nothing when nothing changed.
	followEvery = time.Second
	// keepAlive is how often an idle event stream gets a comment, so that
	// proxies and the write deadline do not close it.
	keepAlive = 20 * time.Second
)

// events fans out the generations the catalog caught up with to the open
// event streams. Only the newest generation matters to a page, so a slow
// page misses intermediate ones instead of holding up the others.
type events struct {
	mu   sync.Mutex
	subs map[chan uint64]struct{}
}

func (e *events) subscribe() (<-chan uint64, func()) {
	ch := make(chan uint64, 1)
	e.mu.Lock()
	if e.subs == nil {
		e.subs = map[chan uint64]struct{}{}
	}
	e.subs[ch] = struct{}{}
	e.mu.Unlock()
	return ch, func() {
		e.mu.Lock()
		delete(e.subs, ch)
		e.mu.Unlock()
	}
}

func (e *events) publish(gen uint64) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for ch := range e.subs {
		select {
		case <-ch: // drop the older generation not yet sent
		default:
		}
		ch <- gen
	}
}

// catchUp rebuilds the catalog if the store changed since it was built,
// then tells the open pages. The rebuild is a full one (search.Build): at
// the scale of the examples and the e2e tests it takes milliseconds; a
// catalog following the store's commits is issue 14, point 1.
func (s *Server) catchUp(ctx context.Context) error {
	s.followMu.Lock()
	defer s.followMu.Unlock()
	// Read before the rebuild: a write during it makes the next catchUp
	// rebuild again rather than be missed.
	gen := s.cfg.Store.Generation()
	if gen == s.applied {
		return nil
	}
	if x := s.cfg.Index; x != nil {
		if err := x.Follow(ctx, s.cfg.Store, nil); err != nil {
			return err
		}
	}
	if err := s.reindex(ctx); err != nil {
		return err
	}
	s.applied = gen
	s.events.publish(gen)
	return nil
}

// follow calls catchUp every followEvery until ctx is done.
func (s *Server) follow(ctx context.Context) {
	t := time.NewTicker(followEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.catchUp(ctx); err != nil && ctx.Err() == nil {
				s.cfg.Logger.Error("catalog not brought up to date", "err", err)
			}
		}
	}
}

// handleEvents streams the commit events to the console's page. The guard
// already refused it to other origins.
func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.longLived(r.Context())
	defer cancel()
	ch, unsubscribe := s.events.subscribe()
	defer unsubscribe()
	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	send := func(format string, args ...any) bool {
		rc.SetWriteDeadline(time.Now().Add(exportStall))
		if _, err := fmt.Fprintf(w, format, args...); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	// The generation the page's data comes from: a page that reconnects
	// after missing events compares it with what it showed.
	s.followMu.Lock()
	gen := s.applied
	s.followMu.Unlock()
	if !send("retry: 2000\nevent: hello\ndata: {\"generation\":%d}\n\n", gen) {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case gen := <-ch:
			if !send("event: commit\ndata: {\"generation\":%d}\n\n", gen) {
				return
			}
		case <-tick.C:
			if !send(": keep-alive\n\n") {
				return
			}
		}
	}
}
