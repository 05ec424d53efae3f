// Package nquads reads and writes strict RDF 1.1 N-Quads, term by term.
//
// Cayley's quad/nquads package is lenient both ways (CAYLEY-NOTES.md): its
// reader takes `<a> <b "oops" .` as a quad whose predicate is the string
// "<b" and reports no line, and its writer passes NUL, other control
// characters and invalid UTF-8 through raw and prints IRIs unchecked, so a
// hostile value made an export unreadable (rapper stopped at the line).
// [Reader] follows the N-Quads grammar and takes only IRIs that schema.IRI
// leaves unchanged; [Writer] checks every IRI and escapes every literal, so
// what it writes always parses, and reads back value for value.
//
// The package is one spelling of N-Quads for two users that must agree:
// graph's Import, which checks its input with [Reader] and stages it with
// [AppendQuad], and package export, whose N-Quads format is [Writer]. It
// sits beside schema, below both, so that graph need not import export.
package nquads
