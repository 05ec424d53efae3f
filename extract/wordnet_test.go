package extract

import (
	"strings"
	"testing"
)

func TestWordnetLists(t *testing.T) {
	l := newWordnetLists()
	tests := []struct {
		list string
		set  map[string]bool
		word string
		want bool
	}{
		{"occupations", l.occupations, "virologist", true},
		{"occupations", l.occupations, "novelist", true},
		{"occupations", l.occupations, "composer", true},
		{"occupations", l.occupations, "economist", true},
		{"occupations", l.occupations, "prime minister", true},
		{"occupations", l.occupations, "chief executive officer", true},
		{"occupations", l.occupations, "ceo", true},
		{"occupations", l.occupations, "chancellor", true},
		{"occupations", l.occupations, "mother", false},   // kinship
		{"occupations", l.occupations, "father", false},   // kinship first, though a founder is a "father"
		{"occupations", l.occupations, "friend", false},   // relationship
		{"occupations", l.occupations, "democrat", false}, // party member: an affiliation
		{"occupations", l.occupations, "student", false},
		{"orgheads", l.orgHeads, "federation", true},
		{"orgheads", l.orgHeads, "ministry", true},
		{"orgheads", l.orgHeads, "university", true},
		{"orgheads", l.orgHeads, "union", true},
		{"orgheads", l.orgHeads, "party", true},
		{"orgheads", l.orgHeads, "family", false},
		{"orgheads", l.orgHeads, "nato", false}, // a name, not a head noun
	}
	for _, tt := range tests {
		if got := tt.set[tt.word]; got != tt.want {
			t.Errorf("%q in %s = %v, want %v", tt.word, tt.list, got, tt.want)
		}
	}
	for form, lemma := range map[string]string{
		"insist": "insist", "insists": "insist", "insisted": "insist", "said": "say", "says": "say", "told": "tell",
		"warned": "warn", "denied": "deny", "added": "add", "admitted": "admit", "pointed out": "point out",
	} {
		if got := l.speechVerbs[form]; got != lemma {
			t.Errorf("speech verb %q = %q, want %q", form, got, lemma)
		}
	}
	for _, w := range []string{"will", "move", "run", "walk"} {
		if _, ok := l.speechVerbs[w]; ok {
			t.Errorf("%q is listed as a speech verb", w)
		}
	}
}

// TestWordnetHeaders: every list names its origin, licence and command.
func TestWordnetHeaders(t *testing.T) {
	for name, text := range map[string]string{"occupations": occupationsTXT, "orgheads": orgHeadsTXT, "speechverbs": speechVerbsTXT} {
		for _, want := range []string{"WordNet 3.0", "wordnet-base 1:3.0", "Princeton University", "WordNet 3.0 Copyright 2006 by Princeton University", "go run ./extract/internal/genwordnet"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s.txt header lacks %q", name, want)
			}
		}
	}
}
