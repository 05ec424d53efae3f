package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sync"

	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// Commit is one write to the store as the views derived from it see it:
// which articles it added, changed and removed. The store keeps every
// commit, in order, and knows nothing of who reads them (see CommitsSince).
type Commit struct {
	Seq     uint64     `json:"-"`                 // 1, 2, 3, … in the order the writes committed
	Added   []quad.IRI `json:"added,omitempty"`   // articles the write added
	Changed []quad.IRI `json:"changed,omitempty"` // articles whose facts it replaced
	Removed []quad.IRI `json:"removed,omitempty"` // articles it removed
	// Entities are entities whose facts it changed under no article's
	// label (aliases added by hand).
	Entities []quad.IRI `json:"entities,omitempty"`
	// Invalidates is set on a write whose effect is not limited to the
	// articles above (an import, a merge of entities, aliases written by
	// hand): a view rebuilds what it derived.
	Invalidates bool `json:"invalidates,omitempty"`
}

// Articles returns the articles the commit names, added, changed and
// removed, in that order.
func (c Commit) Articles() []quad.IRI {
	out := make([]quad.IRI, 0, len(c.Added)+len(c.Changed)+len(c.Removed))
	out = append(out, c.Added...)
	out = append(out, c.Changed...)
	return append(out, c.Removed...)
}

// LastCommit returns the sequence number of the store's last commit, 0 if
// it has none (a new store, or one written before newsgraph kept commits).
func (s *Store) LastCommit(ctx context.Context) (uint64, error) {
	switch {
	case s.boltDB() != nil:
		var last uint64
		err := s.boltDB().View(func(tx *bolt.Tx) error {
			if b := tx.Bucket(commitsBucket); b != nil {
				if k, _ := b.Cursor().Last(); len(k) == 8 {
					last = binary.BigEndian.Uint64(k)
				}
			}
			return nil
		})
		return last, err
	case s.counter != nil:
		var last sql.NullInt64
		err := s.counter.db.QueryRowContext(ctx, `SELECT max(seq) FROM `+commitsTable+` WHERE seq > 0`).Scan(&last)
		return uint64(last.Int64), err
	default:
		return s.memCommits.last(), nil
	}
}

// LogID names the store's commit log: two stores never share one, so a
// view kept apart from the store (a search index in a cache directory)
// tells the store it followed from another one made later at the same
// place (a database dropped and created again), whose commits are
// numbered from 1 again.
func (s *Store) LogID(ctx context.Context) (string, error) {
	switch {
	case s.boltDB() != nil:
		var id string
		err := s.boltDB().View(func(tx *bolt.Tx) error {
			if meta := tx.Bucket(metaBucket); meta != nil {
				id = string(meta.Get(logIDKey))
			}
			return nil
		})
		if err != nil || id != "" {
			return id, err
		}
		err = s.updateMeta(func(meta *bolt.Bucket) error {
			if v := meta.Get(logIDKey); v != nil {
				id = string(v)
				return nil
			}
			id = newLogID()
			return meta.Put(logIDKey, []byte(id))
		})
		return id, err
	case s.counter != nil:
		var id string
		err := s.counter.db.QueryRowContext(ctx, `SELECT record FROM `+commitsTable+` WHERE seq = `+logIDSeq).Scan(&id)
		return id, err
	default:
		return s.memCommits.id, nil
	}
}

// CommitsSince returns up to max of the commits after the one numbered
// after, oldest first. A commit is recorded before the write it describes,
// so a write that failed or was killed may have changed fewer of its
// articles than it names, or none: a view re-reads the articles a commit
// names from the store rather than trust that they changed.
func (s *Store) CommitsSince(ctx context.Context, after uint64, max int) ([]Commit, error) {
	if max <= 0 {
		return nil, nil
	}
	switch {
	case s.boltDB() != nil:
		return boltCommitsSince(s.boltDB(), after, max)
	case s.counter != nil:
		return sqlCommitsSince(ctx, s.counter, after, max)
	default:
		return s.memCommits.since(after, max), nil
	}
}

// commitsBucket holds the commits of a bolt store, by big-endian sequence
// number, in the bolt file Cayley's quads are in.
var commitsBucket = []byte("newsgraph-commits")

// commitsTable holds the commits of a PostgreSQL or MySQL store, and its
// LogID in the row numbered logIDSeq, which no commit has.
const (
	commitsTable = "newsgraph_commits"
	logIDSeq     = "-1"
)

