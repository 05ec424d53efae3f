package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/nquads"
	"github.com/newsgraph/newsgraph/schema"
)

// surnameCorpus makes n made-up articles in which people are named in full
// in some and by surname alone in others, and several people share a
// surname, so that what a surname resolves to depends on which articles
// came before: the case that made reloads change the graph. The same n
// always gives the same articles.
func surnameCorpus(n int) []*schema.Document {
	given := []string{"Richard", "Tomas", "Ines", "Wanjiru", "Pavel", "Leila"}
	family := []string{"Curry", "Okafor", "Brandt", "Moreau", "Ito"}
	r := rand.New(rand.NewPCG(13, uint64(n)))
	docs := make([]*schema.Document, n)
	for i := range docs {
		var names []string
		d := &schema.Document{Article: schema.Article{ID: fmt.Sprintf("s%04d", i), Date: "2025-03-01", Origin: "corpus.jsonl"}}
		for range 1 + r.IntN(3) {
			g, f := given[r.IntN(len(given))], family[r.IntN(len(family))]
			e := schema.Entity{Name: f, Type: schema.Person, Mentions: 1}
			if r.IntN(3) > 0 {
				e = schema.Entity{Name: g + " " + f, Type: schema.Person, Aliases: []string{f}, Mentions: 2}
			}
			if _, dup := d.Entity(e.Name); dup {
				continue
			}
			e.ID = schema.EntityKey(e.Type, e.Name)
			d.Entities = append(d.Entities, e)
			names = append(names, e.Name)
		}
		speaker := d.Entities[0].Name
		d.Statements = []schema.Statement{{Speaker: speaker, Text: "statement " + d.ID, Date: "2025-03-01"}}
		d.Text = strings.Join(names, " and ") + " spoke (" + d.ID + ")."
		docs[i] = d
	}
	return docs
}

// exportNQuads is the store's quads as sorted N-Quads lines, as an export
// writes them: what a user compares.
func exportNQuads(tb testing.TB, s *Store) []byte {
	tb.Helper()
	var lines []string
	for _, q := range storeQuads(tb, s, "") {
		line, err := nquads.AppendQuad(nil, q)
		if err != nil {
			tb.Fatal(err)
		}
		lines = append(lines, string(line))
	}
	slices.Sort(lines)
	return []byte(strings.Join(lines, ""))
}

// assertSameExport fails with the first differing lines of two sorted
// exports.
func assertSameExport(tb testing.TB, what string, got, want []byte) {
	tb.Helper()
	if bytes.Equal(got, want) {
		return
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	missing, extra := quadtest.DiffKeys(g, w)
	tb.Errorf("%s: the export differs (%d lines, want %d): %d missing, %d extra", what, len(g), len(w), len(missing), len(extra))
	for _, l := range firstLines(missing, 3) {
		tb.Errorf("missing: %s", l)
	}
	for _, l := range firstLines(extra, 3) {
		tb.Errorf("extra: %s", l)
	}
}

func firstLines(l []string, n int) []string { return l[:min(n, len(l))] }

// TestReloadIsByteIdentical: loading the same articles again, twice, and
// once more from another path, adds and removes nothing, and counts every
// article as already in the store.
func TestReloadIsByteIdentical(t *testing.T) {
	docs := surnameCorpus(300)
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustLoad(t, s, docs, LoadOptions{BatchArticles: 50})
			first := exportNQuads(t, s)
			for i := range 2 {
				st := mustLoad(t, s, docs, LoadOptions{BatchArticles: 50})
				if st.Unchanged != len(docs) || st.Quads != 0 {
					t.Errorf("reload %d: %d unchanged, %d new quads; want %d and 0", i+1, st.Unchanged, st.Quads, len(docs))
				}
				assertSameExport(t, fmt.Sprintf("reload %d", i+1), exportNQuads(t, s), first)
			}
			// The same articles read from another path are the same articles.
			moved := surnameCorpus(300)
			for _, d := range moved {
				d.Origin = "moved/corpus.jsonl"
			}
			if st := mustLoad(t, s, moved, LoadOptions{}); st.Unchanged != len(docs) {
				t.Errorf("reload from another path: %d unchanged, want %d", st.Unchanged, len(docs))
			}
			assertSameExport(t, "reload from another path", exportNQuads(t, s), first)
		})
	}
}

// TestGraphDependsOnOrderOnly: batches of 1, 7 and 500 articles, and a load
// of the first half followed by a load of all, give the same graph as one
// load of all.
func TestGraphDependsOnOrderOnly(t *testing.T) {
	docs := surnameCorpus(300)
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			ref := mustOpen(t, kind)
			mustLoad(t, ref, docs, LoadOptions{BatchArticles: 500})
			want := exportNQuads(t, ref)
			for _, batch := range []int{1, 7} {
				s := mustOpen(t, kind)
				mustLoad(t, s, docs, LoadOptions{BatchArticles: batch})
				assertSameExport(t, fmt.Sprintf("batches of %d", batch), exportNQuads(t, s), want)
			}
			s := mustOpen(t, kind)
			mustLoad(t, s, docs[:len(docs)/2], LoadOptions{BatchArticles: 7})
			st := mustLoad(t, s, docs, LoadOptions{BatchArticles: 500})
			if st.Unchanged != len(docs)/2 {
				t.Errorf("the second load found %d articles unchanged, want %d", st.Unchanged, len(docs)/2)
			}
			assertSameExport(t, "first half, then all", exportNQuads(t, s), want)
		})
	}
}

