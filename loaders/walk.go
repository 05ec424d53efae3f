package loaders

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Stdin is the path that names standard input.
const Stdin = "-"

// Options configure Articles.
type Options struct {
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxArticleSize bounds what is read whole for one article: a text
	// file, an HTML page, a JSON line, a CSV record, a WARC record. A larger
	// one is reported as a *SizeError and skipped, having been read through
	// without being kept, so memory stays bounded whatever the input. Zero
	// means DefaultMaxArticleSize.
	MaxArticleSize int64
	// MaxFileSize bounds a feed file, which is parsed whole; a larger one is
	// reported and skipped. Zero means DefaultMaxFileSize.
	MaxFileSize int64
	// Skipped, if set, is told of each file in a folder that is not read
	// because it is not a regular file (a named pipe, a socket, a device:
	// opening a named pipe waits for a writer, forever). Paths given
	// explicitly are read whatever they are.
	Skipped func(path string, why error)
	// Columns maps article fields (id, url, title, date, source, text) to
	// the header names of a CSV file's columns; a field not in it is read
	// from the column of its own name. See ParseColumns.
	Columns map[string]string
}

// Default limits of Options. No news article comes near 8 MiB (a long one
// is 100 KiB, a saved page with inline images a few MiB); the limit is there
// so that a wrong file (a database dump, a video) is refused quickly instead
// of filling memory. An article is extracted and written whole, and the
// memory that takes grows with its text: measured on prose with a quotation
// and a role every 130 bytes, a 4 MiB article made 259,047 quads and a load
// peaking at 532 MB resident, 8 MiB 517,356 quads and 776 MB, and a 31 MB
// one passed 1.28 GB (1.15 GB and 442,886 quads in issue 13), so 32 MiB
// broke the 1 GB promise and 8 MiB keeps it.
const (
	DefaultMaxArticleSize = 8 << 20
	DefaultMaxFileSize    = 64 << 20
)

func (o Options) maxArticle() int64 {
	if o.MaxArticleSize > 0 {
		return o.MaxArticleSize
	}
	return DefaultMaxArticleSize
}

func (o Options) maxFile() int64 {
	if o.MaxFileSize > 0 {
		return o.MaxFileSize
	}
	return DefaultMaxFileSize
}

// Articles yields every article found under paths, in order: a file, a folder
// walked recursively, or "-". Input problems are yielded as errors
// (*ParseError where the input is at fault) and the walk goes on; it stops
// when ctx is done or the consumer stops ranging. An id read twice is
// yielded once: again with the same content it is dropped, with other
// content it is an ErrDuplicate error naming both places (see dedup).
func Articles(ctx context.Context, paths []string, opt Options) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		once := newDedup().filter(yield)
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(schema.Article{}, ctx.Err())
				return
			}
			if !readPath(ctx, p, opt, once) {
				return
			}
		}
	}
}

// IsArticleFile reports whether a file met while walking a folder is read:
// text, JSON lines, HTML, feeds, WARC and CSV by extension, each also
// gzip-compressed (.gz), not hidden.
func IsArticleFile(name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, ".") {
		return false
	}
	return formatByName(base) != ""
}

func readPath(ctx context.Context, p string, opt Options, yield func(schema.Article, error) bool) bool {
	if p == Stdin {
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		return readStream("-", in, opt, yield)
	}
	info, err := os.Stat(p)
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: p, Err: unwrapPathError(err)})
	}
	if !info.IsDir() {
		return readFile(p, opt, yield)
	}
	keepGoing := true
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			keepGoing = yield(schema.Article{}, &ParseError{File: path, Err: unwrapPathError(err)})
		} else if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		} else if IsArticleFile(path) {
			if err := CheckRegular(path); err != nil {
				if opt.Skipped != nil {
					opt.Skipped(path, err)
				}
				return nil
			}
			keepGoing = readFile(path, opt, yield)
		}
		if !keepGoing {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && keepGoing {
		return yield(schema.Article{}, err)
	}
	return keepGoing
}

