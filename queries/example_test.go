package queries_test

import (
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

// exampleStore loads the test fixture into a memstore.
func exampleStore() *graph.Store {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		panic(err)
	}
	for _, d := range fixtureDocs() {
		if _, err := s.AddDocument(ctx, d); err != nil {
			panic(err)
		}
	}
	return s
}

// Statements accept any alias of the speaker: here a Twitter handle.
func ExampleRun_statements() {
	s := exampleStore()
	defer s.Close()
	res, err := queries.Run(context.Background(), s, "statements", map[string]string{"speaker": "@adaokafor"}, queries.RunOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	res.WriteTable(os.Stdout)
	// Output:
	// speaker     text                    date        kind   channel  article          fact
	// Ada Okafor  Nairobi is ready.       2025-06-05  quote           kenya-launch     statement/5721b0ce54cb1d4e47b4
	// Ada Okafor  We are going to orbit.  2025-06-01  quote  Twitter  veltrix-orbital  statement/9eeba206356a91eb9b83
}

// Path finds how two entities are connected, here through a role and through
// the articles that mention both.
func ExampleRun_path() {
	s := exampleStore()
	defer s.Close()
	res, err := queries.Run(context.Background(), s, "path", map[string]string{"from": "Okafor", "to": "Veltrix"}, queries.RunOptions{Limit: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	res.WriteJSON(os.Stdout)
	// Output:
	// [
	//   {"hops": 2, "path": "Ada Okafor —holder← role(ceo) —roleIn→ Veltrix Corp"},
	//   {"hops": 2, "path": "Ada Okafor —mentions← article(kenya-launch) —mentions→ Veltrix Corp"}
	// ]
}

// Roles of people at an organization named by one of its aliases.
func ExampleRun_roles() {
	s := exampleStore()
	defer s.Close()
	res, _ := queries.Run(context.Background(), s, "roles", map[string]string{"org": "Veltrix"}, queries.RunOptions{})
	res.WriteTable(os.Stdout)
	// Output:
	// person      title  org           articles  fact
	// Ada Okafor  ceo    Veltrix Corp  2         role/5d068dcedab7c1e6c6e7
}

// The queries that can return many rows answer a page: limit and offset
// pick rows of the whole answer, in its order; More tells that rows follow.
func ExampleRun_pages() {
	s := exampleStore()
	defer s.Close()
	for _, offset := range []string{"0", "1"} {
		args := map[string]string{"entity": "Kenya", "limit": "1", "offset": offset}
		res, err := queries.Run(context.Background(), s, "mentions", args, queries.RunOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(res.Rows[0]["article"], res.Rows[0]["date"], "more:", res.More)
	}
	// Output:
	// kenya-launch 2025-06-05 more: true
	// veltrix-orbital 2025-06-02 more: false
}

// Who held a post on a day: the post in any spelling, the organization by
// an alias, and the articles that say so. The succession fixture has Ines
// Kahl incoming in March, in post in June and gone in October, and Ruth
// Amble in post from November.
func ExampleRun_holders() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	for _, d := range succession() {
		if _, err := s.AddDocument(ctx, d); err != nil {
			panic(err)
		}
	}
	for _, on := range []string{"2025-04-01", "2025-08-15", "2025-12-01"} {
		res, err := queries.Run(ctx, s, "holders", map[string]string{"title": "chief executive", "org": "Talvik", "on": on}, queries.RunOptions{})
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println("on", on+":", len(res.Rows), "holder(s)")
		for _, r := range res.Rows {
			fmt.Println(" ", r["person"], r["status"], "as of", r["date"], "("+r["article"].(string)+", \""+r["title"].(string)+"\")")
		}
	}
	// Output:
	// on 2025-04-01: 0 holder(s)
	// on 2025-08-15: 1 holder(s)
	//   Ines Kahl current as of 2025-06-02 (talvik-june, "ceo")
	// on 2025-12-01: 1 holder(s)
	//   Ruth Amble current as of 2025-11-03 (talvik-november, "chief executive")
}

// A person's posts as a timeline: each article's date and the status it
// states.
func ExampleRun_rolesTimeline() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.MemDSN, graph.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	for _, d := range succession() {
		if _, err := s.AddDocument(ctx, d); err != nil {
			panic(err)
		}
	}
	res, _ := queries.Run(ctx, s, "roles", map[string]string{"person": "Ines Kahl", "org": "Talvik"}, queries.RunOptions{})
	for _, r := range res.Rows {
		fmt.Println(r["date"], r["status"], r["title"], "at", r["org"])
	}
	// Output:
	// 2025-03-10 incoming chief executive at Talvik Oy
	// 2025-06-02 current ceo at Talvik Oy
	// 2025-10-20 former chief executive officer at Talvik Oy
}
