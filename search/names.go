package search

import (
	"sort"
	"strings"
)

// prefixEntry is a word-start suffix of an entity's ng:key: "ada okafor"
// gives "ada okafor" and "okafor", so typing either finds Ada Okafor.
type prefixEntry struct {
	text   string
	entity int
	exact  bool // the suffix is the whole key
}

func (c *Catalog) indexNames() {
	for i, e := range c.Entities {
		keys := append([]string{}, e.Keys...)
		keys = append(keys, tokensJoined(e.Name))
		for _, k := range keys {
			words := strings.Fields(k)
			for w := range words {
				c.prefixes = append(c.prefixes, prefixEntry{strings.Join(words[w:], " "), i, w == 0})
			}
		}
	}
	sort.Slice(c.prefixes, func(i, j int) bool { return c.prefixes[i].text < c.prefixes[j].text })
}

func tokensJoined(s string) string { return strings.Join(tokens(s), " ") }

// LookupPrefix returns up to n entities one of whose names or aliases has
// a word starting with prefix (normalised as ng:key is), best first: exact
// names, then whole-name prefixes, then the most mentioned.
func (c *Catalog) LookupPrefix(prefix string, n int) []int {
	p := tokensJoined(prefix)
	if p == "" {
		return nil
	}
	rank := map[int]int{} // lower is better
	i := sort.Search(len(c.prefixes), func(i int) bool { return c.prefixes[i].text >= p })
	for ; i < len(c.prefixes) && strings.HasPrefix(c.prefixes[i].text, p); i++ {
		e := c.prefixes[i]
		r := 2
		switch {
		case e.exact && e.text == p:
			r = 0
		case e.exact:
			r = 1
		}
		if old, ok := rank[e.entity]; !ok || r < old {
			rank[e.entity] = r
		}
	}
	ids := make([]int, 0, len(rank))
	for id := range rank {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		ea, eb := &c.Entities[ids[a]], &c.Entities[ids[b]]
		if rank[ids[a]] != rank[ids[b]] {
			return rank[ids[a]] < rank[ids[b]]
		}
		if len(ea.Articles) != len(eb.Articles) {
			return len(ea.Articles) > len(eb.Articles)
		}
		return ea.Name < eb.Name
	})
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}