// ErrNotRegular is why a folder's named pipe, socket or device is skipped.
var ErrNotRegular = errors.New("not a regular file")

// CheckRegular returns an error wrapping ErrNotRegular, naming the kind of
// file, unless path (or the file a symbolic link there points to) is a
// regular file; folders are read through it.
func CheckRegular(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	if m := info.Mode(); !m.IsRegular() {
		return fmt.Errorf("%w (%s)", ErrNotRegular, fileKind(m))
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return "device"
	}
	return m.Type().String()
}

func readFile(path string, opt Options, yield func(schema.Article, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	return readStream(path, f, opt, yield)
}

// readStream reads one input: gzip-compressed or not (by its magic bytes,
// whatever its name), in the format its name gives, or else the one its
// content shows (see Sniff). An empty input and a binary one are reported
// once for the whole file.
func readStream(name string, r io.Reader, opt Options, yield func(schema.Article, error) bool) bool {
	br, _, err := decompress(r)
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: name, Err: err})
	}
	if name == Stdin {
		skipSpace(br) // line numbers of standard input count from its first text
	}
	format := detect(name, br)
	if err := checkHead(br, format); err != nil {
		return yield(schema.Article{}, &ParseError{File: name, Err: err})
	}
	switch format {
	case FormatJSONL:
		return readRecords(func(y func(schema.Article, error) bool) { ReadJSONL(name, br, opt.maxArticle(), y) }, yield)
	case FormatHTML:
		data, err := readLimited(br, opt.maxArticle(), "page")
		if err != nil {
			return yield(schema.Article{}, &ParseError{File: name, Err: err})
		}
		page, err := ParseHTML(name, data, HTMLHints{})
		return yield(page.Article, err)
	case FormatFeed:
		return readRecords(func(y func(schema.Article, error) bool) { ReadFeed(name, br, opt.maxFile(), y) }, yield)
	case FormatWARC:
		return readRecords(func(y func(schema.Article, error) bool) { ReadWARC(name, br, opt.maxArticle(), y) }, yield)
	case FormatCSV:
		return readRecords(func(y func(schema.Article, error) bool) { ReadCSV(name, br, opt.Columns, opt.maxArticle(), y) }, yield)
	}
	data, err := readLimited(br, opt.maxArticle(), "article")
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: name, Err: err})
	}
	return yield(ParseText(name, data))
}

// checkHead looks at the first bytes of an input in format f: a file with
// nothing in it is ErrEmptyFile (text says "empty article" itself), and a
// binary one is ErrBinary. HTML pages and feeds may be in another encoding
// that their parsers decode, and WARC records carry binary payloads, so
// only a known binary signature counts for them.
func checkHead(br *bufio.Reader, f Format) error {
	head, err := br.Peek(sniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return err
	}
	switch {
	case len(bytes.TrimSpace(head)) == 0 && len(head) < sniffLen:
		if f == FormatText {
			return nil
		}
		return ErrEmptyFile
	case f == FormatWARC:
		return nil
	}
	return binaryError(head, f == FormatHTML || f == FormatFeed)
}

func skipSpace(br *bufio.Reader) {
	for {
		b, err := br.Peek(1)
		if err != nil || (b[0] != ' ' && b[0] != '\n' && b[0] != '\r' && b[0] != '\t') {
			return
		}
		br.ReadByte()
	}
}

// readRecords runs a reader of many articles and reports whether the
// consumer wants more.
func readRecords(read func(func(schema.Article, error) bool), yield func(schema.Article, error) bool) bool {
	keepGoing := true
	read(func(a schema.Article, err error) bool {
		keepGoing = yield(a, err)
		return keepGoing
	})
	return keepGoing
}

// unwrapPathError drops the *fs.PathError wrapper, whose path ParseError
// already prints.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
