package graph

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

var backends = []string{"mem", "bolt"}

func TestAddDocumentRoundTrip(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			d := quadtest.Veltrix()
			want := quadtest.Keys(storedQuads(d))
			if got := mustAdd(t, s, d); got != len(want) {
				t.Errorf("AddDocument added %d quads, want %d", got, len(want))
			}
			quadtest.AssertSameKeys(t, "store", storeKeys(t, s, ""), want)
		})
	}
}

func TestBoltReopen(t *testing.T) {
	dir := boltDir(t)
	s, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, quadtest.Veltrix())
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "indexes.bolt")); err != nil {
		t.Errorf("bolt file: %v", err)
	}
	s = mustOpenDSN(t, dir)
	quadtest.AssertSameKeys(t, "reopened store", storeKeys(t, s, ""), quadtest.Keys(storedQuads(quadtest.Veltrix())))
	if ok, err := s.HasArticle(context.Background(), "veltrix-orbital"); !ok || err != nil {
		t.Errorf("HasArticle after reopen = %v, %v; want true, nil", ok, err)
	}
}

func TestAddDocumentIdempotent(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			before := storeKeys(t, s, "")
			if got := mustAdd(t, s, quadtest.Veltrix()); got != 0 {
				t.Errorf("second AddDocument added %d quads, want 0", got)
			}
			if after := storeKeys(t, s, ""); len(after) != len(before) {
				t.Errorf("store has %d quads after reload, want %d", len(after), len(before))
			}
		})
	}
}

func TestAddDocumentReplacesChangedArticle(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			mustAdd(t, s, quadtest.Kenya())
			other := storeKeys(t, s, "kenya-launch")

			changed := quadtest.Veltrix()
			changed.Text = "Ada Okafor resigned."
			changed.Entities = changed.Entities[:1] // Veltrix, Kenya and Twitter are gone
			changed.Entities[0].Aliases = []string{"Okafor"}
			changed.Roles = nil
			changed.Statements = []schema.Statement{{Speaker: "Ada Okafor", Text: "Goodbye.", Date: "2025-06-02"}}
			want := quadtest.Keys(storedQuads(changed))
			old := quadtest.Keys(storedQuads(quadtest.Veltrix()))
			missing, _ := quadtest.DiffKeys(old, want)

			if got := mustAdd(t, s, changed); got != len(missing) {
				t.Errorf("AddDocument(changed) added %d quads, want %d", got, len(missing))
			}
			quadtest.AssertSameKeys(t, "changed article", storeKeys(t, s, "veltrix-orbital"), want)
			quadtest.AssertSameKeys(t, "other article", storeKeys(t, s, "kenya-launch"), other)
			if st, _ := s.Stats(context.Background()); st.Quads != int64(len(want)+len(other)) {
				t.Errorf("Stats.Quads = %d, want %d", st.Quads, len(want)+len(other))
			}
		})
	}
}

func TestStats(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			mustAdd(t, s, quadtest.Kenya())
			got, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			want := Stats{
				Quads:    int64(len(storedQuads(quadtest.Veltrix())) + len(storedQuads(quadtest.Kenya()))),
				Articles: 2, Statements: 2, Roles: 1,
				Entities: map[schema.EntityType]int64{
					schema.Person: 1, schema.Country: 1, schema.Company: 2, schema.Organization: 1,
				},
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Stats = %+v, want %+v", got, want)
			}
		})
	}
}

func TestHasArticle(t *testing.T) {
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	for _, tt := range []struct {
		id   string
		want bool
	}{{"veltrix-orbital", true}, {"kenya-launch", false}, {"", false}} {
		if got, err := s.HasArticle(context.Background(), tt.id); got != tt.want || err != nil {
			t.Errorf("HasArticle(%q) = %v, %v; want %v, nil", tt.id, got, err, tt.want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, dsn string
		is        error
		says      string // in the error
	}{
		{"mongodb", "mongodb://localhost/news", ErrNotSupported, "mysql://"},
		{"not a directory", file, nil, "not a directory"},
		{"mysql without a database", "mysql://news:secret@127.0.0.1:1/", nil, "names no database"},
		{"mysql bad parameter", "mysql://news:secret@127.0.0.1:1/news?timeout=soon", nil, "parameters"},
		// Port 1 refuses at once: every host is tried, none answers, and
		// the password stays out of the error.
		{"mysql hosts down", "mysql://news:secret@127.0.0.1:1,127.0.0.1:2/news", nil, "127.0.0.1:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.dsn, Options{})
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded, want an error", tt.dsn)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Open(%q) = %v, want %v", tt.dsn, err, tt.is)
			}
			if !strings.Contains(err.Error(), tt.says) || strings.Contains(err.Error(), "secret") {
				t.Errorf("Open(%q) = %v, want an error saying %q, without the password", tt.dsn, err, tt.says)
			}
		})
	}
}

func TestOpenLockedBolt(t *testing.T) {
	dir := boltDir(t)
	first := mustOpenDSN(t, dir)
	_ = first
	start := time.Now()
	s, err := Open(context.Background(), dir, Options{LockTimeout: 200 * time.Millisecond})
	if err == nil {
		s.Close()
		t.Fatal("second Open of a locked bolt store succeeded")
	}
	if !errors.Is(err, ErrLocked) {
		t.Errorf("second Open = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("second Open took %v, want about the 200ms timeout", d)
	}
}

func TestClosedStore(t *testing.T) {
	s := mustOpen(t, "mem")
	s.Close()
	if err := s.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
	if _, err := s.AddDocument(context.Background(), quadtest.Veltrix()); !errors.Is(err, ErrClosed) {
		t.Errorf("AddDocument on closed store = %v, want ErrClosed", err)
	}
}

// TestRetainedStore: a store lent with Retain stays usable after the
// borrower's Close, and the owner's Close closes it.
func TestRetainedStore(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "mem")
	s.Retain()
	if err := s.Close(); err != nil {
		t.Fatalf("borrower's Close = %v", err)
	}
	if _, err := s.AddDocument(ctx, quadtest.Veltrix()); err != nil {
		t.Errorf("AddDocument after the borrower's Close = %v, want nil", err)
	}
	s.Close()
	if _, err := s.AddDocument(ctx, quadtest.Veltrix()); !errors.Is(err, ErrClosed) {
		t.Errorf("AddDocument after the owner's Close = %v, want ErrClosed", err)
	}
}
