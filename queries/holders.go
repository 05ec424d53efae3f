package queries

import (
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Roles in time. Every article that states a role writes, under its own
// label, the role's ng:roleStatus as of its date (schema.Role.Status), so a
// role's history is one event per article: the article's date, the status
// it states and the words it used for the title. holders and roles person=
// read those events.
//
// The status of a post on a date D is the status that the latest articles
// dated on or before D state: current means the person held the post on D,
// incoming that they did not hold it yet, former that they no longer did.
// Several articles of that latest day that disagree resolve to the status
// furthest along the post's life (incoming, then current, then former):
// news of a change is news of that day. Nothing is assumed beyond what the
// articles say: a post stated current in June and former in October is
// held on every day from June until October; before the first article that
// states it, nobody is known to hold it. Articles without a date take no
// part in an on= answer.

// timelineColumns are the columns of holders and of roles person=.
var timelineColumns = []string{"person", "title", "org", "status", "date", "article", "fact"}

// roleEvent is one article's statement of a role.
type roleEvent struct {
	role    quad.Value // the role node
	person  quad.Value
	org     quad.Value
	article quad.Value // the article (the quads' label)
	title   string     // the title in that article's words
	status  schema.RoleStatus
	date    string // the article's date, YYYY-MM-DD or ""
	// stated tells that the article wrote a status; a graph loaded
	// before statuses were written has none, and its articles stated
	// the post as current.
	stated bool
}

// roleEvents reads the history of role: one event per article that states
// it, in date order (undated last). Every article that states a role
// writes its roleName, so the events are the labels of the role's roleName
// and roleStatus quads, read as refs by their [S,P] index scans: a role's
// quads also carry the provenance of each statement, and reading all of
// them as quads (every value of every quad) took 86% of roles
// person=person/bush at 100,000 articles (6,136 articles, p50 986 ms).
func (r *reader) roleEvents(role cgraph.Ref) ([]roleEvent, error) {
	node := r.value(role)
	var labels, objects []cgraph.Ref
	var preds []quad.IRI
	for _, pred := range []quad.IRI{schema.PredRoleName, schema.PredRoleStatus} {
		err := r.eachQuad(fixed{quad.Subject: role, quad.Predicate: r.ref(pred)}, func(q cgraph.Ref) error {
			labels, preds = append(labels, r.dir(q, quad.Label)), append(preds, pred)
			objects = append(objects, r.dir(q, quad.Object))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if err := r.prefetch(append(append([]cgraph.Ref(nil), labels...), objects...)); err != nil {
		return nil, err
	}
	byLabel := map[string]*roleEvent{}
	var articles []cgraph.Ref
	for i, l := range labels {
		lv := r.value(l)
		if lv == nil || !schema.IsArticleIRI(lv) {
			continue
		}
		ev := byLabel[lv.String()]
		if ev == nil {
			ev = &roleEvent{role: node, article: lv, status: schema.StatusCurrent}
			byLabel[lv.String()] = ev
			articles = append(articles, l)
		}
		obj := plainString(r.value(objects[i]))
		if preds[i] == schema.PredRoleName {
			ev.title = obj
		} else if st, err := schema.ParseRoleStatus(obj); err == nil && (!ev.stated || rank(st) > rank(ev.status)) {
			// An article that states two statuses of one post counts
			// as the furthest along.
			ev.status, ev.stated = st, true
		}
	}
	return r.datedEvents(role, byLabel, articles)
}

// datedEvents gives events of articles their holder, organisation and
// date, in the order of articles, then sorts them (sortEvents).
func (r *reader) datedEvents(role cgraph.Ref, byLabel map[string]*roleEvent, articles []cgraph.Ref) ([]roleEvent, error) {
	person, err := r.firstObject(role, schema.PredHolder)
	if err != nil {
		return nil, err
	}
	org, err := r.firstObject(role, schema.PredRoleIn)
	if err != nil {
		return nil, err
	}
	dates, err := r.literals(articles, schema.PredDatePublished)
	if err != nil {
		return nil, err
	}
	out := make([]roleEvent, 0, len(articles))
	for i, a := range articles {
		ev := byLabel[r.value(a).String()]
		ev.person, ev.org, ev.date = person, org, dates[i]
		out = append(out, *ev)
	}
	sortEvents(out)
	return out, nil
}

// rank orders statuses along a post's life.
func rank(st schema.RoleStatus) int {
	for i, s := range schema.RoleStatuses {
		if s == st {
			return i
		}
	}
	return -1
}

// sortEvents orders events by date, undated last, and within a day by
// rank, so that the last event of a day is the one that decides it.
func sortEvents(evs []roleEvent) {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if a.date != b.date {
			return a.date != "" && (b.date == "" || a.date < b.date)
		}
		return rank(a.status) < rank(b.status)
	})
}

// statusOn returns the status of a post on day on from its events in
// sortEvents order, and the events that say so: the articles dated on or
// before on since the post last changed status. ok is false when no dated
// article on or before on states the post.
func statusOn(evs []roleEvent, on string) (st schema.RoleStatus, says []roleEvent, ok bool) {
	from := 0
	n := 0
	for n < len(evs) && evs[n].date != "" && evs[n].date <= on {
		if n > 0 && evs[n].status != evs[n-1].status {
			from = n
		}
		n++
	}
	if n == 0 {
		return "", nil, false
	}
	return evs[n-1].status, evs[from:n], true
}

func runHolders(r *reader, args map[string]string) (*Result, error) {
	pg, err := parsePage(args)
	if err != nil {
		return nil, err
	}
	on, dated := args["on"]
	if dated {
		if on, err = parseDay("on", on); err != nil {
			return nil, err
		}
	}
	key := schema.TitleKey(args["title"])
	if key == "" {
		return nil, invalidf("parameter title: %q is not a title", args["title"])
	}
	atOrg, err := r.reachFrom(args["org"], func(n cgraph.Ref) ([]cgraph.Ref, error) { return r.subjects(n, schema.PredRoleIn) })
	if err != nil {
		return nil, err
	}
	var titled []cgraph.Ref
	if ref := r.ref(quad.String(key)); ref != nil {
		if titled, err = r.subjects(ref, schema.PredTitleKey); err != nil {
			return nil, err
		}
	}
	res := &Result{Columns: timelineColumns}
	for _, role := range intersect(atOrg, titled) {
		evs, err := r.roleEvents(role)
		if err != nil {
			return nil, err
		}
		if dated {
			st, says, ok := statusOn(evs, on)
			if !ok || st != schema.StatusCurrent {
				continue
			}
			evs = says
		}
		for _, ev := range evs {
			res.Rows = append(res.Rows, r.eventRow(ev))
		}
	}
	sortTimeline(res.Rows, "person", "title", "article")
	res.cut(pg, 0, len(res.Rows))
	return res, nil
}

// roleTimeline answers roles person= [org=]: every post of the roles, one
// row per article that states it, in date order.
//
// Only the rows of the page's days are made: a row names its article, one
// read per article, which for person/bush at 100,000 articles (6,136 rows)
// was half of what was left once roleEvents read refs.
func roleTimeline(r *reader, roles []cgraph.Ref, pg page) (*Result, error) {
	var all []roleEvent
	for _, role := range roles {
		evs, err := r.roleEvents(role)
		if err != nil {
			return nil, err
		}
		all = append(all, evs...)
	}
	chosen, before := window(len(all), func(i int) string { return undatedLast(all[i].date) }, false, pg)
	res := &Result{Columns: timelineColumns}
	for _, c := range chosen {
		res.Rows = append(res.Rows, r.eventRow(all[c]))
	}
	sortTimeline(res.Rows, "org", "title", "article")
	res.cut(pg, before, len(all))
	return res, nil
}

// undatedLast is a date as a key that sorts "" after every date.
func undatedLast(date string) string {
	if date == "" {
		return "~"
	}
	return date
}

func (r *reader) eventRow(ev roleEvent) map[string]any {
	return map[string]any{
		"person": r.name(ev.person), "title": ev.title, "org": r.name(ev.org), "status": string(ev.status),
		"date": ev.date, "article": r.article(ev.article), "fact": plainString(ev.role),
	}
}

// sortTimeline orders rows by date, undated last, then by the columns
// given, then by status along a post's life.
func sortTimeline(rows []map[string]any, cols ...string) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i]["date"].(string), rows[j]["date"].(string)
		if a != b {
			return a != "" && (b == "" || a < b)
		}
		for _, c := range cols {
			if d := compare(rows[i][c], rows[j][c]); d != 0 {
				return d < 0
			}
		}
		x, _ := rows[i]["status"].(string)
		y, _ := rows[j]["status"].(string)
		return rank(schema.RoleStatus(x)) < rank(schema.RoleStatus(y))
	})
}

// parseDay checks that parameter name is a date YYYY-MM-DD.
func parseDay(name, s string) (string, error) {
	s = strings.TrimSpace(s)
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return "", invalidf("parameter %s: want a date YYYY-MM-DD, got %q", name, s)
	}
	return s, nil
}
