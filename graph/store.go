package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/mysql"    // registers the "mysql" backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" backend
)

// Backend names, as Cayley registers them.
const (
	backendMem      = memstore.QuadStoreType
	backendPostgres = "postgres"
	backendMySQL    = "mysql"
)

// MemDSN is the DSN of a fresh, volatile in-memory store.
const MemDSN = "mem:"

// Defaults for the zero Options.
const (
	DefaultLockTimeout = 3 * time.Second
	DefaultBatchSize   = 50000
)

// ErrLocked reports that a bolt store is held by another process (or by another
// Store in this process): bolt takes an exclusive lock on its file.
var ErrLocked = errors.New("store is locked by another process (a running 'newsgraph serve'?)")

// ErrNoStore reports that Options.MustExist was set and the DSN names no
// store: a bolt directory without its file, or a database without
// Cayley's tables.
var ErrNoStore = errors.New("no store")

// ErrNotSupported reports a DSN naming a backend newsgraph cannot open yet.
var ErrNotSupported = errors.New("not supported yet")

// Options tune how a store is opened. The zero value is ready to use.
type Options struct {
	// Bloom turns on the kv backends' in-memory bloom filters, which speed up
	// duplicate detection on large loads by about 20%. They are off by
	// default because they cost ~150 MiB of heap even on an empty store and
	// make every open scan all quads (CAYLEY-NOTES, trap 2): wrong for a CLI
	// that opens the store once per command.
	Bloom bool
	// NoSync skips bolt's fsync after each transaction: faster bulk loads at
	// the risk of losing the last writes on a crash.
	NoSync bool
	// LockTimeout is how long Open waits for a bolt store locked by another
	// process before it fails with ErrLocked. Zero means DefaultLockTimeout.
	LockTimeout time.Duration
	// BatchSize is how many quads AddQuads writes per transaction, and about
	// how many a batch of Load holds at most (an article is never split).
	// Zero means DefaultBatchSize.
	BatchSize int
	// MustExist makes Open fail with ErrNoStore, creating nothing, when
	// the store does not exist yet, instead of creating it: the commands
	// that only read would otherwise leave an empty store behind a
	// mistyped --db and answer from it. It has no effect on "mem:".
	MustExist bool
}

func (o Options) lockTimeout() time.Duration {
	if o.LockTimeout > 0 {
		return o.LockTimeout
	}
	return DefaultLockTimeout
}

func (o Options) batchSize() int {
	if o.BatchSize > 0 {
		return o.BatchSize
	}
	return DefaultBatchSize
}

func (o Options) cayley() cgraph.Options {
	return cgraph.Options{"no_bloom": !o.Bloom, "nosync": o.NoSync}
}

// DefaultPath is the store used when no DSN is given: a bolt directory in the
// current directory.
func DefaultPath() string { return "newsgraph.db" }

// Store is an open Cayley quad store plus the locks that make it safe to use
// from several goroutines: every read goes through Read and every write takes
// the write lock. How Read excludes writes depends on the backend (see Read).
type Store struct {
	mu sync.RWMutex
	// writers serialises writers, and guards entities: write takes it
	// before mu; Load's staging takes it alone, so that it reads the store
	// while Load's previous batch is being written under mu (see load.go).
	writers sync.Mutex
	qs      cgraph.QuadStore
	dsn     string
	opt     Options
	closed  atomic.Bool // set under writers and mu, read without them by PostgreSQL reads
	// generation counts writes; see Generation.
	generation atomic.Uint64
	// shares counts the Retain calls not yet matched by a Close.
	shares   atomic.Int64
	entities *entityIndex // what entity resolution has read; guarded by writers
	counter  *quadCounter // PostgreSQL only: counts new quads (see apply)
	// memCommits is a memstore's commit log (see CommitsSince).
	memCommits memCommits
	// readSlots, on PostgreSQL only, bounds concurrent reads instead of mu.
	readSlots chan struct{}
	// reader is what Read hands out: qs, or on memstore a wrapper that keeps
	// its reads from racing with each other (see memReads).
	reader cgraph.QuadStore
	// recordTx holds open, on PostgreSQL and MySQL, the record of the
	// write in progress, recordText (see openRecord); guarded by mu.
	recordTx   *sql.Tx
	recordText string
	// readOnly, set on a PostgreSQL hot standby, says why every write
	// fails with ErrReadOnly (see writable).
	readOnly string
	// stopFollowing ends followPrimary on a standby, which closes
	// followed when it has; nil elsewhere.
	stopFollowing context.CancelFunc
	followed      chan struct{}
	// pageBase is the file-backed resident memory after the last release
	// of the bolt file's mapped pages (TrimMappedPages); 0 before the
	// first call.
	pageBase atomic.Int64
	// failDeletes, set by tests, fails a commit between its adds and its
	// deletes, as a crash there would stop it.
	failDeletes error
}

