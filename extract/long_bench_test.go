package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// BenchmarkExtractLong runs long articles through the extractor, so that
// the speed (MB/s) shows how extraction grows with the length of an
// article: it should stay about the same from 64 KiB to 8 MiB.
//
//	go test -run XXX -bench ExtractLong -benchtime 1x ./extract/
//
// The news articles are digests of short made-up stories that each bring
// people and companies of their own, the worst case for the passes over
// the whole document (coreference, the person or company in focus);
// quotes is one sentence with 50,000 quote marks, statements 25,000
// quoted statements.
func BenchmarkExtractLong(b *testing.B) {
	x := New()
	cases := []struct {
		name string
		text func() string
	}{
		{"news/64KiB", func() string { return newsText(64 << 10) }},
		{"news/1MiB", func() string { return newsText(1 << 20) }},
		{"news/4MiB", func() string { return newsText(4 << 20) }},
		{"news/8MiB", func() string { return newsText(8 << 20) }},
		{"quotes/50k", func() string { return strings.Repeat(`He said "yes" and `, 25000) }},
		{"statements/25k", func() string { return strings.Repeat(`Nadia Petrenko said: "We will fix it." `, 25000) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			text := c.text()
			a := schema.Article{ID: "long", Date: "2023-01-01", Text: text}
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for b.Loop() {
				x.Extract(a)
			}
		})
	}
}

// newsText makes about size bytes of stories in news style. The names come
// from a seeded generator, so the text is the same on every run.
func newsText(size int) string {
	r := rand.New(rand.NewPCG(1, uint64(size)))
	syll := []string{"mor", "row", "ven", "tal", "bri", "dal", "kes", "lin", "gor", "pha", "ruz", "ost", "wen", "cal",
		"dor", "mik", "sel", "tro", "van", "zel", "hal", "bre", "nik", "qua", "ser", "pol", "ard", "lux", "fen", "gra"}
	given := []string{"Dana", "Karl", "Greta", "Paulo", "Ada", "Takuya", "Lena", "Oskar", "Maria", "Tomas", "Ingrid",
		"Rafael", "Helen", "Victor", "Nadia", "George", "Irene", "Samuel", "Olga", "Peter"}
	countries := []string{"Norway", "Brazil", "Japan", "Germany", "Canada", "Kenya", "Chile", "Poland", "India", "Egypt"}
	demonyms := []string{"Norwegian", "Brazilian", "Japanese", "German", "Canadian", "Kenyan", "Chilean", "Polish"}
	cities := []string{"New York", "Chicago", "London", "Tokyo", "Paris"}
	name := func(syllables int) string {
		var sb strings.Builder
		for range syllables {
			sb.WriteString(syll[r.IntN(len(syll))])
		}
		w := sb.String()
		return strings.ToUpper(w[:1]) + w[1:]
	}
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	var sb strings.Builder
	for sb.Len() < size {
		ceo, ceoGiven := name(2+r.IntN(2)), pick(given)
		chair, analyst := name(2+r.IntN(2)), name(2+r.IntN(2))
		president := name(3)
		co, co2, co3 := name(2), name(2), name(2)
		ministry := name(2)
		fmt.Fprintf(&sb, "%s CEO %s %s said on Monday that the company would open a plant in %s. ", co, ceoGiven, ceo, pick(countries))
		fmt.Fprintf(&sb, "\"We are ready to grow,\" %s said. ", ceo)
		fmt.Fprintf(&sb, "%s President %s %s welcomed the plan, according to a statement. ", pick(demonyms), pick(given), president)
		fmt.Fprintf(&sb, "%s %s, chairman of %s Mills Inc., said the deal \"changes the market for everyone.\" ", pick(given), chair, co2)
		fmt.Fprintf(&sb, "Shares of %s Corp. fell %d%% in %s. ", co3, 1+r.IntN(9), pick(cities))
		fmt.Fprintf(&sb, "The Ministry of %s Affairs has announced that it will review the deal. ", ministry)
		fmt.Fprintf(&sb, "\"It is a good day,\" %s added. He said the plant would hire %d people. ", ceo, 100+r.IntN(900))
		fmt.Fprintf(&sb, "Mr. %s declined to comment further. ", chair)
		fmt.Fprintf(&sb, "%s %s, an analyst with %s Group Ltd., said prices might rise.\n\n", pick(given), analyst, co)
	}
	return sb.String()
}
