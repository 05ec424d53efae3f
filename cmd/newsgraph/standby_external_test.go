//go:build external

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// standbyArticle is a made-up article loaded into the primary while the
// standby is being read.
const standbyArticle = `date 2025-10-06

Lakeview Ferries names Tomasz Brenner chief executive

Lakeview Ferries has appointed Tomasz Brenner as chief executive, the Norwegian shipping company said on Monday in Oslo.

"Our fleet will run on batteries by 2030," said Brenner.
`

// cliOn runs newsgraph on db and returns its exit code, stdout and stderr.
func cliOn(db string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"--db", db}, args...),
		IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}, func(string) string { return "" })
	return code, out.String(), errb.String()
}

// TestStandbyAnswersLikePrimary loads the examples into a PostgreSQL
// primary and, once its hot standby has replayed them, reads the same
// saved-query answers, statistics and searches from the standby; an
// article loaded later is found by a search on the standby (its search
// index follows the standby's commits table); writes to the standby fail
// and say where to write instead.
func TestStandbyAnswersLikePrimary(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // where a database's search index goes
	primary := pgtest.Database(t)
	must := func(db string, args ...string) string {
		t.Helper()
		code, out, errb := cliOn(db, args...)
		if code != exitOK {
			t.Fatalf("newsgraph %s: exit %d: %s", strings.Join(args, " "), code, errb)
		}
		return out
	}
	if out := must(primary, "load", "../../examples"); !strings.Contains(out, "loaded 11 articles") {
		t.Fatalf("load into the primary: %s", out)
	}
	standby := pgtest.Standby(t, primary)
	queries := [][]string{
		{"entities"}, {"entities", "--arg", "type=company"},
		{"statements", "--arg", "speaker=Okafor"}, {"roles", "--arg", "org=Veltrix"},
		{"mentions", "--arg", "entity=Kenya"}, {"neighbors", "--arg", "entity=@adaokafor"},
		{"path", "--arg", "from=Wrona", "--arg", "to=Japan"},
		{"search", "--arg", "q=satellite"}, {"search", "--arg", "q=mentions:Kenya"},
	}
	for _, q := range queries {
		args := append([]string{"query", "--format", "json"}, q...)
		want := must(primary, args...)
		if got := must(standby, args...); got != want {
			t.Errorf("query %s: the standby answers\n%.300s\nthe primary\n%.300s", strings.Join(q, " "), got, want)
		}
		if len(want) < 10 {
			t.Errorf("query %s returned nothing: %q", strings.Join(q, " "), want)
		}
	}
	if got, want := must(standby, "stats"), must(primary, "stats"); got != want {
		t.Errorf("stats: the standby\n%s\nthe primary\n%s", got, want)
	}

	dir := t.TempDir()
	file := filepath.Join(dir, "2025-10-06-lakeview.txt")
	if err := os.WriteFile(file, []byte(standbyArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"load", file}, {"remove", "e63b66bfbbb6d2b9"}, {"aliases", "add", "--type", "company", "Veltrix Corp", "VX"}} {
		code, out, errb := cliOn(standby, args...)
		if code != exitError || !strings.Contains(errb, "hot standby") || !strings.Contains(errb, "read-only") || !strings.Contains(errb, "primary") {
			t.Errorf("newsgraph %s on the standby: exit %d, stdout %q, stderr %q; want exit 1 naming the read-only standby and its primary",
				strings.Join(args, " "), code, out, errb)
		}
	}

	must(primary, "load", file)
	pgtest.WaitReplayed(t, primary, standby)
	search := []string{"query", "--format", "json", "search", "--arg", "q=Brenner"}
	want := must(primary, search...)
	if !strings.Contains(want, "Lakeview") {
		t.Fatalf("search on the primary does not find the new article: %s", want)
	}
	if got := must(standby, search...); got != want {
		t.Errorf("search for the new article: the standby answers\n%.300s\nthe primary\n%.300s", got, want)
	}
}

// TestServeOnStandby serves the console from a hot standby: it starts,
// says it is read-only, refuses --watch, and shows an article loaded into
// the primary once the standby has replayed it, without a restart.
func TestServeOnStandby(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	primary := pgtest.Database(t)
	if code, _, errb := cliOn(primary, "load", "../../examples"); code != exitOK {
		t.Fatalf("load into the primary: %s", errb)
	}
	standby := pgtest.Standby(t, primary)
	newApp := func() *App {
		return &App{DB: standby, Getenv: func(string) string { return "" }, Logger: slog.New(slog.DiscardHandler), IO: IOStreams{Err: io.Discard}}
	}

	watch := &serveOptions{App: newApp(), Addr: "127.0.0.1:0", QueryTimeout: time.Second, MaxRows: 10, Watch: t.TempDir(),
		Listen: func(string) (net.Listener, error) { t.Fatal("serve --watch on a standby listened"); return nil, nil }}
	if err := runServe(context.Background(), watch, io.Discard); err == nil || !strings.Contains(err.Error(), "hot standby") {
		t.Errorf("serve --watch on the standby = %v, want an error naming the hot standby", err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	opts := &serveOptions{App: newApp(), Addr: ln.Addr().String(), QueryTimeout: 5 * time.Second, MaxRows: 100,
		GizmoMemory: 1 << 26, MaxAnswerBytes: 1 << 20, Listen: func(string) (net.Listener, error) { return ln, nil }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, opts, &out) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("runServe: %v", err)
		}
		if !strings.Contains(out.String(), "read-only") {
			t.Errorf("serve printed %q, which does not say it is read-only", out.String())
		}
	}()
	articles := func() int {
		t.Helper()
		var res *http.Response
		for range 250 { // until the server listens
			if res, err = http.Get("http://" + ln.Addr().String() + "/api/stats"); err == nil {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var v struct{ Articles int }
		if err := json.NewDecoder(res.Body).Decode(&v); err != nil || res.StatusCode != http.StatusOK {
			t.Fatalf("GET /api/stats: %d, %v", res.StatusCode, err)
		}
		return v.Articles
	}
	// The console's first count waits (a second at most) for its index,
	// new in this machine's cache, to follow the standby's commits.
	n := articles()
	for deadline := time.Now().Add(15 * time.Second); n != 11 && time.Now().Before(deadline); n = articles() {
		time.Sleep(100 * time.Millisecond)
	}
	if n != 11 {
		t.Fatalf("the console on the standby shows %d articles, want 11", n)
	}
	file := filepath.Join(t.TempDir(), "2025-10-06-lakeview.txt")
	if err := os.WriteFile(file, []byte(standbyArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errb := cliOn(primary, "load", file); code != exitOK {
		t.Fatalf("load into the primary: %s", errb)
	}
	pgtest.WaitReplayed(t, primary, standby)
	// The standby's store looks for replayed commits every second, and the
	// console catches up every second: a few seconds at most.
	n = articles()
	for deadline := time.Now().Add(15 * time.Second); n != 12 && time.Now().Before(deadline); n = articles() {
		time.Sleep(100 * time.Millisecond)
	}
	if n != 12 {
		t.Errorf("the console on the standby shows %d articles after the primary loaded a 12th", n)
	}
}
