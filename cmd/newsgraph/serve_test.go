package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestServeFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want serveOptions
	}{
		{"defaults", nil, serveOptions{Addr: "127.0.0.1:8080", QueryTimeout: 10 * time.Second, MaxRows: 1000,
			GizmoMemory: 256 << 20, MaxAnswerBytes: 32 << 20}},
		{"all set", []string{"--addr", "127.0.0.1:0", "--query-timeout", "2s", "--max-rows", "5", "--allow-writes",
			"--gizmo-memory", "1048576", "--max-answer-bytes", "4096", "--allowed-host", "a.lan", "--allowed-host", "b.lan"},
			serveOptions{Addr: "127.0.0.1:0", QueryTimeout: 2 * time.Second, MaxRows: 5, AllowWrites: true,
				GizmoMemory: 1 << 20, MaxAnswerBytes: 4096, AllowedHosts: []string{"a.lan", "b.lan"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *serveOptions
			cmd := newServeCmd(&App{}, func(_ context.Context, o *serveOptions, _ io.Writer) error {
				got = o
				return nil
			})
			cmd.SetArgs(tt.args)
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.Addr != tt.want.Addr || got.QueryTimeout != tt.want.QueryTimeout ||
				got.MaxRows != tt.want.MaxRows || got.AllowWrites != tt.want.AllowWrites ||
				got.GizmoMemory != tt.want.GizmoMemory || got.MaxAnswerBytes != tt.want.MaxAnswerBytes ||
				strings.Join(got.AllowedHosts, ",") != strings.Join(tt.want.AllowedHosts, ",") {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestServeRejectsBadLimits(t *testing.T) {
	for _, flag := range []string{"--max-rows", "--gizmo-memory", "--max-answer-bytes"} {
		cmd := newServeCmd(&App{}, func(context.Context, *serveOptions, io.Writer) error { return nil })
		cmd.SetArgs([]string{flag, "0"})
		cmd.SetErr(io.Discard)
		if err := cmd.Execute(); err == nil {
			t.Errorf("%s 0 accepted", flag)
		}
	}
}

// TestRunServe starts the server on an injected loopback listener over an
// empty in-memory store, asks for the stats as the console and as a
// DNS-rebinding page and a cross-site page would, and stops it.
func TestRunServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	app := &App{DB: "mem:", Getenv: func(string) string { return "" }, Logger: slog.New(slog.DiscardHandler)}
	opts := &serveOptions{App: app, Addr: ln.Addr().String(), QueryTimeout: time.Second, MaxRows: 10,
		Listen: func(string) (net.Listener, error) { return ln, nil }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- runServe(ctx, opts, &out) }()
	url := "http://" + ln.Addr().String() + "/api/stats"
	var res *http.Response
	for i := 0; i < 100; i++ {
		if res, err = http.Get(url); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"articles":0`) {
		t.Errorf("GET /api/stats = %d %s", res.StatusCode, body)
	}
	for _, tt := range []struct {
		name, host, header, value string
		want                      int
	}{
		{"DNS rebinding", "evil.example:" + port(ln), "", "", http.StatusMisdirectedRequest},
		{"cross-site", "", "Sec-Fetch-Site", "cross-site", http.StatusForbidden},
		{"other origin", "", "Origin", "http://127.0.0.1:1", http.StatusForbidden},
		{"localhost", "localhost:" + port(ln), "", "", http.StatusOK},
	} {
		req, _ := http.NewRequest("GET", url, nil)
		if tt.host != "" {
			req.Host = tt.host
		}
		if tt.header != "" {
			req.Header.Set(tt.header, tt.value)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != tt.want {
			t.Errorf("%s: GET /api/stats = %d, want %d", tt.name, res.StatusCode, tt.want)
		}
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("runServe: %v", err)
	}
	if !strings.Contains(out.String(), "http://127.0.0.1:") {
		t.Errorf("output %q does not name the URL", out.String())
	}
}

func port(ln net.Listener) string {
	_, p, _ := net.SplitHostPort(ln.Addr().String())
	return p
}
