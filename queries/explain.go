package queries

import (
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// runExplain shows where a role or statement came from: for every article
// that states it, the sentence around its span, with the span itself
// between » and «, and the extractor's confidence.
func runExplain(r *reader, args map[string]string) (*Result, error) {
	fact, err := factIRI(args["fact"])
	if err != nil {
		return nil, err
	}
	evidence := map[string]*factEvidence{} // by article label
	var what []string
	err = r.quadsOf(quad.Subject, fact, func(q quad.Quad) {
		if q.Label == nil {
			return
		}
		ev := evidence[q.Label.String()]
		if ev == nil {
			ev = &factEvidence{article: q.Label}
			evidence[q.Label.String()] = ev
		}
		switch q.Predicate {
		case schema.PredSpan:
			if sp, err := schema.ParseSpan(plainString(q.Object)); err == nil {
				ev.spans = append(ev.spans, sp)
			}
		case schema.PredConfidence:
			ev.confidence = plainString(q.Object)
		case schema.PredSpeaker, schema.PredSpeakerOrg, schema.PredHolder, schema.PredRoleIn:
			what = append(what, r.name(q.Object))
		case schema.PredText, schema.PredRoleName:
			what = append(what, plainString(q.Object))
		}
	})
	if err != nil {
		return nil, err
	}
	if len(evidence) == 0 {
		return nil, notFoundf("no fact %q (use the fact column of the statements or roles query)", args["fact"])
	}
	res := &Result{Columns: []string{"fact", "article", "date", "span", "confidence", "sentence"}}
	for _, ev := range evidence {
		body := plainString(r.first(ev.article, schema.PredArticleBody))
		date := plainString(r.first(ev.article, schema.PredDatePublished))
		if len(ev.spans) == 0 {
			ev.spans = []schema.Span{{Start: -1}}
		}
		for _, sp := range ev.spans {
			row := map[string]any{"fact": strings.Join(dedupeStrings(what), " · "), "article": r.article(ev.article),
				"date": date, "confidence": ev.confidence, "span": "", "sentence": ""}
			if sp.Start >= 0 {
				row["span"] = sp.String()
				row["sentence"] = sentenceAround(body, sp)
			}
			res.Rows = append(res.Rows, row)
		}
	}
	res.sortBy("-date", "article", "span")
	return res, nil
}

type factEvidence struct {
	article    quad.Value
	spans      []schema.Span
	confidence string
}

// factIRI accepts a fact key as the queries print it ("statement/…",
// "role/…") or a full IRI.
func factIRI(s string) (quad.IRI, error) {
	s = strings.Trim(strings.TrimSpace(s), "<>")
	switch {
	case strings.HasPrefix(s, "statement/"), strings.HasPrefix(s, "role/"):
		return quad.IRI(schema.IDBase + s), nil
	case strings.HasPrefix(s, schema.IDBase+"statement/"), strings.HasPrefix(s, schema.IDBase+"role/"):
		return quad.IRI(s), nil
	}
	return "", invalidf("%q is not a fact: want statement/… or role/…, as the statements and roles queries print", s)
}

// first returns one value of node's predicate, or nil.
func (r *reader) first(node quad.Value, pred quad.IRI) quad.Value {
	var v quad.Value
	r.quadsOf(quad.Subject, node, func(q quad.Quad) {
		if v == nil && q.Predicate == pred {
			v = q.Object
		}
	})
	return v
}

// sentenceAround returns the sentence(s) of text that hold span, with the
// span marked » … «. A span outside the text (an article changed since)
// gives "".
func sentenceAround(text string, sp schema.Span) string {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return ""
	}
	start := sp.Start
	for start > 0 && !sentenceBreak(text, start-1) {
		start--
	}
	end := sp.End
	for end < len(text) && !sentenceBreak(text, end-1) {
		end++
	}
	// White space is folded, but kept where the text had it, so the marks
	// sit where the span starts and ends.
	fold := func(s string) string {
		out := strings.Join(strings.Fields(s), " ")
		if out != "" && strings.TrimLeft(s, " \t\r\n") != s {
			out = " " + out
		}
		if out != "" && strings.TrimRight(s, " \t\r\n") != s {
			out += " "
		}
		return out
	}
	return strings.TrimSpace(fold(text[start:sp.Start]) + "»" + fold(text[sp.Start:sp.End]) + "«" + fold(text[sp.End:end]))
}

// sentenceBreak reports whether a sentence ends at byte i: a line break, or
// . ! ? followed by white space.
func sentenceBreak(text string, i int) bool {
	if i < 0 {
		return true
	}
	switch text[i] {
	case '\n':
		return true
	case '.', '!', '?':
		if i+1 >= len(text) {
			return true
		}
		if text[i+1] != ' ' && text[i+1] != '\n' {
			return false
		}
		// "Veltrix Corp. said": an abbreviation, not the end of a sentence.
		next := strings.TrimLeft(text[i+1:], " \n")
		return next == "" || !unicode.IsLower(rune(next[0]))
	}
	return false
}

func dedupeStrings(list []string) []string {
	seen := map[string]bool{}
	out := list[:0]
	for _, s := range list {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
