//go:build external

package graph

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// TestStandbyReadsWhatThePrimaryWrote: a store opened on a PostgreSQL hot
// standby holds, once the standby has replayed, the quads, statistics and
// commits written to the primary, and counts the primary's later writes in
// its Generation.
func TestStandbyReadsWhatThePrimaryWrote(t *testing.T) {
	ctx := context.Background()
	primaryDSN := pgtest.Database(t)
	primary := mustOpenDSN(t, primaryDSN)
	mustAdd(t, primary, quadtest.Veltrix())
	standbyDSN := pgtest.Standby(t, primaryDSN)
	standby := mustOpenDSN(t, standbyDSN)

	if why, ok := standby.ReadOnly(); !ok || !strings.Contains(why, "hot standby") {
		t.Errorf("standby ReadOnly() = %q, %v; want a reason naming the hot standby", why, ok)
	}
	if why, ok := primary.ReadOnly(); ok {
		t.Errorf("primary ReadOnly() = %q, true", why)
	}
	quadtest.AssertSameKeys(t, "standby quads", storeKeys(t, standby, ""), storeKeys(t, primary, ""))
	if len(storeKeys(t, standby, "")) == 0 {
		t.Fatal("the standby holds no quads")
	}
	wantStats, err := primary.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := standby.Stats(ctx); err != nil || got.Articles != 1 || got.Quads != wantStats.Quads {
		t.Errorf("standby Stats = %+v, %v; want %+v", got, err, wantStats)
	}
	for name, fn := range map[string]func(*Store) (any, error){
		"LastCommit": func(s *Store) (any, error) { return s.LastCommit(ctx) },
		"LogID":      func(s *Store) (any, error) { return s.LogID(ctx) },
	} {
		want, err1 := fn(primary)
		got, err2 := fn(standby)
		if err1 != nil || err2 != nil || got != want {
			t.Errorf("%s: standby %v (%v), primary %v (%v)", name, got, err2, want, err1)
		}
	}

	// A later write on the primary moves the standby's Generation once
	// replayed (followPrimary looks every standbyPoll).
	gen := standby.Generation()
	mustAdd(t, primary, quadtest.Kenya())
	pgtest.WaitReplayed(t, primaryDSN, standbyDSN)
	deadline := time.Now().Add(10 * standbyPoll)
	for standby.Generation() == gen && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if standby.Generation() == gen {
		t.Errorf("standby Generation still %d after the primary's write was replayed", gen)
	}
	quadtest.AssertSameKeys(t, "standby quads after a second write", storeKeys(t, standby, ""), storeKeys(t, primary, ""))
}

// TestStandbyRefusesWrites: every write to a store on a hot standby fails
// with ErrReadOnly, naming the standby, and changes nothing.
func TestStandbyRefusesWrites(t *testing.T) {
	ctx := context.Background()
	primaryDSN := pgtest.Database(t)
	primary := mustOpenDSN(t, primaryDSN)
	mustAdd(t, primary, quadtest.Veltrix())
	standbyDSN := pgtest.Standby(t, primaryDSN)
	standby := mustOpenDSN(t, standbyDSN)
	before := storeKeys(t, standby, "")
	host := hostOf(t, standbyDSN)
	veltrix := schema.EntityIRI(schema.Company, "Veltrix Corp")
	writes := []struct {
		name string
		fn   func() error
	}{
		{"AddDocument", func() error { _, err := standby.AddDocument(ctx, quadtest.Kenya()); return err }},
		{"Load", func() error {
			_, err := standby.Load(ctx, docSeq([]*schema.Document{quadtest.Kenya()}, nil), LoadOptions{})
			return err
		}},
		{"AddQuads", func() error {
			_, err := standby.AddQuads(ctx, nquads.NewReader(strings.NewReader(`<http://example.org/a> <http://example.org/b> "c" .`+"\n"), "hand.nq"))
			return err
		}},
		{"RemoveArticle", func() error { _, err := standby.RemoveArticle(ctx, "veltrix-orbital"); return err }},
		{"AddAliases", func() error {
			_, err := standby.AddAliases(ctx, schema.Entity{Name: "Veltrix Corp", Type: schema.Company, Aliases: []string{"VX"}})
			return err
		}},
		{"MergeEntities", func() error {
			_, err := standby.MergeEntities(ctx, veltrix, schema.EntityIRI(schema.Company, "Twitter"), Decider{})
			return err
		}},
		{"ReplaceFacts", func() error {
			_, err := standby.ReplaceFacts(ctx, veltrix, quad.IRI("http://example.org/l"), nil)
			return err
		}},
	}
	for _, w := range writes {
		t.Run(w.name, func(t *testing.T) {
			err := w.fn()
			if !errors.Is(err, ErrReadOnly) {
				t.Fatalf("%s on the standby = %v, want ErrReadOnly", w.name, err)
			}
			if msg := err.Error(); !strings.Contains(msg, "hot standby") || !strings.Contains(msg, host) || !strings.Contains(msg, "primary") {
				t.Errorf("%s: error %q does not name the standby %s and its primary", w.name, msg, host)
			}
		})
	}
	quadtest.AssertSameKeys(t, "standby quads after refused writes", storeKeys(t, standby, ""), before)
	if _, _, ok, err := standby.FinishMerge(ctx); ok || err != nil {
		t.Errorf("FinishMerge on the standby = %v, %v; want nothing to do", ok, err)
	}
}

// TestStandbyWithoutStore: a standby whose primary never held a newsgraph
// store says so rather than fail on a missing table.
func TestStandbyWithoutStore(t *testing.T) {
	primaryDSN := pgtest.Database(t)
	standbyDSN := pgtest.Standby(t, primaryDSN)
	s, err := Open(context.Background(), standbyDSN, Options{})
	if err == nil {
		s.Close()
		t.Fatal("Open on a standby of an empty database succeeded")
	}
	if !strings.Contains(err.Error(), "holds no newsgraph store") {
		t.Errorf("Open = %v, want an error saying the standby holds no store", err)
	}
}

func hostOf(t *testing.T, dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host
}
