package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseSynset(t *testing.T) {
	// The layout of data.noun and data.verb (wndb(5WN)), with made-up
	// offsets.
	s, err := parseSynset("00000010 18 n 02 worker 0 Worker 1 003 @ 00000001 n 0000 ~ 00000020 n 0000 ~i 00000030 n 0000 | a person who works")
	if err != nil {
		t.Fatal(err)
	}
	if s.offset != "00000010" || s.lexFile != 18 || !reflect.DeepEqual(s.words, []string{"worker", "Worker"}) || !reflect.DeepEqual(s.hypo, []string{"00000020"}) {
		t.Errorf("parseSynset = %+v", s)
	}
	v, err := parseSynset("00000040 32 v 01 warn 0 002 ~ 00000050 v 0000 ;u 00000060 n 0000 03 + 08 00 + 26 00 + 09 00 | notify of danger")
	if err != nil {
		t.Fatal(err)
	}
	if !v.thatClause || !reflect.DeepEqual(v.usage, []string{"00000060"}) {
		t.Errorf("parseSynset(verb) = %+v, want frame 26 and a usage domain", v)
	}
	for _, bad := range []string{"", "00000010 18 n", "00000010 18 n zz worker 0 000 | x", "00000010 18 n 01 worker 0 009 @ 1 n 0000 | x"} {
		if _, err := parseSynset(bad); err == nil {
			t.Errorf("parseSynset(%q) accepted", bad)
		}
	}
}

func TestParseIndex(t *testing.T) {
	lemma, offs, err := parseIndex("worker n 2 2 @ ~ 2 1 00000010 00000070")
	if err != nil || lemma != "worker" || !reflect.DeepEqual(offs, []string{"00000010", "00000070"}) {
		t.Errorf("parseIndex = %q, %v, %v", lemma, offs, err)
	}
}

// TestSelection: a made-up database where "father" names both a kin and a
// founder, "aussie" is slang, "Democrat" is capitalised and "Prime
// Minister" is a capitalised phrase with a kept head.
func TestSelection(t *testing.T) {
	db := &database{synsets: map[string]*synset{}, senses: map[string][]string{}}
	add := func(off string, lex int, words []string, hypo ...string) {
		db.synsets[off] = &synset{offset: off, lexFile: lex, words: words, hypo: hypo}
		for _, w := range words {
			l := strings.ToLower(w)
			db.senses[l] = append(db.senses[l], off)
		}
	}
	add("1", 18, []string{"leader"}, "2", "3", "5", "6", "7")
	add("2", 18, []string{"minister"}, "8")
	add("4", 18, []string{"relative"}, "9")
	add("9", 18, []string{"father"})
	add("3", 18, []string{"founder", "father"})
	add("5", 18, []string{"Democrat"})
	add("6", 18, []string{"aussie"})
	db.synsets["6"].usage = []string{"slang"}
	add("7", 18, []string{"CEO"})
	add("8", 18, []string{"Prime_Minister"})
	got := selection(db, rules{lex: 18, roots: []string{"1"}, excluded: []string{"4"}, bad: map[string]bool{"slang": true}, acronyms: true, phrases: true})
	want := []string{"ceo", "founder", "leader", "minister", "prime minister"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("selection = %q, want %q", got, want)
	}
}

func TestInflect(t *testing.T) {
	exc := map[string][]string{"say": {"said"}, "tell": {"told"}, "admit": {"admitted", "admitting"}}
	tests := []struct {
		lemma, third string
		past         []string
	}{
		{"say", "says", []string{"said"}},
		{"tell", "tells", []string{"told"}},
		{"admit", "admits", []string{"admitted"}},
		{"warn", "warns", []string{"warned"}},
		{"deny", "denies", []string{"denied"}},
		{"stress", "stresses", []string{"stressed"}},
		{"note", "notes", []string{"noted"}},
		{"forecast", "forecasts", []string{"forecast"}},
		{"point out", "points out", []string{"pointed out"}},
		{"say", "says", []string{"said"}},
	}
	for _, tt := range tests {
		v := inflect(tt.lemma, exc)
		if v.third != tt.third || !reflect.DeepEqual(v.past, tt.past) {
			t.Errorf("inflect(%q) = %q, %q; want %q, %q", tt.lemma, v.third, v.past, tt.third, tt.past)
		}
	}
}

func TestHeadWord(t *testing.T) {
	for in, want := range map[string]string{"secretary_of_state": "secretary", "prime_minister": "minister", "ceo": "ceo"} {
		if got := headWord(in); got != want {
			t.Errorf("headWord(%q) = %q, want %q", in, got, want)
		}
	}
}
