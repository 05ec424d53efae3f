package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Staging an article asks the store questions one at a time: is it stored
// with this content (hasHash), and in what state (readArticleState); and
// for each entity, the types and names of its node (describeNode), the
// nodes holding its match keys (keyHolders) and, when it would join one,
// whether a keep-apart decision names the two (keptApart). The Store's
// entityIndex keeps the answers about nodes and keys, but a load of 2,000
// articles into PostgreSQL still asked 10,694 questions (2,000 + 2,000 +
// 2,650 + 2,615 + 1,429), each a statement and a round trip. On a database
// server Load therefore reads ahead prefetchWindow articles and asks for
// all of them at once: their states in one statement, the nodes and keys
// the entityIndex lacks in one each, the nodes those keys lead to in one
// more, and every keep-apart decision in one (prefetch). Staging then finds
// its answers in the entityIndex and in prefetched. On bolt and memstore a
// question is a lookup in the process, and Load takes articles one by one.
const prefetchWindow = 64

// maxApartPrefetched bounds the keep-apart quads prefetch reads; with more,
// each question is read as it comes (keptApart).
const maxApartPrefetched = 10000

// prefetched is what prefetch read for a window of articles.
type prefetched struct {
	articles map[string]storedArticle // by id; each taken by the first stage of the id
	apart    apartPairs               // nil: not read
}

// apartPairs holds the pairs of nodes a keep-apart decision names, in
// both orders.
type apartPairs map[[2]quad.IRI]bool

// windowSize is how many documents Load reads before it stages them.
func (l *loader) windowSize() int {
	if l.s.counter == nil {
		return 1
	}
	return prefetchWindow
}

// article returns what the store says of a: prefetched if it was, read
// otherwise (and then, as stage always did, its state only when its
// content changed).
func (p *prefetched) article(ctx context.Context, qs cgraph.QuadStore, a schema.Article) (storedArticle, error) {
	if p != nil {
		if st, ok := p.articles[a.ID]; ok {
			delete(p.articles, a.ID)
			return st, nil
		}
	}
	same, err := hasHash(ctx, qs, a)
	if err != nil || same {
		return storedArticle{same: same}, err
	}
	st, err := readArticleState(ctx, qs, a.ID)
	return storedArticle{articleState: st}, err
}

// keptApart is the prefetched keep-apart pairs, or nil.
func (p *prefetched) keptApart() apartPairs {
	if p == nil {
		return nil
	}
	return p.apart
}

// prefetch reads what the documents of window will ask of the store (see
// prefetchWindow). An article is prefetched only at its first document in
// the window, and not while an earlier document with its id is staged or
// being written: the store does not hold what it will say of it yet.
func (l *loader) prefetch(window []docOrError) error {
	l.pre = nil
	c := l.s.counter
	if c == nil || len(window) == 0 {
		return nil
	}
	var ids, hashes []string
	seen := map[string]bool{}
	for _, w := range window {
		id := w.doc.ID
		if w.err != nil || id == "" || seen[id] || l.open.ids[id] || l.writing != nil && l.writing.b.ids[id] {
			continue
		}
		seen[id] = true
		ids, hashes = append(ids, id), append(hashes, ContentHash(w.doc.Article))
	}
	pre := &prefetched{}
	// Tried again on a lost connection, as staging is (see stageRetrying):
	// when a Galera node dies, the next try goes to another node.
	err := withRetry(l.ctx, c.d, func() error {
		return l.s.staging(func(qs cgraph.QuadStore) error {
			var err error
			if pre.articles, err = c.readArticles(l.ctx, ids, hashes); err != nil {
				return err
			}
			var resolved []schema.Document // the documents that will be resolved
			for _, w := range window {
				if st, ok := pre.articles[w.doc.ID]; ok && !st.same && !(l.opt.Resume && st.whole()) {
					resolved = append(resolved, w.doc)
				}
			}
			if err := l.s.prefetchEntities(l.ctx, c, resolved); err != nil {
				return err
			}
			pre.apart, err = readApartPairs(l.ctx, qs)
			return err
		})
	})
	if err != nil {
		return err
	}
	l.pre = pre
	return nil
}

