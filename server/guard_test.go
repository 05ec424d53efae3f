package server_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/search/searchtest"
	"github.com/newsgraph/newsgraph/server"
)

// mustServe serves the examples on a fresh loopback listener of network
// ("tcp4" or "tcp6") and returns the server and its port.
func mustServe(t *testing.T, network string, cfg server.Config) (*server.Server, string) {
	t.Helper()
	host := map[string]string{"tcp4": "127.0.0.1:0", "tcp6": "[::1]:0"}[network]
	ln, err := net.Listen(network, host)
	if err != nil {
		// The IPv6 cases are part of the Host check: a machine without ::1
		// fails here rather than passing them silently.
		t.Fatalf("no %s loopback (the Host check is tested on both): %v", network, err)
	}
	if cfg.Store == nil {
		cfg.Store = searchtest.Examples(t)
	}
	srv, err := server.New(context.Background(), withIndex(t, cfg))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	return srv, port
}

// rawStatus sends a request with exactly the given head lines (so the Host
// can be anything or missing) to addr and returns the status code.
func rawStatus(t *testing.T, addr, head string) int {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "%s\r\nConnection: close\r\n\r\n", head)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("%q: %v", head, err)
	}
	res.Body.Close()
	return res.StatusCode
}

func TestHostCheck(t *testing.T) {
	_, port := mustServe(t, "tcp4", server.Config{})
	_, port6 := mustServe(t, "tcp6", server.Config{})
	_, portAllowed := mustServe(t, "tcp4", server.Config{AllowedHosts: []string{"newsgraph.lan", "proxy.lan:443"}})
	tests := []struct {
		name, port, host string
		want             int
	}{
		{"own address", port, "127.0.0.1:" + port, 200},
		{"localhost", port, "localhost:" + port, 200},
		{"localhost in capitals with a dot", port, "LocalHost.:" + port, 200},
		{"rebinding name", port, "evil.example:" + port, 421},
		{"rebinding name without port", port, "evil.example", 421},
		{"rebinding name that embeds the IP", port, "127.0.0.1.nip.io:" + port, 421},
		{"localhost as a subdomain", port, "localhost.evil.example:" + port, 421},
		{"other port", port, "127.0.0.1:1", 421},
		{"localhost without port", port, "localhost", 421},
		{"IP in another spelling", port, "0x7f.0.0.1:" + port, 421},
		{"IPv6 loopback", port6, "[::1]:" + port6, 200},
		{"IPv6 localhost", port6, "localhost:" + port6, 200},
		{"IPv6 server asked for the IPv4 address", port6, "127.0.0.1:" + port6, 421},
		{"allowed host", portAllowed, "newsgraph.lan", 200},
		{"allowed host, any port, any case", portAllowed, "NewsGraph.LAN:8443", 200},
		{"subdomain of an allowed host", portAllowed, "evil.newsgraph.lan", 421},
		{"allowed host given with a port", portAllowed, "proxy.lan", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr := "127.0.0.1:" + tt.port
			if tt.port == port6 {
				addr = "[::1]:" + tt.port
			}
			for _, path := range []string{"/", "/api/stats"} {
				if got := rawStatus(t, addr, "GET "+path+" HTTP/1.1\r\nHost: "+tt.host); got != tt.want {
					t.Errorf("GET %s with Host %q = %d, want %d", path, tt.host, got, tt.want)
				}
			}
		})
	}
	t.Run("missing Host", func(t *testing.T) {
		if got := rawStatus(t, "127.0.0.1:"+port, "GET /api/stats HTTP/1.0"); got != 421 {
			t.Errorf("HTTP/1.0 without Host = %d, want 421", got)
		}
	})
}

