package graph

import (
	"context"
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestConcurrentReads runs readers side by side with a writer on every
// backend; run it with -race, which is how memstore's writes on read show.
// Each read must see the store before the write or after it, never between.
func TestConcurrentReads(t *testing.T) {
	const readers, rounds = 8, 20
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			before, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want := map[int64]bool{
				before.Quads: true,
				before.Quads + int64(len(storedQuads(quadtest.Kenya()))): true,
			}
			ada := schema.EntityIRI(schema.Person, "Ada Okafor")
			var wg sync.WaitGroup
			errs := make(chan error, readers+1)
			wg.Go(func() {
				if _, err := s.AddDocument(ctx, quadtest.Kenya()); err != nil {
					errs <- err
				}
			})
			for range readers {
				wg.Go(func() {
					for range rounds {
						st, err := s.Stats(ctx)
						if err != nil {
							errs <- err
							return
						}
						if !want[st.Quads] {
							t.Errorf("Stats.Quads = %d during a write, want one of %v", st.Quads, want)
						}
						// A read of every quad (what export does) is what
						// makes memstore write on read.
						all, err := readQuads(s, "")
						if err != nil {
							errs <- err
							return
						}
						if !want[int64(len(all))] {
							t.Errorf("a read of every quad during a write gave %d quads, want one of %v", len(all), want)
						}
						if e, ok, err := s.Entity(ctx, ada); err != nil || !ok || e.Name != "Ada Okafor" {
							t.Errorf("Entity(%v) = %+v, %v, %v; want Ada Okafor", ada, e, ok, err)
						}
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
		})
	}
}

// TestCloseDuringReads: Close waits for the reads in flight, and reads that
// come later fail with ErrClosed rather than touch a closed store.
func TestCloseDuringReads(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			want, err := s.Stats(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var wg sync.WaitGroup
			for range 16 {
				wg.Go(func() {
					got, err := s.Stats(ctx)
					switch {
					case errors.Is(err, ErrClosed):
					case err != nil:
						t.Errorf("Stats during Close = %v, want the stats or ErrClosed", err)
					case !reflect.DeepEqual(got, want):
						t.Errorf("Stats during Close = %+v, want %+v", got, want)
					}
				})
			}
			if err := s.Close(); err != nil {
				t.Error(err)
			}
			wg.Wait()
			if _, err := s.Stats(ctx); !errors.Is(err, ErrClosed) {
				t.Errorf("Stats after Close = %v, want ErrClosed", err)
			}
		})
	}
}
