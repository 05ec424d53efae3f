package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Decisions people take about entities (merge two, keep two apart, undo a
// merge, lift a keep-apart) are quads of their own under DecisionsLabel, so that exports carry
// them and a store that imports them respects them. A decision names its
// entities by xsd:anyURI literals, not by their nodes: a merged entity's
// node must disappear from the graph, and no query walking an entity's
// links should meet the history of its decisions.
//
//	<id/decision/HASH> rdf:type ng:MergeDecision ; ng:into "…"^^xsd:anyURI ;
//	    ng:from "…"^^xsd:anyURI ; ng:decidedBy "ada" ; ng:decidedAt "…Z"^^xsd:dateTime ;
//	    ng:facts <id/decision/HASH/facts> .
//	<id/decision/HASH/facts> ng:movedFact "<s> <p> <o> <g> ." ; ng:sharedFact "…" .
//
// A merge decision keeps, per quad the merge moved, its original form in
// N-Quads: ng:movedFact when the rewritten quad was new, ng:sharedFact when
// into had it already (an article naming both). That is what Unmerge puts
// back. A keep-apart decision has two ng:apart values; an unmerge decision
// has ng:undoes naming the merge decision it undid, and an undo of a
// keep-apart two ng:rejoined values and ng:undoes naming the keep-apart.

// DecisionsLabel labels the quads of merge, keep-apart and unmerge decisions.
var DecisionsLabel = quad.IRI(schema.IDBase + "decisions")

// Kinds of Decision.
const (
	KindMerge     = "merge"
	KindKeepApart = "keep-apart"
	KindUnmerge   = "unmerge"
	// KindUndoKeepApart lifts a keep-apart: A and B, sorted, are the two
	// entities, which loads may join again.
	KindUndoKeepApart = "undo-keep-apart"
)

var (
	xsdAnyURI   = quad.IRI(schema.XSD + "anyURI")
	xsdDateTime = quad.IRI(schema.XSD + "dateTime")
)

var kindOfType = map[quad.IRI]string{schema.TypeMergeDecision: KindMerge, schema.TypeKeepApartDecision: KindKeepApart,
	schema.TypeUnmergeDecision: KindUnmerge, schema.TypeUndoKeepApartDecision: KindUndoKeepApart}

var typeOfKind = map[string]quad.IRI{KindMerge: schema.TypeMergeDecision, KindKeepApart: schema.TypeKeepApartDecision,
	KindUnmerge: schema.TypeUnmergeDecision, KindUndoKeepApart: schema.TypeUndoKeepApartDecision}

// Decider says who takes a decision and when; both are stored with it.
type Decider struct {
	By string    // a user name; the console's decisions say "console"
	At time.Time // stored in UTC, to the second
}

// Decision is a decision as stored. For a merge or an unmerge A is into
// and B from; for a keep-apart A and B are the two entities, sorted.
type Decision struct {
	IRI    quad.IRI
	Kind   string
	A, B   quad.IRI
	By     string
	At     time.Time
	Undone bool // a merge that an unmerge undid, a keep-apart lifted since
}

// maxDecisionsRead bounds how many decisions Decisions reads about one
// entity: the console asks on every entity page.
const maxDecisionsRead = 200

// Decisions returns the decisions that name node, newest first (at most
// maxDecisionsRead of them).
func (s *Store) Decisions(ctx context.Context, node quad.IRI) ([]Decision, error) {
	var out []Decision
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		out, err = decisionsAbout(ctx, qs, node)
		return err
	})
	return out, err
}

