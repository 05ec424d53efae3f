package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// ref names a synset by lemma and WordNet sense number ("worker" 1 is
// worker.n.01), with the reason it is there.
type ref struct {
	lemma string
	sense int
	why   string
}

// occupationRoots are the noun.person synsets whose hyponyms name what a
// person does for a living or the post they hold. person itself is not a
// root: most of noun.person is kinship, character, belief or origin.
var occupationRoots = []ref{
	{"worker", 1, "people by the work they do: employee, skilled worker (official, diplomat, judge, serviceman), labourer"},
	{"professional", 1, "the learned professions: lawyer, physician, educator, accountant"},
	{"leader", 1, "people who lead: head, administrator, executive, minister, politician, presiding officer (chairman), coach"},
	{"expert", 1, "adviser, authority, specialist"},
	{"scientist", 1, "virologist, economist, physicist: many occupations sit only under scientist"},
	{"creator", 2, "artist, musician, composer, architect, founder (originator)"},
	{"writer", 1, "novelist, journalist, poet, columnist"},
	{"reporter", 1, "reporter, newsman: under communicator, which is too broad (talker, liar)"},
	{"entertainer", 1, "performer, actor, singer, comedian"},
	{"engineer", 1, "applied scientists and technologists"},
	{"athlete", 1, "sportspeople, the posts of sports news (striker, goalkeeper)"},
	{"spokesperson", 1, "spokesman, spokeswoman, voice of an organisation"},
	{"representative", 1, "delegate, envoy, head of state (president)"},
	{"negotiator", 1, "mediator, representative in talks"},
	{"legislator", 1, "senator, congressman, member of parliament"},
	{"capitalist", 2, "businessperson, financier, banker, investor, industrialist, trader"},
	{"money_handler", 1, "treasurer, cashier, financial officer"},
}

// occupationExcluded are noun.person synsets whose hyponyms never count,
// even where a root reaches them, nor do words whose first person sense is
// among them ("father", "mother", "sister"): kinship, relationships and
// residents (demonyms).
var occupationExcluded = []ref{
	{"relative", 1, "kinship: mother, father, sister, spouse, partner"},
	{"lover", 1, "relationships: lover"},
	{"lover", 3, "relationships: significant other"},
	{"friend", 1, "relationships: friend"},
	{"friend", 3, "relationships: acquaintance"},
	{"inhabitant", 1, "residents and natives, where the demonyms are"},
}

// orgHeadRoots are the noun.group synsets whose hyponyms are kinds of
// organisation, the head nouns of organisation names ("Kenya Space
// *Agency*", "Tallinn *University*", "the *federation*").
var orgHeadRoots = []ref{
	{"organization", 1, "a group of people who work together: institution, company, agency, union, party, association, club, league"},
	{"institution", 1, "founded for a purpose: university, foundation, bank, hospital, church"},
	{"government", 1, "governing authorities: ministry, administration, regime"},
	{"court", 1, "courts and tribunals"},
	{"committee", 1, "committees and commissions"},
	{"council", 1, "councils serving in an administrative capacity"},
	{"union", 7, "political unions of previously independent parts"},
	{"federation", 2, "confederations of political organisations"},
	{"league", 2, "leagues of states or organisations"},
	{"legislature", 1, "parliaments, assemblies, senates, congresses"},
}

// orgHeadExcluded are noun.group synsets below organization that are no
// organisations in news: WordNet files the family under social unit.
var orgHeadExcluded = []ref{
	{"family", 1, "household"},
	{"family", 2, "family unit"},
	{"family", 4, "kin"},
}

