//go:build external

package graph

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// TestBulkEqualsQuadByQuad: the same writes into two stores on the same
// server, one through bulkAdd and one through Cayley's writer, leave the
// same rows in nodes (refs included) and quads (horizons included; ts is
// the time of writing), and export the same bytes: on PostgreSQL and on
// MySQL.
func TestBulkEqualsQuadByQuad(t *testing.T) {
	for _, kind := range []string{"postgres", "mysql"} {
		t.Run(kind, func(t *testing.T) {
			bulk, perQuad := mustOpen(t, kind), mustOpen(t, kind)
			perQuad.counter.quadByQuad = true
			for _, s := range []*Store{bulk, perQuad} {
				writeEverything(t, s)
			}
			sameRows(t, bulk, perQuad)
		})
	}
}

// sameRows fails t unless the stores hold the same rows in nodes (refs
// included) and quads (horizons included; ts is the time of writing), and
// export the same bytes.
func sameRows(t *testing.T, bulk, perQuad *Store) {
	t.Helper()
	for _, q := range []string{
		`SELECT hash, refs, value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time FROM nodes ORDER BY hash`,
		`SELECT horizon, subject_hash, predicate_hash, object_hash, label_hash FROM quads ORDER BY horizon`,
	} {
		got, want := tableRows(t, bulk.counter.db, q), tableRows(t, perQuad.counter.db, q)
		if got != want {
			t.Errorf("%s: %s", q, firstDiff(got, want))
		}
		if strings.Count(want, "\n") < 20 {
			t.Errorf("%s: only %d rows written", q, strings.Count(want, "\n"))
		}
	}
	// The lines are compared sorted: the order in which PostgreSQL
	// returns an unordered scan varies between two stores both
	// written by Cayley's writer (2 runs of 5 here), bulkAdd or not.
	if got, want := exportAll(t, bulk), exportAll(t, perQuad); !bytes.Equal(got, want) {
		t.Errorf("exports differ: %s", firstDiff(string(got), string(want)))
	}
}

// writeEverything loads articles in batches (with a changed article, whose
// stale facts are deleted), then imports quads of every value type Cayley's
// nodes table has a column for, twice (the second time all are duplicates).
func writeEverything(tb testing.TB, s *Store) {
	ctx := context.Background()
	mustLoad(tb, s, resolutionDocs(), LoadOptions{BatchArticles: 3})
	if _, err := s.Load(ctx, quadtest.CloneDocs(quadtest.BenchDocs(tb, 30)), LoadOptions{BatchArticles: 7}); err != nil {
		tb.Fatal(err)
	}
	subj, label := quad.IRI("http://example.org/thing/lumen-1"), quad.IRI("http://example.org/import/1")
	pred := func(n string) quad.IRI { return quad.IRI("http://example.org/p/" + n) }
	typed := []quad.Quad{
		quad.Make(subj, pred("count"), quad.Int(42), label),
		quad.Make(subj, pred("ratio"), quad.Float(3.25), label),
		quad.Make(subj, pred("open"), quad.Bool(true), label),
		quad.Make(subj, pred("since"), quad.Time(time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)), label),
		quad.Make(subj, pred("motto"), quad.LangString{Value: "Lumière", Lang: "fr"}, label),
		quad.Make(subj, pred("code"), quad.TypedString{Value: "LX-7", Type: "http://example.org/t/code"}, label),
		quad.Make(subj, pred("part"), quad.BNode("b7"), label),
		quad.Make(subj, pred("note"), quad.String("a \\ back\tslash,\nnewline and a \x00 NUL"), nil),
		quad.Make(subj, subj, subj, nil), // one value three times in a quad
	}
	for range 2 {
		if _, err := s.AddQuads(ctx, quad.NewReader(typed)); err != nil {
			tb.Fatal(err)
		}
	}
}

// tableRows returns the rows of query, one line each.
func tableRows(tb testing.TB, db *sql.DB, query string) string {
	tb.Helper()
	rows, err := db.Query(query)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(&b, "%q\n", vals)
	}
	if err := rows.Err(); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// exportAll writes every quad of s as N-Quads, its lines sorted.
