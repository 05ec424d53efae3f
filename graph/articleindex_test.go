package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// recordingIndex is an ArticleIndex that writes down what the Store tells
// it, and fails Put when told to.
type recordingIndex struct {
	log      []string
	last     map[quad.IRI][]quad.Quad // what the last Put gave of each article
	followed []string                 // "from→to" of each Followed
	failPut  bool
	closed   bool
}

func (x *recordingIndex) Put(arts []ArticleFacts) error {
	for _, a := range arts {
		x.log = append(x.log, "put "+string(a.IRI))
		if x.last == nil {
			x.last = map[quad.IRI][]quad.Quad{}
		}
		x.last[a.IRI] = a.Quads
	}
	if x.failPut {
		return errors.New("disk full")
	}
	return nil
}

func (x *recordingIndex) Remove(articles ...quad.IRI) error {
	for _, a := range articles {
		x.log = append(x.log, "remove "+string(a))
	}
	return nil
}

func (x *recordingIndex) Invalidate() error {
	x.log = append(x.log, "invalidate")
	return nil
}

func (x *recordingIndex) Followed(from, to uint64) error {
	x.followed = append(x.followed, fmt.Sprintf("%d→%d", from, to))
	return nil
}

func (x *recordingIndex) Close() error {
	x.closed = true
	return nil
}

// TestStoreKeepsIndex: every write that changes or removes an article
// tells the index, with all of the article's facts, and so does
// AddDocument of a new one; Load leaves the new articles it adds for the
// index to catch up with; a write the index cannot follow invalidates it; a
// failed Put invalidates it too, and the write itself stands.
func TestStoreKeepsIndex(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			x := &recordingIndex{}
			s.KeepIndex(x)
			veltrix, kenya := schema.ArticleIRI(quadtest.Veltrix().ID), schema.ArticleIRI(quadtest.Kenya().ID)

			mustLoad(t, s, []*schema.Document{quadtest.Veltrix(), quadtest.Kenya()}, LoadOptions{}) // new: left for later
			mustAdd(t, s, quadtest.Veltrix())                                                       // unchanged: nothing to tell
			loaded := quadtest.Kenya()
			loaded.Statements[0].Text = "a milestone indeed"
			loaded.Text += " Indeed."
			mustLoad(t, s, []*schema.Document{loaded}, LoadOptions{})
			changed := quadtest.Kenya()
			changed.Statements[0].Text = "a real milestone"
			changed.Text += " Really."
			mustAdd(t, s, changed)
			quadtest.AssertSameKeys(t, "the changed article's facts given to the index", quadtest.Keys(x.last[kenya]), storeKeys(t, s, changed.ID))
			if _, err := s.RemoveArticle(ctx, quadtest.Veltrix().ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{quad.MakeIRI("a", "b", "c", "")})); err != nil {
				t.Fatal(err)
			}
			x.failPut = true
			if _, err := s.AddDocument(ctx, quadtest.Veltrix()); err != nil {
				t.Fatalf("a failing index failed the write: %v", err)
			}
			want := []string{
				"put " + string(kenya), // the Load that changed it
				"put " + string(kenya), // the AddDocument
				"remove " + string(veltrix),
				"invalidate",
				"put " + string(veltrix), "invalidate",
			}
			if !slices.Equal(x.log, want) {
				t.Errorf("the index was told:\n%s\nwant:\n%s", strings.Join(x.log, "\n"), strings.Join(want, "\n"))
			}
			// On bolt, every write told whole moves the index along
			// ArticleWrites; the Load of new articles (1), the import (5)
			// and the failed Put (6) do not.
			var wantFollowed []string // memstore and PostgreSQL keep no ArticleWrites
			if kind == "bolt" {
				wantFollowed = []string{"1→2", "2→3", "3→4"}
			}
			if !slices.Equal(x.followed, wantFollowed) {
				t.Errorf("Followed %v, want %v", x.followed, wantFollowed)
			}
			if ok, _ := s.HasArticle(ctx, quadtest.Veltrix().ID); !ok {
				t.Error("the article whose indexing failed is not in the store")
			}
			s.Close()
			if !x.closed {
				t.Error("closing the store left its index open")
			}
		})
	}
}
