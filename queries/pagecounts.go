package queries

import (
	"context"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// What the console reads of the whole graph, from what the store counts
// without reading quads where it can (graph.Store.TypeCounts), and its
// search through the index.

// EntityRow is an entity in the table the console looks names up in.
type EntityRow struct {
	Key, Name, Type string
	Keys            []string // ng:key values
	Articles        int      // articles that mention it
}

// EntityTable reads every entity with its name, ng:key values and number
// of articles. It reads a few quads per entity and the index's counts on
// bolt (graph.Store.TypeCounts): 26 s at 100,000 articles (50,000
// entities) on a busy machine, so the console builds it in the background,
// and it reads tableChunk entities per read lock, so that a write waits
// for one chunk rather than for the table; after each chunk it calls
// between (if not nil) with the time the chunk took, for the caller to
// yield the cores to requests. A hub's ng:key values are read up to
// keyBudget quads.
func EntityTable(ctx context.Context, s *graph.Store, between func(took time.Duration)) ([]EntityRow, error) {
	var ents []entityCount
	start := time.Now()
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		r.store = s
		for _, t := range schema.EntityTypes {
			list, err := r.entitiesOf(t)
			if err != nil {
				return err
			}
			ents = append(ents, list...)
		}
		return nil
	})
	out := make([]EntityRow, 0, len(ents))
	for from := 0; from < len(ents) && err == nil; from += tableChunk {
		if between != nil {
			between(time.Since(start))
		}
		start = time.Now()
		err = s.Read(func(qs cgraph.QuadStore) error {
			r := newReader(ctx, qs)
			chunk := ents[from:min(from+tableChunk, len(ents))]
			nodes := make([]cgraph.Ref, len(chunk))
			for i, e := range chunk {
				nodes[i] = e.node
			}
			if err := r.prefetch(nodes); err != nil {
				return err
			}
			for _, e := range chunk {
				row, err := r.entityRow(e)
				if err != nil {
					return err
				}
				if row.Key != "" { // gone since the list was read
					out = append(out, row)
				}
			}
			return ctx.Err()
		})
	}
	return out, err
}

// tableChunk is how many entities EntityTable reads under one read lock:
// about 50 ms.
const tableChunk = 100

// EntityRows reads the rows of the entities with the given keys, as
// EntityTable does, to bring a table up to date after a commit: the
// entities its articles mention. Keys that name no entity (any more) are
// left out.
func EntityRows(ctx context.Context, s *graph.Store, keys []string) ([]EntityRow, error) {
	var out []EntityRow
	var err error
	for from := 0; from < len(keys) && err == nil; from += tableChunk {
		err = s.Read(func(qs cgraph.QuadStore) error {
			r := newReader(ctx, qs)
			for _, k := range keys[from:min(from+tableChunk, len(keys))] {
				e, ok, err := r.entityCountOf(quad.IRI(schema.IDBase + k))
				if err != nil || !ok {
					return err
				}
				row, err := r.entityRow(e)
				if err != nil {
					return err
				}
				out = append(out, row)
			}
			return ctx.Err()
		})
	}
	return out, err
}

// entityCountOf reads an entity's type and the articles that state it (as
// many as mention it), counted from the index where it can (one key).
func (r *reader) entityCountOf(iri quad.IRI) (e entityCount, ok bool, err error) {
	node := r.ref(iri)
	if node == nil {
		return e, false, nil
	}
	et, err := schema.ParseEntityType(r.typeOf(node))
	if err != nil {
		return e, false, nil // not an entity
	}
	f := fixed{quad.Subject: node, quad.Predicate: r.ref(schema.PredType), quad.Object: r.ref(et.IRI())}
	n, counted := r.count(f)
	if !counted {
		c, err := r.labelCount(f)
		if err != nil {
			return e, false, err
		}
		n = int64(c)
	}
	return entityCount{node: node, typ: et, articles: int(n)}, true, nil
}

func (r *reader) entityRow(e entityCount) (EntityRow, error) {
	v := r.value(e.node)
	row := EntityRow{Key: r.keyOf(v), Name: r.nameOf(e.node), Type: string(e.typ), Articles: e.articles}
	if row.Name == "" {
		row.Name = row.Key
	}
	keys, err := r.distinctObjects(e.node, schema.PredKey, keyBudget)
	row.Keys = keys
	return row, err
}

