package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestRoleHolderDied: the posts of a person whose death the article
// reports are past, whatever tense states them (obituaries).
func TestRoleHolderDied(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "appositive, died", text: "Ivo Brandt, chairman of Dorn Foods Ltd., died on Friday at his home in Estonia. He was 80.",
			person: "Ivo Brandt", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusFormer},
		{name: "relative clause before died", text: "Lena Hoff, who built Lumen Analytics GmbH into a giant, has died. Lena Hoff was president of Lumen Analytics GmbH.",
			person: "Lena Hoff", title: "president", org: "Lumen Analytics GmbH", status: schema.StatusFormer},
		{name: "death in another sentence", text: "Anna Berg died in Riga on Tuesday. Berg, the chief executive of Talvik Foods Ltd., built its export trade in Latvia.",
			person: "Anna Berg", title: "chief executive", org: "Talvik Foods Ltd.", status: schema.StatusFormer},
		{name: "killed", text: "Tom Reyes, chairman of Arco Holdings Inc., was killed in a crash in Chile on Sunday.",
			person: "Tom Reyes", title: "chairman", org: "Arco Holdings Inc.", status: schema.StatusFormer},
		{name: "dies, headline", text: "Mara Lind, president of Arlo Freight Inc., dies at 91\n\nThe company said she died in Norway.",
			person: "Mara Lind", title: "president", org: "Arlo Freight Inc.", status: schema.StatusFormer},
		{name: "someone else died", text: "Mara Lind, chairman of Arlo Freight Inc., said her predecessor died last year.",
			person: "Mara Lind", title: "chairman", org: "Arlo Freight Inc.", status: schema.StatusCurrent},
		{name: "the holder speaks of a death", text: "Ivo Brandt, chairman of Dorn Foods Ltd., said Anna Berg died in Latvia.",
			person: "Ivo Brandt", title: "chairman", org: "Dorn Foods Ltd.", status: schema.StatusCurrent},
	})
}
