package loaders

import (
	"context"
	"iter"
	"runtime"

	"github.com/newsgraph/newsgraph/schema"
)

// Extractor turns an article into its facts; *extract.Extractor is one.
type Extractor interface {
	Extract(schema.Article) schema.Document
}

// Extract runs x over articles on workers goroutines (0 means one per CPU)
// and yields the documents in input order; input errors pass through in
// their place. At most a few documents per worker are in flight, so memory
// stays flat whatever the size of the input.
func Extract(ctx context.Context, articles iter.Seq2[schema.Article, error], x Extractor, workers int) iter.Seq2[schema.Document, error] {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		doc chan schema.Document
		err error
	}
	return func(yield func(schema.Document, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		queue := make(chan job, 2*workers)
		go func() {
			defer close(queue)
			for a, err := range articles {
				j := job{err: err}
				if err == nil {
					j.doc = make(chan schema.Document, 1)
					go func(a schema.Article, out chan<- schema.Document) { out <- x.Extract(a) }(a, j.doc)
				}
				select {
				case queue <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
		for j := range queue {
			if j.err != nil {
				if !yield(schema.Document{}, j.err) {
					return
				}
				continue
			}
			if !yield(<-j.doc, nil) {
				return
			}
		}
	}
}
