package nquads

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Writer writes strict RDF 1.1 N-Quads, one quad a line. Cayley's
// nquads.Writer prints values with their String methods, whose escaping
// is marked "TODO: Proper escaping" upstream: it passes NUL, other control
// characters and invalid UTF-8 through raw, and prints IRIs unchecked, so a
// hostile value made the export unreadable (rapper stopped at the line).
// This writer prints every term itself:
//
//   - IRIs go through schema.IRI (a no-op on the IRIs newsgraph writes; a
//     store filled by an older version gets its bad IRIs percent-encoded),
//     and one that is still not absolute is an error, never a broken line;
//   - literals escape \ " LF CR TAB as ECHARs and every other control
//     character (U+0000–U+001F, U+007F) as \uXXXX, and invalid UTF-8
//     becomes U+FFFD;
//   - native values (Int, Bool, Time…) get full datatype IRIs (FullDatatypes).
//
// The output is what Reader reads back value for value, and what a second
// export writes byte for byte.
type Writer struct {
	w   *bufio.Writer
	b   []byte
	err error
}

// NewWriter returns a Writer on out. Close flushes it.
func NewWriter(out io.Writer) *Writer {
	return &Writer{w: bufio.NewWriterSize(out, 64<<10)}
}

// WriteQuads writes qs and returns how many it wrote.
func (w *Writer) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// WriteQuad writes one quad as one line.
func (w *Writer) WriteQuad(q quad.Quad) error {
	if w.err != nil {
		return w.err
	}
	line, err := AppendQuad(w.b[:0], q)
	if err != nil {
		return err
	}
	w.b = line
	_, w.err = w.w.Write(line)
	return w.err
}

// Close flushes the writer; it does not close the underlying writer.
func (w *Writer) Close() error {
	if w.err == nil {
		w.err = w.w.Flush()
	}
	return w.err
}

// AppendQuad appends q as one strict N-Quads line, newline included: the
// Writer's spelling, for callers that stage lines themselves (graph's
// Import).
func AppendQuad(b []byte, q quad.Quad) ([]byte, error) {
	if q.Subject == nil || q.Predicate == nil || q.Object == nil {
		return b, fmt.Errorf("write quad %v: %w", q, quad.ErrInvalid)
	}
	terms := []quad.Value{q.Subject, q.Predicate, q.Object, q.Label}
	for i, v := range terms {
		if v == nil { // the default graph
			continue
		}
		var err error
		if b, err = appendTerm(b, quad.Direction(i+1), v); err != nil {
			return b, fmt.Errorf("write quad %v: %w", q, err)
		}
		b = append(b, ' ')
	}
	return append(b, ".\n"...), nil
}

// appendTerm appends one value in direction d; only objects may be literals.
func appendTerm(b []byte, d quad.Direction, v quad.Value) ([]byte, error) {
	v = FullDatatypes(v)
	switch v := v.(type) {
	case quad.IRI:
		return appendIRI(b, v)
	case quad.BNode:
		if d == quad.Predicate || !IsBNodeLabel(string(v)) {
			return b, fmt.Errorf("blank node %q cannot be written as the %s", string(v), d)
		}
		return append(append(b, "_:"...), v...), nil
	}
	if d != quad.Object {
		return b, fmt.Errorf("literal %v cannot be the %s", v, d)
	}
	switch v := v.(type) {
	case quad.String:
		return appendString(b, string(v)), nil
	case quad.TypedString:
		b = append(appendString(b, string(v.Value)), "^^"...)
		return appendIRI(b, v.Type)
	case quad.LangString:
		if !IsLangTag(v.Lang) {
			return b, fmt.Errorf("bad language tag %q", v.Lang)
		}
		return append(append(appendString(b, string(v.Value)), '@'), v.Lang...), nil
	}
	return b, fmt.Errorf("value %#v has no N-Quads form", v)
}

func appendIRI(b []byte, v quad.IRI) ([]byte, error) {
	iri, err := schema.IRI(string(v))
	if err != nil {
		return b, err
	}
	return append(append(append(b, '<'), iri...), '>'), nil
}

// appendString appends s as a quoted N-Quads string (see Writer).
func appendString(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	s = strings.ToValidUTF8(s, "\uFFFD")
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\', '"':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			if c < 0x20 || c == 0x7f {
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			} else {
				b = append(b, c)
			}
		}
	}
	return append(b, '"')
}
