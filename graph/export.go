package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ExportOptions select what Export writes.
type ExportOptions struct {
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

// exportBatch is how many quads Export hands the writer at a time.
const exportBatch = 1000

// Export writes the store's quads, or one article's, to w and returns how
// many it wrote. It does not close w. The read lock is held throughout, so
// writes wait for a long export to finish.
func (s *Store) Export(ctx context.Context, w quad.Writer, opts ExportOptions) (int, error) {
	if opts.isSelection() {
		if opts.Article != "" {
			return 0, errors.New("export: an article cannot be combined with an entity or type selection")
		}
		return s.exportSelection(ctx, w, opts)
	}
	n := 0
	err := s.Read(func(qs cgraph.QuadStore) error {
		it, err := exportIterator(qs, opts)
		if err != nil || it == nil {
			return err
		}
		buf := make([]quad.Quad, 0, exportBatch)
		flush := func() error {
			k, err := w.WriteQuads(buf)
			n += k
			buf = buf[:0]
			return err
		}
		err = iterator.Iterate(ctx, it).Paths(false).Each(func(r cgraph.Ref) error {
			q, err := qs.Quad(r)
			if err != nil {
				return err
			}
			if buf = append(buf, q); len(buf) == exportBatch {
				return flush()
			}
			return nil
		})
		if err != nil {
			return err
		}
		return flush()
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// exportIterator returns the quads to export, nil for none.
func exportIterator(qs cgraph.QuadStore, opts ExportOptions) (iterator.Shape, error) {
	if opts.Article == "" {
		return qs.QuadsAllIterator(), nil
	}
	ref, err := qs.ValueOf(schema.ArticleIRI(opts.Article))
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
	FormatCSV     = "csv" // two files: see NewCSVExportWriter
)

// ExportFormats lists the export formats: those of NewExportWriter, and csv.
func ExportFormats() []string {
	return []string{FormatNQuads, FormatJSONLD, FormatGraphML, FormatGML, FormatDOT, FormatCSV}
}

// IsGraphFormat reports whether a format draws the graph of nodes and edges
// (literals as node attributes) rather than writing RDF quads.
func IsGraphFormat(format string) bool {
	return format == FormatGraphML || format == FormatGML || format == FormatDOT || format == FormatCSV
}

// NewExportWriter returns a writer of the named format on out. Close it to
// finish the document: N-Quads and JSON-LD stream (JSON-LD holds one node
// at a time, see jsonldWriter), the graph formats (GraphML, GML, DOT; see export_graph.go) hold the nodes and
// their attributes, and stream the edges.
//
// N-Quads are strict RDF 1.1, whatever the store holds (see nquadsWriter:
// Cayley's writer spells the datatypes of native values as prefixed IRIs,
// booleans as "True", and escapes too little). JSON-LD has a
// @context naming the schema:, ng:, rdf: and xsd: prefixes, which compact
// its predicates.
func NewExportWriter(format string, out io.Writer) (quad.WriteCloser, error) {
	switch format {
	case FormatNQuads:
		return newNQuadsWriter(out), nil
	case FormatJSONLD:
		return newJSONLDWriter(out), nil
	case FormatGraphML:
		return newGraphMLWriter(&errWriter{w: out}), nil
	case FormatGML:
		return newGMLWriter(&errWriter{w: out}), nil
	case FormatDOT:
		return newDOTWriter(&errWriter{w: out}), nil
	case FormatCSV:
		return nil, fmt.Errorf("the csv export writes two files, nodes.csv and edges.csv: give a directory (NewCSVExportWriter)")
	}
	return nil, fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(ExportFormats(), " or "))
}

// fullDatatypes turns every typed literal into a TypedString with a full
// datatype IRI (the fix measured in CAYLEY-NOTES).
func fullDatatypes(_ quad.Direction, v quad.Value) (quad.Value, error) {
	switch v := v.(type) {
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: schema.XSDBoolean}, nil
	case quad.TypedStringer: // Int, Float, Time, TypedString
		ts := v.TypedString()
		ts.Type = fullIRI(ts.Type)
		return ts, nil
	}
	return v, nil
}

// fullIRI expands a prefixed datatype such as xsd:integer.
func fullIRI(iri quad.IRI) quad.IRI {
	if rest, ok := strings.CutPrefix(string(iri), "xsd:"); ok {
		return quad.IRI(schema.XSD + rest)
	}
	return iri.Full()
}

// LDContext is the JSON-LD @context of exports: one prefix per namespace of
// schema.Vocabulary, plus xsd.
func LDContext() map[string]any {
	ctx := map[string]any{"xsd": schema.XSD}
	for _, t := range schema.Vocabulary() {
		ctx[t.Prefix] = strings.TrimSuffix(string(t.IRI), t.Name)
	}
	return ctx
}

// Prefixes returns the namespace prefixes of LDContext, longest namespace
// first, for shortening IRIs ("http://schema.org/name" → "schema:name").
func Prefixes() [][2]string {
	var out [][2]string
	for p, ns := range LDContext() {
		out = append(out, [2]string{p, ns.(string)})
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i][1]) != len(out[j][1]) {
			return len(out[i][1]) > len(out[j][1])
		}
		return out[i][0] < out[j][0]
	})
	return out
}