// Counts are the overview's figures that the graph keeps.
type Counts struct {
	Entities map[string]int // by type
	Roles    int
	Quads    int64
	Top      []EntityRow // the most mentioned entities, without Keys
}

// CountEntities counts entities by type and roles, and lists the top most
// mentioned entities (then by name). On bolt it reads the index's counts
// (graph.Store.TypeCounts: milliseconds at 100,000 articles); elsewhere,
// or after writes that make those counts drift, every type quad.
func CountEntities(ctx context.Context, s *graph.Store, top int) (Counts, error) {
	c := Counts{Entities: map[string]int{}}
	err := s.Read(func(qs cgraph.QuadStore) error {
		// An estimate where the store only has one (PostgreSQL before it
		// analyses the table); a fresh kv store has no stats before its
		// first write.
		if st, err := qs.Stats(ctx, false); err == nil {
			c.Quads = max(st.Quads.Value, 0)
		}
		r := newReader(ctx, qs)
		r.store = s
		var all []entityCount
		for _, t := range schema.EntityTypes {
			ents, err := r.entitiesOf(t)
			if err != nil {
				return err
			}
			c.Entities[string(t)] = len(ents)
			all = append(all, ents...)
		}
		roles, err := r.allRoles()
		if err != nil {
			return err
		}
		c.Roles = len(roles.roles)
		return r.topEntities(all, top, &c)
	})
	return c, err
}

// topEntities keeps the n most mentioned of ents, then by name: it names
// only those with at least as many articles as the n-th.
func (r *reader) topEntities(ents []entityCount, n int, c *Counts) error {
	sort.Slice(ents, func(i, j int) bool { return ents[i].articles > ents[j].articles })
	end := min(n, len(ents))
	for end > 0 && end < len(ents) && ents[end].articles == ents[end-1].articles {
		end++
	}
	for _, e := range ents[:end] {
		v := r.value(e.node)
		row := EntityRow{Key: r.keyOf(v), Name: r.nameOf(e.node), Type: string(e.typ), Articles: e.articles}
		if row.Name == "" {
			row.Name = row.Key
		}
		c.Top = append(c.Top, row)
	}
	sort.SliceStable(c.Top, func(i, j int) bool {
		if c.Top[i].Articles != c.Top[j].Articles {
			return c.Top[i].Articles > c.Top[j].Articles
		}
		return c.Top[i].Name < c.Top[j].Name
	})
	c.Top = c.Top[:min(n, len(c.Top))]
	return r.ctx.Err()
}

// Searcher is a search index (search.Index) as a page searches it.
type Searcher interface {
	Search(r search.Request, g search.Lookup) (*search.Results, error)
}

// SearchWith runs req on the index x, resolving its filters' names and
// naming its hits from the store. Entity hits are the caller's: the
// console matches names by prefix. Errors carry this package's kinds.
//
// The index is searched outside the store's read lock, each question it
// asks the graph under a read lock of its own: a search under the store's
// lock would wait for the index's, which Follow holds while it waits for
// the store's, which a waiting writer keeps from it (sync.RWMutex lets no
// reader in while a writer waits).
func SearchWith(ctx context.Context, s *graph.Store, x Searcher, req search.Request) (*search.Results, error) {
	res, err := x.Search(req, storeLookup{ctx, s})
	if err != nil {
		return nil, searchError(err)
	}
	return res, nil
}

// storeLookup answers a search's questions from the store, each under a
// read lock of its own (see SearchWith).
type storeLookup struct {
	ctx context.Context
	s   *graph.Store
}

func (l storeLookup) read(fn func(indexLookup) error) error {
	return l.s.Read(func(qs cgraph.QuadStore) error { return fn(indexLookup{newReader(l.ctx, qs)}) })
}

func (l storeLookup) Resolve(alias string) (keys []string, err error) {
	err = l.read(func(g indexLookup) (err error) { keys, err = g.Resolve(alias); return err })
	return keys, err
}

func (l storeLookup) Holders(orgKeys []string) (keys []string, err error) {
	err = l.read(func(g indexLookup) (err error) { keys, err = g.Holders(orgKeys); return err })
	return keys, err
}

func (l storeLookup) Name(key string) (name string) {
	l.read(func(g indexLookup) error { name = g.Name(key); return nil })
	return name
}

func (l storeLookup) Article(key string) (id, headline, body string) {
	l.read(func(g indexLookup) error { id, headline, body = g.Article(key); return nil })
	return id, headline, body
}