// decisionsAbout reads the decisions that name node.
func decisionsAbout(ctx context.Context, qs cgraph.QuadStore, node quad.IRI) ([]Decision, error) {
	var nodes []quad.IRI
	err := EachQuadOf(ctx, qs, quad.Object, anyURI(node), func(q quad.Quad) bool {
		if d, ok := q.Subject.(quad.IRI); ok && SameValue(q.Label, DecisionsLabel) {
			nodes = insertSorted(nodes, d)
		}
		return len(nodes) < maxDecisionsRead
	})
	if err != nil {
		return nil, err
	}
	out := make([]Decision, 0, len(nodes))
	for _, n := range nodes {
		d, err := readDecision(ctx, qs, n)
		if err != nil {
			return nil, err
		}
		if d.Kind != "" {
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(x, y Decision) int { return y.At.Compare(x.At) })
	return out, nil
}

// readDecision reads the decision node n, without its facts; Kind is ""
// when n is no decision.
func readDecision(ctx context.Context, qs cgraph.QuadStore, n quad.IRI) (Decision, error) {
	d := Decision{IRI: n}
	var apart []quad.IRI
	err := EachQuadOf(ctx, qs, quad.Subject, n, func(q quad.Quad) bool {
		if !SameValue(q.Label, DecisionsLabel) {
			return true
		}
		switch q.Predicate {
		case schema.PredType:
			if t, ok := q.Object.(quad.IRI); ok {
				d.Kind = kindOfType[t]
			}
		case schema.PredInto:
			d.A = iriOf(q.Object)
		case schema.PredFrom:
			d.B = iriOf(q.Object)
		case schema.PredApart, schema.PredRejoined:
			apart = insertSorted(apart, iriOf(q.Object))
		case schema.PredDecidedBy:
			d.By = literalText(q.Object)
		case schema.PredDecidedAt:
			d.At, _ = time.Parse(time.RFC3339, literalText(q.Object))
		}
		return true
	})
	if err != nil {
		return d, err
	}
	if len(apart) == 2 {
		d.A, d.B = apart[0], apart[1]
	}
	if d.Kind == KindMerge || d.Kind == KindKeepApart {
		d.Undone, err = undone(ctx, qs, n)
	}
	return d, err
}

// undone tells whether a decision undid d: an unmerge its merge, an undo
// of a keep-apart its keep-apart.
func undone(ctx context.Context, qs cgraph.QuadStore, d quad.IRI) (bool, error) {
	found := false
	err := EachQuadOf(ctx, qs, quad.Object, d, func(q quad.Quad) bool {
		found = q.Predicate == schema.PredUndoes && SameValue(q.Label, DecisionsLabel)
		return !found
	})
	return found, err
}

// quads are the quads of a decision, without a merge's facts.
func (d Decision) quads() []quad.Quad {
	out := []quad.Quad{
		quad.Make(d.IRI, schema.PredType, typeOfKind[d.Kind], DecisionsLabel),
		quad.Make(d.IRI, schema.PredDecidedBy, quad.String(d.By), DecisionsLabel),
		quad.Make(d.IRI, schema.PredDecidedAt, quad.TypedString{Value: quad.String(d.At.Format(time.RFC3339)), Type: xsdDateTime}, DecisionsLabel),
	}
	switch d.Kind {
	case KindKeepApart:
		return append(out,
			quad.Make(d.IRI, schema.PredApart, anyURI(d.A), DecisionsLabel),
			quad.Make(d.IRI, schema.PredApart, anyURI(d.B), DecisionsLabel))
	case KindUndoKeepApart:
		return append(out,
			quad.Make(d.IRI, schema.PredRejoined, anyURI(d.A), DecisionsLabel),
			quad.Make(d.IRI, schema.PredRejoined, anyURI(d.B), DecisionsLabel))
	}
	return append(out,
		quad.Make(d.IRI, schema.PredInto, anyURI(d.A), DecisionsLabel),
		quad.Make(d.IRI, schema.PredFrom, anyURI(d.B), DecisionsLabel))
}

// name gives d its IRI: a hash of what it decides, who, when, and seq, the
// store's commit that writes it. Without seq, a merge, its undo and the
// same merge again within one second (three clicks on the page) named the
// second merge as the first, undone one, which no unmerge could then undo.
func (d *Decision) name(seq uint64) {
	h := sha256.Sum256([]byte(strings.Join([]string{d.Kind, string(d.A), string(d.B), d.By, d.At.Format(time.RFC3339), strconv.FormatUint(seq, 10)}, "\x00")))
	d.IRI = quad.IRI(schema.IDBase + "decision/" + hex.EncodeToString(h[:10]))
}

// maxDeciderName bounds the name stored with a decision.
const maxDeciderName = 200

// decision makes the decision by takes, unnamed until its commit is
// recorded (name); a Decider with no name says
// "unknown", one with no time now. A name longer than maxDeciderName bytes
// or with control characters is an error.
func (by Decider) decision(kind string, a, b quad.IRI) (Decision, error) {
	if len(by.By) > maxDeciderName || strings.IndexFunc(by.By, unicode.IsControl) >= 0 || !utf8.ValidString(by.By) {
		return Decision{}, fmt.Errorf("who decides: %.40q is not a name of at most %d bytes without control characters", by.By, maxDeciderName)
	}
	if by.By == "" {
		by.By = "unknown"
	}
	if by.At.IsZero() {
		by.At = time.Now()
	}
	return Decision{Kind: kind, A: a, B: b, By: by.By, At: by.At.UTC().Truncate(time.Second)}, nil
}

func anyURI(iri quad.IRI) quad.Value {
	return quad.TypedString{Value: quad.String(iri), Type: xsdAnyURI}
}

func iriOf(v quad.Value) quad.IRI {
	return quad.IRI(literalText(v))
}

// literalText is the lexical form of a literal, "" for other values.
func literalText(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.Time:
		return time.Time(v).UTC().Format(time.RFC3339)
	}
	return ""
}

// checkSameType fails unless a and b are stored entities sharing a type.
func checkSameType(ctx context.Context, qs cgraph.QuadStore, a, b quad.IRI) error {
	x, err := describeNode(ctx, qs, a)
	if err != nil {
		return err
	}
	y, err := describeNode(ctx, qs, b)
	if err != nil {
		return err
	}
	if len(x.types) == 0 || len(y.types) == 0 {
		return fmt.Errorf("%s or %s is not in the store", a, b)
	}
	if !sameTypes(x, y) {
		return fmt.Errorf("%s and %s are of different types", a, b)
	}
	return nil
}
