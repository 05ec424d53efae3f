package graph

import (
	"context"
	"testing"
)

func TestRemoveArticle(t *testing.T) {
	for _, kind := range backends {
		t.Run(kind, func(t *testing.T) {
			s := mustOpen(t, kind)
			mustAdd(t, s, kenyaDoc())
			kenyaOnly := storeKeys(t, s, "")
			mustAdd(t, s, veltrixDoc())
			n, err := s.RemoveArticle(context.Background(), "veltrix-orbital")
			if err != nil {
				t.Fatal(err)
			}
			if want := len(dedupe(storedQuads(veltrixDoc()))); n != want {
				t.Errorf("removed %d quads, want %d", n, want)
			}
			assertSameKeys(t, "after remove", storeKeys(t, s, ""), kenyaOnly)
			if n, err := s.RemoveArticle(context.Background(), "veltrix-orbital"); n != 0 || err != nil {
				t.Errorf("second remove = %d, %v", n, err)
			}
		})
	}
}
