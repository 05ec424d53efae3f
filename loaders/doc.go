// Package loaders reads news articles from the formats newsgraph accepts and
// yields them as schema.Article values, one at a time, so a load of any size
// streams.
//
// Formats:
//
//   - plain text (.txt, or anything not recognised below): a "date YYYY-MM-DD"
//     header, on its own line or inline before the text, an optional title
//     line followed by a blank line, then the body;
//   - JSON lines (.jsonl, .ndjson): one object per line with the fields id,
//     url, title, date, source and text;
//   - a folder, walked recursively in lexical order (hidden files skipped);
//   - "-": standard input, as text or JSON lines depending on its first byte.
//
// A broken input (unreadable file, invalid UTF-8, a JSON line that does not
// parse, a missing date) is yielded as a *ParseError naming the file and line,
// and the walk goes on with the rest.
package loaders