// prefetchEntities reads into the Store's entityIndex, in batches, the
// nodes and keys that resolving docs will look up (canonicalName): each
// entity's own node and match keys, then the nodes its keys lead to when
// its own node does not have its type, unless an earlier document of docs
// brings that node.
func (s *Store) prefetchEntities(ctx context.Context, c *quadCounter, docs []schema.Document) error {
	x := s.entities
	var nodes []quad.IRI
	var keys []string
	for _, d := range docs {
		for _, e := range d.Entities {
			if own := schema.EntityIRI(e.Type, e.Name); x.nodes[own] == nil {
				nodes = append(nodes, own)
			}
			for _, k := range lookupKeys(e) {
				if _, ok := x.keys[k]; !ok {
					keys = append(keys, k)
				}
			}
		}
	}
	if err := s.readEntities(ctx, c, nodes, keys); err != nil {
		return err
	}
	nodes = nodes[:0]
	brought := map[quad.IRI]bool{}
	for _, d := range docs {
		for _, e := range d.Entities {
			own := schema.EntityIRI(e.Type, e.Name)
			if info := x.nodes[own]; !brought[own] && (info == nil || !info.hasType(e.Type.IRI())) {
				for _, k := range lookupKeys(e) {
					for _, n := range x.keys[k] {
						if x.nodes[n] == nil {
							nodes = append(nodes, n)
						}
					}
				}
			}
		}
		for _, e := range d.Entities {
			brought[schema.EntityIRI(e.Type, e.Name)] = true
		}
	}
	return s.readEntities(ctx, c, nodes, nil)
}

// readEntities reads nodes and keys into the Store's entityIndex.
func (s *Store) readEntities(ctx context.Context, c *quadCounter, nodes []quad.IRI, keys []string) error {
	if len(nodes) > 0 {
		infos, err := c.describeNodes(ctx, nodes)
		if err != nil {
			return err
		}
		for n, info := range infos {
			s.entities.nodes[n] = info
		}
	}
	if len(keys) > 0 {
		holders, err := c.keysHolders(ctx, keys)
		if err != nil {
			return err
		}
		for k, list := range holders {
			s.entities.keys[k] = list
		}
	}
	return nil
}

// readApartPairs reads every pair of nodes a keep-apart decision that no
// decision undid names, or nil if there are more than maxApartPrefetched
// such quads (ng:apart and ng:undoes together).
func readApartPairs(ctx context.Context, qs cgraph.QuadStore) (apartPairs, error) {
	named := map[quad.IRI][]quad.IRI{} // decision → nodes it keeps apart
	lifted := map[quad.IRI]bool{}      // decisions undone
	n := 0
	for _, p := range []quad.IRI{schema.PredApart, schema.PredUndoes} {
		err := EachQuadOf(ctx, qs, quad.Predicate, p, func(q quad.Quad) bool {
			if !SameValue(q.Label, DecisionsLabel) {
				return true
			}
			if d, ok := q.Subject.(quad.IRI); ok && p == schema.PredApart {
				named[d] = append(named[d], iriOf(q.Object))
			} else if undone, ok := q.Object.(quad.IRI); ok && p == schema.PredUndoes {
				lifted[undone] = true
			}
			n++
			return n <= maxApartPrefetched
		})
		if err != nil || n > maxApartPrefetched {
			return nil, err
		}
	}
	pairs := apartPairs{}
	for d, list := range named {
		if lifted[d] {
			continue
		}
		for _, a := range list {
			for _, b := range list {
				pairs[[2]quad.IRI{a, b}] = true // a node with itself too, as keptApart answers
			}
		}
	}
	return pairs, nil
}
