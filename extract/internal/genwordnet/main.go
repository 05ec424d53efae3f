// Command genwordnet converts WordNet 3.0 (Princeton University), as
// Debian's package wordnet-base installs it, into four word lists that
// package extract embeds:
//
//	extract/data/occupations.txt  nouns of noun.person that name an occupation or post (virologist, prime minister)
//	extract/data/orgheads.txt     nouns of noun.group that name a kind of organisation (federation, ministry)
//	extract/data/speechverbs.txt  verbs of verb.communication that report speech, with their -s and past forms
//	extract/data/ingadjectives.txt  adjectives in -ing (leading, caring), which judge rather than name a field
//
// Run it from the module root (go generate ./extract does):
//
//	apt-get install wordnet-base
//	go run ./extract/internal/genwordnet -dict /usr/share/wordnet -out extract/data
//
// Each list is the lemmas below a few chosen synsets (lexicons.go names
// them and says why; for verbs, only those that take a that-clause, frame
// 26), keeping a lemma only when its most frequent sense in that
// lexicographer file is below them: "father" is kept out of the
// occupations although one sense (founder) is below creator, because its
// first sense is kinship. The WordNet licence asks that its notice go with
// every copy, so each file's header carries it.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "WordNet's database folder (data.noun, index.noun, verb.exc…)")
	out := flag.String("out", "extract/data", "folder to write the lists to")
	version := flag.String("version", "", "wordnet-base's Debian version (default: read from /usr/share/doc/wordnet-base/changelog.Debian.gz)")
	flag.Parse()
	if *version == "" {
		v, err := debianVersion("/usr/share/doc/wordnet-base/changelog.Debian.gz")
		if err != nil {
			log.Fatalf("genwordnet: %v (give -version)", err)
		}
		*version = v
	}
	if err := run(*dict, *out, *version); err != nil {
		log.Fatalf("genwordnet: %v", err)
	}
}

func run(dict, out, version string) error {
	nouns, err := readDatabase(dict, "noun")
	if err != nil {
		return err
	}
	verbs, err := readDatabase(dict, "verb")
	if err != nil {
		return err
	}
	exc, err := readExceptions(filepath.Join(dict, "verb.exc"))
	if err != nil {
		return err
	}
	bad, err := resolve(nouns, badUsage)
	if err != nil {
		return err
	}
	badSet := map[string]bool{}
	for _, o := range bad {
		badSet[o] = true
	}
	lists := []struct {
		file, what string
		db         *database
		roots, out []ref
		rules      rules
		lines      func([]string) []string
	}{
		{"occupations.txt", "nouns of noun.person naming an occupation or post, one a line", nouns, occupationRoots, occupationExcluded,
			rules{lex: nounPerson, acronyms: true, phrases: true}, nil},
		{"orgheads.txt", "nouns of noun.group naming a kind of organisation, one a line", nouns, orgHeadRoots, orgHeadExcluded,
			rules{lex: nounGroup, anySense: true}, nil},
		{"speechverbs.txt", "verbs of verb.communication reporting speech: lemma<TAB>third person<TAB>past forms (|)", verbs, speechRoots, speechExcluded,
			rules{lex: verbCommunication, thatClause: true, firstOverall: true, named: lemmas(speechRoots)}, func(l []string) []string { return speechVerbs(l, exc) }},
	}
	for _, l := range lists {
		r := l.rules
		r.bad = badSet
		if r.roots, err = resolve(l.db, l.roots); err != nil {
			return fmt.Errorf("%s: %w", l.file, err)
		}
		if r.excluded, err = resolve(l.db, l.out); err != nil {
			return fmt.Errorf("%s: %w", l.file, err)
		}
		lines := selection(l.db, r)
		if l.lines != nil {
			lines = l.lines(lines)
		}
		if err := write(filepath.Join(out, l.file), header(l.file, l.what, version, l.roots, l.out), lines); err != nil {
			return err
		}
		log.Printf("%d lines written to %s", len(lines), filepath.Join(out, l.file))
	}
	return writeIngAdjectives(dict, out, version)
}

// writeIngAdjectives writes ingadjectives.txt: the one-word adjectives of
// index.adj that end in -ing ("leading", "caring", "outstanding"). Before
// an occupation they judge the holder ("a leading analyst"); an -ing word
// WordNet has only as a noun names a field ("a banking analyst").
func writeIngAdjectives(dict, out, version string) error {
	var lines []string
	err := eachLine(filepath.Join(dict, "index.adj"), func(line string) error {
		lemma, _, err := parseIndex(line)
		if err == nil && strings.HasSuffix(lemma, "ing") && !strings.ContainsAny(lemma, "_-") {
			lines = append(lines, lemma)
		}
		return err
	})
	if err != nil {
		return err
	}
	h := header("ingadjectives.txt", "adjectives of index.adj ending in -ing, one a line", version, nil, nil)
	h = append(h[:3:3], h[4:]...) // no hyponyms: every such adjective
	if err := write(filepath.Join(out, "ingadjectives.txt"), h, lines); err != nil {
		return err
	}
	log.Printf("%d lines written to %s", len(lines), filepath.Join(out, "ingadjectives.txt"))
	return nil
}

// header is the comment that opens a list: origin, licence, command, and
// the synsets it was drawn from.
func header(file, what, version string, roots, excluded []ref) []string {
	h := []string{
		"Code generated by extract/internal/genwordnet from WordNet 3.0 (Princeton University) as packaged by Debian, wordnet-base " + version + ". DO NOT EDIT.",
		"Regenerate: go run ./extract/internal/genwordnet -dict /usr/share/wordnet -out extract/data",
		file + ": " + what + ".",
		"Drawn from the hyponyms of:",
	}
	for _, r := range roots {
		h = append(h, fmt.Sprintf("  %s.%d  %s", r.lemma, r.sense, r.why))
	}
	for _, r := range excluded {
		h = append(h, fmt.Sprintf("  except %s.%d  %s", r.lemma, r.sense, r.why))
	}
	h = append(h, "", "WordNet licence (WordNet 3.0 license, Princeton University):")
	return append(h, strings.Split(licence, "\n")...)
}

func write(path string, header, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, h := range header {
		fmt.Fprintln(w, strings.TrimRight("# "+h, " "))
	}
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// debianVersion reads the version from the first line of a Debian
// changelog: "wordnet (1:3.0-37) unstable; urgency=medium".
func debianVersion(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	line, err := bufio.NewReader(z).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	_, v, ok := strings.Cut(line, "(")
	v, _, ok2 := strings.Cut(v, ")")
	if !ok || !ok2 || v == "" {
		return "", fmt.Errorf("%s: no version in %q", path, line)
	}
	return v, nil
}

// licence is the WordNet 3.0 licence, whose notice must go with every copy.
const licence = `WordNet Release 3.0 This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this software
and database, you agree that you have read, understood, and will comply with these terms and
conditions.: Permission to use, copy, modify and distribute this software and database and its
documentation for any purpose and without fee or royalty is hereby granted, provided that you agree
to comply with the following copyright notice and statements, including the disclaimer, and that the
same appear on ALL copies of the software, database and documentation, including modifications that
you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University.
All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR
PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY
THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or
Princeton may not be used in advertising or publicity pertaining to distribution of the software
and/or database. Title to copyright in this software, database and any associated documentation
shall at all times remain with Princeton University and LICENSEE agrees to preserve same.`
