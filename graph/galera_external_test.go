//go:build external

package graph

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/mysqltest"
	"github.com/newsgraph/newsgraph/schema"
)

// galeraEnv holds the DSNs of the three nodes of the Galera cluster that
// scripts/test.sh starts (scripts/galera.sh), space-separated.
const galeraEnv = "NEWSGRAPH_TEST_GALERA"

// galeraNodes returns the nodes' DSNs, each naming a fresh database (the
// same on every node), which is dropped when the test ends.
func galeraNodes(t *testing.T) []string {
	t.Helper()
	nodes := strings.Fields(os.Getenv(galeraEnv))
	if len(nodes) != 3 {
		t.Fatalf("%s must hold the DSNs of three Galera nodes (scripts/test.sh starts them), not %q", galeraEnv, os.Getenv(galeraEnv))
	}
	db := mysqltest.Fresh(t, nodes[0])
	path := db[strings.LastIndexByte(db, '/'):]
	for i, n := range nodes {
		nodes[i] = n[:strings.LastIndexByte(n, '/')] + path
		waitForDatabase(t, nodes[i])
	}
	return nodes
}

// waitForDatabase waits until the node at dsn has created its database: a
// CREATE DATABASE returns once done on the node that ran it, and a
// connection naming the database on another node can come before that
// node has applied it (wsrep_sync_wait makes a SELECT wait, not a
// connection's USE).
func waitForDatabase(t *testing.T, dsn string) {
	t.Helper()
	cfg, err := mysqlConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	name := cfg.DBName
	cfg.DBName = ""
	cfg.Params["wsrep_sync_wait"] = "1"
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", name).Scan(&n); err != nil || n != 1 {
		t.Fatalf("database %s on %s: %d, %v", name, cfg.Addr, n, err)
	}
}

// multiHost is the DSN of every node, in the order given.
func multiHost(nodes ...string) string {
	var hosts []string
	for _, n := range nodes {
		u, _ := url.Parse(n)
		hosts = append(hosts, u.Host)
	}
	u, _ := url.Parse(nodes[0])
	return "mysql://" + u.User.String() + "@" + strings.Join(hosts, ",") + u.Path
}

// boltExport loads docs into a bolt store and returns its sorted export.
func boltExport(t *testing.T, docs []*schema.Document) []byte {
	t.Helper()
	s := mustOpen(t, "bolt")
	mustLoad(t, s, docs, LoadOptions{})
	return exportNQuads(t, s)
}

// TestGaleraReadsOnAnotherNode loads articles through node 1 and reads
// the graph back from node 3 at once: wsrep_sync_wait makes node 3 wait
// until it has applied node 1's writes.
func TestGaleraReadsOnAnotherNode(t *testing.T) {
	nodes := galeraNodes(t)
	docs := surnameCorpus(200)
	s1 := mustOpenDSN(t, nodes[0])
	mustLoad(t, s1, docs, LoadOptions{BatchArticles: 20})
	s3 := mustOpenDSN(t, nodes[2])
	assertSameExport(t, "node 3", exportNQuads(t, s3), boltExport(t, docs))
}

// TestGaleraLoadSurvivesKills SIGKILLs a node during a 500-article load
// through all three nodes: a node that is not the writer's (the cluster
// goes on without it), then the writer's own (newsgraph goes on through
// the next host). Either way the load goes to its end; run again, it adds
// nothing; the graph equals bolt's for the same articles, quad for quad;
// and the killed node, once restarted, rejoins the cluster and serves the
// same graph.
func TestGaleraLoadSurvivesKills(t *testing.T) {
	docs := surnameCorpus(500)
	want := boltExport(t, docs)
	for _, tc := range []struct {
		name string
		kill int // the node killed; node 0 is the writer's
	}{{"non-writer", 1}, {"writer", 0}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			nodes := galeraNodes(t)
			dsn := multiHost(nodes...)
			victim := galeraNodeOf(t, nodes[tc.kill])
			s := mustOpenDSN(t, dsn)
			killed := false
			opt := LoadOptions{BatchArticles: 20, OnBatch: func(st LoadStats) {
				if !killed && st.Articles >= 100 {
					killed = true
					victim.kill(t)
				}
			}}
			start := time.Now()
			if _, err := s.Load(ctx, docSeq(docs, nil), opt); err != nil {
				t.Errorf("load during the kill: %v", err)
			}
			t.Logf("500 articles with node %d killed after 100: %v", tc.kill+1, time.Since(start).Round(time.Millisecond))
			if !killed {
				t.Fatal("the load ended before a node was killed")
			}
			s.Close()
			s = mustOpenDSN(t, dsn)
			if st, err := s.Load(ctx, docSeq(docs, nil), LoadOptions{}); err != nil || st.Quads != 0 {
				t.Errorf("load again = %+v, %v; want no new quads: the first load wrote them all", st, err)
			}
			assertSameExport(t, "after the kill", exportNQuads(t, s), want)
			victim.restart(t)
			back := mustOpenDSN(t, nodes[tc.kill])
			assertSameExport(t, "on the node that rejoined", exportNQuads(t, back), want)
		})
	}
}

