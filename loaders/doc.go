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
//   - saved HTML pages (.html, .htm, or sniffed by content): body, title and
//     byline by a readability extractor (codeberg.org/readeck/go-readability),
//     the date from article:published_time, JSON-LD datePublished or
//     <time datetime>, the URL from the canonical link (ParseHTML);
//   - RSS, Atom and RDF feeds (.rss, .atom, .xml, or sniffed): one article
//     per item, by github.com/mmcdole/gofeed (ReadFeed);
//   - WARC files (.warc, or sniffed by "WARC/"): every HTML response record
//     through the HTML loader, by github.com/nlnwa/gowarc (ReadWARC);
//   - CSV with a header naming the columns (.csv; ReadCSV, Options.Columns);
//   - any of these gzip-compressed, recognised by the magic bytes 1f 8b
//     whatever the name (feed.xml.gz, pages.warc.gz, or no extension at all);
//   - a folder, walked recursively in lexical order (hidden files skipped);
//   - "-": standard input, its format sniffed from its first bytes.
//
// A broken input (unreadable file, invalid UTF-8, a JSON line that does not
// parse, a missing date) is yielded as a *ParseError naming the file and line
// ("a.csv:7: …") or record ("feed.xml: item 2: no date", "pages.warc:
// record 3: …"), and the walk goes on with the rest.
package loaders
