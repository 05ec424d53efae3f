package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// A post a holder joined as in a year gone by is past when the article
// gives the holder another post at the same employer: "Ms. Marsh, 50,
// joined the company in 1972 as a sales engineer" beside "now senior vice
// president of the company". With no other post there it says nothing
// ("X joined Y in 2019 as treasurer" may be the post X holds).

// joinedEarlier makes former each current role of d stated as "joined …
// in YEAR as TITLE" whose holder has another current post, under another
// title, at the same employer.
func joinedEarlier(d *schema.Document, toks []token) {
	for i := range d.Roles {
		r := &d.Roles[i]
		if r.Former || r.Incoming || r.Span == nil || !joinedInYear(toks, *r.Span) {
			continue
		}
		key := schema.TitleKey(r.Title)
		for j := range d.Roles {
			if o := &d.Roles[j]; j != i && o.Person == r.Person && o.Org == r.Org && !o.Former && schema.TitleKey(o.Title) != key {
				r.Former = true
				break
			}
		}
	}
}

// joinedInYear tells that the words of span sp say the holder joined
// "in YEAR as" the post: "joined Y in 1972 as", "joined in 1981 as".
func joinedInYear(toks []token, sp schema.Span) bool {
	joined, year := false, false
	for k := sort.Search(len(toks), func(k int) bool { return toks[k].s >= sp.Start }); k < len(toks) && toks[k].e <= sp.End; k++ {
		switch t := &toks[k]; {
		case t.text == "joined":
			joined = true
		case joined && t.kind == tNum && len(t.text) == 4 && (t.text[:2] == "19" || t.text[:2] == "20"):
			year = true
		case joined && t.text == "as":
			return year
		}
	}
	return false
}
