#!/usr/bin/env node
// Usage: node rdfcheck.js nquads|jsonld FILE
//
// Parses FILE with an independent RDF library (n3 for N-Quads, jsonld for
// JSON-LD, expanded by the JSON-LD 1.1 algorithms with the document's own
// @context) and prints every quad as N-Quads, one a line, sorted; exits 1 on
// any parse error.
'use strict';
const fs = require('fs');
const N3 = require('n3');
const jsonld = require('jsonld');

async function main() {
  const [format, file] = process.argv.slice(2);
  const text = fs.readFileSync(file, 'utf8');
  let quads;
  if (format === 'nquads') {
    quads = new N3.Parser({ format: 'N-Quads' }).parse(text);
  } else if (format === 'jsonld') {
    const doc = JSON.parse(text);
    // No remote contexts: the export's @context is inline.
    const documentLoader = (url) => { throw new Error(`refusing to load remote context ${url}`); };
    const nq = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
    quads = new N3.Parser({ format: 'N-Quads' }).parse(nq);
  } else {
    throw new Error(`unknown format ${format} (want nquads or jsonld)`);
  }
  const writer = new N3.Writer({ format: 'N-Quads' });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph).trim());
  lines.sort();
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
}

main().catch((err) => {
  process.stderr.write(`rdfcheck: ${err.message}\n`);
  process.exit(1);
});
