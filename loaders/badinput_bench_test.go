package loaders_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
)

// BenchmarkExtractQuotes runs an article with many quotation marks through
// the loader and the extractor, at three sizes, so that the time per
// article shows how extraction grows with them: twice the quotes should
// take twice the time.
//
//	go test -run XXX -bench ExtractQuotes -benchtime 1x ./loaders/
func BenchmarkExtractQuotes(b *testing.B) {
	shapes := []struct{ name, unit string }{
		{"one-sentence", `He said "yes" and `},                   // 2 marks per unit, no full stop
		{"sentences", `Nadia Petrenko said: "We will fix it." `}, // a statement per unit
		{"bare", `""`},
	}
	x := extract.New()
	for _, shape := range shapes {
		for _, marks := range []int{12500, 25000, 50000} {
			text := "date 2025-01-02\n" + strings.Repeat(shape.unit, marks/2) + "\n"
			b.Run(fmt.Sprintf("%s/%d", shape.name, marks), func(b *testing.B) {
				for b.Loop() {
					arts := loaders.Articles(context.Background(), []string{"-"}, loaders.Options{Stdin: strings.NewReader(text)})
					for _, err := range loaders.Extract(context.Background(), arts, x, 1) {
						if err != nil {
							b.Fatal(err)
						}
					}
				}
			})
		}
	}
}
