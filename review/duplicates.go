package review

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
)

// MaxCandidates is how many holders of an entity's match keys are looked
// at; Report.Truncated says when there were more.
const MaxCandidates = 50

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
		case d.Kind == graph.KindKeepApart && !d.Undone: // an undone keep-apart is a candidate again
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
	if err := r.find(ctx, s, iri, apart); err != nil {
		return nil, fmt.Errorf("review %s: %w", iri, err)
	}
	return r, nil
}

// find fills the candidates of iri, leaving out those in skip: three
// reads of index ranges (iri's names, the holders of its match keys, their
// names), none a scan.
func (r *Report) find(ctx context.Context, s *graph.Store, iri quad.IRI, skip map[quad.IRI]bool) error {
	got, err := queries.ReadEntityNames(ctx, s, []quad.IRI{iri})
	if err != nil {
		return err
	}
	self, ok := got[iri]
	if !ok {
		return &queries.Error{Kind: queries.ErrNotFound, Msg: "no entity " + Key(iri)}
	}
	r.Name = self.Name
	holders, cut, err := queries.MatchKeyHolders(ctx, s, self.MatchKeys, MaxCandidates+len(skip)+1)
	if err != nil {
		return err
	}
	holders = slices.DeleteFunc(holders, func(h quad.IRI) bool { return skip[h] })
	r.Truncated = cut || len(holders) > MaxCandidates
	holders = holders[:min(len(holders), MaxCandidates)]
	others, err := queries.ReadEntityNames(ctx, s, holders)
	if err != nil {
		return err
	}
	mine := names(self)
	for _, h := range holders {
		o, ok := others[h]
		if !ok || o.Type != self.Type {
			continue
		}
		if ev := Compare(mine, names(o)); len(ev) > 0 {
			r.Candidates = append(r.Candidates, Candidate{Key: Key(h), Name: o.Name, Type: o.Type, Evidence: ev})
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

// names are the Names of an entity as read.
func names(e queries.EntityNames) Names {
	return Names{Type: schema.EntityType(e.Type), Name: e.Name, Aliases: e.Aliases}
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