// curryDocs: "Curry" alone joins Richard Curry while he is the only Curry;
// once Tomas Curry is stored, a surname alone is ambiguous.
func curryDocs() (richard, curry, tomas *schema.Document) {
	richard = personDoc("c1", "Richard Curry")
	richard.Entities[0].Aliases = []string{"Curry"}
	curry = personDoc("c2", "Curry")
	tomas = personDoc("c3", "Tomas Curry")
	tomas.Entities[0].Aliases = []string{"Curry"}
	return richard, curry, tomas
}

// TestChangedArticleIsResolvedAgainstTheOthers defines what a changed
// article (same id, new text) gives: its old facts are replaced by those of
// the new text, resolved against every other article in the store (as if
// it came last; never against its own old facts), and no other article's
// facts change.
func TestChangedArticleIsResolvedAgainstTheOthers(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			richard, curry, tomas := curryDocs()
			mustLoad(t, s, []*schema.Document{richard, curry, tomas}, LoadOptions{})
			if got := storeKeys(t, s, "c2"); !containsKey(got, "person/richard-curry") || containsKey(got, "person/curry>") {
				t.Fatalf("c2 loaded before Tomas Curry: Curry should be Richard Curry, got %v", got)
			}
			others := append(storeKeys(t, s, "c1"), storeKeys(t, s, "c3")...)

			_, changed, _ := curryDocs()
			changed.Text += " Again."
			st := mustLoad(t, s, []*schema.Document{changed}, LoadOptions{})
			if st.Unchanged != 0 {
				t.Errorf("the changed article counted as unchanged")
			}
			got := storeKeys(t, s, "c2")
			if !containsKey(got, "person/curry>") || containsKey(got, "person/richard-curry") {
				t.Errorf("changed c2, with two Currys stored: Curry should be a node of its own, got %v", got)
			}
			if containsKey(got, ContentHash(curry.Article)) {
				t.Errorf("the old content hash is still stored")
			}
			quadtest.AssertSameKeys(t, "the other articles", append(storeKeys(t, s, "c1"), storeKeys(t, s, "c3")...), others)

			// Loading the changed version again changes nothing.
			before := exportNQuads(t, s)
			_, again, _ := curryDocs()
			again.Text += " Again."
			if st := mustLoad(t, s, []*schema.Document{again}, LoadOptions{}); st.Unchanged != 1 {
				t.Errorf("the changed article loaded again: %+v, want it unchanged", st)
			}
			assertSameExport(t, "the changed article loaded again", exportNQuads(t, s), before)
			_ = ctx
		})
	}
}

func containsKey(keys []string, sub string) bool {
	for _, k := range keys {
		if strings.Contains(k, sub) {
			return true
		}
	}
	return false
}

// TestReplaceCutShort: a changed article whose load stops between its adds
// and its deletes (a crash; here a failing delete) is completed by loading
// it again, with or without Resume, into the graph an uninterrupted load
// gives.
func TestReplaceCutShort(t *testing.T) {
	for _, resume := range []bool{false, true} {
		t.Run(fmt.Sprintf("resume=%v", resume), func(t *testing.T) {
			load := func(s *Store) {
				richard, curry, tomas := curryDocs()
				mustLoad(t, s, []*schema.Document{richard, curry, tomas}, LoadOptions{})
			}
			changedDoc := func() *schema.Document {
				_, c, _ := curryDocs()
				c.Text += " Again."
				return c
			}
			ref := mustOpen(t, "bolt")
			load(ref)
			mustLoad(t, ref, []*schema.Document{changedDoc()}, LoadOptions{})
			want := exportNQuads(t, ref)

			s := mustOpen(t, "bolt")
			load(s)
			s.failDeletes = errors.New("killed between adds and deletes")
			if _, err := s.Load(context.Background(), docSeq([]*schema.Document{changedDoc()}, nil), LoadOptions{}); err == nil {
				t.Fatal("the cut-short load did not fail")
			}
			s.failDeletes = nil
			if bytes.Equal(exportNQuads(t, s), want) {
				t.Fatal("the cut-short load left the finished graph: the test cuts nothing")
			}
			mustLoad(t, s, []*schema.Document{changedDoc()}, LoadOptions{Resume: resume})
			assertSameExport(t, "completed by a second load", exportNQuads(t, s), want)
		})
	}
}

// TestChangedArticleDoesNotSeeItsOwnOldFacts: an article that named Tomas
// Curry and now names only "Curry" joins Richard Curry, the only Curry of
// the other articles; its own old Tomas Curry does not make the surname
// ambiguous, so resolving it does not depend on what of it is stored.
func TestChangedArticleDoesNotSeeItsOwnOldFacts(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			richard, _, _ := curryDocs()
			old := personDoc("x", "Tomas Curry")
			old.Entities[0].Aliases = []string{"Curry"}
			mustLoad(t, s, []*schema.Document{richard, old}, LoadOptions{})
			changed := personDoc("x", "Curry")
			mustLoad(t, s, []*schema.Document{changed}, LoadOptions{})
			got := storeKeys(t, s, "x")
			if !containsKey(got, "person/richard-curry>") || containsKey(got, "person/curry>") || containsKey(got, "person/tomas-curry>") {
				t.Errorf("changed x: Curry should join Richard Curry, got %v", got)
			}
		})
	}
}
