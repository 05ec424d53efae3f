package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// roleFinder finds the roles (person, title, organisation) of the
// resolved article.
type roleFinder struct {
	*resolved
}

// findRoles returns the roles of v.
func findRoles(v *resolved) []schema.Role {
	r := &roleFinder{resolved: v}
	return r.roles()
}

// roles finds (person, title, organisation) triples from four patterns:
//
//	pre-modifier:  [ORG|Country] Title PERSON   "SpaceX CEO Elon Musk", "Russian space chief Dmitry Rogozin"
//	title of org:  Title of the ORG PERSON       "Head of the Presidential Administration Andriy Yermak"
//	appositive:    PERSON, [a] [ORG's] title [of|at ORG]   "X, president and chief executive officer of Y Corp."
//	reversed:      ORG's title, PERSON           "the nation's vice prime minister, Mykhailo Fedorov"
func (d *roleFinder) roles() []schema.Role {
	var out []schema.Role
	seen := map[string]bool{}
	add := func(person int, title string, org int, s, e int, conf float64) {
		title = strings.TrimSpace(strings.ToLower(title))
		if person < 0 || title == "" || descriptors[lastWord(title)] {
			return
		}
		r := schema.Role{Person: d.ents[person].name, Title: title, Span: &schema.Span{Start: s, End: e}, Confidence: conf}
		if org >= 0 {
			if d.ents[org].typ == schema.Person {
				return
			}
			r.Org = d.ents[org].name
		}
		k := r.Person + "\x00" + TitleKey(r.Title) + "\x00" + r.Org // "CEO" and "chief executive officer" are one post
		if seen[k] {
			return
		}
		seen[k] = true
		out = append(out, r)
	}
	toks := d.toks
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || d.ents[c.ent].typ == schema.Person {
			continue
		}
		// 5. "the SpaceX CEO wrote": a definite description of the person in focus
		if c.ts == 0 || toks[c.ts-1].text != "the" && toks[c.ts-1].text != "The" {
			continue
		}
		k := c.te
		if k < len(toks) && toks[k].kind == tPoss {
			k++
		}
		ts := k
		for k < len(toks) && toks[k].kind == tWord && (titleHeads[strings.ToLower(toks[k].text)] || titleMods[strings.ToLower(toks[k].text)]) && (!toks[k].cap || k == ts || toks[k].allCaps || titleHeads[strings.ToLower(toks[k].text)]) {
			k++
		}
		if k == ts || !titleHeads[strings.ToLower(toks[k-1].text)] || k < len(toks) && (toks[k].cap || toks[k].text == ",") {
			continue
		}
		if p := d.salientPerson(c.ts); p >= 0 {
			add(p, d.tokText(ts, k), c.ent, toks[c.ts-1].s, toks[k-1].e, 0.5)
		}
	}
	for ci := range d.chunks {
		c := &d.chunks[ci]
		if c.ent < 0 || d.ents[c.ent].typ != schema.Person {
			continue
		}
		p := c.ent
		// 1. title inside the run: the chunk's hon is a title when the
		// tokens right before the chunk are that title
		if c.hon != "" {
			title, isHon := honorifics[c.hon]
			if !isHon {
				title = c.hon
			}
			tStart := c.ts - len(strings.Fields(c.hon))
			if title != "" && tStart >= 0 && d.tokText(tStart, c.ts) == c.hon {
				org := -1
				if mc := d.chunkEndingAt(tStart - 1); mc >= 0 {
					org = d.chunks[mc].ent
					tStart = d.chunks[mc].ts
				} else if tStart > 0 && toks[tStart-1].text == "its" {
					org = d.focusOrg(c.ts)
				}
				add(p, title, org, toks[tStart].s, toks[c.te-1].e, 0.9)
			}
		}
		// 2. lower-case title words right before the name, maybe after an
		// organisation or country: "Russian space chief Dmitry Rogozin"
		k := c.ts - 1
		if k >= 0 && toks[k].text == "," {
			k--
		}
		tEnd := k + 1
		// "three Rally's directors, A, B and C": a plural title before a list
		plural := ""
		if k >= 0 && k < c.ts-1 && toks[k].kind == tWord && !toks[k].cap && strings.HasSuffix(toks[k].text, "s") && titleHeads[strings.TrimSuffix(toks[k].text, "s")] {
			plural = strings.TrimSuffix(toks[k].text, "s")
			k--
		}
		for k >= 0 && toks[k].kind == tWord && !toks[k].cap && (titleHeads[toks[k].text] || titleMods[toks[k].text]) {
			k--
		}
		if plural != "" || tEnd-(k+1) > 0 && titleHeads[toks[tEnd-1].text] {
			title := d.tokText(k+1, tEnd)
			if plural != "" {
				title = strings.TrimSpace(d.tokText(k+1, tEnd-1) + " " + plural)
			}
			org := -1
			start := k + 1
			if k >= 0 && toks[k].kind == tPoss {
				if mc := d.chunkEndingAt(k - 1); mc >= 0 {
					org = d.chunks[mc].ent
					start = d.chunks[mc].ts
				} else if k >= 1 && focusNouns[toks[k-1].text] {
					org = d.focusCountry(c.ts)
					start = k - 1
				} else if k >= 1 && orgNouns[toks[k-1].text] {
					org = d.focusOrg(c.ts)
					start = k - 1
				}
			} else if k >= 0 && toks[k].text == "its" {
				org = d.focusOrg(c.ts)
			} else if mc := d.chunkEndingAt(k); mc >= 0 {
				org = d.chunks[mc].ent
				start = d.chunks[mc].ts
			}
			add(p, title, org, toks[start].s, toks[c.te-1].e, 0.8)
			if plural != "" {
				// the rest of the list
				for j := c.te; j+1 < len(toks) && (toks[j].text == "," || toks[j].text == "and"); {
					j++
					if toks[j].text == "and" {
						j++
					}
					mc := d.tokChunk[min(j, len(toks)-1)]
					if j >= len(toks) || mc < 0 || d.chunks[mc].ts != j || d.chunks[mc].ent < 0 || d.ents[d.chunks[mc].ent].typ != schema.Person {
						break
					}
					add(d.chunks[mc].ent, title, org, toks[start].s, toks[d.chunks[mc].te-1].e, 0.7)
					j = d.chunks[mc].te
				}
			}
		}
		// 3. "Head of the ORG PERSON"
		if k := c.ts - 1; k >= 2 {
			if mc := d.chunkEndingAt(k); mc >= 0 && d.chunks[mc].ent >= 0 && d.ents[d.chunks[mc].ent].typ == schema.Organization {
				oc := &d.chunks[mc]
				j := oc.ts - 1
				if j >= 0 && toks[j].text == "the" {
					j--
				}
				if j >= 1 && toks[j].text == "of" {
					te := j
					ts := te - 1
					for ts >= 0 && toks[ts].kind == tWord && (titleHeads[strings.ToLower(toks[ts].text)] || titleMods[strings.ToLower(toks[ts].text)]) {
						ts--
					}
					ts++
					if ts < te && titleHeads[strings.ToLower(toks[te-1].text)] {
						title := d.tokText(ts, oc.te)
						org := oc.ent
						if d.govBody(oc) {
							if fc := d.focusCountry(c.ts); fc >= 0 {
								org = fc
							}
						}
						add(p, title, org, toks[ts].s, toks[c.te-1].e, 0.8)
					}
				}
			}
		}
		// 4. appositive after the name
		d.appositive(c, add)
	}
	// 6. "X will become chairman", "Y, who retires as Z chairman"
	d.verbRoles(add)
	return out
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// appositive reads "PERSON, [61,] [a|an|the] [58-year-old] [ORG's] title [and title] [of|at ORG]".
func (d *roleFinder) appositive(c *chunk, add func(int, string, int, int, int, float64)) {
	toks := d.toks
	n := len(toks)
	k := c.te
	if k < n && toks[k].text == "," && k+2 < n && toks[k+1].kind == tNum && toks[k+2].text == "," { // age
		k += 2
	}
	if k >= n || toks[k].text != "," {
		return
	}
	d.titleAt(c, k+1, 0.7, add)
}

