// Command prose-extract runs the named-entity recogniser of
// github.com/jdkato/prose/v2 on plain-text articles and prints what it finds
// in the JSON shape of `newsgraph extract --format json`, so that
// ../shared/eval/score.py can score prose beside newsgraph (scripts/peers.sh).
//
//	prose-extract extract --format json FILE...
//
// Each FILE is a newsgraph plain-text article: a first line
// "date YYYY-MM-DD", optionally followed on the same line by text, then the
// text. prose's labels are mapped as follows; all others (LOCATION, …) are
// dropped:
//
//	PERSON       → person
//	GPE          → country (prose has no country label: GPE also covers cities)
//	ORGANIZATION → organization (prose has no company label)
//
// GPE is not narrowed to countries: that would take a list of our own and no
// longer measure prose. The US cities and states it finds cost it precision
// on dev (New York alone is 9 of its 295 unmatched entities).
//
// A name found several times in an article is printed once, with the label it
// was given most often. prose links no mentions ("Teresa Valadares" and
// "Valadares" are two entities) and finds no roles and no statements: those
// lists are printed empty.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/jdkato/prose/v2"
)

// types maps prose's entity labels to newsgraph's entity types.
var types = map[string]string{"PERSON": "person", "GPE": "country", "ORGANIZATION": "organization"}

// header is the first line of a newsgraph plain-text article.
var header = regexp.MustCompile(`^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*`)

type entity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

type document struct {
	ID         string   `json:"id"`
	Source     string   `json:"source"`
	Date       string   `json:"date"`
	Entities   []entity `json:"entities"`
	Roles      []any    `json:"roles"`
	Statements []any    `json:"statements"`
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "prose-extract:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	if len(args) < 3 || args[0] != "extract" || args[1] != "--format" || args[2] != "json" {
		return fmt.Errorf("usage: prose-extract extract --format json FILE...")
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, path := range args[3:] {
		doc, err := extractFile(path)
		if err != nil {
			return err
		}
		if err := enc.Encode(doc); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}

func extractFile(path string) (document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return document{}, fmt.Errorf("read article: %w", err)
	}
	m := header.FindSubmatchIndex(b)
	if m == nil {
		return document{}, fmt.Errorf("%s:1: missing \"date YYYY-MM-DD\" header", path)
	}
	text := string(b[m[1]:])
	pd, err := prose.NewDocument(text)
	if err != nil {
		return document{}, fmt.Errorf("%s: prose: %w", path, err)
	}
	return document{
		ID:         strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)),
		Source:     path,
		Date:       string(b[m[2]:m[3]]),
		Entities:   entities(pd.Entities()),
		Roles:      []any{},
		Statements: []any{},
	}, nil
}

// entities keeps one entity per name (case and punctuation aside), typed by
// the label prose gave it most often, in order of first mention.
func entities(found []prose.Entity) []entity {
	var order []string
	names := map[string]string{}
	votes := map[string]map[string]int{}
	for _, e := range found {
		t, ok := types[e.Label]
		key := strings.ToLower(strings.Trim(e.Text, ` "'.,;:`))
		if !ok || key == "" {
			continue
		}
		if votes[key] == nil {
			votes[key] = map[string]int{}
			names[key] = strings.Trim(e.Text, ` "'.,;:`)
			order = append(order, key)
		}
		votes[key][t]++
	}
	out := make([]entity, 0, len(order))
	for _, key := range order {
		best := ""
		for _, t := range []string{"person", "country", "organization"} {
			if best == "" || votes[key][t] > votes[key][best] {
				best = t
			}
		}
		out = append(out, entity{Name: names[key], Type: best, Aliases: []string{}})
	}
	return out
}
