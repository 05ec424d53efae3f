package graph

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// backendBolt is Cayley's kv quad store on go.etcd.io/bbolt, registered
// here rather than by Cayley's graph/kv/bbolt because that one opens bolt
// with default options, and Load needs one more: see boltMmapSize. The file
// is the same (DIR/indexes.bolt): stores written by either open in the
// other.
const backendBolt = "newsgraph-bbolt"

// boltMmapSize is the address space bolt maps for the file from the start.
// Bolt remaps the file when it outgrows the mapping, and a remap waits for
// every read transaction to end while new ones wait for it; Cayley opens a
// second read transaction inside a first (it reads a quad's values while
// iterating), so a remap during Load's commit, while Load stages the next
// batch, would deadlock. With a mapping this large a store below it never
// remaps. It is address space, not memory: only the pages read are
// resident. Load stops reading while it commits once the file comes within
// boltRemapMargin of it (readsWhileWriting).
const (
	// 64 GiB on 64-bit platforms; 1 GiB where an int is 32 bits, which
	// leaves a store there without the overlap (the margin is larger).
	boltMmapSize    = min(1<<36, 1<<(strconv.IntSize-2))
	boltRemapMargin = 4 << 30
)

func init() {
	kv.Register(backendBolt, kv.Registration{
		InitFunc:     openBoltKV,
		NewFunc:      openBoltKV,
		IsPersistent: true,
	})
}

// openBoltKV opens (creating if need be) DIR/indexes.bolt as Cayley's
// graph/kv/bbolt does, with the mapping of boltMmapSize.
func openBoltKV(dir string, opt cgraph.Options) (hkv.KV, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	db, err := hbolt.Open(filepath.Join(dir, boltFile), &bolt.Options{InitialMmapSize: boltMmapSize})
	if err != nil {
		return nil, err
	}
	noSync, err := opt.BoolKey("nosync", false)
	if err != nil {
		db.Close()
		return nil, err
	}
	db.DB().NoSync, db.DB().NoGrowSync = noSync, noSync
	openBolts.Store(filepath.Clean(dir), db.DB())
	return db, nil
}

// openBolts holds the bolt databases open in this process, by directory,
// for releaseMappedPages: Cayley's kv store does not hand its database out.
// Bolt's file lock keeps a directory to one open database.
var openBolts sync.Map

// forgetBolt drops dir's entry once its store is closed.
func forgetBolt(dir string) { openBolts.Delete(filepath.Clean(dir)) }

// releaseMappedPages unmaps from this process the pages of dir's bolt file
// that it has read, which the kernel keeps in its page cache anyway. Bolt
// reads through its read-only mapping of the file, so every index page a
// load has touched would otherwise count in the process's resident memory,
// growing with the store (1.7 GB for 100,000 articles) though the kernel
// could drop it at any time; a read after this faults the page back in
// from the cache. It must not run while a commit may remap the file, which
// bolt does only within boltRemapMargin of the mapping.
func releaseMappedPages(dir string) {
	v, ok := openBolts.Load(filepath.Clean(dir))
	if !ok || boltFileNearMapping(dir) {
		return // past the initial mapping, bolt's mapping is larger than boltMmapSize
	}
	dontNeed(v.(*bolt.DB).Info().Data, boltMmapSize)
}

// mappedPageBudget is how much the process's file-backed resident memory
// may grow past what it was after the last release before the bolt file's
// pages are released again. The kernel maps the pages around each one read
// (fault-around, 64 KiB here), so one commit of 50,000 quads into the
// indexes of 100,000 articles would otherwise leave 600 MiB of the file
// resident. It is counted from the last release, not from zero, because
// other files stay mapped too: serving 100,000 articles, the search
// index's segments held 205 MiB, so an absolute budget of 256 MiB left
// bolt 28 MiB and released it on every tick, while one entity page still
// mapped 346 MiB of it between two ticks of 50 ms.
const mappedPageBudget = 128 << 20

// mappedPageTick is how often watchMappedPages looks: reading
// /proc/self/statm takes some 10 µs.
const mappedPageTick = 20 * time.Millisecond

// watchMappedPages calls s.TrimMappedPages every mappedPageTick, and
// releases the pages once more when stop is called, so that a load's or a
// server's resident memory does not grow with the store. Where the kernel
// does not tell (not Linux), it does nothing.
func (s *Store) watchMappedPages() (stop func()) {
	_, isBolt := openBolts.Load(filepath.Clean(s.dsn))
	if _, known := fileResident(); !known || !isBolt {
		return func() {}
	}
	s.TrimMappedPages()
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(mappedPageTick)
		defer t.Stop()
		for {
			select {
			case <-done:
				releaseMappedPages(s.dsn)
				return
			case <-t.C:
			}
			s.TrimMappedPages()
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

// TrimMappedPages releases a bolt store's mapped pages if the process's
// file-backed resident memory has grown by mappedPageBudget since the
// last release (the first call only notes where it is). A long read calls
// it between its parts: the watcher's ticks may wait for a core on a busy
// machine, while a read maps pages at up to a gigabyte a second. Elsewhere
// it does nothing.
func (s *Store) TrimMappedPages() {
	n, known := fileResident()
	if !known {
		return
	}
	base := s.pageBase.Load()
	if base == 0 {
		s.pageBase.CompareAndSwap(0, n)
		return
	}
	if n <= base+mappedPageBudget {
		return
	}
	if _, isBolt := openBolts.Load(filepath.Clean(s.dsn)); isBolt {
		releaseMappedPages(s.dsn)
	}
	n, _ = fileResident()
	s.pageBase.Store(n)
}

// boltFileNearMapping tells whether the bolt file in dir is within
// boltRemapMargin of the mapping, where a commit could remap it.
func boltFileNearMapping(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, boltFile))
	return err != nil || fi.Size()+boltRemapMargin > boltMmapSize
}

// boltTxStats is the running page statistics of dir's bolt database, for
// the debug log of each commit.
func boltTxStats(dir string) (bolt.TxStats, bool) {
	v, ok := openBolts.Load(filepath.Clean(dir))
	if !ok {
		return bolt.TxStats{}, false
	}
	return v.(*bolt.DB).Stats().TxStats, true
}

// BoltDir is the store's directory if it is a bolt store.
func (s *Store) BoltDir() (string, bool) {
	if s.dsn == MemDSN || isServer(s.dsn) {
		return "", false
	}
	return s.dsn, true
}

// CapMappedPages keeps the pages of a bolt store's file that a long read
// maps from piling up in the process's resident memory, as Load does for
// its own reads, until stop is called. Elsewhere it does nothing.
func (s *Store) CapMappedPages() (stop func()) { return s.watchMappedPages() }

// SharedName names a store kept by a database server (PostgreSQL), without
// its password, so that a view this machine keeps of it (the search
// index) can tell it from others; ok is false for bolt and memory stores.
func (s *Store) SharedName() (string, bool) {
	if !isServer(s.dsn) {
		return "", false
	}
	return redact(s.dsn), true
}
