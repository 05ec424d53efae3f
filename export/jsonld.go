package export

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// jsonldWriter streams a JSON-LD document whose memory does not grow with
// the store. Cayley's jsonld writer hands every quad to json-gold and
// compacts the whole dataset at Close: 681 MiB of heap to export 1,500
// articles (67.7 MiB of N-Quads; BenchmarkExport), and three exports at
// once took 2.5 GB in the console. This one writes
//
//	{"@context": schema.LDContext(), "@graph": [
//	  {"@id": LABEL, "@graph": [ {"@id": S, "P": [V, …], …}, … ]},
//	  … default-graph nodes …
//	]}
//
// holding only the node being written: the quads of one subject that come
// one after another under one label. The store hands quads over article by
// article, so a subject rarely appears twice; when it does, the second node
// object has the same @id and a JSON-LD processor merges the two
// (JSON-LD 1.1 §4.9 node objects, flattening). Predicates are compacted
// with the @context's prefixes; @id values are full IRIs. Literals are
// plain strings, or {"@value", "@type"|"@language"} objects.
//
// An IRI whose scheme is one of the context's prefixes ("schema:x",
// "ng:x") cannot be written unambiguously: a processor would expand it as
// a compact IRI. Such an IRI fails the export rather than change meaning.
type jsonldWriter struct {
	w        *bufio.Writer
	prefixes [][2]string
	err      error

	started bool       // the header is written
	inGraph bool       // a named graph's @graph array is open
	label   quad.Value // the open named graph (nil: default graph)
	subject quad.Value // the node being collected (nil: none)
	first   bool       // nothing written yet in the current array
	preds   []string   // the node's predicates, in order
	values  map[string][][]byte
}

func newJSONLDWriter(out io.Writer) *jsonldWriter {
	return &jsonldWriter{w: bufio.NewWriterSize(out, 64<<10), prefixes: schema.Prefixes(), first: true, values: map[string][][]byte{}}
}

