package review

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// Bounds of one request.
const (
	// MaxCandidates is how many holders of an entity's match keys are
	// looked at; Report.Truncated says when there were more.
	MaxCandidates = 50
	// maxQuadsRead bounds the quads read of one node or one key: a node
	// has a type, name and key quads per article that names it, so a hub
	// of 40,000 articles would otherwise cost a read of all of them.
	maxQuadsRead = 20000
)

// Report is the review of one entity.
type Report struct {
	Key        string      `json:"key"`
	Name       string      `json:"name"`
	Candidates []Candidate `json:"candidates"`
	// Merges are the merges into the entity that Unmerge can undo,
	// newest first.
	Merges []Merge `json:"merges"`
	// KeptApart are the keys of the entities a person kept apart from it.
	KeptApart []string `json:"kept_apart"`
	Truncated bool     `json:"truncated"`
}

// Candidate is a likely duplicate, with its evidence.
type Candidate struct {
	Key      string     `json:"key"`
	Name     string     `json:"name"`
	Type     string     `json:"type"`
	Evidence []Evidence `json:"evidence"`
}

// Merge is a merge into the entity that can be undone.
type Merge struct {
	From string `json:"from"` // the merged entity's key
	By   string `json:"by"`
	At   string `json:"at"` // RFC 3339, UTC
}

// Duplicates reviews the entity iri: its likely duplicates, best evidence
// first, without those kept apart from it. An entity the store does not
// have is an error.
func Duplicates(ctx context.Context, s *graph.Store, iri quad.IRI) (*Report, error) {
	decisions, err := s.Decisions(ctx, iri)
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", iri, err)
	}
	r := &Report{Key: Key(iri), Candidates: []Candidate{}, Merges: []Merge{}, KeptApart: []string{}}
	apart := map[quad.IRI]bool{iri: true}
	for _, d := range decisions {
		switch {
		case d.Kind == graph.KindKeepApart:
			other := d.A
			if other == iri {
				other = d.B
			}
			if !apart[other] {
				apart[other] = true
				r.KeptApart = append(r.KeptApart, Key(other))
			}
		case d.Kind == graph.KindMerge && d.A == iri && !d.Undone:
			r.Merges = append(r.Merges, Merge{From: Key(d.B), By: d.By, At: d.At.UTC().Format(time.RFC3339)})
		}
	}
	err = s.Read(func(qs cgraph.QuadStore) error {
		return r.find(ctx, qs, iri, apart)
	})
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", iri, err)
	}
	return r, nil
}

// find fills the candidates of iri, leaving out those in skip.
func (r *Report) find(ctx context.Context, qs cgraph.QuadStore, iri quad.IRI, skip map[quad.IRI]bool) error {
	self, err := readNode(ctx, qs, iri)
	if err != nil {
		return err
	}
	if self.name == "" {
		return fmt.Errorf("%w: no entity %s", queries.ErrNotFound, Key(iri))
	}
	r.Name = self.name
	var others []quad.IRI
	for _, key := range self.keys {
		holders, cut, err := keyHolders(ctx, qs, key, MaxCandidates+len(skip)+1)
		if err != nil {
			return err
		}
		r.Truncated = r.Truncated || cut
		for _, h := range holders {
			if !skip[h] && !slices.Contains(others, h) {
				others = append(others, h)
			}
		}
	}
	if len(others) > MaxCandidates {
		others, r.Truncated = others[:MaxCandidates], true
	}
	for _, o := range others {
		n, err := readNode(ctx, qs, o)
		if err != nil {
			return err
		}
		for _, t := range self.types {
			if ev := Compare(self.names(t), n.names(t)); len(ev) > 0 && n.has(t) {
				r.Candidates = append(r.Candidates, Candidate{Key: Key(o), Name: n.name, Type: string(t), Evidence: ev})
				break
			}
		}
	}
	slices.SortStableFunc(r.Candidates, func(a, b Candidate) int {
		if c := rank(a) - rank(b); c != 0 {
			return c
		}
		return strings.Compare(a.Key, b.Key)
	})
	return nil
}

// rank orders candidates by their strongest evidence.
func rank(c Candidate) int {
	best := 3
	for _, e := range c.Evidence {
		best = min(best, slices.Index([]string{EvidenceMatchKey, EvidenceAlias, EvidenceSurname}, e.Kind))
	}
	return best
}

// Key is the entity key of an entity's IRI ("person/ada-okafor").
func Key(iri quad.IRI) string { return strings.TrimPrefix(string(iri), schema.IDBase) }

// node is what review reads of an entity: its entity types, canonical
// name, other names and match keys.
type node struct {
	types   []schema.EntityType
	name    string
	aliases []string
	keys    []string
}

func (n node) names(t schema.EntityType) Names {
	return Names{Type: t, Name: n.name, Aliases: n.aliases}
}

func (n node) has(t schema.EntityType) bool { return slices.Contains(n.types, t) }

// readNode reads iri's quads, at most maxQuadsRead of them.
func readNode(ctx context.Context, qs cgraph.QuadStore, iri quad.IRI) (node, error) {
	var n node
	var names []string
	read := 0
	err := graph.EachQuadOf(ctx, qs, quad.Subject, iri, func(q quad.Quad) bool {
		read++
		s, isString := q.Object.(quad.String)
		switch {
		case q.Predicate == schema.PredType:
			if t, ok := q.Object.(quad.IRI); ok {
				if et, ok := schema.TypeOfIRI(t); ok && !slices.Contains(n.types, et) {
					n.types = append(n.types, et)
				}
			}
		case isString && (q.Predicate == schema.PredName || q.Predicate == schema.PredAlternateName):
			if !slices.Contains(names, string(s)) {
				names = append(names, string(s))
			}
			if q.Predicate == schema.PredName && (n.name == "" || string(s) < n.name) {
				n.name = string(s)
			}
		case isString && q.Predicate == schema.PredMatchKey:
			if !slices.Contains(n.keys, string(s)) {
				n.keys = append(n.keys, string(s))
			}
		}
		return read < maxQuadsRead
	})
	for _, a := range names {
		if a != n.name {
			n.aliases = append(n.aliases, a)
		}
	}
	slices.Sort(n.keys)
	return n, err
}

// keyHolders returns up to limit entities that have key as a match key;
// cut is true when it stopped before reading them all.
func keyHolders(ctx context.Context, qs cgraph.QuadStore, key string, limit int) (out []quad.IRI, cut bool, err error) {
	read := 0
	err = graph.EachQuadOf(ctx, qs, quad.Object, quad.String(key), func(q quad.Quad) bool {
		read++
		if iri, ok := q.Subject.(quad.IRI); ok && q.Predicate == schema.PredMatchKey && !slices.Contains(out, iri) {
			out = append(out, iri)
		}
		cut = len(out) >= limit || read >= maxQuadsRead
		return !cut
	})
	return out, cut, err
}