// galeraNode is one mariadbd of the cluster scripts/galera.sh started.
type galeraNode struct {
	dir     string // the cluster's directory
	index   int    // 1, 2, 3
	pidFile string
	down    bool
}

// galeraNodeOf asks the node at dsn where its pid file is: DIR/nodeI/pid.
func galeraNodeOf(t *testing.T, dsn string) *galeraNode {
	t.Helper()
	cfg, err := mysqlConfig(dsn)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var pidFile string
	if err := db.QueryRow("SELECT @@pid_file").Scan(&pidFile); err != nil {
		t.Fatal(err)
	}
	nodeDir := filepath.Dir(pidFile)
	i, err := strconv.Atoi(strings.TrimPrefix(filepath.Base(nodeDir), "node"))
	if err != nil {
		t.Fatalf("pid file %s is not scripts/galera.sh's", pidFile)
	}
	n := &galeraNode{dir: filepath.Dir(nodeDir), index: i, pidFile: pidFile}
	t.Cleanup(func() { n.restart(t) }) // leave the cluster whole
	return n
}

func (n *galeraNode) kill(t *testing.T) {
	b, err := os.ReadFile(n.pidFile)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("pid file %s: %v", n.pidFile, err)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	n.down = true
}

// restart starts a killed node again, which waits until it has rejoined
// the cluster and caught up (state transfer).
func (n *galeraNode) restart(t *testing.T) {
	if !n.down {
		return
	}
	out, err := exec.Command("../scripts/galera.sh", "node", n.dir, strconv.Itoa(n.index)).CombinedOutput()
	if err != nil {
		t.Fatalf("restart node %d: %v\n%s", n.index, err, out)
	}
	n.down = false
}

// TestGaleraWritersOnTwoNodes loads two sets of articles at once, one
// through node 1 and one through node 2, all naming the same entities:
// both write the same rows of the nodes table, and Galera fails one of two
// such transactions at commit (a certification conflict, error 1213),
// which newsgraph tries again. Both loads must succeed, and the graph must
// equal bolt's for all the articles.
func TestGaleraWritersOnTwoNodes(t *testing.T) {
	nodes := galeraNodes(t)
	var docs [2][]*schema.Document
	for i := range 200 {
		d := &schema.Document{
			Article: schema.Article{ID: fmt.Sprintf("nairobi-%03d", i), Date: "2025-04-02", Title: fmt.Sprintf("Veltrix launch %d", i)},
			Entities: []schema.Entity{
				{Name: "Kenya", Type: schema.Country, Aliases: []string{"Kenya's"}},
				{Name: "Veltrix Corp", Type: schema.Company},
				{Name: "Wanjiru Kamau", Type: schema.Person},
			},
			Statements: []schema.Statement{{Speaker: "Wanjiru Kamau", Text: fmt.Sprintf("Launch %d went well.", i), Date: "2025-04-02", Mentions: []string{"Kenya"}}},
		}
		docs[i%2] = append(docs[i%2], d)
	}
	before := certFailures(t, nodes)
	errs := make(chan error, 2)
	for i := range 2 {
		s := mustOpenDSN(t, nodes[i])
		go func() {
			_, err := s.Load(context.Background(), docSeq(docs[i], nil), LoadOptions{BatchArticles: 5})
			errs <- err
		}()
	}
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("load: %v", err)
		}
	}
	t.Logf("certification conflicts: %d", certFailures(t, nodes)-before)
	all := append(append([]*schema.Document(nil), docs[0]...), docs[1]...)
	assertSameExport(t, "node 3", exportNQuads(t, mustOpenDSN(t, nodes[2])), boltExport(t, all))
}

// certFailures sums the nodes' wsrep_local_cert_failures and
// wsrep_local_bf_aborts: the transactions that failed at commit, or were
// aborted before, for a conflict with another node's.
func certFailures(t *testing.T, nodes []string) int {
	t.Helper()
	total := 0
	for _, n := range nodes {
		cfg, err := mysqlConfig(n)
		if err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("mysql", cfg.FormatDSN())
		if err != nil {
			t.Fatal(err)
		}
		var v int
		err = db.QueryRow(`SELECT SUM(VARIABLE_VALUE) FROM information_schema.GLOBAL_STATUS
			WHERE VARIABLE_NAME IN ('WSREP_LOCAL_CERT_FAILURES', 'WSREP_LOCAL_BF_ABORTS')`).Scan(&v)
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		total += v
	}
	return total
}
