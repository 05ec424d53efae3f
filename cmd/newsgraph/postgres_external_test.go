//go:build external

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/mysqltest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/search"
)

// TestPostgresAnswersLikeBolt loads the example articles into bolt, into
// PostgreSQL and into MariaDB, and checks that every saved query returns the
// same rows on each.
func TestPostgresAnswersLikeBolt(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // where a database's search index goes
	stores := map[string]string{"bolt": filepath.Join(t.TempDir(), "news.db"), "postgres": pgtest.Database(t), "mysql": mysqltest.Database(t)}
	cli := func(db string, args ...string) string {
		t.Helper()
		var out, errb bytes.Buffer
		code := run(context.Background(), append([]string{"--db", db}, args...),
			IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, func(string) string { return "" })
		if code != exitOK {
			t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
		}
		return out.String()
	}
	for name, db := range stores {
		if out := cli(db, "load", "../../examples"); !strings.Contains(out, "loaded 11 articles") {
			t.Fatalf("%s load: %s", name, out)
		}
		if out := cli(db, "load", "../../examples"); !strings.Contains(out, " 0 new quads") {
			t.Errorf("%s: reloading added quads: %s", name, out)
		}
	}
	queries := [][]string{
		{"entities"}, {"entities", "--arg", "type=company"},
		{"statements", "--arg", "speaker=Okafor"}, {"statements", "--arg", "mentions=Україна"},
		{"roles"}, {"roles", "--arg", "org=Veltrix"},
		{"mentions", "--arg", "entity=Kenya"}, {"neighbors", "--arg", "entity=@adaokafor"},
		{"path", "--arg", "from=Wrona", "--arg", "to=Japan"},
		{"search", "--arg", "q=satellite"}, {"search", "--arg", "q=mentions:Kenya"},
	}
	for _, q := range queries {
		args := append([]string{"query", "--format", "json"}, q...)
		bolt := cli(stores["bolt"], args...)
		for _, server := range []string{"postgres", "mysql"} {
			if got := cli(stores[server], args...); got != bolt {
				t.Errorf("query %s: %s answers differ from bolt\nbolt: %.300s\n%s: %.300s", strings.Join(q, " "), server, bolt, server, got)
			}
		}
		if len(bolt) < 10 {
			t.Errorf("query %s returned nothing: %q", strings.Join(q, " "), bolt)
		}
	}
	b := cli(stores["bolt"], "stats")
	for _, server := range []string{"postgres", "mysql"} {
		if got := cli(stores[server], "stats"); got != b {
			t.Errorf("stats differ:\nbolt:\n%s\n%s:\n%s", b, server, got)
		}
	}
}

// TestPostgresSearchIndexHeldElsewhere: on PostgreSQL, where several
// processes of a machine may use one store, a command that finds the
// store's search index held by another (a running serve) does not wait for
// it: a write goes on without following it, a search answers without it.
func TestPostgresSearchIndexHeldElsewhere(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	db := pgtest.Database(t)
	cli := func(args ...string) (string, string) {
		t.Helper()
		var out, errb bytes.Buffer
		code := run(context.Background(), append([]string{"--db", db}, args...),
			IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, func(string) string { return "" })
		if code != exitOK {
			t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errb.String())
		}
		return out.String(), errb.String()
	}
	cli("load", "../../examples")
	want, _ := cli("query", "--format", "json", "search", "--arg", "q=satellite")
	store, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	held, err := search.OpenFor(store)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	got, stderr := cli("query", "--format", "json", "search", "--arg", "q=satellite")
	if got != want || !strings.Contains(stderr, "held by another process") {
		t.Errorf("search with the index held elsewhere:\n%.300s\nstderr %q\nwant:\n%.300s", got, stderr, want)
	}
	if out, _ := cli("remove", "e63b66bfbbb6d2b9"); !strings.Contains(out, "removed") {
		t.Errorf("remove with the index held elsewhere: %q", out)
	}
}

// TestReadOnEmptyDatabase: on PostgreSQL and MariaDB an empty database
// (no newsgraph tables) is no store: the read commands fail with the hint
// and create no table; load creates them.
func TestReadOnEmptyDatabase(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	for name, db := range map[string]string{"postgres": pgtest.Database(t), "mysql": mysqltest.Database(t)} {
		t.Run(name, func(t *testing.T) {
			for _, args := range [][]string{{"stats"}, {"query", "statements"}, {"export"}, {"serve", "--addr", "127.0.0.1:0"}} {
				code, stdout, stderr := runCmd(t, append([]string{"--db", db}, args...)...)
				if code != exitError || stdout != "" || !strings.Contains(stderr, "no store: the database has no newsgraph tables — run 'newsgraph load DIR' first") {
					t.Errorf("%v on an empty database = %d %q %q", args, code, stdout, stderr)
				}
				if strings.Contains(stderr, ":newsgraph@") && strings.Contains(db, ":newsgraph@") {
					t.Errorf("%v: the error shows the password: %q", args, stderr)
				}
			}
			// Still empty: load creates the store, which stats then reads.
			if code, _, stderr := runCmd(t, "--db", db, "load", "--no-index", "../../examples/articles"); code != 0 {
				t.Fatalf("load: %d %s", code, stderr)
			}
			if code, stdout, stderr := runCmd(t, "--db", db, "stats"); code != 0 || !strings.Contains(stdout, "articles") {
				t.Errorf("stats after load = %d %q %q", code, stdout, stderr)
			}
		})
	}
}
