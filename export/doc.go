// Package export writes a store's quads, or a selection of them, in the
// formats other tools read: N-Quads, JSON-LD, GraphML, GML, DOT and a pair
// of Neo4j-style CSV tables.
//
// It sits above graph and reads only through graph's public read API
// ([graph.Store.Read], [graph.EachQuadOf], [graph.SameValue]): graph knows
// nothing of exports, and the command line and the console import this
// package to write them (the layering test in cmd/newsgraph enforces both).
//
// [Write] streams every quad, or those of one article (a scan of all quads
// on kv stores, which have no label index), or the neighbourhood of an
// entity or the entities of a type ([Options]), to any quad.Writer.
// [NewWriter] builds the writers: N-Quads are package nquads' strict RDF 1.1
// (every IRI checked by schema.IRI, literals escaped, full datatype IRIs,
// lower-case booleans; the same writer graph's Import stages with), so an
// export always parses and export → import → export is byte for byte the
// same; JSON-LD has a @context for the schema:, ng:, rdf: and xsd: prefixes
// and is streamed one node at a time (memory does not grow with the store);
// the graph formats draw entities, roles, statements and articles as nodes
// with attributes and facts as edges (graph.go).
package export
