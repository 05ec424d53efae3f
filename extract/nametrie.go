package extract

// nameTrie holds lower-case names of an article's entities so that the
// spelling variants of a word (see similar) can be found without comparing
// it with every name: a long article names thousands of people, and every
// capitalised word is looked up.
type nameTrie struct {
	nodes []trieNode // nodes[0] is the root
	rows  []int      // scratch space for the edit-distance rows of one search
}

type trieNode struct {
	r    rune
	kids []int32 // indices into nodes
	word string  // the name ending here, "" if none
	ents []trieEnt
}

// trieEnt is an entity with a name: its index and its number of words.
type trieEnt struct{ ent, words int32 }

func (t *nameTrie) add(word string, ent, words int) {
	if word == "" {
		return
	}
	if t.nodes == nil {
		t.nodes = make([]trieNode, 1, 64)
	}
	n := int32(0)
	for _, r := range word {
		next := int32(-1)
		for _, k := range t.nodes[n].kids {
			if t.nodes[k].r == r {
				next = k
				break
			}
		}
		if next < 0 {
			next = int32(len(t.nodes))
			t.nodes = append(t.nodes, trieNode{r: r})
			t.nodes[n].kids = append(t.nodes[n].kids, next)
		}
		n = next
	}
	t.nodes[n].word = word
	t.nodes[n].ents = append(t.nodes[n].ents, trieEnt{int32(ent), int32(words)})
}

// similarTo calls fn with the entities of every name similar to q, one name
// at a time. A search visits only the prefixes within reach of q: similar
// names are at most a third of either name's length apart in edits (the
// distance is at most a quarter of the longer, which is then at most a
// third longer than the shorter), so a prefix more than len(q)/3 edits from
// every prefix of q starts no similar name.
func (t *nameTrie) similarTo(q string, fn func([]trieEnt)) {
	if len(t.nodes) == 0 {
		return
	}
	qr := []rune(q)
	k := len(qr) / 3
	width := len(qr) + 1
	depth := len(qr) + k + 1 // deeper prefixes are more than k edits from q
	if need := width * (depth + 1); cap(t.rows) < need {
		t.rows = make([]int, need)
	}
	rows := t.rows[:width*(depth+1)]
	for j := range width {
		rows[j] = j
	}
	var walk func(n int32, d int)
	walk = func(n int32, d int) {
		node := &t.nodes[n]
		prev, row := rows[(d-1)*width:d*width], rows[d*width:(d+1)*width]
		row[0] = d
		best := d
		for j := 1; j < width; j++ {
			c := 1
			if qr[j-1] == node.r {
				c = 0
			}
			row[j] = min(prev[j]+1, row[j-1]+1, prev[j-1]+c)
			best = min(best, row[j])
		}
		if node.word != "" && row[width-1] <= k && similar(q, node.word) {
			fn(node.ents)
		}
		if best > k || d == depth {
			return
		}
		for _, kid := range node.kids {
			walk(kid, d+1)
		}
	}
	for _, kid := range t.nodes[0].kids {
		walk(kid, 1)
	}
}
