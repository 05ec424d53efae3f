package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The edges the path search follows out of a node (pathfind.go).

// steps lists the edges out of node n: on bolt, one index scan per
// predicate it follows, listed from the index keys (graph.Store.Predicates)
// so that a hub's restated names and types are never read; elsewhere, one
// scan of all n's quads in each direction.
func (ps *pathSearch) steps(w *reader, n cgraph.Ref) (out []edge, reads int64, err error) {
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		other := quad.Object
		if d == quad.Object {
			other = quad.Subject
		}
		preds, ok, err := ps.predicates(w, n, d)
		if err != nil {
			return nil, reads, err
		}
		if !ok {
			seen := map[[2]any]bool{}
			err := w.eachQuad(fixed{d: n}, func(q cgraph.Ref) error {
				reads++
				p, o := w.dir(q, quad.Predicate), w.dir(q, other)
				if p == nil || o == nil || ps.skipped(p) || seen[[2]any{p.Key(), o.Key()}] {
					return nil
				}
				seen[[2]any{p.Key(), o.Key()}] = true
				out = append(out, edge{from: n, to: o, pred: p, forward: d == quad.Subject})
				return nil
			})
			if err != nil {
				return nil, reads, err
			}
			continue
		}
		for _, p := range preds {
			if ps.skipped(p) {
				continue
			}
			var nodes []cgraph.Ref
			if d == quad.Subject {
				nodes, err = w.objectsOf(n, p)
			} else {
				nodes, err = w.nodes(fixed{quad.Object: n, quad.Predicate: p}, quad.Subject)
			}
			if err != nil {
				return nil, reads, err
			}
			reads += int64(len(nodes)) + 1
			for _, o := range nodes {
				out = append(out, edge{from: n, to: o, pred: p, forward: d == quad.Subject})
			}
		}
	}
	return out, reads, nil
}

// predicates lists n's predicates in direction d from the bolt index keys;
// ok is false where the store cannot.
func (ps *pathSearch) predicates(w *reader, n cgraph.Ref, d quad.Direction) ([]cgraph.Ref, bool, error) {
	if ps.r.store == nil {
		return nil, false, nil
	}
	if _, isKV := cgraph.Unwrap(w.qs).(*kv.QuadStore); !isKV {
		return nil, false, nil
	}
	return ps.r.store.Predicates(w.qs, n, d)
}

// skipped tells the predicates the search does not follow: rdf:type and
// those newsgraph writes literals with.
func (ps *pathSearch) skipped(p cgraph.Ref) bool {
	return ps.skip[p.Key()]
}

// newPathSearch prepares a search of up to hops steps.
func newPathSearch(r *reader, hops int) *pathSearch {
	ps := &pathSearch{r: r, maxHops: hops, maxReads: maxReads, skip: map[any]bool{}}
	for _, et := range schema.EntityTypes {
		if ref := r.ref(et.IRI()); ref != nil {
			ps.types = append(ps.types, ref)
		}
	}
	for _, iri := range append([]quad.IRI{schema.PredType}, literalPredicates...) {
		if ref := r.ref(iri); ref != nil {
			ps.skip[ref.Key()] = true
		}
	}
	return ps
}

// literalPredicates are the predicates whose objects newsgraph writes as
// literals: names, keys, dates, texts, spans. schema:url is followed: it
// is an IRI when the url is a web address (schema.WebIRI).
var literalPredicates = []quad.IRI{
	schema.PredName, schema.PredAlternateName, schema.PredKey, schema.PredMatchKey,
	schema.PredDatePublished, schema.PredHeadline, schema.PredPublisher,
	schema.PredArticleBody, schema.PredLoadedFrom, schema.PredRoleName, schema.PredTitleKey,
	schema.PredRoleStatus, schema.PredAlpha2, schema.PredAlpha3, schema.PredText,
	schema.PredDateCreated, schema.PredSpan, schema.PredConfidence, schema.PredQueryText,
	schema.PredDescription, schema.PredContentHash,
}

// boltSteps fills parts[from:to] with the edges of nodes[from:to] read by
// graph.Store.EdgesOf in one transaction (literals left out when
// skipLiterals), and reads
// with what each read; done is false where the store cannot, and the
// caller reads them through Cayley's iterators.
func (ps *pathSearch) boltSteps(w *reader, nodes []cgraph.Ref, from, to int, skipLiterals bool, parts [][]edge, reads []int64) (done bool, err error) {
	if ps.r.store == nil {
		return false, nil
	}
	var keep []int
	for i := from; i < to; i++ {
		if !skipLiterals || isNode(w.value(nodes[i])) {
			keep = append(keep, i)
		}
	}
	batch := make([]cgraph.Ref, len(keep))
	for j, i := range keep {
		batch[j] = nodes[i]
	}
	edges, n, ok, err := ps.r.store.EdgesOf(batch, ps.skip)
	if !ok || err != nil {
		return false, err
	}
	for j, i := range keep {
		for _, e := range edges[j] {
			parts[i] = append(parts[i], edge{from: nodes[i], to: e.Other, pred: e.Pred, forward: e.Out})
		}
	}
	reads[from] = n
	return true, nil
}
