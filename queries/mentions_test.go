package queries_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/schema"
	"github.com/newsgraph/newsgraph/search"
)

// mentionDocs are n articles that mention Kenya, four to a day, and two
// without a date; a third of them mention Jordan the country, another
// third Jordan the person (the alias names both). Their ids sort in another order than their keys in the
// search index ("w:03" is escaped to "w%3A03", before "w.02"), so a page
// that broke ties by the index's key would show.
func mentionDocs(n int) []*schema.Document {
	docs := make([]*schema.Document, n)
	for i := range docs {
		id, date := fmt.Sprintf("w.%02d", i), fmt.Sprintf("2025-03-%02d", 1+i/4)
		if i%2 == 1 {
			id = fmt.Sprintf("w:%02d", i)
		}
		if i >= n-2 {
			date = ""
		}
		docs[i] = &schema.Document{
			Article:  schema.Article{ID: id, Date: date, Title: fmt.Sprintf("Harbour report %d", i), Text: "Lina Marsh toured the port in Kenya."},
			Entities: []schema.Entity{{Name: "Kenya", Type: schema.Country}, {Name: "Lina Marsh", Type: schema.Person}},
		}
		if jordan := []schema.EntityType{schema.Country, schema.Person}; i%3 < len(jordan) {
			docs[i].Entities = append(docs[i].Entities, schema.Entity{Name: "Jordan", Type: jordan[i%3]})
		}
	}
	return docs
}

// countingIndex is a search index that counts the mentions query's reads.
type countingIndex struct {
	*search.Index
	reads int
}

func (c *countingIndex) ArticlesMentioningAny(entities []string, d search.Dates, from, size int) (search.Page, error) {
	c.reads++
	return c.Index.ArticlesMentioningAny(entities, d, from, size)
}

// TestMentionsFromIndex: with the store's search index, mentions gives the
// rows, order and More that it gives from the graph alone, for pages that
// start and end inside a day, reach the undated articles, pass the end,
// and for the whole answer; and it reads the index for them.
func TestMentionsFromIndex(t *testing.T) {
	for backend, dsn := range backends(t) {
		mentionsLikeGraph(t, backend, dsn)
	}
}

// mentionsLikeGraph is TestMentionsFromIndex on the store at dsn.
func mentionsLikeGraph(t *testing.T, backend, dsn string) {
	ctx := context.Background()
	s := storeOf(t, dsn, mentionDocs(23))
	x, err := search.OpenFor(s)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	idx := &countingIndex{Index: x}
	for _, pg := range [][3]string{{"Kenya", "5", "0"}, {"Kenya", "6", "3"}, {"Kenya", "4", "9"}, {"Kenya", "7", "14"}, {"Kenya", "3", "20"},
		{"Kenya", "3", "23"}, {"Kenya", "100", "0"}, {"Kenya", "0", "0"}, {"Kenya", "1", "0"}, {"Jordan", "5", "2"}, {"Jordan", "100", "0"}} {
		args := map[string]string{"entity": pg[0], "limit": pg[1], "offset": pg[2]}
		want, err := queries.Run(ctx, s, "mentions", args, queries.RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := queries.Run(ctx, s, "mentions", args, queries.RunOptions{Index: idx})
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Rows) == 0 && pg[2] == "0" {
			t.Fatalf("mentions %v from the graph: no rows; the fixture should give some", args)
		}
		if !reflect.DeepEqual(got.Rows, want.Rows) || got.More != want.More {
			t.Errorf("%s: mentions %v with the index:\n%v more=%v\nwant (from the graph):\n%v more=%v", backend, args, got.Rows, got.More, want.Rows, want.More)
		}
	}
	if idx.reads == 0 {
		t.Errorf("%s: mentions never read the index", backend)
	}
}
