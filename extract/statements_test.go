package extract

import (
	"fmt"
	"slices"
	"testing"
)

// One table per class of sentences the statement stage reads (issue 12,
// point 3). The sentences are made up; each class has negatives.

type stmtCase struct {
	name, text string
	want       []string // speaker | text | indirect
}

func runStmtCases(t *testing.T, tests []stmtCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range findStatements(resolvedView(tt.text), "2024-01-01") {
				got = append(got, fmt.Sprintf("%s|%s|%v", s.Speaker, s.Text, s.Indirect))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("findStatements(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// A quotation split by its attribution, or run on in the same paragraph,
// is one statement; a new quoted paragraph is a statement of its own.
func TestSplitQuotations(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"split by said X", "\"The harbour will stay open all winter,\" Ingrid Moberg said. \"We have enough tugs for that.\"",
			[]string{"Ingrid Moberg|The harbour will stay open all winter … We have enough tugs for that.|false"}},
		{"split by said X with a comma", "\"Prices are falling fast,\" said Tomas Ek, \"and nobody knows where they will stop.\"",
			[]string{"Tomas Ek|Prices are falling fast … and nobody knows where they will stop.|false"}},
		{"present tense, two sentences after", "\"Nobody here wants a strike,\" she says. \"But the offer is too low. We will vote on Friday.\"",
			nil}, // no one named: nothing
		{"profile, she says", "Karin Dahl runs the mill. \"Nobody here wants a strike,\" she says. \"But the offer is too low. We will vote on Friday.\"",
			[]string{"Karin Dahl|Nobody here wants a strike … But the offer is too low. We will vote on Friday.|false"}},
		{"new paragraph: its own statement", "\"The mill has work until March,\" said Karin Dahl.\n\n\"After that we will see what the owners decide.\"",
			[]string{"Karin Dahl|The mill has work until March|false", "Karin Dahl|After that we will see what the owners decide.|false"}},
		{"two speakers stay apart", "\"The mill has work until March,\" said Karin Dahl. \"We will not close it this year,\" said Olav Brun.",
			[]string{"Karin Dahl|The mill has work until March|false", "Olav Brun|We will not close it this year|false"}},
	})
}
