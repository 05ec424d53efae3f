package graph

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestLoadReleasesMappedPages: after a load, the pages of the file that the load read no longer count
// in the process's resident memory (they stay in the kernel's page cache),
// and the store still answers from them.
func TestLoadReleasesMappedPages(t *testing.T) {
	dir := boltDir(t)
	s := mustOpenDSN(t, dir)
	docs := quadtest.BenchDocs(t, 200)
	ptrs := make([]*schema.Document, len(docs))
	for i := range docs {
		ptrs[i] = &docs[i]
	}
	mustLoad(t, s, ptrs, LoadOptions{BatchArticles: 100})
	file := filepath.Join(dir, boltFile)
	if fi, err := os.Stat(file); err != nil || fi.Size() < 8<<20 {
		t.Fatalf("bolt file: %v, %v; want one of several MiB", fi, err)
	}
	if rss := mappedRSS(t, file); rss > 1<<20 {
		t.Errorf("after the load, %d KiB of %s are resident, want under 1 MiB", rss>>10, file)
	}
	got, err := s.HasArticle(context.Background(), docs[150].ID)
	if err != nil || !got {
		t.Errorf("HasArticle(%s) after the release = %v, %v", docs[150].ID, got, err)
	}
	if rss := mappedRSS(t, file); rss == 0 {
		t.Error("reading the store faulted no page of the file back in: is mappedRSS reading the right mapping?")
	}
}

// mappedRSS sums the resident bytes of this process's mappings of file,
// from /proc/self/smaps.
func mappedRSS(t *testing.T, file string) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var total int64
	inFile, found := false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && strings.Contains(fields[0], "-") && !strings.HasSuffix(fields[0], ":"):
			inFile = len(fields) >= 6 && fields[5] == file
			found = found || inFile
		case inFile && len(fields) == 3 && fields[0] == "Rss:":
			kb, _ := strconv.ParseInt(fields[1], 10, 64)
			total += kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Fatalf("no mapping of %s in /proc/self/smaps", file)
	}
	return total
}