// speechRoots are the verb.communication synsets whose hyponyms report
// speech: the verbs of "X said", "X warned that…", "X denied…".
var speechRoots = []ref{
	{"say", 1, "state, say, tell: express in words"},
	{"say", 2, "allege, aver"},
	{"tell", 2, "let something be known"},
	{"tell", 6, "assure"},
	{"announce", 1, "make known"},
	{"announce", 2, "announce publicly, declare"},
	{"declare", 1, "state emphatically"},
	{"declare", 3, "state firmly"},
	{"assert", 1, "state categorically, maintain"},
	{"assert", 2, "affirm, avow"},
	{"claim", 1, "assert or affirm strongly"},
	{"deny", 1, "declare untrue"},
	{"warn", 1, "notify of danger"},
	{"warn", 4, "notify in advance"},
	{"caution", 1, "warn strongly"},
	{"insist", 1, "be emphatic"},
	{"argue", 1, "present reasons"},
	{"explain", 1, "make plain"},
	{"add", 2, "state or say further"},
	{"note", 1, "observe, mention, remark"},
	{"comment", 1, "remark, point out"},
	{"urge", 2, "recommend, advocate"},
	{"stress", 1, "emphasize"},
	{"answer", 1, "reply, respond"},
	{"admit", 1, "acknowledge"},
	{"concede", 1, "confess"},
	{"predict", 1, "foretell"},
	{"complain", 1, "express discontent"},
	{"suggest", 1, "propose"},
	{"suggest", 3, "imply as a possibility"},
	{"accuse", 1, "bring an accusation"},
	{"accuse", 2, "charge, blame"},
	{"report", 1, "give an account in words"},
	{"report", 2, "announce as a finding"},
	{"reiterate", 1, "repeat"},
	{"confirm", 2, "reassert"},
}

// speechExcluded are verbs below the roots that a reader of news never
// takes for a report of speech.
var speechExcluded = []ref{
	{"will", 1, "decree or ordain: its spelling is the modal verb's"},
}

// badUsage are the usage domains whose words are never listed: slurs and
// slang are no job titles.
var badUsage = []ref{
	{"disparagement", 1, "disparaging words"},
	{"ethnic_slur", 1, "ethnic slurs"},
	{"obscenity", 1, "obscene words"},
	{"slang", 2, "slang, cant, jargon"},
}

// lemmas returns the lemmas that name refs.
func lemmas(refs []ref) map[string]bool {
	out := map[string]bool{}
	for _, r := range refs {
		out[r.lemma] = true
	}
	return out
}

