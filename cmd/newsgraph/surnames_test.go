package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// surnameCorpus writes n short made-up articles as JSON lines in which
// people are named in full in some articles and by surname alone in
// others, and several people share a surname ("Curry" is Richard Curry
// while he is the only Curry stored, and nobody once Tomas Curry is), so
// what a surname resolves to depends on the articles before it. The same n
// always gives the same bytes.
func surnameCorpus(tb testing.TB, n int) []byte {
	tb.Helper()
	given := []string{"Richard", "Tomas", "Ines", "Wanjiru", "Pavel", "Leila", "Marta"}
	family := []string{"Curry", "Okafor", "Brandt", "Moreau", "Quill", "Haldane"}
	companies := []string{"Veltrix Corp", "Harrowgate Logistics", "Nordvik Energy", "Sable Mining"}
	places := []string{"Kenya", "Germany", "Brazil", "Japan", "Canada"}
	r := rand.New(rand.NewPCG(13, uint64(n)))
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for i := range n {
		g, f := given[r.IntN(len(given))], family[r.IntN(len(family))]
		co, place := companies[r.IntN(len(companies))], places[r.IntN(len(places))]
		var text string
		switch r.IntN(3) {
		case 0:
			text = fmt.Sprintf("%s CEO %s %s said on Monday that the company would open an office in %s.\n\n\"We are ready,\" %s said.", co, g, f, place, f)
		case 1:
			text = fmt.Sprintf("%s, the chief executive of %s, met officials in %s on Tuesday.\n\n\"Talks went well,\" %s said afterwards.", g+" "+f, co, place, f)
		default:
			text = fmt.Sprintf("%s said on Wednesday that %s would not comment on the deal in %s.\n\n\"Nothing is signed,\" %s told reporters.", f, co, place, f)
		}
		err := enc.Encode(map[string]string{
			"id": fmt.Sprintf("sn-%05d", i), "date": day.AddDate(0, 0, i%400).Format("2006-01-02"),
			"title": fmt.Sprintf("Report %d", i), "source": "Example Wire", "text": text,
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}
