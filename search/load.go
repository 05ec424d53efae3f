package search

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// node gathers what the quads say about one subject, before we know what
// kind of node it is.
type node struct {
	types    map[quad.IRI]bool
	labels   map[string]bool // articles that state its rdf:type
	name     string
	aliases  map[string]map[string]bool // alias → articles (labels)
	keys     []string
	props    map[quad.IRI]string // single-valued literals and IRIs
	mentions []string
}

// singles are the predicates kept as one value per node.
var singles = map[quad.IRI]bool{
	schema.PredDatePublished: true, schema.PredHeadline: true, schema.PredURL: true,
	schema.PredPublisher: true, schema.PredArticleBody: true, schema.PredLoadedFrom: true,
	schema.PredHolder: true, schema.PredRoleName: true, schema.PredRoleIn: true,
	schema.PredSpeaker: true, schema.PredSpeakerOrg: true, schema.PredText: true,
	schema.PredDateCreated: true, schema.PredChannel: true, schema.PredIsPartOf: true,
	schema.PredSpan: true,
}

// readNodes reads every quad once and groups them by subject.
func readNodes(ctx context.Context, qs cgraph.QuadStore) (map[string]*node, int64, error) {
	nodes := map[string]*node{}
	var n int64
	err := iterator.Iterate(ctx, qs.QuadsAllIterator()).Paths(false).Each(func(r cgraph.Ref) error {
		q, err := qs.Quad(r)
		if err != nil {
			return err
		}
		n++
		addQuad(nodes, q)
		return nil
	})
	return nodes, n, err
}

func addQuad(nodes map[string]*node, q quad.Quad) {
	subj, ok := q.Subject.(quad.IRI)
	pred, ok2 := q.Predicate.(quad.IRI)
	if !ok || !ok2 {
		return
	}
	nd := nodes[string(subj)]
	if nd == nil {
		nd = &node{}
		nodes[string(subj)] = nd
	}
	label := ""
	if l, ok := q.Label.(quad.IRI); ok {
		label = string(l)
	}
	switch pred {
	case schema.PredType:
		nd.addType(q.Object, label)
	case schema.PredName:
		if v := literal(q.Object); nd.name == "" || v < nd.name {
			nd.name = v // the smallest, as queries does when articles disagree
		}
	case schema.PredAlternateName:
		nd.addAlias(literal(q.Object), label)
	case schema.PredKey:
		nd.keys = append(nd.keys, literal(q.Object))
	case schema.PredMentions:
		if o, ok := q.Object.(quad.IRI); ok {
			nd.mentions = append(nd.mentions, string(o))
		}
	default:
		if singles[pred] {
			if nd.props == nil {
				nd.props = map[quad.IRI]string{}
			}
			nd.props[pred] = literal(q.Object)
		}
	}
}

func (nd *node) addType(o quad.Value, label string) {
	t, ok := o.(quad.IRI)
	if !ok {
		return
	}
	if nd.types == nil {
		nd.types = map[quad.IRI]bool{}
		nd.labels = map[string]bool{}
	}
	nd.types[t] = true
	if label != "" {
		nd.labels[label] = true
	}
}

func (nd *node) addAlias(alias, label string) {
	if nd.aliases == nil {
		nd.aliases = map[string]map[string]bool{}
	}
	if nd.aliases[alias] == nil {
		nd.aliases[alias] = map[string]bool{}
	}
	if label != "" {
		nd.aliases[alias][label] = true
	}
}

// literal renders a value as plain text.
func literal(v quad.Value) string { return schema.Text(v) }
