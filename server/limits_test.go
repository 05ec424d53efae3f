package server_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// Limits of the hostile-request tests: small, so that the tests run on a
// small machine, and the peak they allow is what a user would notice.
const (
	testGizmoMemory = 32 << 20
	testAnswerBytes = 1 << 20
	// maxGrowth is the most the heap may grow while one hostile request
	// runs: a single string doubling can overshoot the budget before the
	// watchdog sees it, and one doubling holds up the collection the
	// watchdog needs (see queries/gizmoguard.go): with a 32 MiB budget up
	// to 245 MiB measured.
	maxGrowth = 512 << 20
)

// TestHostileRequests runs each request that took the server's memory or
// time before issue 13, checks it is refused or stopped with the right
// status, that the heap did not grow past maxGrowth, and that the server
// still answers.
func TestHostileRequests(t *testing.T) {
	store := searchtest.Examples(t)
	newServer := func(timeout time.Duration) *server.Server {
		srv, err := server.New(context.Background(), withIndex(t, server.Config{Store: store, AllowedHosts: []string{testHost},
			QueryTimeout: timeout, GizmoMemory: testGizmoMemory, MaxAnswerBytes: testAnswerBytes}))
		if err != nil {
			t.Fatal(err)
		}
		return srv
	}
	// The memory limits must stop scripts long before the time limit does;
	// the endless loop meets the short one.
	patient, quick := newServer(time.Minute), newServer(2*time.Second)
	tests := []struct {
		name, method, path, body string
		status                   int
		want                     string
	}{
		{"huge ArrayBuffer", "POST", "/api/gizmo", "new ArrayBuffer(4e9); g.emit(1)", 422, `new ArrayBuffer needs 4000000000 bytes, over the Gizmo memory budget of 33554432 bytes`},
		{"huge typed array from an array-like", "POST", "/api/gizmo", "new Float64Array({length: 5e8})", 422, `new Float64Array needs 4000000000 bytes`},
		{"typed array through the prototype's constructor", "POST", "/api/gizmo",
			"var T = Object.getPrototypeOf(new Uint8Array(1)).constructor; new T(4e9)", 422, `over the Gizmo memory budget`},
		{"huge Array", "POST", "/api/gizmo", "new Array(4e9-1).fill(1)", 422, `new Array needs`},
		{"fill of a sparse array", "POST", "/api/gizmo", "var a = []; a.length = 1e9; a.fill(1)", 422, `Array.prototype.fill on 1000000000 elements needs`},
		{"join of a borrowed length", "POST", "/api/gizmo", `Array.prototype.join.call({length: 1e9}, "x")`, 422, `Array.prototype.join on 1000000000 elements`},
		{"split into characters", "POST", "/api/gizmo", `"x".repeat(2e7).split(/(?:)/)`, 422, `String.prototype.split needs`},
		{"huge repeat", "POST", "/api/gizmo", `g.emit("x".repeat(1e9))`, 422, `String.prototype.repeat needs 1000000000 bytes`},
		{"string doubling", "POST", "/api/gizmo", `var s = "x"; while (true) s = s + s`, 422, `script used more than 32 MiB of memory \(newsgraph serve --gizmo-memory\)`},
		{"array growing", "POST", "/api/gizmo", `var a = []; while (true) a.push({x: 1, y: [1, 2, 3]})`, 422, `script used more than 32 MiB`},
		{"1,000 rows of 1 MB", "POST", "/api/gizmo", `for (var i = 0; i < 1000; i++) g.emit("x".repeat(1e6))`, 422,
			`answer larger than 1 MiB \(newsgraph serve --max-answer-bytes\)`},
		{"1,000 rows of 1 MB in Cayley's API", "POST", "/api/v1/query/gizmo?limit=1000", `for (var i = 0; i < 1000; i++) g.emit("x".repeat(1e6))`, 422,
			`^\{"error":"gizmo: answer larger than 1 MiB`},
		{"endless loop", "POST", "/api/gizmo", `while (true) {}`, 504, `timed out after 2s`},
		{"16,000 search words", "GET", "/api/search?q=" + url.QueryEscape(strings.Repeat("satellite ", 16000)), "", 400,
			`search query too long: 160000 characters and 16000 terms, at most 1000 and 64`},
		{"65 search words as a saved query", "GET", "/api/queries/search?q=" + url.QueryEscape(strings.Repeat("loan ", 65)), "", 400,
			`search query too long`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := patient
			if tt.status == 504 {
				srv = quick
			}
			body := strings.NewReader(tt.body)
			rec := httptest.NewRecorder()
			peak := watchPeak(func() { srv.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, body)) })
			t.Logf("heap grew by at most %d MiB", peak>>20)
			if rec.Code != tt.status || !regexp.MustCompile(tt.want).MatchString(rec.Body.String()) {
				t.Errorf("%s %s = %d %.300s; want %d matching %s", tt.method, tt.path, rec.Code, rec.Body.String(), tt.status, tt.want)
			}
			if peak > maxGrowth {
				t.Errorf("heap grew by %d MiB, more than %d MiB", peak>>20, maxGrowth>>20)
			}
			after := httptest.NewRecorder()
			srv.ServeHTTP(after, httptest.NewRequest("GET", "/api/queries/statements?speaker=Okafor", nil))
			if after.Code != 200 || !strings.Contains(after.Body.String(), "Ada Okafor") {
				t.Errorf("after it, a saved query = %d %.200s", after.Code, after.Body.String())
			}
		})
	}
}

