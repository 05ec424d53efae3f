package nquads

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// termParser reads the terms of one N-Quads line (RDF 1.1 N-Quads §4):
//
//	subject   ::= IRIREF | BLANK_NODE_LABEL
//	predicate ::= IRIREF
//	object    ::= IRIREF | BLANK_NODE_LABEL | literal
//	graph     ::= IRIREF | BLANK_NODE_LABEL
//	literal   ::= STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
type termParser struct {
	s string
	i int
}

func (p *termParser) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// space skips white space (space and tab).
func (p *termParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// done reports whether only a comment, if anything, is left.
func (p *termParser) done() bool { return p.i == len(p.s) || p.s[p.i] == '#' }

// term reads the term in direction d.
func (p *termParser) term(d quad.Direction) (quad.Value, error) {
	switch c := p.peek(); {
	case c == '<':
		return p.iri()
	case c == '_' && d != quad.Predicate:
		return p.bnode()
	case c == '"' && d == quad.Object:
		return p.literal()
	case c == 0:
		return nil, errors.New("missing")
	}
	want := "an IRI or a blank node"
	switch d {
	case quad.Predicate:
		want = "an IRI"
	case quad.Object:
		want = "an IRI, a blank node or a literal"
	}
	return nil, fmt.Errorf("want %s, found %.20q", want, p.s[p.i:])
}

// iri reads IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>', and takes
// only a valid absolute IRI that needs no escaping (schema.IRI).
func (p *termParser) iri() (quad.Value, error) {
	start := p.i
	p.i++
	var b strings.Builder
	for {
		// Copy the run up to the next '>' or '\' at once: most IRIs have
		// no escapes.
		j := strings.IndexAny(p.s[p.i:], `>\`)
		if j < 0 {
			j = len(p.s) - p.i
		}
		run := p.s[p.i : p.i+j]
		if k := strings.IndexFunc(run, isIRIRefBad); k >= 0 {
			return nil, fmt.Errorf("character %q not allowed in an IRI", run[k])
		}
		if p.i += j; p.i == len(p.s) {
			return nil, fmt.Errorf("unterminated IRI %.40q", p.s[start:])
		}
		if p.s[p.i] == '>' {
			p.i++
			v := run
			if b.Len() > 0 {
				b.WriteString(run)
				v = b.String()
			}
			return checkedIRI(v)
		}
		b.WriteString(run)
		r, err := p.uchar()
		if err != nil {
			return nil, err
		}
		b.WriteRune(r)
	}
}

// isIRIRefBad reports the characters IRIREF leaves out.
func isIRIRefBad(r rune) bool {
	return r <= 0x20 || r == '<' || r == '"' || r == '{' || r == '}' || r == '|' || r == '^' || r == '`'
}

// checkedIRI returns v as an IRI if schema.IRI takes it unchanged.
func checkedIRI(v string) (quad.Value, error) {
	iri, err := schema.IRI(v)
	if err != nil {
		return nil, err
	}
	if string(iri) != v {
		return nil, fmt.Errorf("%.80q: %w: holds characters that must be percent-encoded", v, schema.ErrNotIRI)
	}
	return iri, nil
}

// uchar reads \uXXXX or \UXXXXXXXX at p.i.
func (p *termParser) uchar() (rune, error) {
	n := 0
	switch {
	case strings.HasPrefix(p.s[p.i:], `\u`):
		n = 4
	case strings.HasPrefix(p.s[p.i:], `\U`):
		n = 8
	default:
		return 0, fmt.Errorf("bad escape %.2q", p.s[p.i:])
	}
	if p.i+2+n > len(p.s) {
		return 0, fmt.Errorf("short escape %q", p.s[p.i:])
	}
	hex := p.s[p.i+2 : p.i+2+n]
	v, err := strconv.ParseUint(hex, 16, 32)
	if err != nil || strings.ContainsAny(hex, "+-_") || v > 0x10FFFF || 0xD800 <= v && v <= 0xDFFF {
		return 0, fmt.Errorf("bad escape \\%c%s", p.s[p.i+1], hex)
	}
	p.i += 2 + n
	return rune(v), nil
}

// bnode reads BLANK_NODE_LABEL ('_:' …), not ending in '.'.
func (p *termParser) bnode() (quad.Value, error) {
	if !strings.HasPrefix(p.s[p.i:], "_:") {
		return nil, fmt.Errorf("want '_:', found %.10q", p.s[p.i:])
	}
	p.i += 2
	start := p.i
	for p.i < len(p.s) && strings.IndexByte(" \t<\"#", p.s[p.i]) < 0 {
		p.i++
	}
	for p.i > start && p.s[p.i-1] == '.' {
		p.i--
	}
	label := p.s[start:p.i]
	if !IsBNodeLabel(label) {
		return nil, fmt.Errorf("bad blank node label %.40q", label)
	}
	return quad.BNode(label), nil
}

// literal reads STRING_LITERAL_QUOTE and its datatype or language tag.
func (p *termParser) literal() (quad.Value, error) {
	p.i++
	var b strings.Builder
	for {
		j := strings.IndexAny(p.s[p.i:], `"\`)
		if j < 0 {
			return nil, errors.New("unterminated string")
		}
		b.WriteString(p.s[p.i : p.i+j])
		p.i += j
		if p.s[p.i] == '"' {
			p.i++
			break
		}
		if p.i+1 < len(p.s) {
			if e := strings.IndexByte(`tbnrf"'\`, p.s[p.i+1]); e >= 0 {
				b.WriteByte("\t\b\n\r\f\"'\\"[e])
				p.i += 2
				continue
			}
		}
		r, err := p.uchar()
		if err != nil {
			return nil, err
		}
		b.WriteRune(r)
	}
	s := quad.String(b.String())
	switch {
	case strings.HasPrefix(p.s[p.i:], "^^"):
		p.i += 2
		if p.peek() != '<' {
			return nil, errors.New("want a datatype IRI after ^^")
		}
		t, err := p.iri()
		if err != nil {
			return nil, err
		}
		return quad.TypedString{Value: s, Type: t.(quad.IRI)}, nil
	case p.peek() == '@':
		start := p.i + 1
		for p.i++; p.i < len(p.s) && strings.IndexByte(" \t<_.#", p.s[p.i]) < 0; p.i++ {
		}
		if tag := p.s[start:p.i]; IsLangTag(tag) {
			return quad.LangString{Value: s, Lang: tag}, nil
		}
		return nil, fmt.Errorf("bad language tag %.20q", p.s[start:p.i])
	}
	return s, nil
}
