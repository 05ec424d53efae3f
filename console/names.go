package console

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// nameTable is every entity with its names, and the word-start suffixes of
// its ng:key values, sorted, for find-as-you-type: "ada okafor" gives
// "ada okafor" and "okafor", so typing either finds Ada Okafor.
type nameTable struct {
	seq      uint64 // the store's last commit when the rows were read
	rows     []queries.EntityRow
	prefixes []prefixEntry
	byKey    map[string]int32
	byName   map[string][]int32 // exact schema:name
}

type prefixEntry struct {
	text  string // a suffix of a key, sharing its bytes
	row   int32
	exact bool // the suffix is the whole key
}

func newNameTable(rows []queries.EntityRow, seq uint64) *nameTable {
	t := &nameTable{seq: seq, rows: rows, byKey: make(map[string]int32, len(rows)), byName: make(map[string][]int32, len(rows))}
	for i, r := range rows {
		t.byKey[r.Key] = int32(i)
		t.byName[r.Name] = append(t.byName[r.Name], int32(i))
		for _, k := range r.Keys {
			for at := 0; at < len(k); {
				t.prefixes = append(t.prefixes, prefixEntry{k[at:], int32(i), at == 0})
				sp := strings.IndexByte(k[at:], ' ')
				if sp < 0 {
					break
				}
				at += sp + 1
			}
		}
	}
	sort.Slice(t.prefixes, func(i, j int) bool { return t.prefixes[i].text < t.prefixes[j].text })
	return t
}

// lookup returns up to n rows one of whose keys has a word starting with
// p, best first: exact names, then whole-name prefixes, then the most
// mentioned, then by name.
func (t *nameTable) lookup(p string, n int) []queries.EntityRow {
	rank := map[int32]int{} // lower is better
	i := sort.Search(len(t.prefixes), func(i int) bool { return t.prefixes[i].text >= p })
	for ; i < len(t.prefixes) && strings.HasPrefix(t.prefixes[i].text, p); i++ {
		e := t.prefixes[i]
		r := 2
		switch {
		case e.exact && e.text == p:
			r = 0
		case e.exact:
			r = 1
		}
		if old, ok := rank[e.row]; !ok || r < old {
			rank[e.row] = r
		}
	}
	ids := make([]int32, 0, len(rank))
	for id := range rank {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		ra, rb := &t.rows[ids[a]], &t.rows[ids[b]]
		if rank[ids[a]] != rank[ids[b]] {
			return rank[ids[a]] < rank[ids[b]]
		}
		if ra.Articles != rb.Articles {
			return ra.Articles > rb.Articles
		}
		return ra.Name < rb.Name
	})
	out := make([]queries.EntityRow, 0, min(n, len(ids)))
	for _, id := range ids[:min(n, len(ids))] {
		out = append(out, t.rows[id])
	}
	return out
}

// index returns the row of the entity with the given key; a nil table has
// none.
func (t *nameTable) index(key string) (int32, bool) {
	if t == nil {
		return 0, false
	}
	i, ok := t.byKey[key]
	return i, ok
}

// Lookup finds entities by the start of any word of their names or
// aliases (find-as-you-type), best first; an empty prefix lists the most
// mentioned. Until the name table is built, a prefix finds the entities
// it names exactly (any alias).
func (m *Model) Lookup(ctx context.Context, prefix string, n int) ([]search.Hit, error) {
	out := []search.Hit{}
	p := strings.Join(strings.Fields(schema.NormalizeName(prefix)), " ")
	if strings.TrimSpace(prefix) == "" {
		o, err := m.Overview(ctx, search.Dates{})
		if err != nil {
			return nil, err
		}
		return append(out, o.Top[:min(n, len(o.Top))]...), nil
	}
	if p == "" {
		return out, nil
	}
	if t := m.names.table.Load(); t != nil {
		for _, r := range t.lookup(p, n) {
			out = append(out, entityHit(r))
		}
		return out, nil
	}
	return m.exactLookup(ctx, prefix, n)
}

// exactLookup resolves a name through the store's ng:key index.
func (m *Model) exactLookup(ctx context.Context, name string, n int) ([]search.Hit, error) {
	out := []search.Hit{}
	iris, err := queries.ResolveEntity(ctx, m.cfg.Store, name)
	if errors.Is(err, queries.ErrNotFound) || errors.Is(err, queries.ErrInvalid) {
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(iris))
	for _, iri := range iris[:min(n, len(iris))] {
		keys = append(keys, strings.TrimPrefix(string(iri), schema.IDBase))
	}
	names, err := m.nameAll(ctx, keys)
	if err != nil {
		return nil, err
	}
	for _, k := range keys {
		out = append(out, search.Hit{Kind: "entity", Key: k, Title: names[k].Name, Type: names[k].Type})
	}
	return out, nil
}

func entityHit(r queries.EntityRow) search.Hit {
	h := search.Hit{Kind: "entity", Key: r.Key, Title: r.Name, Type: r.Type, Score: float64(r.Articles)}
	own := schema.NormalizeName(r.Name)
	var other []string
	for _, k := range r.Keys {
		if k != own {
			other = append(other, k)
		}
	}
	h.Text = strings.Join(other, ", ")
	return h
}
