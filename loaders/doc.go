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
// # Bad input
//
// A broken input is yielded as a *ParseError naming the file and line
// ("a.csv:7: …") or record ("feed.xml: item 2: no date", "pages.warc:
// record 3: …"), and the walk goes on with the rest: the good articles of a
// file with bad lines in it are read. What each kind of bad input gives:
//
//   - An empty file is ErrEmptyFile ("f.jsonl: empty file"); an empty or
//     blank text file is ErrEmpty ("a.txt: empty article").
//   - A binary file (an image, a PDF, a zip archive, NUL bytes, or first
//     bytes mostly not UTF-8) is one ErrBinary for the whole file
//     ("pic.txt: binary file, not text (image/png)"), whatever its name.
//     In a folder, only files with a known extension are read: a file
//     without one (a picture, a README) is skipped without a word.
//   - Text that is not UTF-8 is ErrNotUTF8 at the first bad byte
//     ("a.txt:2: not valid UTF-8 text (byte 0xe9 at column 4)"); a JSON
//     line or CSV record with one is skipped, the others read. UTF-16 text
//     is named as such. HTML pages are decoded from the charset they
//     declare.
//   - An article larger than Options.MaxArticleSize (8 MiB unless set) is
//     a *SizeError, ErrTooLarge for errors.Is: "big.txt: article is 190.7
//     MiB, more than the 8 MiB limit". It is read through without being
//     kept, so memory stays bounded: a JSON line too long is skipped to its
//     end and the next line read. A CSV record too large ends its file,
//     whose next record cannot be found without reading it. A feed is
//     parsed whole and bounded by Options.MaxFileSize (64 MiB).
//   - A JSON line that does not parse is ErrBadJSON with the reason:
//     "truncated (the line ends before the object does)", "nested more
//     than 10000 levels deep", "the line is a JSON array", or a field of
//     another type than string. Fields other than id, url, title,
//     date, source and text are ignored without a warning: JSON lines
//     written by other tools carry many (author, tags, …), however nested.
//   - Dates are read in the common forms NormalizeDate lists ("March 14,
//     2022", "14/03/2022", "2022-03-14T10:00:00+02:00", "2022-3-4") and
//     stored as YYYY-MM-DD, the day as written. A date that could be read
//     two ways ("03/04/2022") is ErrBadDate and says both. An article
//     without a date is ErrNoDate and is not loaded: every fact is dated by
//     its article, and a guess (today, the file's time) would put it on the
//     wrong day.
//   - An id read twice in one call of Articles is yielded once. The same
//     article again (same text, date, title, url and source) is dropped
//     without a word; other content under an id already read is
//     ErrDuplicate naming both places, and the first is kept: 'f.jsonl:7:
//     id "x" already read at f.jsonl:2 with different text; skipped'. This
//     takes about 40 bytes per article (hashes, not texts). Across loads,
//     the store replaces an article whose text changed under the same id.
package loaders
