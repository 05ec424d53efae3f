package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// benchText is a made-up article in news style.
const benchText = `Veltrix CEO Dana Morrow said on Monday that the company would open a plant in Norway. "We are ready to grow," Ms. Morrow said. Brazilian President Paulo Andrade welcomed the plan, according to a statement. Karl Weston, chairman of Dunmore Mills Inc., said the deal "changes the market for everyone." Shares of Palworth Corp. fell 3% in New York. Analysts at Brindle & Marsh expect Americans and Canadians to buy more. The Ministry of Coastal Affairs has announced that it will review the deal. "It is a good day," Morrow added. Mr. Weston declined to comment further. Greta Holm, an analyst with Quorvant Group Ltd., said prices might rise.
`

func BenchmarkExtract(b *testing.B) {
	x := New()
	text := strings.Repeat(benchText, 20)
	words := len(strings.Fields(text))
	a := schema.Article{ID: "bench", Date: "2023-01-01", Text: text}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		x.Extract(a)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
