package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
)

// A session (-serve BIN -db DIR) measures the console as a user meets it,
// in a process of its own: `BIN serve` is started on the store, the time
// to its first answer is measured (the page, then the overview's figures),
// then one client goes through every page -rounds times (overview, entity
// pages, the most connected entity's page and later pages of its articles,
// article pages, find-as-you-type, search), one request at a time, so that
// a latency is the server's and not a queue's. At the end the server's
// peak resident memory (VmHWM) is read from /proc. Entities, articles and
// words are discovered through the API itself, so that any binary, before
// or after a change, can be measured the same way.

// sessionConfig is what a session measures.
type sessionConfig struct {
	Bin          string
	DB           string
	Rounds       int
	Settle       time.Duration // wait after the first overview, before the rounds
	StartTimeout time.Duration
	Timeout      time.Duration
	Out, Log     io.Writer
}

// sessionPages are the pages of a session, in the order they are reported.
var sessionPages = []string{"overview", "entity", "entity (hub)", "hub articles, later page", "article", "lookup", "search"}

// sessionResult holds a session's figures.
type sessionResult struct {
	FirstPage, FirstOverview time.Duration
	PeakRSS                  int64     // bytes
	Sampled                  rssSample // the largest sampled, by kind
	Latencies                map[string][]time.Duration
	Errors                   map[string]int
}

// runSession runs a session and prints its figures.
func runSession(ctx context.Context, cfg sessionConfig) error {
	port, err := freePort()
	if err != nil {
		return err
	}
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	cmd := exec.CommandContext(ctx, cfg.Bin, "serve", "--db", cfg.DB, "--addr", "127.0.0.1:"+strconv.Itoa(port))
	cmd.Stdout, cmd.Stderr = cfg.Log, cfg.Log
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", cfg.Bin, err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	rss := watchRSS(cmd.Process.Pid)
	client := &http.Client{Timeout: cfg.Timeout}
	res := &sessionResult{Latencies: map[string][]time.Duration{}, Errors: map[string]int{}}
	if res.FirstPage, err = firstAnswer(ctx, client, base+"/", start, cfg.StartTimeout); err != nil {
		return err
	}
	if res.FirstOverview, err = firstAnswer(ctx, client, base+"/api/stats", start, cfg.StartTimeout); err != nil {
		return err
	}
	fmt.Fprintf(cfg.Log, "serveload: first answer after %v, overview after %v\n", res.FirstPage.Round(time.Millisecond), res.FirstOverview.Round(time.Millisecond))
	plan, err := discover(client, base)
	if err != nil {
		return err
	}
	if cfg.Settle > 0 {
		// The server's background work after start (its table of names:
		// 50 s at 100,000 articles) shares the cores with the pages.
		fmt.Fprintf(cfg.Log, "serveload: waiting %v for the server to settle\n", cfg.Settle)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(cfg.Settle):
		}
	}
	for round := range cfg.Rounds {
		for _, page := range sessionPages {
			for _, path := range plan.paths(page, round) {
				t0 := time.Now()
				if _, err := fetch(client, base+path); err != nil {
					res.Errors[page]++
					fmt.Fprintf(cfg.Log, "serveload: %s: %v\n", path, err)
					continue
				}
				res.Latencies[page] = append(res.Latencies[page], time.Since(t0))
			}
		}
	}
	res.PeakRSS = peakRSS(cmd.Process.Pid)
	res.Sampled = rss.Stop()
	printSession(cfg, res)
	if n := sumErrors(res.Errors); n > 0 {
		return fmt.Errorf("%d requests failed", n)
	}
	return nil
}

// sessionPlan is what a session asks for, found through the API.
type sessionPlan struct {
	entities []string // keys, most mentioned first; the first is the hub
	hubTotal int      // the hub's articles
	articles []string // ids
	prefixes []string
	words    []string
}

// paths returns the requests of one page in one round.
func (p *sessionPlan) paths(page string, round int) []string {
	pick := func(list []string) string { return list[round%len(list)] }
	switch page {
	case "overview":
		return []string{"/api/stats"}
	case "entity":
		return []string{"/api/entity/" + esc(pick(p.entities[min(1, len(p.entities)-1):]))}
	case "entity (hub)":
		return []string{"/api/entity/" + esc(p.entities[0])}
	case "hub articles, later page":
		offset := (round * 997) % max(p.hubTotal-50, 1)
		return []string{fmt.Sprintf("/api/entity/%s?list=articles&offset=%d&limit=50", esc(p.entities[0]), offset)}
	case "article":
		return []string{"/api/article/" + url.PathEscape(pick(p.articles))}
	case "lookup":
		return []string{"/api/entities?limit=8&prefix=" + url.QueryEscape(pick(p.prefixes))}
	case "search":
		return []string{"/api/search?limit=50&q=" + url.QueryEscape(pick(p.words))}
	}
	return nil
}

