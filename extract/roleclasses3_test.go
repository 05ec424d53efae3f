package extract

import "testing"

// TestRoleTitleOpensSentence: a lower-case corporate title before the name
// whose first word is capitalised only because it opens the sentence
// ("Chief executive X said"), and a corporate title with no employer named
// beside it, which is the company the story is about.
func TestRoleTitleOpensSentence(t *testing.T) {
	const story = "Talvik Foods Ltd. said on Monday its profit rose in Latvia. "
	checkRoles(t, []roleCase{
		{name: "chief executive opens", text: story + "Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: "Talvik Foods Ltd."},
		{name: "interim, three words", text: story + "Interim finance director Susan Hale will leave in May.",
			person: "Susan Hale", title: "interim finance director", org: "Talvik Foods Ltd."},
		{name: "co-founder mid-sentence", text: story + "The company said co-founder Laura Finch would become chair.",
			person: "Laura Finch", title: "co-founder", org: "Talvik Foods Ltd."},
		{name: "not the word alone", text: story + "Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "executive", org: "", not: true},
		{name: "no company in the story", text: "Rain fell in Norway. Chief executive Peter Vance said exports grew.",
			person: "Peter Vance", title: "chief executive", org: ""},
	})
}