// postgresReadSlots bounds the reads in flight on PostgreSQL. Cayley's SQL
// backend runs one query over several connections (one per iterator still
// open), and its pool is unbounded, so 50 concurrent readers exhaust the
// server's max_connections (100 by default). Bounding the pool instead would
// deadlock a query waiting for a connection its siblings hold.
const postgresReadSlots = 8

// postgresIdleConnections keeps the connections of postgresReadSlots reads
// and a writer open between queries; database/sql keeps 2 by default, so
// under load every query would dial the server anew.
const postgresIdleConnections = 32

// Open opens the store named by dsn, creating it on first use unless
// opt.MustExist:
//
//   - "mem:" is a fresh in-memory store (memstore), gone on Close;
//   - "" is DefaultPath;
//   - "postgres://…" is a PostgreSQL database, "mysql://…" a MySQL or
//     MariaDB one, or a Galera cluster's (see isMySQL), through Cayley's
//     SQL backend; other URLs fail with ErrNotSupported. A PostgreSQL hot
//     standby opens read-only: every write fails with ErrReadOnly;
//   - anything else is a bolt directory, created if missing; the bolt file
//     is DIR/indexes.bolt.
//
// A bolt store held by another process makes Open fail with ErrLocked after
// opt.LockTimeout rather than wait forever, as bolt itself would.
func Open(ctx context.Context, dsn string, opt Options) (*Store, error) {
	if dsn == "" {
		dsn = DefaultPath()
	}
	var (
		qs       cgraph.QuadStore
		counter  *quadCounter
		readOnly string
		fresh    bool // a bolt store created by this Open
		err      error
	)
	switch {
	case dsn == MemDSN:
		qs, err = cgraph.NewQuadStore(backendMem, "", nil)
	case isServer(dsn):
		if opt.MustExist {
			if err := serverStoreExists(ctx, dialectOf(dsn), dsn); err != nil {
				return nil, err
			}
		}
		qs, counter, readOnly, err = openServer(ctx, dialectOf(dsn), dsn)
	case strings.Contains(dsn, "://"):
		scheme, _, _ := strings.Cut(dsn, "://")
		return nil, fmt.Errorf("open store: %s backend: %w (use a bolt directory, postgres://…, mysql://… or %q)", scheme, ErrNotSupported, MemDSN)
	default:
		_, statErr := os.Stat(filepath.Join(dsn, boltFile))
		fresh = errors.Is(statErr, fs.ErrNotExist)
		if fresh && opt.MustExist {
			return nil, fmt.Errorf("open store %s: %w", dsn, ErrNoStore)
		}
		qs, err = openBolt(ctx, dsn, opt)
	}
	if err != nil {
		return nil, err
	}
	s := &Store{qs: qs, reader: qs, dsn: dsn, opt: opt, entities: newEntityIndex(), counter: counter, readOnly: readOnly}
	switch {
	case isServer(dsn):
		s.readSlots = make(chan struct{}, postgresReadSlots)
	case dsn == MemDSN:
		s.reader = &memReads{QuadStore: qs}
		s.memCommits.id = newLogID()
	}
	if readOnly != "" {
		var followCtx context.Context
		followCtx, s.stopFollowing = context.WithCancel(context.WithoutCancel(ctx))
		s.followed = make(chan struct{})
		go s.followPrimary(followCtx, s.followed)
	}
	if fresh {
		// An empty store's index counts are exact; EntityCounts reads
		// them until a write makes them drift.
		if err := s.markCountsExact(); err != nil {
			s.Close()
			return nil, fmt.Errorf("open store %s: %w", dsn, err)
		}
	}
	return s, nil
}

// memReads is a memstore that can be read from several goroutines at once
// under the read lock. Memstore writes to itself on one read path: starting
// an iterator over all quads or nodes marks its list of them as shared (so
// that the next write copies it), and two such marks race. Only those two
// calls are serialised, so one long read (a runaway Gizmo script, a full
// export) does not hold up the others as an exclusive lock would.
type memReads struct {
	cgraph.QuadStore
	mu sync.Mutex
}

func (m *memReads) QuadsAllIterator() iterator.Shape {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.QuadsAllIterator()
}