// esc escapes each segment of an entity key for a path.
func esc(key string) string {
	parts := strings.Split(key, "/")
	for i := range parts {
		parts[i] = url.PathEscape(parts[i])
	}
	return strings.Join(parts, "/")
}

// discover reads the overview and the hub's page for entities, articles,
// name prefixes and words to ask for.
func discover(client *http.Client, base string) (*sessionPlan, error) {
	var stats struct {
		Top []struct {
			Key   string `json:"key"`
			Title string `json:"title"`
		} `json:"top"`
		Latest []struct {
			ID string `json:"id"`
		} `json:"latest"`
	}
	if err := getJSON(client, base+"/api/stats", &stats); err != nil {
		return nil, err
	}
	if len(stats.Top) == 0 {
		return nil, errors.New("the overview lists no entity: is the store empty?")
	}
	p := &sessionPlan{}
	for _, e := range stats.Top {
		p.entities = append(p.entities, e.Key)
		if r := []rune(e.Title); len(r) >= 3 {
			p.prefixes = append(p.prefixes, string(r[:3]))
		}
	}
	for _, a := range stats.Latest {
		p.articles = append(p.articles, a.ID)
	}
	var hub struct {
		ArticleCount int `json:"article_count"`
		Articles     []struct {
			ID string `json:"id"`
		} `json:"articles"`
		Said []struct {
			Text string `json:"text"`
		} `json:"said"`
		MentionedIn []struct {
			Text string `json:"text"`
		} `json:"mentioned_in"`
	}
	if err := getJSON(client, base+"/api/entity/"+esc(p.entities[0]), &hub); err != nil {
		return nil, err
	}
	p.hubTotal = hub.ArticleCount
	for _, a := range hub.Articles[:min(20, len(hub.Articles))] {
		p.articles = append(p.articles, a.ID)
	}
	for _, s := range append(hub.Said, hub.MentionedIn...) {
		p.words = append(p.words, longWords(s.Text)...)
	}
	if len(p.words) == 0 {
		p.words = p.prefixes
	}
	p.words = p.words[:min(40, len(p.words))]
	return p, nil
}

// longWords returns the words of s of seven letters or more, lower case:
// words a user might search for.
func longWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
		if len(w) >= 7 {
			out = append(out, w)
		}
	}
	return out
}

// firstAnswer polls url until it answers 200 and returns the time since
// start.
func firstAnswer(ctx context.Context, client *http.Client, url string, start time.Time, limit time.Duration) (time.Duration, error) {
	for {
		if _, err := fetch(client, url); err == nil {
			return time.Since(start), nil
		}
		if time.Since(start) > limit {
			return 0, fmt.Errorf("no answer from %s within %v", url, limit)
		}
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// fetch gets url and returns its body, or an error for a failure or a
// status other than 200.
func fetch(client *http.Client, url string) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err == nil && resp.StatusCode != http.StatusOK {
		err = fmt.Errorf("status %d: %.200s", resp.StatusCode, body)
	}
	return body, err
}

func getJSON(client *http.Client, url string, v any) error {
	body, err := fetch(client, url)
	if err != nil {
		return fmt.Errorf("%s: %w", url, err)
	}
	return json.Unmarshal(body, v)
}

// freePort returns a loopback port free at the time of asking.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// peakRSS reads a process's peak resident set (VmHWM) from /proc, in
// bytes; 0 where there is no /proc.
func peakRSS(pid int) int64 {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			return kib(v)
		}
	}
	return 0
}

func sumErrors(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// printSession writes a session's figures as Markdown.
func printSession(cfg sessionConfig, r *sessionResult) {
	w := cfg.Out
	fmt.Fprintf(w, "serveload session: %s serve --db %s, %d rounds of every page, one request at a time, from %v after the first overview\n",
		cfg.Bin, cfg.DB, cfg.Rounds, cfg.Settle)
	fmt.Fprintf(w, "machine: %s\n\n", machine())
	fmt.Fprintf(w, "first answer (GET /) after %s s; overview (GET /api/stats) after %s s; peak RSS %d MiB; largest sampled every %v: %v\n\n",
		secs(r.FirstPage), secs(r.FirstOverview), r.PeakRSS>>20, rssTick, r.Sampled)
	fmt.Fprintf(w, "| page | requests | p50 ms | p99 ms | max ms | errors |\n|---|---:|---:|---:|---:|---:|\n")
	for _, page := range sessionPages {
		l := r.Latencies[page]
		slices.Sort(l)
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %d |\n", page, len(l)+r.Errors[page],
			ms(percentile(l, 0.50)), ms(percentile(l, 0.99)), ms(percentile(l, 1)), r.Errors[page])
	}
}

func secs(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) }
