package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json" // registers json and json-stream: names, types and writers
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads" // the format of Cayley's own Go client

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// readFormats are the formats of Cayley's v2 read, by its names, in the
// order Accept falls back on: the first, N-Quads, is Cayley's default.
// Names and content types come from quad's registry; N-Quads and JSON-LD
// are written by package export, as /api/export writes them (strict
// N-Quads, which Cayley's writer is not, and JSON-LD that keeps blank
// nodes, which Cayley's drops: CAYLEY-NOTES), and so are the graph
// formats; json, json-stream and pquads by quad's own writers.
var readFormats = []struct {
	name   string
	export string // export's name of the format, "" for quad's writer
	mime   string // for the formats quad registers with none
}{
	{"nquads", export.FormatNQuads, ""},
	{"json", "", ""},
	{"json-stream", "", ""},
	{"jsonld", export.FormatJSONLD, ""},
	{"pquads", "", ""},
	{"graphml", export.FormatGraphML, ""},
	{"gml", export.FormatGML, "text/plain"},
	{"graphviz", export.FormatDOT, "text/vnd.graphviz"},
}

// Limits of the read's filters: Cayley splits each parameter on commas.
const (
	maxFilterValues = 100
	maxFilterBytes  = 64 << 10
)

// handleCayleyRead is Cayley's v2 read: the quads matching the sub, pred,
// obj and label filters (each a comma-separated list of values in
// Cayley's spelling: <iri>, _:bnode, "literal"^^<type>, or a plain
// string), at most --max-rows of them, streamed in the format the format
// parameter names or Accept asks for (N-Quads by default). When more
// quads matched than were sent, the trailer X-Newsgraph-Truncated is
// "true".
func (s *Server) handleCayleyRead(w http.ResponseWriter, r *http.Request) {
	name, ctype, err := readFormat(r)
	var f graph.QuadFilter
	if err == nil {
		f, err = readFilter(r)
	}
	var newWriter func(io.Writer) (quad.WriteCloser, error)
	if err == nil {
		newWriter, err = formatWriter(name, r.FormValue("iri"))
	}
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	// The read streams: instead of the server's write timeout it needs
	// only to make progress every exportStall.
	// Headers first: a writer may write as it starts (pquads' magic).
	pw := &progressWriter{ResponseWriter: w, rc: http.NewResponseController(w)}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Cache-Control", "no-store")
	h.Set("Trailer", truncatedTrailer)
	qw, err := newWriter(pw)
	if err != nil {
		s.writeCayleyError(w, r, err)
		return
	}
	// A label alone is a scan of every quad on bolt (no label index):
	// --query-timeout bounds it as it bounds queries.
	ctx, cancel := context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
	defer cancel()
	_, more, err := s.cfg.Store.ReadQuads(ctx, f, s.cfg.MaxRows, func(q quad.Quad) error {
		_, err := qw.WriteQuads([]quad.Quad{q})
		return err
	})
	if err != nil && pw.last.IsZero() { // nothing sent yet (progressWriter notes its first write)
		h.Del("Trailer")
		h.Del("Cache-Control")
		s.writeCayleyError(w, r, err)
		return
	}
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	if err != nil { // the status is sent: all we can do is log and stop
		s.cfg.Logger.Error("read failed", "err", err)
		return
	}
	h.Set(truncatedTrailer, fmt.Sprint(more))
}

// truncatedTrailer says whether a read stopped at --max-rows.
const truncatedTrailer = "X-Newsgraph-Truncated"

// readFormat returns the format a read asks for: by the format parameter,
// else by Accept, else N-Quads; and its content type.
func readFormat(r *http.Request) (name, ctype string, err error) {
	if name = r.FormValue("format"); name != "" {
		for _, f := range readFormats {
			if f.name == name {
				return name, contentType(name), nil
			}
		}
		return "", "", invalid("format %.40q is not supported for reading data (want one of %s)", name, readFormatNames())
	}
	var offers []string
	byMime := map[string]string{}
	for _, f := range readFormats {
		for _, m := range quad.FormatByName(f.name).Mime {
			offers = append(offers, m)
			byMime[m] = f.name
		}
	}
	ctype, ok := negotiate(r.Header.Get("Accept"), offers)
	if !ok {
		ctype = offers[0]
	}
	name = byMime[ctype]
	return name, contentType(name), nil
}

// contentType is a read format's content type: its first in quad's
// registry, with the charset of text formats.
func contentType(format string) string {
	f := quad.FormatByName(format)
	if f.Binary {
		return f.Mime[0]
	}
	for _, rf := range readFormats {
		if rf.name == format && rf.mime != "" {
			return rf.mime + "; charset=utf-8"
		}
	}
	return f.Mime[0] + "; charset=utf-8"
}

func readFormatNames() string {
	names := make([]string, len(readFormats))
	for i, f := range readFormats {
		names[i] = f.name
	}
	return strings.Join(names, ", ")
}

