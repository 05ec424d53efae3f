package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
)

// StoreIndex returns the search index of s and how to bring it in step
// with s: on a bolt store, the index the store keeps (RefreshIndex indexes
// what a load left for it); on memstore and PostgreSQL, which keep none, a
// new one in dir (a temporary directory if dir is ""), which catchUp fills
// with the articles s gained and rids of those it lost (an article
// reloaded with other facts keeps its old documents). close closes an
// index it opened and removes a temporary directory.
func StoreIndex(s *graph.Store, dir string) (x *Index, catchUp func(context.Context) error, close func(), err error) {
	if kept, ok := s.Index().(*Index); ok {
		catchUp = func(ctx context.Context) error {
			_, err := RefreshIndex(ctx, s, nil)
			return err
		}
		return kept, catchUp, func() {}, nil
	}
	remove := func() {}
	if dir == "" {
		if dir, err = os.MkdirTemp("", "newsgraph-index-"); err != nil {
			return nil, nil, nil, fmt.Errorf("search index: %w", err)
		}
		remove = func() { os.RemoveAll(dir) }
	}
	if x, err = OpenIndex(filepath.Join(dir, IndexDir)); err != nil {
		remove()
		return nil, nil, nil, err
	}
	catchUp = func(ctx context.Context) error {
		return s.Read(func(qs cgraph.QuadStore) error { return x.CatchUp(ctx, qs, nil) })
	}
	return x, catchUp, func() { x.Close(); remove() }, nil
}
