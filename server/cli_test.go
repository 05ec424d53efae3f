package server_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// echoExec is a Config.Exec that prints its arguments and standard input
// and exits with 3.
func echoExec(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	in, _ := io.ReadAll(stdin)
	fmt.Fprintf(stdout, "args=%s stdin=%s", strings.Join(args, " "), in)
	fmt.Fprint(stderr, "a warning")
	return 3
}

func TestCLIRoute(t *testing.T) {
	srv, port := mustServe(t, "tcp4", server.Config{Exec: echoExec})
	var out, errOut bytes.Buffer
	code, err := server.RunCLI(context.Background(), "127.0.0.1:"+port, srv.CLIToken(),
		[]string{"load", "-"}, strings.NewReader("an article"), &out, &errOut)
	if err != nil {
		t.Fatal(err)
	}
	if code != 3 || out.String() != "args=load - stdin=an article" || errOut.String() != "a warning" {
		t.Errorf("RunCLI = %d, stdout %q, stderr %q; want 3, %q, %q", code, out.String(), errOut.String(),
			"args=load - stdin=an article", "a warning")
	}
	if srv.CLIToken() == "" || srv.CLIToken() == srv.Token() {
		t.Errorf("command-line token %q must be set and differ from the page's", srv.CLIToken())
	}
}

// TestCLIRefusals: the command-line route answers only newsgraph itself:
// the exact token, and none of the headers a browser adds.
func TestCLIRefusals(t *testing.T) {
	srv, port := mustServe(t, "tcp4", server.Config{Exec: echoExec})
	other, _ := mustServe(t, "tcp4", server.Config{Exec: echoExec})
	url := "http://127.0.0.1:" + port + server.CLIPath
	tests := []struct {
		name    string
		headers map[string]string
		host    string
		want    int
	}{
		{"no token", nil, "", http.StatusForbidden},
		{"wrong token", map[string]string{server.CLITokenHeader: "x" + srv.CLIToken()[1:]}, "", http.StatusForbidden},
		{"another server's token", map[string]string{server.CLITokenHeader: other.CLIToken()}, "", http.StatusForbidden},
		{"the page's token", map[string]string{server.CLITokenHeader: srv.Token()}, "", http.StatusForbidden},
		{"page token header", map[string]string{server.TokenHeader: srv.Token()}, "", http.StatusForbidden},
		{"same origin", map[string]string{"Origin": "http://127.0.0.1:" + port}, "", http.StatusForbidden},
		{"Sec-Fetch-Site same-origin", map[string]string{"Sec-Fetch-Site": "same-origin"}, "", http.StatusForbidden},
		{"Sec-Fetch-Mode", map[string]string{"Sec-Fetch-Mode": "cors"}, "", http.StatusForbidden},
		{"Sec-Fetch-Dest", map[string]string{"Sec-Fetch-Dest": "empty"}, "", http.StatusForbidden},
		{"Cookie", map[string]string{"Cookie": "a=b"}, "", http.StatusForbidden},
		{"rebinding host", nil, "evil.example:" + port, http.StatusMisdirectedRequest},
		{"right", nil, "", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", url, strings.NewReader("{\"args\":[\"stats\"]}\n"))
			if _, set := tt.headers[server.CLITokenHeader]; !set && !strings.Contains(tt.name, "token") {
				req.Header.Set(server.CLITokenHeader, srv.CLIToken())
			}
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			if tt.host != "" {
				req.Host = tt.host
			}
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tt.want {
				t.Errorf("POST %s = %d %s, want %d", server.CLIPath, res.StatusCode, body, tt.want)
			}
			if tt.want == http.StatusOK && !bytes.Contains(body, []byte("args=stats")) {
				t.Errorf("answer %q lacks the command's output", body)
			}
		})
	}
}

func TestCLIRouteNeedsExec(t *testing.T) {
	srv, port := mustServe(t, "tcp4", server.Config{})
	if srv.CLIToken() != "" {
		t.Errorf("a server without Exec has a command-line token")
	}
	_, err := server.RunCLI(context.Background(), "127.0.0.1:"+port, "", []string{"stats"}, nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("RunCLI without Exec = %v, want a 404 refusal", err)
	}
}

