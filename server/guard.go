package server

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// TokenHeader is the request header that carries the console's write
// token. The token reaches the page in a <meta> tag of index.html, which
// only a page of the console's own origin can read (see guard).
const TokenHeader = "X-Newsgraph-Token"

// guard decides which requests the console answers. It stops three attacks
// a web page in the user's browser could make:
//
//   - DNS rebinding: a page on evil.example makes its name resolve to
//     127.0.0.1 and reads the API as if it were its own origin. The Host
//     header then says evil.example, so only the names the server listens
//     on (and those given with --allowed-host) are answered; others get
//     421 Misdirected Request.
//   - Cross-site requests: an <img src>, a form or a fetch() with a
//     "simple" content type reaches the server without a CORS preflight.
//     Every /api/ route refuses requests whose Sec-Fetch-Site is
//     cross-site or same-site (a page on another loopback port is
//     same-site: sites ignore ports), and any Origin header that is not the
//     server's own origin. Clients that send neither (curl, scripts) are
//     local programs and pass.
//   - Forged writes from browsers that send neither header: routes that
//     write also need the token in TokenHeader.
//
// The token is in a <meta> tag rather than a cookie because cookies are
// not isolated by port: a SameSite=Strict cookie for 127.0.0.1 is sent
// with requests from a page on 127.0.0.1:9999 too, which is the attack.
type guard struct {
	token string
	// extra holds the lower-case host names of --allowed-host, answered on
	// any port.
	extra map[string]bool

	mu sync.RWMutex
	// own holds the "host:port" strings of the listening addresses,
	// lower-case; set by Serve.
	own map[string]bool
}

func newGuard(allowed []string) (*guard, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return nil, fmt.Errorf("server: make token: %w", err)
	}
	g := &guard{token: base64.RawURLEncoding.EncodeToString(b), extra: map[string]bool{}, own: map[string]bool{}}
	for _, h := range allowed {
		name := h
		if host, port, err := net.SplitHostPort(h); err == nil && port != "" && strings.Trim(port, "0123456789") == "" {
			name = host // "proxy.lan:443": the port does not matter
		}
		name = canonicalHost(name)
		if name == "" || strings.ContainsAny(name, "/ *@?#") {
			return nil, fmt.Errorf("server: allowed host %q is not a host name", h)
		}
		g.extra[name] = true
	}
	return g, nil
}

// listen adds the names of a listening address: the address itself and,
// for a loopback address, localhost. A wildcard address (0.0.0.0, ::)
// accepts any IP literal on its port: no DNS rebinding can forge one.
func (g *guard) listen(a net.Addr) {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return
	}
	port := fmt.Sprint(tcp.Port)
	g.mu.Lock()
	defer g.mu.Unlock()
	g.own[strings.ToLower(net.JoinHostPort(tcp.IP.String(), port))] = true
	if tcp.IP.IsLoopback() || tcp.IP.IsUnspecified() {
		g.own["localhost:"+port] = true
	}
	if tcp.IP.IsUnspecified() {
		g.own["*:"+port] = true
	}
}

// hostAllowed tells whether a request's Host names this server.
func (g *guard) hostAllowed(hostport string) bool {
	if hostport == "" {
		return false
	}
	host, port, err := net.SplitHostPort(hostport)
	if err != nil {
		host, port = hostport, "80"
	}
	host = canonicalHost(host)
	if g.extra[host] {
		return true
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	if g.own[net.JoinHostPort(host, port)] {
		return true
	}
	return g.own["*:"+port] && net.ParseIP(host) != nil
}

// sameOrigin returns why a request to the API is refused, or "".
func sameOrigin(r *http.Request) string {
	switch site := r.Header.Get("Sec-Fetch-Site"); site {
	case "", "same-origin", "none":
	default:
		return fmt.Sprintf("a %s request (Sec-Fetch-Site)", site)
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return ""
	}
	u, err := url.Parse(origin)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, r.Host) {
		return fmt.Sprintf("a request from origin %.100q", origin)
	}
	return ""
}

// tokenOK tells whether the request carries the write token.
func (g *guard) tokenOK(r *http.Request) bool {
	got := r.Header.Get(TokenHeader)
	return subtle.ConstantTimeCompare([]byte(got), []byte(g.token)) == 1
}

// canonicalHost lower-cases a host name and drops IPv6 brackets and a
// trailing dot ("LOCALHOST." is localhost).
func canonicalHost(h string) string {
	h = strings.TrimSuffix(strings.ToLower(strings.TrimSpace(h)), ".")
	return strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
}

// check answers and returns false when the request must not reach a route.
func (s *Server) check(w http.ResponseWriter, r *http.Request) bool {
	if !s.guard.hostAllowed(r.Host) {
		s.cfg.Logger.Warn("request refused", "reason", "host not allowed", "method", r.Method, "path", r.URL.Path, "host", r.Host)
		http.Error(w, fmt.Sprintf("421 misdirected request: this console does not answer for host %.100q (see newsgraph serve --allowed-host)", r.Host),
			http.StatusMisdirectedRequest)
		return false
	}
	if !strings.HasPrefix(r.URL.Path, "/api/") {
		return true
	}
	if why := sameOrigin(r); why != "" {
		s.cfg.Logger.Warn("request refused", "reason", "cross-origin", "method", r.Method, "path", r.URL.Path,
			"origin", r.Header.Get("Origin"), "sec_fetch_site", r.Header.Get("Sec-Fetch-Site"))
		s.writeError(w, r, &kindError{http.StatusForbidden, "forbidden", "the console's API answers only its own page, not " + why})
		return false
	}
	if _, err := url.ParseQuery(r.URL.RawQuery); err != nil {
		// r.URL.Query() drops what it cannot parse (past 10,000
		// parameters, all of them) without a word.
		s.writeError(w, r, invalid("bad query string: %v", err))
		return false
	}
	return true
}

// writes wraps a route that changes state: it needs the token.
func (s *Server) writes(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.guard.tokenOK(r) {
			s.cfg.Logger.Warn("request refused", "reason", "no token", "method", r.Method, "path", r.URL.Path)
			s.writeError(w, r, &kindError{http.StatusForbidden, "forbidden",
				"missing or wrong " + TokenHeader + " header: reload the console page"})
			return
		}
		h(w, r)
	}
}
