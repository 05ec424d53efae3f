package main

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/search/searchtest"
)

// TestDiscoverSample: the sample read through the saved queries holds the
// examples' articles, their most mentioned entities, speakers, the
// organisations roles belong to and facts to explain, and every route of
// the mix built from it has requests to make.
func TestDiscoverSample(t *testing.T) {
	smp, err := discoverSample(context.Background(), searchtest.Examples(t))
	if err != nil {
		t.Fatal(err)
	}
	if smp.Articles != 11 || smp.Quads == 0 || len(smp.Entities) < 40 {
		t.Errorf("sample: %d articles, %d quads, %d entities; want the 11 examples, their quads and 40+ entities",
			smp.Articles, smp.Quads, len(smp.Entities))
	}
	for i := 1; i < len(smp.Entities); i++ {
		if smp.Entities[i-1].Articles < smp.Entities[i].Articles {
			t.Fatalf("entities not most mentioned first: %+v before %+v", smp.Entities[i-1], smp.Entities[i])
		}
	}
	// Every example mentions one of the most mentioned entities.
	ids := slices.Sorted(slices.Values(smp.ArticleIDs))
	if len(ids) != 11 || len(slices.Compact(ids)) != 11 {
		t.Errorf("article ids %v: want the 11 examples, each once", smp.ArticleIDs)
	}
	if !slices.Contains(smp.speakers(), "Ada Okafor") {
		t.Errorf("speakers %v lack Ada Okafor, who is quoted in the examples", smp.speakers())
	}
	if !slices.ContainsFunc(smp.orgs(), func(o string) bool { return strings.Contains(o, "Veltrix") }) {
		t.Errorf("organisations %v lack Veltrix, where Ada Okafor holds a role", smp.orgs())
	}
	for _, st := range smp.Statements[:min(3, len(smp.Statements))] {
		if !strings.HasPrefix(st.Fact, "statement/") {
			t.Errorf("statement fact %q is not a statement key", st.Fact)
		}
	}
	for _, rt := range newMix(smp).Routes {
		if len(rt.Reqs) == 0 {
			t.Errorf("route %s has no request to make", rt.Name)
		}
	}
}