func (m *memReads) NodesAllIterator() iterator.Shape {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.NodesAllIterator()
}

// boltFile is the file Cayley's bolt backend keeps in a store's directory.
const boltFile = "indexes.bolt"

// DSN returns the name the store was opened with.
func (s *Store) DSN() string { return s.dsn }

// Retain lends the open store to a user that will Close it, such as a
// command run inside 'newsgraph serve' on the server's store: each Close
// matches one Retain, and only the Close past the last one closes the store.
func (s *Store) Retain() { s.shares.Add(1) }

// release takes back one Retain, if any is left.
func (s *Store) release() bool {
	for {
		n := s.shares.Load()
		if n <= 0 {
			return false
		}
		if s.shares.CompareAndSwap(n, n-1) {
			return true
		}
	}
}

// Close closes the store, once the reads and writes in progress have
// finished; closing twice is not an error. A store lent with Retain stays
// open until the Close that matches no Retain.
func (s *Store) Close() error {
	if s.release() {
		return nil
	}
	s.writers.Lock()
	defer s.writers.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return nil
	}
	if s.stopFollowing != nil {
		s.stopFollowing()
		<-s.followed
	}
	// PostgreSQL reads do not take mu: take every read slot, so none is in
	// flight, and give them back once closed is set, so that waiting reads
	// return ErrClosed instead of waiting forever.
	for range cap(s.readSlots) {
		s.readSlots <- struct{}{}
	}
	s.closed.Store(true)
	for range cap(s.readSlots) {
		<-s.readSlots
	}
	if s.counter != nil {
		s.counter.Close()
	}
	err := s.qs.Close()
	forgetBolt(s.dsn)
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.dsn, err)
	}
	return nil
}

// ErrClosed is returned by every method of a closed Store.
var ErrClosed = errors.New("store is closed")

// QuadStore returns the underlying Cayley store. Callers that may run
// concurrently with writes must use Read instead.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Read runs fn with the quad store such that no write changes the store
// while fn iterates it. fn must not keep the store or any iterator past its
// return.
//
//   - On bolt and memstore, reads share the read lock (on memstore, fn gets
//     a wrapper that serialises the one read that writes, see memReads).
//   - On PostgreSQL and MySQL, a read takes one of postgresReadSlots slots and not the
//     lock: Cayley's SQL writes are transactions, so a read sees a write
//     whole or not at all. Under the read lock, a long read and a waiting
//     writer would stop every new reader (sync.RWMutex lets no reader in
//     while a writer waits).
func (s *Store) Read(fn func(qs cgraph.QuadStore) error) error {
	if s.readSlots != nil {
		s.readSlots <- struct{}{}
		defer func() { <-s.readSlots }()
	} else {
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	if s.closed.Load() {
		return ErrClosed
	}
	return fn(s.reader)
}

// staging runs fn alone among writers, to read the store for a write to
// come (Load's next batch) while a batch may be being committed. On
// memstore, which cannot be read while it is written, it also keeps
// readers and commits out.
func (s *Store) staging(fn func(qs cgraph.QuadStore) error) error {
	if err := s.writable(); err != nil {
		return err
	}
	s.writers.Lock()
	defer s.writers.Unlock()
	if !s.readsWhileWriting() {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	if s.closed.Load() {
		return ErrClosed
	}
	return fn(s.qs)
}

// readsWhileWriting tells whether the backend can be read while a write is
// in progress: PostgreSQL can, bolt can (a read transaction sees the last
// commit) unless a commit could remap its file (see boltMmapSize),
// memstore cannot.
func (s *Store) readsWhileWriting() bool {
	switch {
	case s.dsn == MemDSN:
		return false
	case isServer(s.dsn):
		return true
	default:
		return !boltFileNearMapping(s.dsn)
	}
}

// write runs fn under the write lock, and alone among writers.
func (s *Store) write(fn func(qs cgraph.QuadStore) error) error {
	if err := s.writable(); err != nil {
		return err
	}
	s.writers.Lock()
	defer s.writers.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed.Load() {
		return ErrClosed
	}
	// Counted even when fn fails: it may have written part of its work.
	defer s.generation.Add(1)
	err := fn(s.qs)
	return errors.Join(err, s.closeRecord())
}

// Generation counts the writes made through this Store, so that whoever
// keeps what it read can tell that it may be stale. Writes by another
// process to the same PostgreSQL database are not counted, but on a hot
// standby the commits it replays from its primary are, within a second
// (see followPrimary).
func (s *Store) Generation() uint64 { return s.generation.Load() }
