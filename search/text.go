package search

import (
	"math"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// BM25 parameters, the usual ones.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// Document kinds of the text index.
const (
	docStatement = iota
	docArticle
)

type posting struct {
	doc int32 // index into textIndex.docs
	tf  int32
}

type doc struct {
	kind int8
	ref  int32 // statement or article index
	len  int32 // words
}

// textIndex is an inverted index over statements and articles.
type textIndex struct {
	docs     []doc
	postings map[string][]posting
	terms    []string // sorted, for prefix expansion
	avgLen   [2]float64
}

// tokens splits text into normalised words (see schema.NormalizeName:
// NFKC, lower case, possessives and punctuation dropped), so "Ukraine's"
// and "UKRAINE" are one term.
func tokens(text string) []string {
	return strings.Fields(schema.NormalizeName(text))
}

func (c *Catalog) index() {
	t := &textIndex{postings: map[string][]posting{}}
	var total [2]float64
	var count [2]float64
	add := func(kind int8, ref int, text string) {
		words := tokens(text)
		d := int32(len(t.docs))
		t.docs = append(t.docs, doc{kind: kind, ref: int32(ref), len: int32(len(words))})
		total[kind] += float64(len(words))
		count[kind]++
		tf := map[string]int32{}
		for _, w := range words {
			tf[w]++
		}
		for w, n := range tf {
			t.postings[w] = append(t.postings[w], posting{doc: d, tf: n})
		}
	}
	for i, s := range c.Statements {
		add(docStatement, i, s.Text)
	}
	for i, a := range c.Articles {
		add(docArticle, i, a.Headline+"\n"+a.Headline+"\n"+a.Body) // the headline counts twice
	}
	for k := range t.avgLen {
		t.avgLen[k] = total[k] / max(count[k], 1)
	}
	t.terms = make([]string, 0, len(t.postings))
	for w := range t.postings {
		t.terms = append(t.terms, w)
	}
	sort.Strings(t.terms)
	c.text = t
	c.indexNames()
}

// expand returns the indexed terms a query word matches: itself, and for
// the word being typed (prefix true, at least 3 letters) the terms it
// begins, at most 50.
func (t *textIndex) expand(w string, prefix bool) []string {
	if !prefix || len([]rune(w)) < 3 {
		return []string{w}
	}
	var out []string
	i := sort.SearchStrings(t.terms, w)
	for ; i < len(t.terms) && strings.HasPrefix(t.terms[i], w) && len(out) < 50; i++ {
		out = append(out, t.terms[i])
	}
	if len(out) == 0 {
		out = []string{w}
	}
	return out
}

// score ranks every document that contains each query word (AND), with
// BM25 summed over the words; a word with several expansions scores its
// best one.
func (t *textIndex) score(words []string) map[int32]float64 {
	var scores map[int32]float64
	n := float64(len(t.docs))
	for i, w := range words {
		best := map[int32]float64{}
		for _, term := range t.expand(w, i == len(words)-1) {
			list := t.postings[term]
			idf := math.Log(1 + (n-float64(len(list))+0.5)/(float64(len(list))+0.5))
			for _, p := range list {
				d := t.docs[p.doc]
				tf := float64(p.tf)
				norm := bm25K1 * (1 - bm25B + bm25B*float64(d.len)/t.avgLen[d.kind])
				if s := idf * tf * (bm25K1 + 1) / (tf + norm); s > best[p.doc] {
					best[p.doc] = s
				}
			}
		}
		scores = intersect(scores, best, i == 0)
	}
	return scores
}

func intersect(acc, next map[int32]float64, first bool) map[int32]float64 {
	if first {
		return next
	}
	for d, s := range acc {
		if v, ok := next[d]; ok {
			acc[d] = s + v
		} else {
			delete(acc, d)
		}
	}
	return acc
}
