package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/quadtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestCommitsDescribeWrites: every write yields one commit, in order, that
// names the articles it added, changed and removed, or says that it
// invalidates more (an import, a merge); the log is read back from any
// point, and on bolt it survives a reopen.
func TestCommitsDescribeWrites(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			veltrix, kenya := string(schema.ArticleIRI(quadtest.Veltrix().ID)), string(schema.ArticleIRI(quadtest.Kenya().ID))

			mustLoad(t, s, []*schema.Document{quadtest.Veltrix(), quadtest.Kenya()}, LoadOptions{})
			mustAdd(t, s, quadtest.Veltrix()) // unchanged: no write, no commit
			changed := quadtest.Kenya()
			changed.Statements[0].Text = "a real milestone"
			changed.Text += " Really."
			mustAdd(t, s, changed)
			if _, err := s.RemoveArticle(ctx, quadtest.Veltrix().ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.AddQuads(ctx, quad.NewReader([]quad.Quad{quad.MakeIRI("a", "b", "c", "")})); err != nil {
				t.Fatal(err)
			}
			want := []string{
				fmt.Sprintf("1 added %s %s", veltrix, kenya),
				fmt.Sprintf("2 changed %s", kenya),
				fmt.Sprintf("3 removed %s", veltrix),
				"4 invalidates",
			}
			assertCommits(t, s, 0, want)
			assertCommits(t, s, 2, want[2:])
			assertCommits(t, s, 4, nil)
			if last, err := s.LastCommit(ctx); err != nil || last != 4 {
				t.Errorf("LastCommit = %d, %v; want 4", last, err)
			}
			got, err := s.CommitsSince(ctx, 0, 2)
			if err != nil || len(got) != 2 {
				t.Errorf("CommitsSince(0, 2) gave %d commits, %v; want 2", len(got), err)
			}
		})
	}
}

// TestCommitsSurviveReopen: a bolt store's commits are on disk, and the
// next write numbers on from them.
func TestCommitsSurviveReopen(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "store")
	s := mustOpenDSN(t, dir)
	mustAdd(t, s, quadtest.Veltrix())
	s.Close()
	s = mustOpenDSN(t, dir)
	mustAdd(t, s, quadtest.Kenya())
	assertCommits(t, s, 0, []string{
		"1 added " + string(schema.ArticleIRI(quadtest.Veltrix().ID)),
		"2 added " + string(schema.ArticleIRI(quadtest.Kenya().ID)),
	})
	if last, err := s.LastCommit(ctx); err != nil || last != 2 {
		t.Errorf("LastCommit = %d, %v; want 2", last, err)
	}
}

// TestMergeAndAliasesCommit: a merge of entities invalidates the views;
// aliases added by hand name their entity.
func TestMergeAndAliasesCommit(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "mem")
	mustAdd(t, s, quadtest.Veltrix())
	e := schema.Entity{Type: schema.Person, Name: "Ivo Marsh", Aliases: []string{"the Marsh"}}
	if _, err := s.AddAliases(ctx, e); err != nil {
		t.Fatal(err)
	}
	a := schema.EntityIRI(schema.Person, "Ivo Marsh")
	b := schema.EntityIRI(schema.Person, "Ivo Marshe")
	if _, err := s.AddAliases(ctx, schema.Entity{Type: schema.Person, Name: "Ivo Marshe", Aliases: []string{"I. Marshe"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.MergeEntities(ctx, a, b, Decider{By: "test"}); err != nil {
		t.Fatal(err)
	}
	assertCommits(t, s, 1, []string{"2 entities " + string(a), "3 entities " + string(b), "4 invalidates"})
}

func assertCommits(t *testing.T, s *Store, after uint64, want []string) {
	t.Helper()
	cs, err := s.CommitsSince(context.Background(), after, 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, describeCommit(c))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("commits after %d:\n%s\nwant:\n%s", after, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func describeCommit(c Commit) string {
	out := fmt.Sprint(c.Seq)
	for _, part := range []struct {
		name string
		iris []quad.IRI
	}{{"added", c.Added}, {"changed", c.Changed}, {"removed", c.Removed}, {"entities", c.Entities}} {
		if len(part.iris) > 0 {
			out += " " + part.name
			for _, iri := range part.iris {
				out += " " + string(iri)
			}
		}
	}
	if c.Invalidates {
		out += " invalidates"
	}
	return out
}

// TestLogIDNamesOneStore: a store's log keeps its name across a reopen,
// and two stores never share one.
func TestLogIDNamesOneStore(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			a, b := mustOpen(t, kind), mustOpen(t, kind)
			ida, err := a.LogID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			idb, err := b.LogID(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if ida == "" || ida == idb {
				t.Errorf("two stores' logs are named %q and %q", ida, idb)
			}
			if again, err := a.LogID(ctx); err != nil || again != ida {
				t.Errorf("LogID again = %q, %v; want %q", again, err, ida)
			}
		})
	}
	dir := filepath.Join(t.TempDir(), "store")
	s := mustOpenDSN(t, dir)
	id, _ := s.LogID(ctx)
	s.Close()
	if again, err := mustOpenDSN(t, dir).LogID(ctx); err != nil || again != id {
		t.Errorf("after a reopen LogID = %q, %v; want %q", again, err, id)
	}
}

// TestFailedWriteKeepsItsCommit: a write that fails after part of its work
// (here between a changed article's adds and its deletes) leaves its
// commit in the log, visible to every reader, so that the views re-read
// the article; and the next write is numbered after it. On PostgreSQL the
// record's transaction is held open during the write (openRecord) and
// must be committed on failure too.
func TestFailedWriteKeepsItsCommit(t *testing.T) {
	ctx := context.Background()
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustLoad(t, s, []*schema.Document{quadtest.Veltrix(), quadtest.Kenya()}, LoadOptions{})
			changed := quadtest.Kenya()
			changed.Text += " It launches in May."
			s.failDeletes = errors.New("killed between adds and deletes")
			if _, err := s.Load(ctx, docSeq([]*schema.Document{changed}, nil), LoadOptions{}); err == nil {
				t.Fatal("the cut-short load did not fail")
			}
			s.failDeletes = nil
			mustAdd(t, s, quadtest.Kenya())
			kenya := string(schema.ArticleIRI(quadtest.Kenya().ID))
			assertCommits(t, s, 1, []string{"2 changed " + kenya, "3 changed " + kenya})
		})
	}
}
