package queries

import (
	"sort"
	"strings"
	"unicode"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// runExplain shows where a role or statement came from: for every article
// that states it, the sentence around each of its spans, with the span
// itself between » and «, and the extractor's confidence; one row per span
// (one row for an article that gives none), newest article first, then by
// article id and span.
//
// It answers a page: a role stated by 1,000 articles is 1,000 type quads,
// 1,000 span quads and 1,000 confidence quads read as refs, and the date
// and id of each article (what orders the rows), but only the page's
// articles have their text and spans read: at 100,000 articles reading
// every article's text made such a role take 2.7 s.
func runExplain(r *reader, args map[string]string) (*Result, error) {
	pg, err := parsePage(args)
	if err != nil {
		return nil, err
	}
	iri, err := factIRI(args["fact"])
	if err != nil {
		return nil, err
	}
	ev, err := r.factEvidence(r.ref(iri))
	if err != nil {
		return nil, err
	}
	if len(ev.articles) == 0 {
		return nil, notFoundf("no fact %q (use the fact column of the statements or roles query)", args["fact"])
	}
	if err := r.readEvidence(r.ref(iri), &ev); err != nil {
		return nil, err
	}
	what, err := r.factWhat(r.ref(iri))
	if err != nil {
		return nil, err
	}
	if err := r.nameWindow(ev, pg); err != nil {
		return nil, err
	}
	res := &Result{Columns: []string{"fact", "article", "date", "span", "confidence", "sentence"}}
	total, seen := 0, 0
	for _, a := range ev.articles {
		total += max(1, len(ev.spans[a.ref.Key()]))
	}
	for _, a := range ev.articles {
		n := max(1, len(ev.spans[a.ref.Key()]))
		if seen+n <= pg.Offset || pg.Limit > 0 && seen >= pg.Offset+pg.Limit {
			seen += n
			continue
		}
		rows := r.evidenceRows(a, ev, what)
		from := max(pg.Offset-seen, 0)
		seen += n
		res.Rows = append(res.Rows, rows[min(from, len(rows)):]...)
	}
	if pg.Limit > 0 && len(res.Rows) > pg.Limit {
		res.Rows = res.Rows[:pg.Limit]
	}
	res.More = pg.end(total) < total
	return res, nil
}

// nameWindow reads the ids of the articles whose rows the page can hold,
// once ties on the date are broken by id: the page's articles and every
// article of the same date as its first or last, and sorts those by id.
// The others keep their date order and no id: they are not shown.
func (r *reader) nameWindow(ev evidence, pg page) error {
	lo, hi, seen := -1, -1, 0
	for i, a := range ev.articles {
		n := max(1, len(ev.spans[a.ref.Key()]))
		if seen+n > pg.Offset && (pg.Limit == 0 || seen < pg.Offset+pg.Limit) {
			if lo < 0 {
				lo = i
			}
			hi = i + 1
		}
		seen += n
	}
	if lo < 0 {
		return nil
	}
	arts := ev.articles
	for lo > 0 && arts[lo-1].date == arts[lo].date {
		lo--
	}
	for hi < len(arts) && arts[hi].date == arts[hi-1].date {
		hi++
	}
	refs := make([]cgraph.Ref, hi-lo)
	for i := range refs {
		refs[i] = arts[lo+i].ref
	}
	names, err := r.literals(refs, schema.PredName)
	if err != nil {
		return err
	}
	for i := range refs {
		if arts[lo+i].name = names[i]; names[i] == "" {
			arts[lo+i].name = plainString(r.value(refs[i]))
		}
	}
	sort.SliceStable(arts[lo:hi], func(i, j int) bool {
		a, b := arts[lo+i], arts[lo+j]
		if a.date != b.date {
			return a.date > b.date
		}
		return a.name < b.name
	})
	return nil
}

// evidence is what explain reads of every article that states a fact:
// the articles in row order, and the refs of each one's spans and
// confidence, by the article's ref key.
type evidence struct {
	articles   []evidenceArticle
	spans      map[any][]cgraph.Ref
	confidence map[any]cgraph.Ref
}

type evidenceArticle struct {
	ref        cgraph.Ref
	date, name string
}

// factEvidence lists the articles that state fact (the labels of its type
// quads) with their dates, newest first.
func (r *reader) factEvidence(fact cgraph.Ref) (evidence, error) {
	ev := evidence{spans: map[any][]cgraph.Ref{}, confidence: map[any]cgraph.Ref{}}
	if fact == nil {
		return ev, nil
	}
	labels, err := r.nodes(fixed{quad.Subject: fact, quad.Predicate: r.ref(schema.PredType)}, quad.Label)
	if err != nil {
		return ev, err
	}
	var arts []cgraph.Ref
	for _, l := range labels {
		if r.articleLabel(l) {
			arts = append(arts, l)
		}
	}
	dates, err := r.literals(arts, schema.PredDatePublished)
	if err != nil {
		return ev, err
	}
	for i, a := range arts {
		ev.articles = append(ev.articles, evidenceArticle{ref: a, date: dates[i]})
	}
	sort.SliceStable(ev.articles, func(i, j int) bool { return ev.articles[i].date > ev.articles[j].date })
	return ev, nil
}

// readEvidence reads the refs of fact's spans and confidences by article.
func (r *reader) readEvidence(fact cgraph.Ref, ev *evidence) error {
	err := r.eachQuad(fixed{quad.Subject: fact, quad.Predicate: r.ref(schema.PredSpan)}, func(q cgraph.Ref) error {
		if l, o := r.dir(q, quad.Label), r.dir(q, quad.Object); l != nil && o != nil {
			ev.spans[l.Key()] = append(ev.spans[l.Key()], o)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return r.eachQuad(fixed{quad.Subject: fact, quad.Predicate: r.ref(schema.PredConfidence)}, func(q cgraph.Ref) error {
		if l, o := r.dir(q, quad.Label), r.dir(q, quad.Object); l != nil && o != nil {
			ev.confidence[l.Key()] = o
		}
		return nil
	})
}

// factWhat is the fact column: the names of the fact's holder, speaker and
// organisation and its text or titles, each once, sorted, joined by " · ".
func (r *reader) factWhat(fact cgraph.Ref) (string, error) {
	var what []string
	for _, pred := range []quad.IRI{schema.PredSpeaker, schema.PredSpeakerOrg, schema.PredHolder, schema.PredRoleIn, schema.PredText, schema.PredRoleName} {
		objs, err := r.objects(fact, pred)
		if err != nil {
			return "", err
		}
		for _, o := range objs {
			v := r.value(o)
			if _, isIRI := v.(quad.IRI); isIRI {
				what = append(what, r.name(v))
			} else {
				what = append(what, plainString(v))
			}
		}
	}
	return strings.Join(dedupeStrings(what), " · "), nil
}

// evidenceRows are one article's rows, sorted by span: the sentence around
// each span of the article's text; a span that is not START-END is shown
// as written, without a sentence.
func (r *reader) evidenceRows(a evidenceArticle, ev evidence, what string) []map[string]any {
	k := a.ref.Key()
	body := ""
	if v, _ := r.firstObject(a.ref, schema.PredArticleBody); v != nil {
		body = plainString(v)
	}
	row := func(span, sentence string) map[string]any {
		return map[string]any{"fact": what, "article": a.name, "date": a.date,
			"confidence": plainString(r.value(ev.confidence[k])), "span": span, "sentence": sentence}
	}
	var rows []map[string]any
	for _, o := range ev.spans[k] {
		text := plainString(r.value(o))
		sentence := ""
		if sp, err := schema.ParseSpan(text); err == nil {
			sentence = sentenceAround(body, sp)
		}
		rows = append(rows, row(text, sentence))
	}
	if len(rows) == 0 {
		rows = append(rows, row("", ""))
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i]["span"].(string) < rows[j]["span"].(string) })
	return rows
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