func TestRunCLINoServer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = server.RunCLI(context.Background(), addr, "token", []string{"stats"}, nil, io.Discard, io.Discard)
	if !errors.Is(err, server.ErrNoServer) {
		t.Errorf("RunCLI to a closed port = %v, want ErrNoServer", err)
	}
}

// TestEvents: a write made by a command sent to the server brings the
// console up to date, then reaches an open event stream.
func TestEvents(t *testing.T) {
	store := searchtest.MustOpen(t)
	articles := searchtest.ExampleArticles(t)[:1]
	exec := func(context.Context, []string, io.Reader, io.Writer, io.Writer) int {
		searchtest.Load(t, store, articles)
		return 0
	}
	srv, port := mustServe(t, "tcp4", server.Config{Store: store, Exec: exec})
	base := "http://127.0.0.1:" + port
	// A stream that never sends the event fails the test instead of
	// hanging it.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", base+server.EventsPath, nil)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q, want text/event-stream", ct)
	}
	events := bufio.NewReader(res.Body)
	if got := nextEvent(t, events); got != "hello {\"generation\":0,\"commit\":0}" {
		t.Errorf("first event %q, want hello at generation 0 and commit 0", got)
	}
	if _, err := server.RunCLI(context.Background(), "127.0.0.1:"+port, srv.CLIToken(), []string{"load"}, nil, io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	// The console is up to date when the command returns.
	if body := get(t, base+"/api/stats"); !strings.Contains(body, `"articles":1`) {
		t.Errorf("stats after the load: %s, want 1 article", body)
	}
	// The once-a-second follower may have sent a commit of the load's
	// first write already: the last commit must carry its last one.
	last, err := store.LastCommit(context.Background())
	if err != nil || last == 0 {
		t.Fatalf("last commit %d, %v: the load made none", last, err)
	}
	want := fmt.Sprintf("commit {\"generation\":%d,\"commit\":%d}", store.Generation(), last)
	for got := ""; got != want; {
		if got = nextEvent(t, events); !strings.HasPrefix(got, "commit ") {
			t.Fatalf("event after the load %q, want %q", got, want)
		}
	}
}

// nextEvent reads one server-sent event as "name data".
func nextEvent(t *testing.T, r *bufio.Reader) string {
	t.Helper()
	var name, data string
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("read event: %v", err)
		}
		line = strings.TrimRight(line, "\n")
		switch {
		case line == "" && name != "":
			return name + " " + data
		case strings.HasPrefix(line, "event: "):
			name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			data = strings.TrimPrefix(line, "data: ")
		}
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}

// TestEventsSameOriginOnly: another site's page cannot follow the store.
func TestEventsSameOriginOnly(t *testing.T) {
	_, port := mustServe(t, "tcp4", server.Config{})
	for _, h := range [][2]string{{"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"}, {"Origin", "http://127.0.0.1:1"}} {
		req, _ := http.NewRequest("GET", "http://127.0.0.1:"+port+server.EventsPath, nil)
		req.Header.Set(h[0], h[1])
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("GET %s with %s: %s = %d, want 403", server.EventsPath, h[0], h[1], res.StatusCode)
		}
	}
}

// TestCLIClientGone: a command whose client went away (Ctrl-C on the
// command line) is stopped, so a 'load --watch' sent to the server does
// not run on unseen.
func TestCLIClientGone(t *testing.T) {
	started, stopped := make(chan struct{}), make(chan struct{})
	exec := func(ctx context.Context, _ []string, _ io.Reader, stdout, _ io.Writer) int {
		fmt.Fprintln(stdout, "watching")
		close(started)
		<-ctx.Done()
		close(stopped)
		return 1
	}
	srv, port := mustServe(t, "tcp4", server.Config{Exec: exec})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := server.RunCLI(ctx, "127.0.0.1:"+port, srv.CLIToken(), []string{"load", "--watch", "/x"}, nil, io.Discard, io.Discard)
		done <- err
	}()
	<-started
	cancel()
	<-done
	select {
	case <-stopped:
	case <-time.After(30 * time.Second):
		t.Fatal("the command still runs 30 s after its client went away")
	}
}
