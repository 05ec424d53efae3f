package loaders

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v2"

	"github.com/newsgraph/newsgraph/schema"
)

// ReadWARC reads a WARC file (github.com/nlnwa/gowarc, the National Library
// of Norway's reader) record by record and yields an article for every HTML
// page in it: response records whose HTTP payload is text/html, and resource
// records of type text/html. Each page goes through ParseHTML with the
// record's WARC-Target-URI as its URL (unless the page names a canonical
// one) and the WARC-Date as the date when the page's metadata has none.
// Other records (requests, warcinfo, images) are skipped. A page that does
// not parse is yielded as a *ParseError "pages.warc: record 3: …"; a record
// that cannot be read ends the file with the same kind of error. A page
// larger than maxSize bytes (DefaultMaxArticleSize when 0) is a *SizeError.
func ReadWARC(name string, r io.Reader, maxSize int64, yield func(schema.Article, error) bool) {
	if maxSize <= 0 {
		maxSize = DefaultMaxArticleSize
	}
	wf, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithSpecViolationPolicy(gowarc.ErrIgnore),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(4<<20),
	)
	if err != nil {
		yield(schema.Article{}, &ParseError{File: name, Err: err})
		return
	}
	defer wf.Close()
	for n := 1; ; n++ {
		rec, _, _, err := nextRecord(wf)
		if errors.Is(err, io.EOF) && rec == nil {
			return
		}
		if err != nil {
			yield(schema.Article{}, recordError(name, "record", n, err))
			return
		}
		a, ok, err := warcArticle(name, n, rec, maxSize)
		rec.Close()
		if err != nil {
			if !yield(schema.Article{}, recordError(name, "record", n, err)) {
				return
			}
			continue
		}
		if ok && !yield(a, nil) {
			return
		}
	}
}

// nextRecord calls wf.Next, turning a panic of the reader on malformed
// input into an error.
func nextRecord(wf *gowarc.WarcFileReader) (rec gowarc.WarcRecord, off int64, v *gowarc.Validation, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("malformed record: %v", p)
		}
	}()
	rec, off, v, err = wf.Next()
	if err != nil && rec != nil {
		rec.Close()
		rec = nil
	}
	if err == nil && rec == nil {
		err = io.EOF
	}
	return rec, off, v, err
}

// warcArticle returns the article of record n, ok false when the record is
// not an HTML page. A panic of the WARC reader on a malformed block becomes
// an error.
func warcArticle(name string, n int, rec gowarc.WarcRecord, maxSize int64) (a schema.Article, ok bool, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, ok, err = schema.Article{}, false, fmt.Errorf("malformed record: %v", p)
		}
	}()
	return readWARCPage(name, n, rec, maxSize)
}

func readWARCPage(name string, n int, rec gowarc.WarcRecord, maxSize int64) (schema.Article, bool, error) {
	var body io.Reader
	switch rec.Type() {
	case gowarc.Response:
		hb, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
		if !isHTTP || hb.HttpHeader() == nil || !isHTMLType(hb.HttpHeader().Get("Content-Type")) {
			return schema.Article{}, false, nil
		}
		if code := hb.HttpStatusCode(); code < 200 || code > 299 {
			return schema.Article{}, false, nil
		}
		p, err := hb.PayloadBytes()
		if err != nil {
			return schema.Article{}, false, err
		}
		body = p
	case gowarc.Resource:
		if !isHTMLType(rec.WarcHeader().Get(gowarc.ContentType)) {
			return schema.Article{}, false, nil
		}
		p, err := rec.Block().RawBytes()
		if err != nil {
			return schema.Article{}, false, err
		}
		body = p
	default:
		return schema.Article{}, false, nil
	}
	data, err := readLimited(body, maxSize, "record")
	if err != nil {
		return schema.Article{}, false, err
	}
	hints := HTMLHints{
		URL:    strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<> "),
		Origin: fmt.Sprintf("%s#record-%d", name, n),
	}
	if t, err := rec.Date(); err == nil {
		hints.Date = t.Format("2006-01-02")
	}
	page, err := ParseHTML(name, data, hints)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			err = pe.Err // the record error names the file already
		}
		return schema.Article{}, false, err
	}
	return page.Article, true, nil
}

func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	return err == nil && (mt == "text/html" || mt == "application/xhtml+xml")
}