// logIDKey holds a bolt store's LogID in its own bucket.
var logIDKey = []byte("commit-log-id")

// newLogID returns 32 random hex digits.
func newLogID() string {
	b := make([]byte, 16)
	rand.Read(b) // never fails (crypto/rand)
	return hex.EncodeToString(b)
}

// record appends c to the store's commits and returns its sequence number.
// Writers call it under the write lock, before they write (see
// CommitsSince), and fail the write if it fails: a write no view hears of
// would leave them behind for good. On bolt it is its own synced
// transaction; on PostgreSQL and MySQL a transaction that write and commit end
// (openRecord, closeRecord).
func (s *Store) record(ctx context.Context, c Commit) (uint64, error) {
	v, err := json.Marshal(c)
	if err != nil {
		return 0, err
	}
	switch {
	case s.boltDB() != nil:
		var seq uint64
		err = s.boltDB().Update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists(commitsBucket)
			if err != nil {
				return err
			}
			if seq, err = b.NextSequence(); err != nil {
				return err
			}
			return b.Put(binary.BigEndian.AppendUint64(nil, seq), v)
		})
		return seq, err
	case s.counter != nil:
		return s.openRecord(ctx, string(v))
	default:
		return s.memCommits.add(c), nil
	}
}

// createCommitsTable makes a PostgreSQL or MySQL store's commits table,
// with the name of its log, if it has none. The name is looked for before
// it is inserted: the INSERT would wait for the lock a writer's record
// holds on PostgreSQL (see openRecord), holding up every command's Open
// for as long as a load's batch takes.
func createCommitsTable(ctx context.Context, d *sqlDialect, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, d.commitsTable); err != nil {
		return err
	}
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+commitsTable+` WHERE seq = `+logIDSeq).Scan(&n)
	if err == nil && n == 0 {
		_, err = db.ExecContext(ctx, d.insertLogID, newLogID())
	}
	return err
}

// insertCommit appends a commit's record to the commits table and returns
// its number. Tried again after a lost connection, a commit may be
// recorded twice, which a view reads as the same articles to re-read.
func insertCommit(ctx context.Context, c *quadCounter, record string) (int64, error) {
	if c.d.returning {
		var seq int64
		err := c.db.QueryRowContext(ctx, c.d.insertCommit, record).Scan(&seq)
		return seq, err
	}
	res, err := c.db.ExecContext(ctx, c.d.insertCommit, record)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func boltCommitsSince(db *bolt.DB, after uint64, max int) ([]Commit, error) {
	var out []Commit
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(commitsBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		for k, v := c.Seek(binary.BigEndian.AppendUint64(nil, after+1)); k != nil && len(out) < max; k, v = c.Next() {
			cm, err := decodeCommit(binary.BigEndian.Uint64(k), v)
			if err != nil {
				return err
			}
			out = append(out, cm)
		}
		return nil
	})
	return out, err
}

func sqlCommitsSince(ctx context.Context, c *quadCounter, after uint64, max int) ([]Commit, error) {
	rows, err := c.db.QueryContext(ctx, `SELECT seq, record FROM `+commitsTable+` WHERE seq > `+c.d.ph(1)+` ORDER BY seq LIMIT `+c.d.ph(2), int64(after), max)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Commit
	for rows.Next() {
		var (
			seq int64
			v   string
		)
		if err := rows.Scan(&seq, &v); err != nil {
			return nil, err
		}
		c, err := decodeCommit(uint64(seq), []byte(v))
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func decodeCommit(seq uint64, v []byte) (Commit, error) {
	var c Commit
	if err := json.Unmarshal(v, &c); err != nil {
		return c, fmt.Errorf("commit %d: %w", seq, err)
	}
	c.Seq = seq
	return c, nil
}

// memCommits is a memstore's commit log: it lives as long as the store.
type memCommits struct {
	id   string // LogID, set by Open
	mu   sync.Mutex
	list []Commit
}

func (m *memCommits) add(c Commit) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	c.Seq = uint64(len(m.list)) + 1
	m.list = append(m.list, c)
	return c.Seq
}

func (m *memCommits) last() uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return uint64(len(m.list))
}

func (m *memCommits) since(after uint64, max int) []Commit {
	m.mu.Lock()
	defer m.mu.Unlock()
	if after >= uint64(len(m.list)) {
		return nil
	}
	rest := m.list[after:]
	return append([]Commit(nil), rest[:min(max, len(rest))]...)
}