// titleAt reads "[a|an|the] [58-year-old] [ORG's] title [and title] [of|at|in ORG]"
// starting at token k as titles of the person of chunk c, and returns the
// token after it (k when there is no title).
func (d *roleFinder) titleAt(c *chunk, k int, conf float64, add func(int, string, int, int, int, float64)) int {
	toks := d.toks
	n := len(toks)
	k0 := k
	if k < n && (toks[k].text == "a" || toks[k].text == "an" || toks[k].text == "the" || toks[k].text == "its" || toks[k].text == "his" || toks[k].text == "her") {
		k++
	}
	if k+2 < n && toks[k].kind == tNum && toks[k+1].text == "-" && strings.HasPrefix(toks[k+2].text, "year") { // 58-year-old
		k += 3
	}
	org := -1
	if mc := d.tokChunk[min(k, n-1)]; k < n && mc >= 0 && d.chunks[mc].ts == k {
		m := &d.chunks[mc]
		if m.te < n && toks[m.te].kind == tPoss && m.ent >= 0 && d.ents[m.ent].typ != schema.Person {
			org = m.ent
			k = m.te + 1
		} else if m.ent >= 0 && d.ents[m.ent].typ != schema.Person && m.te < n && toks[m.te].kind == tWord && !toks[m.te].cap {
			org = m.ent // "a SpaceX engineer"
			k = m.te
		} else if m.ent < 0 && m.te < n && toks[m.te].kind == tWord && !toks[m.te].cap {
			k = m.te // a place: "a Traverse City teacher"
			if !m.place && titleHeads[toks[m.te].text] || titleMods[toks[m.te].text] && !m.place {
				org = d.orgEntity(mc) // "as Blue Circle nonexecutive chairman"
			}
		}
	}
	if org < 0 && k+1 < n && (toks[k].text == "its" || toks[k].kind == tWord && orgNouns[toks[k].text] && toks[k+1].kind == tPoss) {
		org = d.focusOrg(c.ts)
		if toks[k].text == "its" {
			k++
		} else {
			k += 2
		}
	}
	var titles []string
	for k < n {
		ts := k
		for k < n && toks[k].kind == tWord && !toks[k].cap && (titleHeads[toks[k].text] || titleMods[toks[k].text]) {
			k++
		}
		if k == ts || !titleHeads[toks[k-1].text] {
			k = ts
			break
		}
		// "director of testing", "vice president of global markets"
		if k+1 < n && toks[k].text == "of" && toks[k+1].kind == tWord && !toks[k+1].cap && toks[k+1].text != "the" && toks[k+1].text != "a" && toks[k+1].text != "an" {
			j := k + 1
			for j < n && j < k+4 && toks[j].kind == tWord && !toks[j].cap && !nameConnectors[toks[j].text] && !titlePreps[toks[j].text] {
				j++
			}
			k = j
		}
		titles = append(titles, d.tokText(ts, k))
		if k < n && toks[k].text == "and" {
			k++
			continue
		}
		break
	}
	if len(titles) == 0 {
		return k0
	}
	end := toks[k-1].e
	// "a special master appointed by the Texas Supreme Court"
	if org < 0 && k+2 < n && (toks[k].text == "appointed" || toks[k].text == "named" || toks[k].text == "hired") && toks[k+1].text == "by" {
		k++
	}
	if org < 0 && k+1 < n && titlePreps[toks[k].text] {
		j := k + 1
		if j < n && toks[j].text == "the" {
			j++
		}
		if mc := d.tokChunk[min(j, n-1)]; j < n && mc >= 0 && d.chunks[mc].ts == j && (toks[k].text != "in" || d.chunks[mc].ent >= 0 && d.ents[d.chunks[mc].ent].typ == schema.Company) {
			org = d.orgEntity(mc)
			end = toks[d.chunks[mc].te-1].e
		}
	}
	if org < 0 && corporateTitle(titles) {
		// "said Wilfred J. Corrigan, chairman and chief executive officer."
		org = d.focusOrg(c.ts)
		conf -= 0.2
	}
	for _, t := range titles {
		add(c.ent, t, org, d.toks[c.ts].s, end, conf)
	}
	return k
}

