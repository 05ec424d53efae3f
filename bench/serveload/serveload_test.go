package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ten := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	tests := []struct {
		name string
		in   []time.Duration
		q    float64
		want time.Duration
	}{
		{"none", nil, 0.5, 0},
		{"one", []time.Duration{7}, 0.99, 7},
		{"median of ten", ten, 0.5, 5},
		{"p95 of ten", ten, 0.95, 10},
		{"p10 of ten", ten, 0.1, 1},
		{"max", ten, 1, 10},
	}
	for _, tt := range tests {
		if got := percentile(tt.in, tt.q); got != tt.want {
			t.Errorf("%s: percentile(%v, %v) = %v, want %v", tt.name, tt.in, tt.q, got, tt.want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		articles []string
		wantErr  string
	}{
		{name: "defaults", articles: []string{"examples"}},
		{name: "repeated -articles", args: []string{"-articles", "a", "-articles", "b.jsonl"}, articles: []string{"a", "b.jsonl"}},
		{name: "positional paths", args: []string{"-clients", "3", "a", "b"}, articles: []string{"a", "b"}},
		{name: "no clients", args: []string{"-clients", "0"}, wantErr: "must be positive"},
		{name: "load process on bolt", args: []string{"-load-process"}, wantErr: "needs -db postgres://"},
		{name: "load process on postgres", args: []string{"-load-process", "-db", "postgres://u@h/db"}, articles: []string{"examples"}},
	}
	for _, tt := range tests {
		cfg, err := parseFlags(tt.args, new(bytes.Buffer))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: parseFlags(%q) error = %v, want %q", tt.name, tt.args, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !slices.Equal(cfg.Articles, tt.articles) {
			t.Errorf("%s: parseFlags(%q) = articles %q, %v; want %q", tt.name, tt.args, cfg.Articles, err, tt.articles)
		}
	}
	if cfg, _ := parseFlags(nil, new(bytes.Buffer)); cfg.Clients != 50 || cfg.Duration != 30*time.Second {
		t.Errorf("default -clients %d -duration %v, want 50 and 30s", cfg.Clients, cfg.Duration)
	}
}

func TestRequestCheck(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		monotonic bool
		baseline  int
		wantErr   bool
	}{
		{"as many rows", `{"rows":[1,2]}`, true, 2, false},
		{"more rows", `{"rows":[1,2,3]}`, true, 2, false},
		{"fewer rows", `{"rows":[1]}`, true, 2, true},
		{"fewer rows, not monotonic", `{"rows":[1]}`, false, 2, false},
		{"none where there were some", `{"rows":[]}`, false, 2, true},
		{"none where there were none", `{"rows":[]}`, false, 0, false},
		{"not JSON", `<html>`, true, 0, true},
	}
	for _, tt := range tests {
		r := &request{measure: countRows, monotonic: tt.monotonic, baseline: tt.baseline}
		if err := r.check([]byte(tt.body)); (err != nil) != tt.wantErr {
			t.Errorf("%s: check(%s) = %v, want error %v", tt.name, tt.body, err, tt.wantErr)
		}
	}
	page := matchField("key", "person/ada-okafor")
	if n, err := page([]byte(`{"key":"person/ada-okafor"}`)); n != 1 || err != nil {
		t.Errorf("matchField on the page asked for = %d, %v; want 1, nil", n, err)
	}
	if _, err := page([]byte(`{"key":"person/tomasz-wrona"}`)); err == nil {
		t.Errorf("matchField on another page: no error")
	}
}

func TestCycle(t *testing.T) {
	m := &mix{Routes: []*route{{Name: "a", Weight: 3}, {Name: "b", Weight: 1}, {Name: "c", Weight: 5}}}
	r := rand.New(rand.NewPCG(1, 2))
	for start := range 4 {
		got := m.cycle(r, start)
		if len(got) != 9 {
			t.Fatalf("cycle(%d) has %d calls, want 9 (the sum of the weights)", start, len(got))
		}
		if first := []int{start % 3, (start + 1) % 3, (start + 2) % 3}; !slices.Equal(got[:3], first) {
			t.Errorf("cycle(%d) starts %v, want each route once: %v", start, got[:3], first)
		}
		count := map[int]int{}
		for _, i := range got {
			count[i]++
		}
		if count[0] != 3 || count[1] != 1 || count[2] != 5 {
			t.Errorf("cycle(%d) = %v: calls per route %v, want the weights 3, 1, 5", start, got, count)
		}
	}
}

// TestCallErrors checks that each kind of failure is counted as its kind.
func TestCallErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
			fmt.Fprint(w, `{"rows":[1,2,3]}`)
		case "/fewer":
			fmt.Fprint(w, `{"rows":[1]}`)
		case "/slow":
			time.Sleep(300 * time.Millisecond)
		default:
			http.Error(w, `{"error":"no"}`, http.StatusGatewayTimeout)
		}
	}))
	defer srv.Close()
	client := &http.Client{Timeout: 100 * time.Millisecond}
	tests := []struct {
		path, base string
		want       string
	}{
		{"/ok", srv.URL, ""},
		{"/fewer", srv.URL, errWrong},
		{"/504", srv.URL, errStatus},
		{"/slow", srv.URL, errTimeout},
		{"/ok", "http://127.0.0.1:1", errTransport},
	}
	for _, tt := range tests {
		req := get(tt.path, countRows, true)
		req.baseline = 3
		got := ""
		if cerr := do(client, tt.base, req); cerr != nil {
			got = cerr.Kind
		}
		if got != tt.want {
			t.Errorf("do(%s%s) failed as %q, want %q", tt.base, tt.path, got, tt.want)
		}
	}
}

// TestLoadTestShort runs a short load test with a writer on a fresh bolt
// store: every route is called, nothing fails, every written article is
// served at the end. (Not on "mem:": Cayley's memstore writes a field on
// every read, so concurrent reads under the store's read lock race.)
func TestLoadTestShort(t *testing.T) {
	cfg := config{Clients: 20, Duration: 1500 * time.Millisecond, Articles: []string{"../../examples"},
		Write: true, Timeout: 10 * time.Second, ReindexEvery: 300 * time.Millisecond, LoadBatch: 1, Seed: 1}
	res := mustLoadTest(t, cfg)
	if res.Backend != "bolt" || res.Articles != 11 {
		t.Errorf("store: %s with %d articles, want bolt with the 11 examples", res.Backend, res.Articles)
	}
}

// mustLoadTest runs cfg and fails the test unless every route was called,
// nothing failed and, with writers, articles were written and all of them
// served afterwards.
func mustLoadTest(t *testing.T, cfg config) *result {
	t.Helper()
	var out, log bytes.Buffer
	cfg.Out, cfg.Log = &out, &log
	res, err := loadTest(context.Background(), cfg)
	t.Logf("report:\n%s\nlog:\n%s", out.String(), log.String())
	if err != nil {
		t.Fatalf("loadTest: %v", err)
	}
	if res.failed() {
		t.Errorf("the run had errors (see the report)")
	}
	for _, rt := range res.Mix.Routes {
		if n := res.Routes[rt.Name].requests(); n == 0 {
			t.Errorf("route %s: no request made", rt.Name)
		}
	}
	if cfg.Write || cfg.LoadProcess {
		if n := len(res.Writes.IDs); n == 0 || res.Writes.Verified != n {
			t.Errorf("writes: %d articles written, %d served afterwards; want some, all served", n, res.Writes.Verified)
		}
	}
	return res
}
