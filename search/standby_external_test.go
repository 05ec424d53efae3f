//go:build external

package search

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// TestFollowStandbyDuringLoad follows a PostgreSQL hot standby while its
// primary loads articles in batches: once the load is replayed, the
// index holds every article, even those whose commit it applied while the
// load was under way. (Before a commit's record waited for its write, the
// index held none of 600.)
func TestFollowStandbyDuringLoad(t *testing.T) {
	ctx := context.Background()
	primaryDSN := pgtest.Database(t)
	primary, err := graph.Open(ctx, primaryDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer primary.Close()
	docs := quadtest.BenchDocs(t, 150)
	standbyDSN := pgtest.Standby(t, primaryDSN)
	loaded := make(chan error, 1)
	go func() {
		_, err := primary.Load(ctx, quadtest.CloneDocs(docs), graph.LoadOptions{BatchArticles: 30})
		loaded <- err
	}()
	standby, err := graph.Open(ctx, standbyDSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer standby.Close()
	x, err := OpenIndex("")
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	follows := 0
	for following := true; following; {
		select {
		case err := <-loaded:
			if err != nil {
				t.Fatal(err)
			}
			following = false
		default:
			if err := x.Follow(ctx, standby, nil); err != nil {
				t.Fatal(err)
			}
			follows++
			time.Sleep(20 * time.Millisecond)
		}
	}
	pgtest.WaitReplayed(t, primaryDSN, standbyDSN)
	if err := x.Follow(ctx, standby, nil); err != nil {
		t.Fatal(err)
	}
	n, err := x.Articles()
	st, err2 := standby.Stats(ctx)
	if err != nil || err2 != nil || st.Articles != int64(len(docs)) || n != uint64(len(docs)) {
		t.Errorf("after %d follows during the load: the index holds %d articles (%v), the standby %d (%v); want %d",
			follows, n, err, st.Articles, err2, len(docs))
	}
}