// WriteQuads writes qs and returns how many it took.
func (w *jsonldWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// WriteQuad adds q to the node being written, first finishing the node
// (and the named graph) it does not belong to.
func (w *jsonldWriter) WriteQuad(q quad.Quad) error {
	if w.err != nil {
		return w.err
	}
	w.header()
	if inGraph := q.Label != nil; inGraph != w.inGraph || inGraph && !graph.SameValue(q.Label, w.label) {
		w.flushNode()
		w.switchGraph(q.Label)
	} else if !graph.SameValue(q.Subject, w.subject) {
		w.flushNode()
	}
	if w.err != nil {
		return w.err
	}
	key, err := w.key(q.Predicate)
	if err == nil {
		var v []byte
		if v, err = w.value(q.Object); err == nil {
			if _, ok := w.values[key]; !ok {
				w.preds = append(w.preds, key)
			}
			w.values[key] = append(w.values[key], v)
			w.subject = q.Subject
			return nil
		}
	}
	w.err = fmt.Errorf("write quad %v as JSON-LD: %w", q, err)
	return w.err
}

// Close finishes the document; it does not close the underlying writer.
func (w *jsonldWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	w.header()
	w.flushNode()
	if w.inGraph {
		w.write("]}")
	}
	w.write("\n]}\n")
	if w.err == nil {
		w.err = w.w.Flush()
	}
	return w.err
}

// header starts the document, once.
func (w *jsonldWriter) header() {
	if w.started {
		return
	}
	w.started = true
	ctx, err := json.Marshal(schema.LDContext())
	if err != nil {
		w.err = err
		return
	}
	w.write(`{"@context":` + string(ctx) + `,"@graph":[`)
	w.first = true
}

// switchGraph closes the open named graph and opens label's.
func (w *jsonldWriter) switchGraph(label quad.Value) {
	if w.inGraph {
		w.write("]}")
		w.inGraph, w.first = false, false
	}
	w.label = label
	if label == nil {
		return
	}
	id, err := w.id(label)
	if err != nil {
		w.err = fmt.Errorf("write graph %v as JSON-LD: %w", label, err)
		return
	}
	w.separator()
	w.write(`{"@id":` + id + `,"@graph":[`)
	w.inGraph, w.first = true, true
}

// flushNode writes the node being collected, if any.
func (w *jsonldWriter) flushNode() {
	if w.subject == nil || w.err != nil {
		return
	}
	id, err := w.id(w.subject)
	if err != nil {
		w.err = fmt.Errorf("write node %v as JSON-LD: %w", w.subject, err)
		return
	}
	w.separator()
	w.write(`{"@id":` + id)
	for _, p := range w.preds {
		k, _ := json.Marshal(p)
		w.write("," + string(k) + ":[")
		for i, v := range w.values[p] {
			if i > 0 {
				w.write(",")
			}
			w.write(string(v))
		}
		w.write("]")
		delete(w.values, p)
	}
	w.write("}")
	w.subject, w.preds = nil, w.preds[:0]
}

func (w *jsonldWriter) separator() {
	if !w.first {
		w.write(",")
	}
	w.write("\n")
	w.first = false
}

func (w *jsonldWriter) write(s string) {
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

// id is the JSON string for a subject or graph: an IRI or a blank node.
func (w *jsonldWriter) id(v quad.Value) (string, error) {
	var s string
	switch v := v.(type) {
	case quad.IRI:
		iri, err := w.iri(v)
		if err != nil {
			return "", err
		}
		s = iri
	case quad.BNode:
		if !nquads.IsBNodeLabel(string(v)) {
			return "", fmt.Errorf("bad blank node label %q", string(v))
		}
		s = "_:" + string(v)
	default:
		return "", fmt.Errorf("%v cannot name a node", v)
	}
	b, err := json.Marshal(s)
	return string(b), err
}

// iri checks an IRI (schema.IRI) and refuses one that the @context would
// read as a compact IRI.
func (w *jsonldWriter) iri(v quad.IRI) (string, error) {
	iri, err := schema.IRI(string(v))
	if err != nil {
		return "", err
	}
	scheme, _, _ := strings.Cut(string(iri), ":")
	for _, p := range w.prefixes {
		if scheme == p[0] {
			return "", fmt.Errorf("IRI %s has the scheme of the JSON-LD prefix %q", iri, p[0])
		}
	}
	return string(iri), nil
}

// key is a predicate as a JSON-LD property: prefix:local where a context
// prefix covers it, else the full IRI.
func (w *jsonldWriter) key(v quad.Value) (string, error) {
	p, ok := v.(quad.IRI)
	if !ok {
		return "", fmt.Errorf("predicate %v is not an IRI", v)
	}
	iri, err := w.iri(p)
	if err != nil {
		return "", err
	}
	for _, pr := range w.prefixes {
		if local, ok := strings.CutPrefix(iri, pr[1]); ok && local != "" && !strings.HasPrefix(local, "//") {
			return pr[0] + ":" + local, nil
		}
	}
	return iri, nil
}

// value is an object as JSON-LD.
func (w *jsonldWriter) value(v quad.Value) ([]byte, error) {
	switch v := nquads.FullDatatypes(v).(type) {
	case quad.IRI, quad.BNode:
		id, err := w.id(v)
		return []byte(`{"@id":` + id + `}`), err
	case quad.String:
		return json.Marshal(string(v))
	case quad.TypedString:
		t, err := w.iri(v.Type)
		if err != nil {
			return nil, err
		}
		return json.Marshal(map[string]string{"@value": string(v.Value), "@type": t})
	case quad.LangString:
		if !nquads.IsLangTag(v.Lang) {
			return nil, fmt.Errorf("bad language tag %q", v.Lang)
		}
		return json.Marshal(map[string]string{"@value": string(v.Value), "@language": v.Lang})
	}
	return nil, fmt.Errorf("value %#v has no JSON-LD form", v)
}
