package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ContentHash is the hash of what an article was loaded from: every field
// of a that becomes a fact (id, date, title, url, publisher, origin, text),
// each length-prefixed so that no two articles share a spelling. Load
// stores it as the article's ng:contentHash, in the transaction that writes
// the article's facts, and skips an article whose hash is stored without
// resolving its entities again (see Store.Loaded).
func ContentHash(a schema.Article) string {
	h := sha256.New()
	for _, f := range []string{a.ID, a.Date, a.Title, a.URL, a.Publisher, a.Origin, a.Text} {
		h.Write(binary.BigEndian.AppendUint64(nil, uint64(len(f))))
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// hashQuad is the fact that records an article's content hash.
func hashQuad(a schema.Article) quad.Quad {
	label := schema.ArticleIRI(a.ID)
	return quad.Make(label, schema.PredContentHash, quad.String(ContentHash(a)), label)
}

// articleState is what the store says of an article before Load stages it.
type articleState struct {
	stored bool     // its article node (rdf:type schema:NewsArticle) is there
	hashes []string // its ng:contentHash values: one, or two after a replace cut short, none for a store older than hashes
}

// readArticleState reads the article node's own quads (a few per article).
func readArticleState(ctx context.Context, qs cgraph.QuadStore, id string) (articleState, error) {
	var st articleState
	label := schema.ArticleIRI(id)
	err := eachQuadOf(ctx, qs, quad.Subject, label, func(q quad.Quad) bool {
		if !sameValue(q.Label, label) {
			return true
		}
		switch q.Predicate {
		case schema.PredType:
			st.stored = st.stored || q.Object == schema.TypeNewsArticle
		case schema.PredContentHash:
			if s, ok := q.Object.(quad.String); ok {
				st.hashes = append(st.hashes, string(s))
			}
		}
		return true
	})
	if err != nil {
		return st, fmt.Errorf("read article %s: %w", id, err)
	}
	return st, nil
}

// same reports whether the store holds exactly this version of the article:
// one content hash, equal to hash. Two hashes mean a replace that was cut
// between its adds and its deletes, which loading again completes.
func (st articleState) same(hash string) bool {
	return st.stored && len(st.hashes) == 1 && st.hashes[0] == hash
}

// whole reports whether Resume may skip the article: stored, and not a
// replace cut short.
func (st articleState) whole() bool {
	return st.stored && len(st.hashes) <= 1
}

// Loaded reports whether Load would skip a without looking at its facts:
// the store holds this very version of it (same id and content hash), or,
// with resume, any whole version of it. The load pipeline asks before
// extraction, so that an unchanged article costs a lookup of a few quads
// instead of an extraction and a resolution; Load asks again itself.
func (s *Store) Loaded(ctx context.Context, a schema.Article, resume bool) (bool, error) {
	var st articleState
	err := s.Read(func(qs cgraph.QuadStore) (err error) {
		st, err = readArticleState(ctx, qs, a.ID)
		return err
	})
	if err != nil {
		return false, err
	}
	return st.same(ContentHash(a)) || resume && st.whole(), nil
}
