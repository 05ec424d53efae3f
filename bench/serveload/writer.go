package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/loaders"
)

// writeStats are what the writers did while the clients read.
type writeStats struct {
	mu       sync.Mutex
	IDs      []string        // the articles written
	Took     []time.Duration // per article (in-process) or per `newsgraph load` run
	Loads    int             // `newsgraph load` runs
	Errors   int
	Samples  []string
	Reindex  routeStats // POST /api/reindex while writing
	Verified int        // written articles found in the store and served at the end
}

func (w *writeStats) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.Errors++
	if len(w.Samples) < maxSamples {
		w.Samples = append(w.Samples, err.Error())
	}
}

func (w *writeStats) wrote(ids []string, took time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.IDs = append(w.IDs, ids...)
	w.Took = append(w.Took, took)
}

// writeInProcess loads generated articles into s, through the same Store
// the server reads, until ctx is done.
func writeInProcess(ctx context.Context, s *graph.Store, gen *generator, ws *writeStats) {
	for d, err := range loaders.Extract(ctx, gen.articles(ctx), extract.New(), 1) {
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			ws.fail(err)
			continue
		}
		t0 := time.Now()
		added, err := s.AddDocument(context.Background(), &d)
		switch {
		case err != nil:
			ws.fail(err)
		case added == 0:
			ws.fail(fmt.Errorf("new article %s added no quads", d.ID))
		default:
			ws.wrote([]string{d.ID}, time.Since(t0))
		}
	}
}

// writeProcess runs `newsgraph load` on batches of generated articles, one
// process after another, until ctx is done. The run in progress at the
// deadline is finished.
func writeProcess(ctx context.Context, bin, dsn string, gen *generator, batch int, ws *writeStats) {
	dir, err := os.MkdirTemp("", "serveload-batches-")
	if err != nil {
		ws.fail(err)
		return
	}
	defer os.RemoveAll(dir)
	for ctx.Err() == nil {
		path := filepath.Join(dir, fmt.Sprintf("batch-%d.jsonl", ws.Loads))
		ids, err := writeBatch(path, gen, batch)
		if err != nil {
			ws.fail(err)
			return
		}
		t0 := time.Now()
		out, err := exec.Command(bin, "--db", dsn, "load", path).CombinedOutput()
		ws.Loads++
		want := fmt.Sprintf("loaded %d articles (0 already in the store)", batch)
		if err != nil || !strings.Contains(string(out), want) {
			ws.fail(fmt.Errorf("newsgraph load %s: %v: %.300s", filepath.Base(path), err, out))
			time.Sleep(100 * time.Millisecond)
			continue
		}
		ws.wrote(ids, time.Since(t0))
	}
}

// writeBatch writes n generated articles as JSON lines.
func writeBatch(path string, gen *generator, n int) ([]string, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	var ids []string
	for range n {
		a := gen.next()
		ids = append(ids, a.ID)
		rec := map[string]string{"id": a.ID, "date": a.Date, "title": a.Title, "source": a.Publisher, "text": a.Text}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return nil, err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, err
	}
	return ids, f.Close()
}

// buildNewsgraph builds the newsgraph command into dir.
func buildNewsgraph(dir string) (string, error) {
	bin := filepath.Join(dir, "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/newsgraph/newsgraph/cmd/newsgraph").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./cmd/newsgraph: %v\n%s", err, out)
	}
	return bin, nil
}

// reindexLoop asks the server to catch its console up every interval
// until ctx is done, so that pages and search see the new articles while
// the clients read them. The answer must count at least the articles
// there were before the run.
func reindexLoop(ctx context.Context, client *http.Client, base string, every time.Duration, articles int, ws *writeStats) {
	req := &request{Method: "POST", Path: "/api/reindex", measure: countField("articles"), monotonic: true, baseline: articles}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		t0 := time.Now()
		cerr := do(client, base, req)
		ws.mu.Lock()
		ws.Reindex.record(time.Since(t0), cerr)
		ws.mu.Unlock()
	}
}

// verifyWrites checks, once the writers have stopped, that the store and
// the rebuilt snapshot hold exactly the articles there were before the run
// plus those written, and that every written article is served.
func verifyWrites(ctx context.Context, client *http.Client, base string, s *graph.Store, before int, ws *writeStats) []string {
	var problems []string
	want := before + len(ws.IDs)
	b, cerr := call(client, base, &request{Method: "POST", Path: "/api/reindex"})
	if cerr != nil {
		problems = append(problems, fmt.Sprintf("reindex after the run: %v", cerr))
	} else if n, err := countField("articles")(b); n != want {
		problems = append(problems, fmt.Sprintf("served articles after the run: %d, want %d (%v)", n, want, err))
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != int64(want) {
		problems = append(problems, fmt.Sprintf("store articles after the run: %d, want %d (%v)", st.Articles, want, err))
	}
	for _, id := range ws.IDs {
		page := get("/api/article/"+url.PathEscape(id), matchField("id", id), true)
		if page.baseline = 1; do(client, base, page) != nil {
			problems = append(problems, fmt.Sprintf("written article %s is not served", id))
			continue
		}
		ws.Verified++
	}
	return problems
}
