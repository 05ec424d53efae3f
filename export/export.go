package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// Options select what Write writes.
type Options struct {
	// Article, if set, is the id of the one article whose quads (those
	// labelled with its IRI) are written. Kv stores have no label index, so
	// this is a scan of every quad (about 1-3 s per million quads).
	Article string
	// Entity, if set, selects the neighbourhood of the entities known by
	// this name (any alias, matched through ng:key): every node within
	// Depth hops of them, either way along the graph's edges, with the
	// quads that describe those nodes and link them to each other.
	Entity string
	// Depth is the neighbourhood's radius for Entity; 0 means DefaultDepth.
	Depth int
	// Type, if set, keeps only entities of this type and the roles and
	// statements linked to them (without Entity: all such in the store).
	Type schema.EntityType
}

// batchSize is how many quads Write hands the writer at a time.
const batchSize = 1000

// Write writes the store's quads (in the store's order: Store.EachQuad), or
// one article's, to w and returns how many it wrote. It does not close w.
// The store's read lock (Store.Read) is held throughout, so writes wait for
// a long export to finish.
func Write(ctx context.Context, s *graph.Store, w quad.Writer, opts Options) (int, error) {
	if opts.isSelection() {
		if opts.Article != "" {
			return 0, errors.New("export: an article cannot be combined with an entity or type selection")
		}
		return writeSelection(ctx, s, w, opts)
	}
	n := 0
	buf := make([]quad.Quad, 0, batchSize)
	flush := func() error {
		k, err := w.WriteQuads(buf)
		n += k
		buf = buf[:0]
		return err
	}
	add := func(q quad.Quad) error {
		if buf = append(buf, q); len(buf) == batchSize {
			return flush()
		}
		return nil
	}
	var err error
	if opts.Article == "" {
		err = s.EachQuad(ctx, add)
	} else {
		err = s.Read(func(qs cgraph.QuadStore) error {
			it, err := articleIterator(qs, opts.Article)
			if err != nil || it == nil {
				return err
			}
			return iterator.Iterate(ctx, it).Paths(false).Each(func(r cgraph.Ref) error {
				q, err := qs.Quad(r)
				if err != nil {
					return err
				}
				return add(q)
			})
		})
	}
	if err == nil {
		err = flush()
	}
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// articleIterator returns the quads of an article, nil for none.
func articleIterator(qs cgraph.QuadStore, article string) (iterator.Shape, error) {
	ref, err := qs.ValueOf(schema.ArticleIRI(article))
	if err != nil || ref == nil {
		return nil, err
	}
	// Memstore answers this from its label index; kv stores fall back to
	// a filtered scan of all quads.
	return qs.QuadIterator(quad.Label, ref), nil
}

// Export formats.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGraphML = "graphml"
	FormatGML     = "gml"
	FormatDOT     = "dot"
	FormatCSV     = "csv" // two files: see NewCSVWriter
)

// Formats lists the export formats: those of NewWriter, and csv.
func Formats() []string {
	return []string{FormatNQuads, FormatJSONLD, FormatGraphML, FormatGML, FormatDOT, FormatCSV}
}

// IsGraphFormat reports whether a format draws the graph of nodes and edges
// (literals as node attributes) rather than writing RDF quads.
func IsGraphFormat(format string) bool {
	return format == FormatGraphML || format == FormatGML || format == FormatDOT || format == FormatCSV
}

// NewWriter returns a writer of the named format on out. Close it to
// finish the document: N-Quads and JSON-LD stream (JSON-LD holds one node
// at a time, see jsonldWriter), the graph formats (GraphML, GML, DOT; see
// graph.go) hold the nodes and their attributes, and stream the edges.
//
// N-Quads are strict RDF 1.1, whatever the store holds (see nquads.Writer:
// Cayley's writer spells the datatypes of native values as prefixed IRIs,
// booleans as "True", and escapes too little). JSON-LD has a
// @context naming the schema:, ng:, rdf: and xsd: prefixes, which compact
// its predicates.
func NewWriter(format string, out io.Writer) (quad.WriteCloser, error) {
	switch format {
	case FormatNQuads:
		return nquads.NewWriter(out), nil
	case FormatJSONLD:
		return newJSONLDWriter(out), nil
	case FormatGraphML:
		return newGraphMLWriter(&errWriter{w: out}), nil
	case FormatGML:
		return newGMLWriter(&errWriter{w: out}), nil
	case FormatDOT:
		return newDOTWriter(&errWriter{w: out}), nil
	case FormatCSV:
		return nil, fmt.Errorf("the csv export writes two files, nodes.csv and edges.csv: give a directory (NewCSVWriter)")
	}
	return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats(), " or "))
}