func TestSameOrigin(t *testing.T) {
	srv := mustExampleServer(t)
	const gizmo = `g.V("<https://newsgraph.dev/id/country/ukraine>").All()`
	tests := []struct {
		name, method, path string
		headers            map[string]string
		want               int
	}{
		{"gizmo from curl", "POST", "/api/gizmo", nil, 200},
		{"gizmo from the page", "POST", "/api/gizmo", map[string]string{"Origin": "http://" + testHost, "Sec-Fetch-Site": "same-origin"}, 200},
		{"gizmo through a TLS proxy", "POST", "/api/gizmo", map[string]string{"Origin": "https://" + testHost}, 200},
		{"gizmo from another loopback port", "POST", "/api/gizmo", map[string]string{"Origin": "http://127.0.0.1:9999", "Sec-Fetch-Site": "same-site"}, 403},
		{"gizmo from another origin, no fetch metadata", "POST", "/api/gizmo", map[string]string{"Origin": "http://evil.example"}, 403},
		{"gizmo from an opaque origin", "POST", "/api/gizmo", map[string]string{"Origin": "null"}, 403},
		{"gizmo from a same-origin page with a lying Origin", "POST", "/api/gizmo", map[string]string{"Origin": "http://" + testHost + ".evil", "Sec-Fetch-Site": "same-origin"}, 403},
		{"gizmo cross-site", "POST", "/api/gizmo", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"cayley gizmo cross-site", "POST", "/api/v1/query/gizmo", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"}, 403},
		{"export by <img> from another port", "GET", "/api/export", map[string]string{"Sec-Fetch-Site": "same-site"}, 403},
		{"export typed in the address bar", "GET", "/api/export", map[string]string{"Sec-Fetch-Site": "none"}, 200},
		{"stats read cross-site", "GET", "/api/stats", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"}, 403},
		{"stats from the page", "GET", "/api/stats", map[string]string{"Sec-Fetch-Site": "same-origin"}, 200},
		{"page opened from a link on another site", "GET", "/", map[string]string{"Sec-Fetch-Site": "cross-site"}, 200},
		{"reindex cross-site with the token", "POST", "/api/reindex", map[string]string{"Sec-Fetch-Site": "cross-site", server.TokenHeader: srv.Token()}, 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.path, strings.NewReader(gizmo))
			req.Header.Set("Content-Type", "text/plain")
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Errorf("%s %s %v = %d, want %d: %.200s", tt.method, tt.path, tt.headers, rec.Code, tt.want, rec.Body.String())
			}
			if tt.want == 403 && !strings.Contains(rec.Body.String(), `"kind":"forbidden"`) {
				t.Errorf("body %.200s, want kind forbidden", rec.Body.String())
			}
			for k := range rec.Header() {
				if strings.HasPrefix(k, "Access-Control-") {
					t.Errorf("answer has CORS header %s", k)
				}
			}
		})
	}
}

func TestWriteToken(t *testing.T) {
	srv, err := server.New(context.Background(), withIndex(t, server.Config{Store: searchtest.Examples(t), AllowedHosts: []string{testHost}}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		token string
		want  int
	}{
		{"no token", "", 403},
		{"wrong token", "not-the-token", 403},
		{"token of another start", strings.Repeat("A", len(srv.Token())), 403},
		{"right token", srv.Token(), 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("POST", "/api/reindex", nil)
			req.Header.Set("Origin", "http://"+testHost)
			if tt.token != "" {
				req.Header.Set(server.TokenHeader, tt.token)
			}
			rec := httptest.NewRecorder()
			srv.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Errorf("POST /api/reindex = %d, want %d: %.200s", rec.Code, tt.want, rec.Body.String())
			}
		})
	}
	other, err := server.New(context.Background(), withIndex(t, server.Config{Store: searchtest.Examples(t)}))
	if err != nil {
		t.Fatal(err)
	}
	if other.Token() == srv.Token() {
		t.Error("two servers have the same token")
	}
}

// TestBodyTimeout sends half a body and stops: the answer is 408.
func TestBodyTimeout(t *testing.T) {
	_, port := mustServe(t, "tcp4", server.Config{BodyTimeout: 300 * time.Millisecond})
	conn, err := net.Dial("tcp", "127.0.0.1:"+port)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /api/gizmo HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nContent-Length: 100\r\n\r\ng.V(", port)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestTimeout {
		t.Errorf("slow body: status %d, want 408", res.StatusCode)
	}
}

func TestTooManyParameters(t *testing.T) {
	path := "/api/queries/mentions?entity=Kenya" + strings.Repeat("&x=1", 10_001)
	rec := httptest.NewRecorder()
	mustExampleServer(t).ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "bad query string: number of URL query parameters exceeded limit") {
		t.Errorf("10,002 parameters: %d %.200s, want 400 naming the limit", rec.Code, rec.Body.String())
	}
}

func TestAllowedHostMustBeAName(t *testing.T) {
	for _, h := range []string{"", "http://proxy.lan/", "*", "user@proxy.lan"} {
		if _, err := server.New(context.Background(), withIndex(t, server.Config{Store: searchtest.MustOpen(t), AllowedHosts: []string{h}})); err == nil {
			t.Errorf("allowed host %q accepted", h)
		}
	}
}
