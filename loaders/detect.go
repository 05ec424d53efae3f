package loaders

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// Format is an input format a loader reads.
type Format string

// The formats Articles reads.
const (
	FormatText  Format = "text"
	FormatJSONL Format = "jsonl"
	FormatHTML  Format = "html"
	FormatFeed  Format = "feed" // RSS, Atom or RDF
	FormatWARC  Format = "warc"
	FormatCSV   Format = "csv"
)

// sniffLen is how much of an input detection looks at.
const sniffLen = 1024

// formatByName returns the format an extension names, "" for none. A ".gz"
// suffix is looked through: "feed.xml.gz" is a feed.
func formatByName(name string) Format {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	switch filepath.Ext(base) {
	case ".txt", ".text":
		return FormatText
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".rss", ".atom", ".xml":
		return FormatFeed
	case ".warc":
		return FormatWARC
	case ".csv":
		return FormatCSV
	}
	return ""
}

// Sniff guesses the format of an input from its first bytes: "WARC/" starts
// a WARC file, "{" a JSON line, an <rss>, <feed> or <rdf:RDF> root a feed,
// an HTML tag or doctype a page; anything else is text. CSV cannot be told
// from text by content and is chosen by the .csv extension only.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, []byte("\ufeff"))
	head = bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(head, []byte("{")):
		return FormatJSONL
	case !bytes.HasPrefix(head, []byte("<")):
		return FormatText
	}
	lower := bytes.ToLower(head)
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if i := bytes.Index(lower, []byte(root)); i >= 0 && (len(lower) == i+len(root) || isTagEnd(lower[i+len(root)])) {
			if j := bytes.Index(lower, []byte("<html")); j < 0 || j > i {
				return FormatFeed
			}
		}
	}
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<!--"} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatHTML
		}
	}
	if bytes.HasPrefix(lower, []byte("<?xml")) {
		return FormatFeed
	}
	return FormatHTML
}

func isTagEnd(b byte) bool {
	return b == ' ' || b == '>' || b == '\t' || b == '\r' || b == '\n' || b == '/'
}

// gzipMagic starts every gzip stream.
var gzipMagic = []byte{0x1f, 0x8b}

// decompress looks at the first bytes of r and, when they are gzip's magic
// number, returns a reader of the decompressed stream, whatever the name of
// the input. Concatenated gzip members (as in .warc.gz files, one member per
// record) are read as one stream. The returned reader is buffered, so that
// its head can be peeked for Sniff.
func decompress(r io.Reader) (*bufio.Reader, bool, error) {
	br := bufio.NewReaderSize(r, 64*1024)
	head, _ := br.Peek(2)
	if !bytes.Equal(head, gzipMagic) {
		return br, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, true, fmt.Errorf("gzip: %w", err)
	}
	return bufio.NewReaderSize(zr, 64*1024), true, nil
}

// detect chooses the format of an input: by its name when the extension is
// known (looking through .gz), else by content.
func detect(name string, br *bufio.Reader) Format {
	if f := formatByName(name); f != "" {
		return f
	}
	head, _ := br.Peek(sniffLen)
	return Sniff(head)
}
