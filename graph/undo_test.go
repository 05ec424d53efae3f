package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// mentions is the quad of an export saying that article id mentions
// entity.
func mentions(id string, entity quad.IRI) []byte {
	return []byte("<" + string(schema.ArticleIRI(id)) + "> <" + string(schema.PredMentions) + "> <" + string(entity) + ">")
}

// TestUndoKeepApartLetsLoadsJoin: "Okafor" and "Ada Okafor" kept apart,
// then the keep-apart undone, an article naming only "Okafor" loaded once
// the first Okafor is gone joins Ada Okafor, as without the decision;
// kept apart again after the undo, it stays an Okafor of its own. On
// PostgreSQL the load reads the keep-apart pairs ahead (readApartPairs).
func TestUndoKeepApartLetsLoadsJoin(t *testing.T) {
	okafor, ada := schema.EntityIRI(schema.Person, "Okafor"), schema.EntityIRI(schema.Person, "Ada Okafor")
	for _, again := range []bool{false, true} {
		for _, kind := range backends {
			t.Run(fmt.Sprintf("kept apart again %v/%s", again, kind), func(t *testing.T) {
				ctx := context.Background()
				s := mustOpen(t, kind)
				mustAdd(t, s, personDoc("a1", "Okafor"))
				mustAdd(t, s, personDoc("a2", "Ada Okafor"))
				if _, err := s.KeepApart(ctx, ada, okafor, testDecider); err != nil {
					t.Fatal(err)
				}
				undoer := Decider{By: "reviewer", At: testDecider.At.Add(time.Hour)}
				u, err := s.UndoKeepApart(ctx, okafor, ada, undoer)
				if err != nil || u.IRI == "" || u.Kind != KindUndoKeepApart {
					t.Fatalf("UndoKeepApart = %+v, %v", u, err)
				}
				if again {
					if d, err := s.KeepApart(ctx, okafor, ada, testDecider); err != nil || d.IRI == "" {
						t.Fatalf("keeping them apart again = %+v, %v; want a new decision", d, err)
					}
				}
				if _, err := s.RemoveArticle(ctx, "a1"); err != nil {
					t.Fatal(err)
				}
				mustLoad(t, s, []*schema.Document{personDoc("a3", "Okafor")}, LoadOptions{})
				want := ada
				if again {
					want = okafor
				}
				if export := exportNQuads(t, s); !bytes.Contains(export, mentions("a3", want)) {
					t.Errorf("kept apart again %v: a later \"Okafor\" does not resolve to %s", again, want)
				}
			})
		}
	}
}

// TestUndoKeepApartRecorded: the undo is a decision naming both entities
// with who and when, the keep-apart it lifted reads as undone, and both
// entities are likely duplicates again in Decisions' terms; undoing what
// is not kept apart is ErrNotKeptApart and writes nothing.
func TestUndoKeepApartRecorded(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, personDoc("a", "Ada Okafor", "A. Okafor"))
			a, b := schema.EntityIRI(schema.Person, "Ada Okafor"), schema.EntityIRI(schema.Person, "A. Okafor")
			if _, err := s.UndoKeepApart(ctx, a, b, testDecider); !errors.Is(err, ErrNotKeptApart) {
				t.Errorf("undoing a keep-apart never made = %v, want ErrNotKeptApart", err)
			}
			if _, err := s.KeepApart(ctx, a, b, testDecider); err != nil {
				t.Fatal(err)
			}
			undoer := Decider{By: "reviewer", At: testDecider.At.Add(time.Hour)}
			if _, err := s.UndoKeepApart(ctx, a, b, undoer); err != nil {
				t.Fatal(err)
			}
			before := exportNQuads(t, s)
			if _, err := s.UndoKeepApart(ctx, b, a, undoer); !errors.Is(err, ErrNotKeptApart) {
				t.Errorf("a second undo = %v, want ErrNotKeptApart", err)
			}
			assertSameExport(t, "after the refused second undo", exportNQuads(t, s), before)
			for _, want := range []string{"UndoKeepApartDecision", `"reviewer"`, `"2026-03-01T10:30:00Z"`, string(schema.PredRejoined)} {
				if !bytes.Contains(before, []byte(want)) {
					t.Errorf("the export's decisions do not say %s", want)
				}
			}
			ds, err := s.Decisions(ctx, a)
			if err != nil || len(ds) != 2 {
				t.Fatalf("Decisions = %+v, %v; want the undo and the keep-apart", ds, err)
			}
			if u := ds[0]; u.Kind != KindUndoKeepApart || u.A != b || u.B != a || u.By != "reviewer" || !u.At.Equal(undoer.At) {
				t.Errorf("newest decision = %+v; want the undo of %s and %s by reviewer at %v", u, b, a, undoer.At)
			}
			if k := ds[1]; k.Kind != KindKeepApart || !k.Undone {
				t.Errorf("older decision = %+v; want the keep-apart, undone", k)
			}
			err = s.Read(func(qs cgraph.QuadStore) error {
				apart, err := keptApart(ctx, qs, a, b)
				if err == nil && apart {
					t.Error("keptApart after the undo = true")
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.UndoKeepApart(ctx, a, b, Decider{By: "bad\nname"}); err == nil || !strings.Contains(err.Error(), "who decides") {
				t.Errorf("an undo by a bad name = %v, want an error naming who decides", err)
			}
		})
	}
}