func exportAll(tb testing.TB, s *Store) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	err := s.Read(func(qs cgraph.QuadStore) error {
		it := qs.QuadsAllIterator().Iterate()
		defer it.Close()
		ctx := context.Background()
		for it.Next(ctx) {
			q, err := qs.Quad(it.Result())
			if err != nil {
				return err
			}
			if err := w.WriteQuad(q); err != nil {
				return err
			}
		}
		return it.Err()
	})
	if err != nil {
		tb.Fatal(err)
	}
	// The writer buffers: without Close, the last 4 KiB were left out, and
	// which quads those were depended on the order of the scan.
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	slices.Sort(lines)
	return []byte(strings.Join(lines, ""))
}

// firstDiff describes the first line where bulk's rows differ from
// Cayley's writer's.
func firstDiff(bulk, perQuad string) string {
	b, p := strings.Split(bulk, "\n"), strings.Split(perQuad, "\n")
	for i := range max(len(b), len(p)) {
		var lb, lp string
		if i < len(b) {
			lb = b[i]
		}
		if i < len(p) {
			lp = p[i]
		}
		if lb != lp {
			return fmt.Sprintf("line %d of %d/%d:\nbulk:         %s\nquad by quad: %s", i+1, len(b), len(p), lb, lp)
		}
	}
	return "no line differs"
}

// TestOpenFitsCayleySchema: a store Cayley initialised, with its foreign
// keys and seven indexes, loses the keys when newsgraph opens it, keeps
// four indexes (see spolIndex), and it loads as a
// fresh one does; a triple written twice is stored once, the same fact
// under two labels twice.
func TestOpenFitsCayleySchema(t *testing.T) {
	dsn := freshPostgres(t)
	if err := cgraph.InitQuadStore(backendPostgres, dsn, nil); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	keys := func() string { return tableRows(t, db, foreignKeys) }
	indexes := func() string {
		return tableRows(t, db, `SELECT indexname FROM pg_indexes WHERE tablename = 'quads' ORDER BY indexname`)
	}
	if got := strings.Count(keys(), "\n"); got != 4 {
		t.Fatalf("Cayley's schema has %d foreign keys on quads, want 4", got)
	}
	if got, want := indexes(), rowsOf("ops_index", "osp_index", "pos_index", "quads_pkey", "spo_index", "spo_unique", "spol_unique"); got != want {
		t.Fatalf("Cayley's schema indexes quads with\n%swant\n%s", got, want)
	}
	s := mustOpenDSN(t, dsn)
	if got := keys(); got != "" {
		t.Errorf("foreign keys after Open:\n%s", got)
	}
	var version int
	if err := db.QueryRow(`SELECT current_setting('server_version_num')::int`).Scan(&version); err != nil {
		t.Fatal(err)
	}
	want := rowsOf(spolIndex, "osp_index", "pos_index", "quads_pkey")
	if version < nullsNotDistinct {
		want = rowsOf("osp_index", "pos_index", "quads_pkey", "spo_index", "spo_unique", "spol_unique")
	}
	if indexes() != want {
		t.Errorf("indexes after Open:\n%swant\n%s", indexes(), want)
	}
	fresh := mustOpen(t, "postgres")
	for _, st := range []*Store{s, fresh} {
		mustLoad(t, st, resolutionDocs(), LoadOptions{BatchArticles: 4})
	}
	quadtest.AssertSameKeys(t, "store", storeKeys(t, s, ""), storeKeys(t, fresh, ""))

	ctx := context.Background()
	subj, pred, obj := quad.IRI("http://example.org/thing/lumen-1"), quad.IRI("http://example.org/p/near"), quad.IRI("http://example.org/thing/orla-2")
	facts := []quad.Quad{
		quad.Make(subj, pred, obj, nil),
		quad.Make(subj, pred, obj, nil),
		quad.Make(subj, pred, obj, quad.IRI("http://example.org/import/1")),
		quad.Make(subj, pred, obj, quad.IRI("http://example.org/import/2")),
	}
	for i, q := range facts {
		wantNew := 1
		if i == 1 {
			wantNew = 0
		}
		if n, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{q})); err != nil || n != wantNew {
			t.Errorf("AddQuads(%v) = %d, %v; want %d new", q, n, err, wantNew)
		}
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM quads WHERE predicate_hash = (SELECT hash FROM nodes WHERE value_string = $1)`, string(pred)).Scan(&n); err != nil || n != 3 {
		t.Errorf("quads of %v: %d, %v; want 3", pred, n, err)
	}
}

// rowsOf is tableRows' text of one-column rows.
func rowsOf(vals ...string) string {
	var b strings.Builder
	for _, v := range vals {
		fmt.Fprintf(&b, "%q\n", []any{v})
	}
	return b.String()
}
