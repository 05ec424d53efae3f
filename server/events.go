package server

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/console"
)

// The console learns of writes by server-sent events on EventsPath: one
// "commit" event per change of the store the server has caught up with,
// whose data is {"generation":N,"commit":C}, N being graph.Store.Generation
// (the writes of this process) and C graph.Store.LastCommit (every
// process's, on PostgreSQL). The page then refreshes what it shows.
const EventsPath = "/api/events"

// Timings of the event stream.
const (
	// followEvery is how often the server looks for writes it did not
	// run through the command-line route (serve --watch, a long
	// 'load --watch' sent to it, another process writing to the same
	// PostgreSQL database): Generation is an atomic counter and the last
	// commit one read of the store's log.
	followEvery = time.Second
	// keepAlive is how often an idle event stream gets a comment, so that
	// proxies and the write deadline do not close it.
	keepAlive = 20 * time.Second
)

// events fans out the positions the console caught up with to the open
// event streams. Only the newest position matters to a page, so a slow
// page misses intermediate ones instead of holding up the others.
type events struct {
	mu   sync.Mutex
	subs map[chan console.Position]struct{}
}

func (e *events) subscribe() (<-chan console.Position, func()) {
	ch := make(chan console.Position, 1)
	e.mu.Lock()
	if e.subs == nil {
		e.subs = map[chan console.Position]struct{}{}
	}
	e.subs[ch] = struct{}{}
	e.mu.Unlock()
	return ch, func() {
		e.mu.Lock()
		delete(e.subs, ch)
		e.mu.Unlock()
	}
}

func (e *events) publish(at console.Position) {
	e.mu.Lock()
	defer e.mu.Unlock()
	for ch := range e.subs {
		select {
		case <-ch: // drop the older position not yet sent
		default:
		}
		ch <- at
	}
}

// catchUp brings the console's model in step with the store if it moved
// (console.Model.CatchUp), then tells the open pages.
func (s *Server) catchUp(ctx context.Context) error {
	at, changed, err := s.model.CatchUp(ctx)
	if changed {
		s.events.publish(at)
	}
	return err
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
				s.cfg.Logger.Error("console not brought up to date", "err", err)
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
	if !send("retry: 2000\nevent: hello\ndata: %s\n\n", position(s.model.Applied())) {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case at := <-ch:
			if !send("event: commit\ndata: %s\n\n", position(at)) {
				return
			}
		case <-tick.C:
			if !send(": keep-alive\n\n") {
				return
			}
		}
	}
}

// position is the data of an event: {"generation":N,"commit":C}.
func position(at console.Position) string {
	b, _ := json.Marshal(at) // two numbers: it cannot fail
	return string(b)
}
