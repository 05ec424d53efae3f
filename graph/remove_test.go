package graph

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/quadtest"
)

func TestRemoveArticle(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, quadtest.Kenya())
			kenyaOnly := storeKeys(t, s, "")
			mustAdd(t, s, quadtest.Veltrix())
			n, err := s.RemoveArticle(context.Background(), "veltrix-orbital")
			if err != nil {
				t.Fatal(err)
			}
			if want := len(dedupe(storedQuads(quadtest.Veltrix()))); n != want {
				t.Errorf("removed %d quads, want %d", n, want)
			}
			quadtest.AssertSameKeys(t, "after remove", storeKeys(t, s, ""), kenyaOnly)
			if n, err := s.RemoveArticle(context.Background(), "veltrix-orbital"); n != 0 || err != nil {
				t.Errorf("second remove = %d, %v", n, err)
			}
		})
	}
}
