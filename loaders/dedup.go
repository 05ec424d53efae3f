package loaders

import (
	"crypto/sha256"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// dedup remembers the articles read so far in one call of Articles, by id,
// so that an id read twice is loaded once: the same article again (same
// text and metadata) is dropped without a word, and an article under an id
// already read with other content is reported and skipped, since one of the
// two would silently replace the other. It keeps 40 bytes or so per
// article, never the text: a 128-bit hash of the id, 64-bit hashes of the
// text and of the other fields, and where the article was read.
type dedup struct {
	seed    maphash.Seed
	seen    map[[16]byte]seenArticle
	origins []string          // interned origin prefixes: "f.jsonl:", "feed.xml#item-"
	index   map[string]uint32 // origins' positions
}

type seenArticle struct {
	text, meta uint64
	origin     uint32 // into dedup.origins
	n          uint32 // the number after the prefix; 0 for none
}

func newDedup() *dedup {
	return &dedup{seed: maphash.MakeSeed(), seen: map[[16]byte]seenArticle{}, index: map[string]uint32{}}
}

// filter returns a yield function that passes each article on to yield
// once, and an error in place of a duplicate with other content.
func (d *dedup) filter(yield func(schema.Article, error) bool) func(schema.Article, error) bool {
	return func(a schema.Article, err error) bool {
		if err != nil {
			return yield(schema.Article{}, err)
		}
		isNew, err := d.check(a)
		switch {
		case err != nil:
			return yield(schema.Article{}, err)
		case !isNew:
			return true
		}
		return yield(a, nil)
	}
}

// check returns whether a is new, or else the error for a duplicate with
// other content (nil when it is the same article again).
func (d *dedup) check(a schema.Article) (bool, error) {
	key := sha256.Sum256([]byte(a.ID))
	var k [16]byte
	copy(k[:], key[:])
	s := seenArticle{
		text: maphash.String(d.seed, a.Text),
		meta: maphash.String(d.seed, a.Date+"\x00"+a.Title+"\x00"+a.URL+"\x00"+a.Publisher),
	}
	prev, ok := d.seen[k]
	if !ok {
		s.origin, s.n = d.intern(a.Origin)
		d.seen[k] = s
		return true, nil
	}
	what := ""
	switch {
	case prev.text != s.text:
		what = "text"
	case prev.meta != s.meta:
		what = "date, title, url or source"
	default:
		return false, nil
	}
	file, line := splitOrigin(a.Origin)
	msg := fmt.Sprintf("id %q already read at %s with different %s; skipped", a.ID, d.origin(prev), what)
	return false, &ParseError{File: file, Line: line, Err: &reworded{msg, ErrDuplicate}}
}

// intern splits an origin into a shared prefix and a number: "f.jsonl:12"
// is "f.jsonl:" and 12, "feed.xml#item-3" is "feed.xml#item-" and 3.
func (d *dedup) intern(origin string) (uint32, uint32) {
	prefix, n := origin, uint64(0)
	if i := strings.LastIndexFunc(origin, func(r rune) bool { return r < '0' || r > '9' }); i < len(origin)-1 {
		if v, err := strconv.ParseUint(origin[i+1:], 10, 32); err == nil && v > 0 {
			prefix, n = origin[:i+1], v
		}
	}
	idx, ok := d.index[prefix]
	if !ok {
		idx = uint32(len(d.origins))
		d.origins = append(d.origins, prefix)
		d.index[prefix] = idx
	}
	return idx, uint32(n)
}

func (d *dedup) origin(s seenArticle) string {
	if s.n == 0 {
		return d.origins[s.origin]
	}
	return d.origins[s.origin] + strconv.FormatUint(uint64(s.n), 10)
}

// splitOrigin returns the file and line of an origin "f.jsonl:12"; other
// origins ("a.txt", "feed.xml#item-3") are the file, line 0.
func splitOrigin(origin string) (string, int) {
	if i := strings.LastIndexByte(origin, ':'); i > 0 {
		if n, err := strconv.Atoi(origin[i+1:]); err == nil && n > 0 {
			return origin[:i], n
		}
	}
	return origin, 0
}
