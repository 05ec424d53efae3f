package nquads

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// MaxLine is the longest N-Quads line the reader takes: an article's
// body may be 32 MiB, and escaping can make a line of it several times
// longer. A longer line is an error, not an unbounded buffer.
const MaxLine = 256 << 20

// ParseError is a bad line of an N-Quads input, printed "FILE:LINE: …".
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

// Reader reads strict RDF 1.1 N-Quads one line at a time. Cayley's
// nquads.Reader is lenient (it reads `<a> <b "oops" .` as a quad whose
// predicate is the string "<b", see CAYLEY-NOTES.md) and its errors carry
// no line; this one follows the N-Quads grammar, takes only IRIs that
// schema.IRI leaves unchanged (valid absolute IRIs by RFC 3987), keeps
// typed literals as they are written (no conversion to native values, so
// an export reads back byte for byte), and reports *ParseError.
type Reader struct {
	r    *bufio.Reader
	name string
	line int
}

// NewReader returns a Reader of N-Quads from r; name is the file named in errors.
func NewReader(r io.Reader, name string) *Reader {
	return &Reader{r: bufio.NewReaderSize(r, 64<<10), name: name}
}

// ReadQuad returns the next quad, io.EOF at the end, or a *ParseError.
func (r *Reader) ReadQuad() (quad.Quad, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return quad.Quad{}, err
		}
		q, ok, perr := parseNQuad(line)
		if perr != nil {
			return quad.Quad{}, &ParseError{File: r.name, Line: r.line, Err: perr}
		}
		if ok {
			return q, nil
		}
	}
}

// Line is the number of the line ReadQuad read last.
func (r *Reader) Line() int { return r.line }

// Close does nothing: the caller owns the underlying reader.
func (r *Reader) Close() error { return nil }

// readLine returns the next line without its end of line.
func (r *Reader) readLine() ([]byte, error) {
	var long []byte
	for {
		frag, err := r.r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			if long = append(long, frag...); len(long) > MaxLine {
				return nil, &ParseError{File: r.name, Line: r.line + 1, Err: fmt.Errorf("line longer than %d bytes", MaxLine)}
			}
			continue
		}
		if err != nil && (err != io.EOF || len(frag)+len(long) == 0) {
			if err != io.EOF {
				err = fmt.Errorf("read %s: %w", r.name, err)
			}
			return nil, err
		}
		r.line++
		line := append(long, frag...)
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		return line, nil
	}
}

// parseNQuad parses one line: ok is false for a blank or comment line.
func parseNQuad(line []byte) (q quad.Quad, ok bool, err error) {
	if !utf8.Valid(line) {
		return q, false, errors.New("invalid UTF-8")
	}
	p := &termParser{s: string(line)}
	p.space()
	if p.done() {
		return q, false, nil
	}
	for i, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		if d == quad.Label && (p.peek() == '.' || p.done()) {
			break
		}
		start := p.i
		v, err := p.term(d)
		if err != nil {
			return q, false, fmt.Errorf("%s (column %d): %w", d, start+1, err)
		}
		q.Set(d, v)
		if p.space(); i < 2 && p.peek() == '.' {
			return q, false, fmt.Errorf("column %d: a quad needs a subject, a predicate and an object", p.i+1)
		}
	}
	if p.peek() != '.' {
		return q, false, fmt.Errorf("column %d: want '.' at the end of the quad", p.i+1)
	}
	p.i++
	if p.space(); !p.done() {
		return q, false, fmt.Errorf("column %d: text after the end of the quad", p.i+1)
	}
	return q, true, nil
}
