package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// The WordNet database files, as documented in wndb(5WN): data.POS holds
// one synset a line (offset, lexicographer file number, type, words,
// pointers, gloss), index.POS one lemma a line with its synsets in sense
// order (most frequent first), POS.exc the inflected forms that the usual
// rules do not derive.

// synset is one line of a data file.
type synset struct {
	offset  string
	lexFile int      // lexicographer file number: 18 noun.person, 14 noun.group, 32 verb.communication
	words   []string // as spelt, with '_' for spaces
	hypo    []string // offsets of hyponyms (~), not instances (~i)
	usage   []string // offsets of the usage domains it belongs to (;u): disparagement, slang…
	// thatClause tells that a verb synset has the sentence frame 26,
	// "Somebody ----s that CLAUSE": the frame of reported speech.
	thatClause bool
}

// database is one part of speech: its synsets and, for each lemma, its
// synsets in sense order.
type database struct {
	synsets map[string]*synset
	senses  map[string][]string // lemma (lower case, '_') -> synset offsets
}

// Lexicographer file numbers (lexnames(5WN)).
const (
	nounGroup         = 14
	nounPerson        = 18
	verbCommunication = 32
)

// readDatabase reads data.POS and index.POS under dir.
func readDatabase(dir, pos string) (*database, error) {
	db := &database{synsets: map[string]*synset{}, senses: map[string][]string{}}
	if err := eachLine(filepath.Join(dir, "data."+pos), func(line string) error {
		s, err := parseSynset(line)
		if err == nil {
			db.synsets[s.offset] = s
		}
		return err
	}); err != nil {
		return nil, err
	}
	err := eachLine(filepath.Join(dir, "index."+pos), func(line string) error {
		lemma, offsets, err := parseIndex(line)
		if err == nil {
			db.senses[lemma] = offsets
		}
		return err
	})
	return db, err
}

// eachLine calls fn with every line of the file that is not part of the
// licence header (those begin with two spaces), naming the file and line in
// errors.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanLines(path, f, fn)
}

func scanLines(name string, r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "  ") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// parseSynset reads "offset lex_filenum ss_type w_cnt word lex_id … p_cnt
// ptr… [frames] | gloss".
func parseSynset(line string) (*synset, error) {
	body, _, _ := strings.Cut(line, " | ")
	f := strings.Fields(body)
	if len(f) < 4 {
		return nil, fmt.Errorf("short synset line")
	}
	lex, err1 := strconv.Atoi(f[1])
	n, err2 := strconv.ParseInt(f[3], 16, 32)
	if err1 != nil || err2 != nil || 4+2*int(n) >= len(f) {
		return nil, fmt.Errorf("bad synset header %q", strings.Join(f[:4], " "))
	}
	s := &synset{offset: f[0], lexFile: lex}
	for i := 0; i < int(n); i++ {
		s.words = append(s.words, f[4+2*i])
	}
	k := 4 + 2*int(n)
	p, err := strconv.Atoi(f[k])
	if err != nil || k+1+4*p > len(f) {
		return nil, fmt.Errorf("bad pointer count %q", f[k])
	}
	for i := 0; i < p; i++ {
		sym, target := f[k+1+4*i], f[k+2+4*i]
		switch sym {
		case "~":
			s.hypo = append(s.hypo, target)
		case ";u":
			s.usage = append(s.usage, target)
		}
	}
	// Verbs end with their frames: f_cnt, then "+ f_num w_num" each.
	for j := k + 1 + 4*p; j+2 < len(f); j++ {
		if f[j] == "+" && f[j+1] == "26" {
			s.thatClause = true
		}
	}
	return s, nil
}

// parseIndex reads "lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt
// tagsense_cnt synset_offset…".
func parseIndex(line string) (string, []string, error) {
	f := strings.Fields(line)
	if len(f) < 4 {
		return "", nil, fmt.Errorf("short index line")
	}
	p, err := strconv.Atoi(f[3])
	if err != nil || 6+p > len(f) {
		return "", nil, fmt.Errorf("bad pointer count %q", f[3])
	}
	return f[0], f[6+p:], nil
}

// readExceptions reads POS.exc: "inflected base…", as base -> inflected forms.
func readExceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("short exception line")
		}
		for _, base := range f[1:] {
			out[base] = append(out[base], f[0])
		}
		return nil
	})
	return out, err
}

// sense returns the offset of sense n (1-based, WordNet's numbering) of
// lemma.
func (db *database) sense(lemma string, n int) (string, error) {
	offs := db.senses[lemma]
	if n < 1 || n > len(offs) {
		return "", fmt.Errorf("%s has no sense %d", lemma, n)
	}
	return offs[n-1], nil
}

// below returns the synsets reachable from roots by hyponym links, roots
// included.
func (db *database) below(roots []string) map[string]bool {
	seen := map[string]bool{}
	todo := append([]string(nil), roots...)
	for len(todo) > 0 {
		o := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		if seen[o] {
			continue
		}
		seen[o] = true
		if s := db.synsets[o]; s != nil {
			todo = append(todo, s.hypo...)
		}
	}
	return seen
}

// senseIn returns the lemma's first sense (in frequency order) in
// lexicographer file lex, or with any, its first sense there that is in
// the set in; nil if there is none.
func (db *database) senseIn(lemma string, lex int, any bool, in map[string]bool) *synset {
	for _, o := range db.senses[lemma] {
		if s := db.synsets[o]; s != nil && s.lexFile == lex && (!any || in[o]) {
			return s
		}
	}
	return nil
}

// spelling returns how synset s spells lemma (its case), or "".
func (s *synset) spelling(lemma string) string {
	for _, w := range s.words {
		if strings.EqualFold(w, lemma) {
			return w
		}
	}
	return ""
}

// spelt tells whether a sense of lemma in lexicographer file lex that is in
// the set in spells it as lemma is written (lower case).
func (db *database) spelt(lemma string, lex int, in map[string]bool) bool {
	for _, o := range db.senses[lemma] {
		if s := db.synsets[o]; s != nil && s.lexFile == lex && in[o] && s.spelling(lemma) == lemma {
			return true
		}
	}
	return false
}