// verbRoles reads "PERSON ... became|was named|as [a] [ORG] title [of ORG]":
// the person is the last one named before the verb in its sentence.
func (d *roleFinder) verbRoles(add func(int, string, int, int, int, float64)) {
	toks := d.toks
	first, last, who, sent := -1, -1, false, -1
	for i := range toks {
		t := &toks[i]
		if t.sent != sent {
			first, last, who, sent = -1, -1, false, t.sent
		}
		if ci := d.tokChunk[i]; ci >= 0 && d.chunks[ci].ts == i && d.chunks[ci].ent >= 0 && d.ents[d.chunks[ci].ent].typ == schema.Person {
			p := i - 1
			if p >= 0 {
				if _, ok := honorifics[toks[p].text]; ok {
					p--
				}
			}
			if p < 0 || toks[p].sent != t.sent || toks[p].text == "But" || toks[p].text == "And" {
				first = ci // the subject opens the sentence
			}
			if p >= 0 && toks[p].text == "whom" {
				continue
			}
			last, who = ci, false
			continue
		}
		if t.text == "who" && last >= 0 && i >= 1 && toks[i-1].text == "," {
			who = true // "Sir John Milne, 65, who retires as ..."
		}
		if t.kind != tWord || !roleVerbs[t.text] {
			continue
		}
		subj := first
		if who {
			subj = last
		}
		if subj < 0 {
			continue
		}
		if t.text == "as" {
			// "served as", "retires as", "remain on the board as", "employed as"; not "as well as"
			if i == 0 || toks[i-1].text == "well" || toks[i-1].text == "such" || toks[i-1].text == "," {
				continue
			}
		}
		d.titleAt(&d.chunks[subj], i+1, 0.6, add)
	}
}

// govBody: an organisation chunk that is a state body with no country in
// its name ("Presidential Administration", "Foreign Ministry").
func (d *roleFinder) govBody(c *chunk) bool {
	has := false
	for k := c.ts; k < c.te; k++ {
		if govBodies[d.toks[k].text] {
			has = true
		}
		if cc, _, _ := d.countryAt(k, c.te); cc >= 0 {
			return false
		}
	}
	return has
}

func corporateTitle(titles []string) bool {
	for _, t := range titles {
		if i := strings.Index(t, " of "); i > 0 {
			t = t[:i] // "vice president of marketing"
		}
		w := strings.Fields(t)
		if corporateTitles[w[len(w)-1]] || len(w) > 1 && corporateTitles[w[len(w)-2]] {
			return true
		}
		for _, x := range w {
			if x == "of" {
				return false
			}
		}
	}
	return false
}
