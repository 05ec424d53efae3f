package queries

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

var statementColumns = []string{"speaker", "text", "date", "kind", "channel", "article", "fact"}

func runStatements(r *reader, args map[string]string) (*Result, error) {
	pg, err := parsePage(args)
	if err != nil {
		return nil, err
	}
	var stmts []cgraph.Ref
	filtered := false
	if alias, ok := args["speaker"]; ok {
		stmts, err = r.reachFrom(alias, func(w cgraph.Ref) ([]cgraph.Ref, error) {
			var said []cgraph.Ref
			for _, pred := range []quad.IRI{schema.PredSpeaker, schema.PredSpeakerOrg} {
				s, err := r.subjects(w, pred)
				if err != nil {
					return nil, err
				}
				said = union(said, s)
			}
			return said, nil
		})
		if err != nil {
			return nil, err
		}
		filtered = true
	}
	if alias, ok := args["mentions"]; ok {
		about, err := r.reachFrom(alias, r.statementMentions)
		if err != nil {
			return nil, err
		}
		if filtered {
			stmts = intersect(stmts, about)
		} else {
			stmts = about
		}
		filtered = true
	}
	var dates []string
	if filtered {
		if dates, err = r.literals(stmts, schema.PredDateCreated); err != nil {
			return nil, err
		}
	} else {
		all, err := summary(r, "statements", r.allStatements)
		if err != nil {
			return nil, err
		}
		stmts, dates = all.nodes, all.dates
	}
	chosen, before := window(len(stmts), func(i int) string { return dates[i] }, true, pg)
	res := &Result{Columns: statementColumns}
	for _, c := range chosen {
		row, err := r.statementRow(stmts[c])
		if err != nil {
			return nil, err
		}
		res.Rows = append(res.Rows, row)
	}
	res.sortBy("-date", "speaker", "text", "article")
	res.cut(pg, before, len(stmts))
	return res, nil
}

// datedNodes are nodes with a date each.
type datedNodes struct {
	nodes []cgraph.Ref
	dates []string
}

// allStatements lists every statement with its date.
func (r *reader) allStatements() (datedNodes, error) {
	stmts, err := r.nodes(fixed{quad.Object: r.ref(schema.TypeStatement), quad.Predicate: r.ref(schema.PredType)}, quad.Subject)
	if err != nil {
		return datedNodes{}, err
	}
	dates, err := r.literals(stmts, schema.PredDateCreated)
	return datedNodes{stmts, dates}, err
}

// literals returns, for each node, the text of its pred value (the
// smallest if articles disagree), or "". The cache, if any, remembers them.
func (r *reader) literals(nodes []cgraph.Ref, pred quad.IRI) ([]string, error) {
	out := make([]string, len(nodes))
	missing := r.cache.cachedDates(string(pred), nodes, out)
	if isSQL(r.qs) {
		err := r.sqlLiterals(nodes, missing, pred, out)
		if err != nil {
			return nil, err
		}
		r.cache.keepDates(string(pred), nodes, out, missing)
		return out, nil
	}
	err := r.split(len(missing), func(w *reader, from, to int) error {
		for _, i := range missing[from:to] {
			v, err := w.firstObject(nodes[i], pred)
			if err != nil {
				return err
			}
			out[i] = plainString(v)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	r.cache.keepDates(string(pred), nodes, out, missing)
	return out, nil
}

// statementRow reads one statement's row from its own quads.
func (r *reader) statementRow(stmt cgraph.Ref) (map[string]any, error) {
	out, err := r.outEdges(stmt)
	if err != nil {
		return nil, err
	}
	speaker := r.name(out.first(r, schema.PredSpeaker))
	if speaker == "" {
		speaker = r.name(out.first(r, schema.PredSpeakerOrg))
	}
	kind := "quote"
	for _, t := range out.all(r, schema.PredType) {
		if sameRef(t, r.ref(schema.TypeReportedSpeech)) {
			kind = "reported"
		}
	}
	return map[string]any{
		"speaker": speaker, "text": plainString(out.first(r, schema.PredText)),
		"date": plainString(out.first(r, schema.PredDateCreated)), "kind": kind,
		"channel": r.name(out.first(r, schema.PredChannel)), "article": r.article(out.first(r, schema.PredIsPartOf)),
		"fact": plainString(r.value(stmt)),
	}, nil
}

var roleColumns = []string{"person", "title", "org", "articles", "fact"}
