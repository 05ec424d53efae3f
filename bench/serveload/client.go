package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/server"
)

// Kinds of error.
const (
	errStatus    = "non-2xx"
	errTimeout   = "timeout"
	errTransport = "transport"
	errWrong     = "wrong answer"
)

var errKinds = []string{errStatus, errTimeout, errTransport, errWrong}

// callError is a failed call: its kind and what happened.
type callError struct {
	Kind   string
	Status int // for errStatus
	Err    error
}

func (e *callError) Error() string { return e.Kind + ": " + e.Err.Error() }

// newHTTPClient returns a client that keeps a connection per client alive,
// as browsers do, instead of dialling per request.
func newHTTPClient(clients int, timeout time.Duration, token string) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 2 * clients
	t.MaxIdleConnsPerHost = 2 * clients
	return &http.Client{Transport: withToken{t, token}, Timeout: timeout}
}

// withToken sends the server's write token with every request, as the
// console's page does, so that POST /api/reindex is accepted.
type withToken struct {
	http.RoundTripper
	token string
}

func (w withToken) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set(server.TokenHeader, w.token)
	return w.RoundTripper.RoundTrip(r)
}

// call makes req against base and returns the answer's body, or a
// callError. It does not check the body.
func call(client *http.Client, base string, req *request) ([]byte, *callError) {
	var body io.Reader
	if req.Body != "" {
		body = strings.NewReader(req.Body)
	}
	hr, err := http.NewRequest(req.Method, base+req.Path, body)
	if err != nil {
		return nil, &callError{Kind: errTransport, Err: err}
	}
	resp, err := client.Do(hr)
	if err != nil {
		return nil, transportError(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, transportError(err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &callError{Kind: errStatus, Status: resp.StatusCode, Err: fmt.Errorf("%s %s: %d %.200s", req.Method, req.Path, resp.StatusCode, bytes.TrimSpace(b))}
	}
	return b, nil
}

func transportError(err error) *callError {
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return &callError{Kind: errTimeout, Err: err}
	}
	return &callError{Kind: errTransport, Err: err}
}

// do makes and checks one request.
func do(client *http.Client, base string, req *request) *callError {
	b, cerr := call(client, base, req)
	if cerr != nil {
		return cerr
	}
	if err := req.check(b); err != nil {
		return &callError{Kind: errWrong, Err: fmt.Errorf("%s %s: %w", req.Method, req.Path, err)}
	}
	return nil
}

// setBaselines makes every request of m once, before the clients start,
// and records the size of its answer. A request that fails, or a search
// that finds nothing, is dropped; a route left with no request is an error.
func setBaselines(client *http.Client, base string, m *mix) error {
	for _, rt := range m.Routes {
		kept := rt.Reqs[:0]
		for _, req := range rt.Reqs {
			b, cerr := call(client, base, req)
			if cerr != nil {
				return fmt.Errorf("route %s before the run: %w", rt.Name, cerr)
			}
			n, err := req.measure(b)
			if err != nil {
				return fmt.Errorf("route %s before the run: %s %s: %w", rt.Name, req.Method, req.Path, err)
			}
			if req.baseline = n; n > 0 || req.monotonic {
				kept = append(kept, req)
			}
		}
		if rt.Reqs = kept; len(kept) == 0 {
			return fmt.Errorf("route %s: no request finds anything in this store", rt.Name)
		}
	}
	return nil
}

// routeStats are one route's outcomes.
type routeStats struct {
	Latencies []time.Duration // of the successful calls
	Errors    map[string]int  // by kind
	Statuses  map[int]int     // of non-2xx answers
	Samples   []string        // the first few error messages
}

const maxSamples = 3

func (s *routeStats) record(lat time.Duration, cerr *callError) {
	if cerr == nil {
		s.Latencies = append(s.Latencies, lat)
		return
	}
	s.initMaps()
	s.Errors[cerr.Kind]++
	if cerr.Status != 0 {
		s.Statuses[cerr.Status]++
	}
	if len(s.Samples) < maxSamples {
		s.Samples = append(s.Samples, cerr.Error())
	}
}

func (s *routeStats) initMaps() {
	if s.Errors == nil {
		s.Errors, s.Statuses = map[string]int{}, map[int]int{}
	}
}

func (s *routeStats) merge(o *routeStats) {
	s.Latencies = append(s.Latencies, o.Latencies...)
	s.initMaps()
	for k, n := range o.Errors {
		s.Errors[k] += n
	}
	for code, n := range o.Statuses {
		s.Statuses[code] += n
	}
	s.Samples = append(s.Samples, o.Samples...)[:min(maxSamples, len(s.Samples)+len(o.Samples))]
}

// requests is how many calls were made, successful or not.
func (s *routeStats) requests() int {
	n := len(s.Latencies)
	for _, e := range s.Errors {
		n += e
	}
	return n
}

// runClients runs n clients until the deadline and returns the outcomes by
// route. A client starts no request after the deadline; requests in flight
// then are finished and counted.
func runClients(ctx context.Context, client *http.Client, base string, m *mix, n int, d time.Duration, seed uint64) (map[string]*routeStats, time.Duration) {
	start := time.Now()
	deadline := start.Add(d)
	per := make([]map[string]*routeStats, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(seed, uint64(i)))
			per[i] = runClient(ctx, client, base, m, r, i, deadline)
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	out := map[string]*routeStats{}
	for _, rt := range m.Routes {
		out[rt.Name] = &routeStats{}
		for i := range per {
			if st := per[i][rt.Name]; st != nil {
				out[rt.Name].merge(st)
			}
		}
	}
	return out, elapsed
}

// runClient is client number i: it calls the routes in the order of its
// cycle, a random request of each, until the deadline.
func runClient(ctx context.Context, client *http.Client, base string, m *mix, r *rand.Rand, i int, deadline time.Time) map[string]*routeStats {
	stats := map[string]*routeStats{}
	for pass := 0; ; pass++ {
		for _, ri := range m.cycle(r, i+pass) {
			if ctx.Err() != nil || !time.Now().Before(deadline) {
				return stats
			}
			rt := m.Routes[ri]
			req := rt.Reqs[r.IntN(len(rt.Reqs))]
			t0 := time.Now()
			cerr := do(client, base, req)
			if stats[rt.Name] == nil {
				stats[rt.Name] = &routeStats{}
			}
			stats[rt.Name].record(time.Since(t0), cerr)
		}
	}
}