// TestSearchWithinCaps: a search at the caps still answers.
func TestSearchWithinCaps(t *testing.T) {
	q := strings.TrimSpace(strings.Repeat("satellite ", 64))
	rec := httptest.NewRecorder()
	mustExampleServer(t).ServeHTTP(rec, httptest.NewRequest("GET", "/api/search?q="+url.QueryEscape(q), nil))
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"hits":[{`) {
		t.Errorf("64 words: %d %.200s", rec.Code, rec.Body.String())
	}
}

// watchPeak runs f and returns how far the Go heap grew above its size at
// the start while f ran, sampled every millisecond.
func watchPeak(f func()) int64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() int64 {
		metrics.Read(sample)
		return int64(sample[0].Value.Uint64())
	}
	base := read()
	var peak atomic.Int64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			if g := read() - base; g > peak.Load() {
				peak.Store(g)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(done)
	<-stopped
	if g := read() - base; g > peak.Load() {
		peak.Store(g)
	}
	return peak.Load()
}

// TestExportStreams: the export is written as it is read from the store
// (chunked, no Content-Length), not built whole in memory first.
func TestExportStreams(t *testing.T) {
	_, port := mustServe(t, "tcp4", server.Config{})
	res, err := http.Get("http://127.0.0.1:" + port + "/api/export?format=nquads")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	n, err := io.Copy(io.Discard, res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 || res.ContentLength != -1 || len(res.TransferEncoding) == 0 || res.TransferEncoding[0] != "chunked" {
		t.Errorf("export: status %d, Content-Length %d, Transfer-Encoding %v; want 200, streamed in chunks", res.StatusCode, res.ContentLength, res.TransferEncoding)
	}
	if n < 16<<10 {
		t.Errorf("export of the examples is %d bytes; the test needs more than one buffer", n)
	}
}

// TestWriteTimeout: a client that asks for a large answer and does not read
// it does not hold the server: past BodyTimeout + QueryTimeout + 5 s the
// connection is closed and the answer arrives cut short.
func TestWriteTimeout(t *testing.T) {
	_, port := mustServe(t, "tcp4", server.Config{BodyTimeout: 200 * time.Millisecond, QueryTimeout: 2 * time.Second})
	conn, err := net.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// 1,000 rows of 20 kB: 20 MB, more than the socket buffers hold.
	script := `for (var i = 0; i < 1000; i++) g.emit({i: i, s: "x".repeat(20000)})`
	fmt.Fprintf(conn, "POST /api/gizmo HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Length: %d\r\n\r\n%s", port, len(script), script)
	time.Sleep(9 * time.Second) // past the write deadline of 0.2 + 2 + 5 s
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.StatusCode != 200 {
		t.Fatalf("status %d: the script did not finish within the query timeout", res.StatusCode)
	}
	n, err := io.Copy(io.Discard, res.Body)
	if err == nil {
		t.Errorf("read the whole answer (%d bytes, status %d) long after the write deadline", n, res.StatusCode)
	}
}
