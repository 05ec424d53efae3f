package extract

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestNameTrieSimilarTo checks that a search in the trie finds exactly the
// stored names that similar accepts, with their entities: a name the
// search prunes away would be a spelling variant that coreference misses.
func TestNameTrieSimilarTo(t *testing.T) {
	stored := []string{"zelensky", "zelenskyy", "zelenskiy", "dmitry", "dmitriy", "putin", "morrow", "marrow",
		"weston", "westonhall", "ab", "abc", "abcd", "musk", "vladimir putin", "olena hrytsenko", "rogozin", "путин"}
	var tr nameTrie
	for i, w := range stored {
		tr.add(w, i, 1)
	}
	tr.add("putin", 100, 2) // a second entity of the same name
	tests := []struct {
		name, q string
		want    []int32
	}{
		{"same name, every entity", "putin", []int32{5, 100}},
		{"one letter more", "zelenskyyy", []int32{0, 1, 2}},
		{"one letter changed", "dmitri", []int32{3, 4}},
		{"one edit in six letters", "morraw", []int32{6}},
		{"transliteration", "vladimir putim", []int32{14}},
		{"one edit in four letters", "abd", []int32{12}}, // abcd
		{"names under four letters must be equal", "abx", nil},
		{"too far", "morton", nil},
		{"other script", "путин", []int32{17}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int32
			tr.similarTo(tt.q, func(es []trieEnt) {
				for _, e := range es {
					got = append(got, e.ent)
				}
			})
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) {
				t.Errorf("similarTo(%q) = %v, want %v", tt.q, got, want)
			}
		})
	}
}

// TestNameTrieMatchesSimilar compares the trie with similar on many names
// and edited copies of them.
func TestNameTrieMatchesSimilar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	letters := []rune("abcdeilmnorstuyz")
	word := func() string {
		w := make([]rune, 3+r.IntN(12))
		for i := range w {
			w[i] = letters[r.IntN(len(letters))]
		}
		return string(w)
	}
	edit := func(w string) string {
		rs := []rune(w)
		for range r.IntN(5) {
			i := r.IntN(len(rs) + 1)
			switch r.IntN(3) {
			case 0:
				rs = slices.Insert(rs, i, letters[r.IntN(len(letters))])
			case 1:
				if i < len(rs) {
					rs = slices.Delete(rs, i, i+1)
				}
			default:
				if i < len(rs) {
					rs[i] = letters[r.IntN(len(letters))]
				}
			}
		}
		return string(rs)
	}
	var tr nameTrie
	var stored []string
	for i := range 400 {
		w := word()
		if i%3 > 0 && len(stored) > 0 {
			w = edit(stored[r.IntN(len(stored))])
		}
		stored = append(stored, w)
		tr.add(w, i, 1)
	}
	for range 600 {
		q := edit(stored[r.IntN(len(stored))])
		var got, want []int32
		tr.similarTo(q, func(es []trieEnt) {
			for _, e := range es {
				got = append(got, e.ent)
			}
		})
		for i, w := range stored {
			if w != "" && similar(q, w) {
				want = append(want, int32(i))
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Fatalf("similarTo(%q) = %v, want %v", q, got, want)
		}
	}
}