// resolve turns refs into synset offsets.
func resolve(db *database, refs []ref) ([]string, error) {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		o, err := db.sense(r.lemma, r.sense)
		if err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// rules say which lemmas a selection keeps.
type rules struct {
	lex               int             // lexicographer file
	roots, excluded   []string        // synset offsets
	bad               map[string]bool // usage domains never listed
	anySense          bool            // a lemma counts when any sense in lex is below roots, not just the first
	acronyms, phrases bool            // keep acronyms (CEO); keep capitalised phrases with a kept head (Prime Minister)
	// thatClause keeps, below the roots, only the verbs that take a
	// that-clause (frame 26): "warn that", not "call back" or "will".
	thatClause bool
	// firstOverall counts a lemma only when its most frequent sense of
	// all is in lex ("move" is a motion before it is "make a motion"),
	// except the lemmas that name a root ("add": state further).
	firstOverall bool
	named        map[string]bool
}

// selection picks the lemmas of lexicographer file r.lex whose first sense
// in that file (any sense, with r.anySense) lies below the roots and not
// below the excluded synsets, is not in a bad usage domain, and is spelt in
// lower case. A capitalised spelling is a name, a demonym or a party
// ("Democrat", "Pontius Pilate"), except, when asked, an acronym ("CEO")
// and a phrase whose head word is itself kept ("Prime Minister",
// "Secretary of State"). Lemmas come back sorted, with spaces for '_'.
func selection(db *database, r rules) []string {
	in, out := db.below(r.roots), db.below(r.excluded)
	if r.thatClause {
		isRoot := map[string]bool{}
		for _, o := range r.roots {
			isRoot[o] = true
		}
		for o := range in {
			if s := db.synsets[o]; !isRoot[o] && (s == nil || !s.thatClause) {
				delete(in, o)
			}
		}
	}
	kept := map[string]bool{}
	var capitalised []string
	for lemma := range db.senses {
		s := db.senseIn(lemma, r.lex, r.anySense || r.named[lemma], in)
		if r.firstOverall && !r.named[lemma] && s != nil && db.senses[lemma][0] != s.offset {
			continue
		}
		if s == nil || !in[s.offset] || out[s.offset] || inBadUsage(s, r.bad) {
			continue
		}
		switch sp := s.spelling(lemma); {
		case sp == lemma, r.acronyms && acronym(sp), db.spelt(lemma, r.lex, in):
			kept[lemma] = true
		case r.phrases && strings.Contains(lemma, "_"):
			capitalised = append(capitalised, lemma)
		}
	}
	for _, lemma := range capitalised {
		if kept[headWord(lemma)] {
			kept[lemma] = true
		}
	}
	lemmas := make([]string, 0, len(kept))
	for l := range kept {
		lemmas = append(lemmas, strings.ReplaceAll(l, "_", " "))
	}
	sort.Strings(lemmas)
	return lemmas
}

// headWord is the head of a noun phrase: the word before "of" ("secretary
// of state"), else the last.
func headWord(lemma string) string {
	words := strings.Split(lemma, "_")
	for i, w := range words {
		if w == "of" && i > 0 {
			return words[i-1]
		}
	}
	return words[len(words)-1]
}

func inBadUsage(s *synset, bad map[string]bool) bool {
	for _, u := range s.usage {
		if bad[u] {
			return true
		}
	}
	return false
}

func acronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// verbForms are a verb's third person singular and past forms.
type verbForms struct {
	lemma, third string
	past         []string
}

// inflect gives the forms of a verb lemma ("point out": "points out",
// "pointed out"): the past from the exceptions list where it has one (said,
// told, admitted: the doubled consonants are listed there), else by the
// regular rule; the inflection goes on the first word.
func inflect(lemma string, exc map[string][]string) verbForms {
	head, rest, _ := strings.Cut(lemma, " ")
	if rest != "" {
		rest = " " + rest
	}
	v := verbForms{lemma: lemma, third: thirdPerson(head) + rest}
	for _, f := range exc[head] {
		if !strings.HasSuffix(f, "ing") && f != thirdPerson(head) {
			v.past = append(v.past, f+rest)
		}
	}
	if len(v.past) == 0 {
		p := regularPast(head)
		if zeroPast[head] {
			p = head
		}
		v.past = []string{p + rest}
	}
	return v
}

// zeroPast are the verbs whose past is the base form. WordNet's exception
// list leaves them out, since it lists only forms that differ from the
// base, so the regular rule would write "puted".
var zeroPast = map[string]bool{
	"put": true, "set": true, "let": true, "cut": true, "hit": true, "shut": true, "quit": true, "burst": true,
	"cast": true, "broadcast": true, "forecast": true, "cost": true, "hurt": true, "spread": true, "thrust": true,
	"bet": true, "bid": true, "rid": true, "read": true, "upset": true, "shed": true, "split": true, "outbid": true,
}

func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "o"):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func regularPast(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case consonantY(w):
		return w[:len(w)-1] + "ied"
	}
	return w + "ed"
}

func consonantY(w string) bool {
	return len(w) >= 2 && w[len(w)-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[len(w)-2]))
}

// speechVerbs lists the selected verbs with their forms.
func speechVerbs(lemmas []string, exc map[string][]string) []string {
	out := make([]string, 0, len(lemmas))
	for _, l := range lemmas {
		v := inflect(l, exc)
		out = append(out, fmt.Sprintf("%s\t%s\t%s", v.lemma, v.third, strings.Join(v.past, "|")))
	}
	return out
}
