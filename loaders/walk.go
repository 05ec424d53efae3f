package loaders

import (
	"bufio"
	"context"
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
	// MaxFileSize is the largest file read whole; larger text files are
	// reported and skipped. Zero means DefaultMaxFileSize. It bounds
	// pages, feeds and each WARC record the same way.
	MaxFileSize int64
	// Columns maps article fields (id, url, title, date, source, text) to
	// the header names of a CSV file's columns; a field not in it is read
	// from the column of its own name. See ParseColumns.
	Columns map[string]string
}

// DefaultMaxFileSize bounds the memory one text article may take.
const DefaultMaxFileSize = 256 << 20

// Articles yields every article found under paths, in order: a file, a folder
// walked recursively, or "-". Input problems are yielded as errors
// (*ParseError where the input is at fault) and the walk goes on; it stops
// when ctx is done or the consumer stops ranging.
func Articles(ctx context.Context, paths []string, opt Options) iter.Seq2[schema.Article, error] {
	return func(yield func(schema.Article, error) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				yield(schema.Article{}, ctx.Err())
				return
			}
			if !readPath(ctx, p, opt, yield) {
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
// content shows (see Sniff).
func readStream(name string, r io.Reader, opt Options, yield func(schema.Article, error) bool) bool {
	br, _, err := decompress(r)
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: name, Err: err})
	}
	if name == Stdin {
		skipSpace(br) // line numbers of standard input count from its first text
	}
	switch detect(name, br) {
	case FormatJSONL:
		return readJSONL(name, br, yield)
	case FormatHTML:
		data, err := readLimited(br, opt.MaxFileSize)
		if err != nil {
			return yield(schema.Article{}, &ParseError{File: name, Err: err})
		}
		page, err := ParseHTML(name, data, HTMLHints{})
		return yield(page.Article, err)
	case FormatFeed:
		return readRecords(func(y func(schema.Article, error) bool) { ReadFeed(name, br, opt.MaxFileSize, y) }, yield)
	case FormatWARC:
		return readRecords(func(y func(schema.Article, error) bool) { ReadWARC(name, br, opt.MaxFileSize, y) }, yield)
	case FormatCSV:
		return readRecords(func(y func(schema.Article, error) bool) { ReadCSV(name, br, opt.Columns, y) }, yield)
	}
	return readText(name, br, opt, yield)
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

func readJSONL(name string, r io.Reader, yield func(schema.Article, error) bool) bool {
	keepGoing := true
	ReadJSONL(name, r, func(a schema.Article, err error) bool {
		keepGoing = yield(a, err)
		return keepGoing
	})
	return keepGoing
}

func readText(name string, r io.Reader, opt Options, yield func(schema.Article, error) bool) bool {
	limit := opt.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return yield(schema.Article{}, &ParseError{File: name, Err: err})
	}
	if int64(len(data)) > limit {
		return yield(schema.Article{}, &ParseError{File: name, Err: ErrTooLarge})
	}
	return yield(ParseText(name, data))
}

// unwrapPathError drops the *fs.PathError wrapper, whose path ParseError
// already prints.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
