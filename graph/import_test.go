package graph

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

// TestImportBadLineWritesNothing: a file whose third line of five is bad
// is refused whole, naming the file and line, and a good file given
// before it is not written either.
func TestImportBadLineWritesNothing(t *testing.T) {
	const good = "<https://e.example/a> <https://e.example/p> \"1\" .\n"
	bad := good + "<https://e.example/b> <https://e.example/p> \"2\" .\n" +
		"<https://e.example/c> <https://e.example/p \"3\" .\n" + good + good
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			before := storeKeys(t, s, "")
			srcs := []ImportSource{
				{Name: "good.nq", R: strings.NewReader("<https://e.example/z> <https://e.example/p> <https://e.example/y> .\n")},
				{Name: "bad.nq", R: strings.NewReader(bad)},
			}
			n, err := s.Import(context.Background(), srcs, ImportOptions{TempDir: t.TempDir()})
			if err == nil || !strings.HasPrefix(err.Error(), "bad.nq:3: ") || n != 0 {
				t.Fatalf("Import = %d, %v; want 0 and an error starting bad.nq:3:", n, err)
			}
			quadtest.AssertSameKeys(t, "store after a refused import", storeKeys(t, s, ""), before)
		})
	}
}

func TestImportLeavesNoTempFile(t *testing.T) {
	s := mustOpen(t, "mem")
	dir := t.TempDir()
	src := ImportSource{Name: "g.nq", R: strings.NewReader("<https://e.example/a> <https://e.example/p> \"x\" .\n")}
	if n, err := s.Import(context.Background(), []ImportSource{src}, ImportOptions{TempDir: dir}); err != nil || n != 1 {
		t.Fatalf("Import = %d, %v; want 1 quad", n, err)
	}
	if left, _ := os.ReadDir(dir); len(left) != 0 {
		t.Errorf("Import left %d files in its temporary directory", len(left))
	}
}

// mustImport adds testdata/other-tool.nq to s and returns how many quads
// were new.
func mustImport(tb testing.TB, s *Store) int {
	tb.Helper()
	f, err := os.Open("testdata/other-tool.nq")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	n, err := s.Import(context.Background(), []ImportSource{{Name: f.Name(), R: f}}, ImportOptions{TempDir: tb.TempDir()})
	if err != nil {
		tb.Fatalf("Import: %v", err)
	}
	return n
}

func TestImport(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Veltrix())
			if got := mustImport(t, s); got != 10 {
				t.Errorf("first import added %d quads, want 10", got)
			}
			before := storeKeys(t, s, "")
			if got := mustImport(t, s); got != 0 {
				t.Errorf("second import added %d quads, want 0", got)
			}
			if after := storeKeys(t, s, ""); len(after) != len(before) {
				t.Errorf("store has %d quads after second import, want %d", len(after), len(before))
			}
		})
	}
}
