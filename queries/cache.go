package queries

import (
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/newsgraph/newsgraph/graph"
)

// Cache keeps what the queries without a filter compute over the whole
// graph, so that their next run only sorts and pages: the entities of each
// type with their article counts, the roles with theirs, the dates read,
// and the names of the nodes shown. Without a cache, entities and roles
// with no filter read every quad of a type where the store cannot count
// them (graph.Store.TypeCounts), which takes seconds on a graph of 100,000
// articles; with one, milliseconds.
//
// A Cache serves one store at a time (using it with another store empties
// it) and empties itself when that store has been written to through its
// graph.Store (graph.Store.Generation). Writes by another process to the
// same PostgreSQL database go unseen until Reset, which the console calls
// on POST /api/reindex. Queries that start from an entity do not use it. A Cache is safe for concurrent use;
// the zero value is ready to use.
type Cache struct {
	mu    sync.Mutex
	store *graph.Store
	gen   uint64 // the store's Generation when the cache was filled
	sums  map[string]any
	names map[string]string
	dates map[dateKey]string
}

// dateKey names a node's date: the date predicate and the node's ref key.
type dateKey struct {
	pred string
	node any
}

// Reset empties the cache.
func (c *Cache) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.store, c.sums, c.names, c.dates = nil, nil, nil, nil
}

// use points the cache at s, emptying it if it served another store.
func (c *Cache) use(s *graph.Store) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen := s.Generation(); c.store != s || c.gen != gen {
		c.store, c.gen, c.sums, c.names, c.dates = s, gen, map[string]any{}, map[string]string{}, map[dateKey]string{}
	}
}

// summary returns the summary called key, building it on a miss. Two runs
// that miss at once both build it; the last one stays.
func summary[T any](r *reader, key string, build func() (T, error)) (T, error) {
	c := r.cache
	if c == nil {
		return build()
	}
	c.mu.Lock()
	v, ok := c.sums[key]
	c.mu.Unlock()
	if ok {
		return v.(T), nil
	}
	t, err := build()
	if err != nil {
		return t, err
	}
	c.mu.Lock()
	if c.sums != nil {
		c.sums[key] = t
	}
	c.mu.Unlock()
	return t, nil
}

// cachedName returns a name the cache holds.
func (c *Cache) cachedName(k string) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	n, ok := c.names[k]
	return n, ok
}

// keepName remembers a node's name.
func (c *Cache) keepName(k, n string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.names != nil {
		c.names[k] = n
	}
}

// cachedDates fills out[i] with the cached date of nodes[i] and returns the
// indexes it does not know.
func (c *Cache) cachedDates(pred string, nodes []cgraph.Ref, out []string) (missing []int) {
	if c == nil {
		missing = make([]int, len(nodes))
		for i := range nodes {
			missing[i] = i
		}
		return missing
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, n := range nodes {
		d, ok := c.dates[dateKey{pred, n.Key()}]
		if !ok {
			missing = append(missing, i)
		}
		out[i] = d
	}
	return missing
}

// keepDates remembers the dates of nodes[i] for i in idx.
func (c *Cache) keepDates(pred string, nodes []cgraph.Ref, dates []string, idx []int) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dates == nil {
		return
	}
	for _, i := range idx {
		c.dates[dateKey{pred, nodes[i].Key()}] = dates[i]
	}
}