// formatWriter returns the writer of a format, with IRIs written short or
// full as Cayley's iri parameter asks.
func formatWriter(name, iri string) (func(io.Writer) (quad.WriteCloser, error), error) {
	var opts quad.IRIOptions
	switch iri {
	case "":
	case "short":
		opts.Format = quad.IRIShort
	case "full":
		opts.Format = quad.IRIFull
	default:
		return nil, invalid("iri %.40q: want short or full", iri)
	}
	for _, f := range readFormats {
		if f.name != name {
			continue
		}
		return func(w io.Writer) (quad.WriteCloser, error) {
			var qw quad.WriteCloser
			if f.export != "" {
				var err error
				if qw, err = export.NewWriter(f.export, w); err != nil {
					return nil, err
				}
			} else {
				qw = quad.FormatByName(name).Writer(w)
			}
			if iri == "" {
				return qw, nil
			}
			return iriWriter{quad.IRIWriter(qw, opts), qw}, nil
		}, nil
	}
	return nil, invalid("format %.40q is not supported for reading data", name)
}

// iriWriter closes the writer quad.IRIWriter wraps.
type iriWriter struct {
	quad.Writer
	io.Closer
}

// readFilter parses the read's sub, pred, obj and label parameters.
func readFilter(r *http.Request) (graph.QuadFilter, error) {
	var f graph.QuadFilter
	dirs := []struct {
		param string
		d     quad.Direction
		dst   *[]quad.Value
	}{{"sub", quad.Subject, &f.Subject}, {"pred", quad.Predicate, &f.Predicate}, {"obj", quad.Object, &f.Object}, {"label", quad.Label, &f.Label}}
	for _, dir := range dirs {
		raw := r.FormValue(dir.param)
		if raw == "" {
			continue
		}
		if len(raw) > maxFilterBytes {
			return f, invalid("%s: longer than %d bytes", dir.param, maxFilterBytes)
		}
		parts := strings.Split(raw, ",")
		if len(parts) > maxFilterValues {
			return f, invalid("%s: more than %d values", dir.param, maxFilterValues)
		}
		for _, p := range parts {
			v := quad.StringToValue(p)
			if err := checkValue(dir.d, v); err != nil {
				return f, invalid("%s: %v", dir.param, err)
			}
			*dir.dst = append(*dir.dst, v)
		}
	}
	return f, nil
}

// checkValue refuses a value that could not be written as a term of
// strict N-Quads exactly as given: an IRI (or a literal's datatype) that
// schema.IRI would change or refuses, a bad blank node label or language
// tag, a literal anywhere but the object, or nothing at all where a value
// is needed.
func checkValue(d quad.Direction, v quad.Value) error {
	var iri quad.IRI
	switch v := v.(type) {
	case nil:
		if d == quad.Label {
			return nil
		}
		return fmt.Errorf("empty %s", d)
	case quad.IRI:
		iri = v
	case quad.BNode:
		if d == quad.Predicate || !nquads.IsBNodeLabel(string(v)) {
			return fmt.Errorf("blank node %.80q cannot be the %s", string(v), d)
		}
		return nil
	case quad.TypedString:
		iri = v.Type
	case quad.LangString:
		if !nquads.IsLangTag(v.Lang) {
			return fmt.Errorf("bad language tag %.40q", v.Lang)
		}
	}
	if _, ok := v.(quad.IRI); !ok && d != quad.Object {
		return fmt.Errorf("literal %.80s cannot be the %s", v, d)
	}
	if iri == "" {
		return nil
	}
	got, err := schema.IRI(string(iri))
	if err != nil {
		return err
	}
	if got != iri {
		return fmt.Errorf("IRI %.80q holds characters that must be percent-encoded", string(iri))
	}
	return nil
}

// formatJSON describes a format in GET /api/v2/formats, as Cayley does:
// read is true when a write's body may be in it, write when a read may
// answer in it.
type formatJSON struct {
	ID     string   `json:"id"`
	Read   bool     `json:"read,omitempty"`
	Write  bool     `json:"write,omitempty"`
	Ext    []string `json:"ext,omitempty"`
	Mime   []string `json:"mime,omitempty"`
	Binary bool     `json:"binary,omitempty"`
}

// handleCayleyFormats is Cayley's v2 formats: the formats this server
// reads and writes, with their extensions and content types from quad's
// registry.
func (s *Server) handleCayleyFormats(w http.ResponseWriter, r *http.Request) {
	out := make([]formatJSON, 0, len(readFormats))
	for _, rf := range readFormats {
		f := quad.FormatByName(rf.name)
		j := formatJSON{ID: rf.name, Write: true, Ext: f.Ext, Mime: f.Mime, Binary: f.Binary}
		if rf.mime != "" {
			j.Mime = []string{rf.mime}
		}
		for _, wf := range writeFormats {
			j.Read = j.Read || wf == rf.name
		}
		out = append(out, j)
	}
	writeJSON(w, http.StatusOK, out)
}
