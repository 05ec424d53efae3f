package queries

import (
	"context"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// What the console's pages read of single nodes, by the index walks of
// walk.go, so that a page costs in proportion to what it shows and never
// to the graph. A hub's restated facts (a country's name and aliases, one
// quad per article that mentions it: 40,000 at 100,000 articles) are read
// up to a bound, and the answer says when it was cut.

// Bounds of the page reads. A quad read with its object and label costs
// about 15 µs on bolt (the aliases of the United States, 10,000 quads at
// 10,000 articles, took 149 ms), so a hub's restated facts are read up to
// a budget, in the order they were written.
const (
	// aliasBudget is the most alias quads read for an entity page: the
	// first 4,000 of the United States' 7,239 in the 10,000-article corpus
	// hold all 8 of its aliases (the page then says it read a part).
	aliasBudget = 4000
	// keyBudget is the most ng:key quads read per entity for the name
	// table (objects only, about 7 µs each).
	keyBudget = 2000
	// mentionAliasBudget is the most alias quads read per entity an
	// article mentions, to mark where its names occur: under 2 ms each,
	// for articles that mention twenty entities.
	mentionAliasBudget = 200
	// rolesRead is the most roles of an entity read to pick those shown.
	rolesRead = 500
	// sourcesShown is how many articles are named for an alias or a role.
	sourcesShown = 3
)

// EntityInfo is what an entity page shows of the entity itself. Keys are
// entity keys ("person/ada-okafor") and article keys ("article/ID").
type EntityInfo struct {
	Key, IRI, Name, Type string
	Aliases              []Sourced // alternate names, with a few articles that used each
	Roles                []RoleInfo
	// RolesTotal counts the roles found; Cut is true when the aliases or
	// the roles were read up to a bound (aliasBudget, rolesRead), so that
	// more may exist.
	RolesTotal int
	Cut        bool
	// RolesOfAllDates is true when a Within was given but the roles are
	// stated more than its MaxStatements times: they are then of all
	// dates.
	RolesOfAllDates bool
}

// Sourced is a value and some of the articles that state it.
type Sourced struct {
	Value    string
	Articles []string
}

// RoleInfo is a role an entity holds or that belongs to it.
type RoleInfo struct {
	Key, Title, Holder, Org string
	Articles                []string // up to sourcesShown
	ArticleCount            int
}

// EntityPage reads the entity an alias names (the first, if several) and
// up to maxRoles of its roles, most stated first. Given within (nil for
// all articles), a role counts only the articles of within that state it,
// and only roles one of them states are read (rolesWithin): the console
// passes the entity's articles of a date range. No entity is ErrNotFound.
func EntityPage(ctx context.Context, s *graph.Store, alias string, maxRoles int, within *Within) (EntityInfo, error) {
	var e EntityInfo
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		r.store = s
		iris, err := r.resolve(alias)
		if err != nil {
			return err
		}
		return r.entityInfo(iris[0], maxRoles, within, &e)
	})
	return e, err
}

func (r *reader) entityInfo(iri quad.IRI, maxRoles int, within *Within, e *EntityInfo) error {
	node := r.ref(iri)
	e.IRI, e.Key = string(iri), strings.TrimPrefix(string(iri), schema.IDBase)
	e.Name, e.Type = r.nameOf(node), r.typeOf(node)
	if e.Name == "" {
		e.Name = e.Key
	}
	aliases, cut, err := r.sourced(node, schema.PredAlternateName, aliasBudget)
	if err != nil {
		return err
	}
	e.Aliases, e.Cut = aliases, cut
	roles, cut, err := r.rolesAround(node)
	if err != nil {
		return err
	}
	e.Cut = e.Cut || cut
	counts := make([]int, len(roles))
	stated := 0
	for i, role := range roles {
		if counts[i], err = r.roleArticles(role); err != nil {
			return err
		}
		stated += counts[i]
	}
	e.RolesOfAllDates = within != nil && stated > within.MaxStatements
	var shownIn [][]string // given within, the articles of it that state each role
	if within != nil && !e.RolesOfAllDates {
		articles, err := within.Articles()
		if err != nil {
			return err
		}
		if counts, shownIn, cut, err = r.rolesWithin(roles, articles, within.MaxStatements); err != nil {
			return err
		}
	}
	e.Cut = e.Cut || cut
	var order []int
	for i := range roles {
		if shownIn == nil || counts[i] > 0 {
			order = append(order, i)
		}
	}
	e.RolesTotal = len(order)
	sort.SliceStable(order, func(a, b int) bool { return counts[order[a]] > counts[order[b]] })
	for _, i := range order[:min(len(order), maxRoles)] {
		var shown []string
		if shownIn != nil {
			shown = shownIn[i]
		}
		info, err := r.roleInfo(roles[i], counts[i], shown)
		if err != nil {
			return err
		}
		e.Roles = append(e.Roles, info)
	}
	return nil
}

// sourced reads the distinct values of node's pred quads, each with up to
// sourcesShown of the articles (labels) that state it, reading at most
// budget quads; cut tells whether it stopped there.
func (r *reader) sourced(node cgraph.Ref, pred quad.IRI, budget int) (out []Sourced, cut bool, err error) {
	byValue := map[any]int{}
	n := 0
	err = r.eachQuad(fixed{quad.Subject: node, quad.Predicate: r.ref(pred)}, func(q cgraph.Ref) error {
		if n++; n > budget {
			cut = true
			return errStop
		}
		o := r.dir(q, quad.Object)
		if o == nil {
			return nil
		}
		i, ok := byValue[o.Key()]
		if !ok {
			i = len(out)
			byValue[o.Key()] = i
			out = append(out, Sourced{Value: plainString(r.value(o))})
		}
		if len(out[i].Articles) >= sourcesShown {
			return nil
		}
		if l := r.dir(q, quad.Label); r.articleLabel(l) {
			out[i].Articles = append(out[i].Articles, r.keysOf([]cgraph.Ref{l})...)
		}
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out, cut, nilStop(err)
}

// distinctObjects reads the distinct objects of node's pred quads, as
// text, up to budget quads.
func (r *reader) distinctObjects(node cgraph.Ref, pred quad.IRI, budget int) ([]string, error) {
	var out []string
	seen := map[any]bool{}
	n := 0
	err := r.eachQuad(fixed{quad.Subject: node, quad.Predicate: r.ref(pred)}, func(q cgraph.Ref) error {
		if n++; n > budget {
			return errStop
		}
		if o := r.dir(q, quad.Object); o != nil && !seen[o.Key()] {
			seen[o.Key()] = true
			out = append(out, plainString(r.value(o)))
		}
		return nil
	})
	sort.Strings(out)
	return out, nilStop(err)
}

// rolesAround lists the roles node holds or that belong to it (roleIn),
// up to rolesRead of each, the newest first where the store can list them
// from its index keys without reading a quad (bolt); cut tells whether
// there were more.
func (r *reader) rolesAround(node cgraph.Ref) (roles []cgraph.Ref, cut bool, err error) {
	seen := map[any]bool{}
	for _, pred := range []quad.IRI{schema.PredHolder, schema.PredRoleIn} {
		n := 0
		add := func(s cgraph.Ref) bool {
			if seen[s.Key()] {
				return true
			}
			if n++; n > rolesRead {
				cut = true
				return false
			}
			seen[s.Key()] = true
			roles = append(roles, s)
			return true
		}
		p := r.ref(pred)
		if p == nil {
			continue
		}
		ok, err := r.store.SubjectsNewestFirst(r.qs, p, node, add)
		if err != nil {
			return nil, cut, err
		}
		if ok {
			continue
		}
		err = r.eachQuad(fixed{quad.Object: node, quad.Predicate: p}, func(q cgraph.Ref) error {
			if s := r.dir(q, quad.Subject); s != nil && !add(s) {
				return errStop
			}
			return nil
		})
		if err = nilStop(err); err != nil {
			return nil, cut, err
		}
	}
	return roles, cut, nil
}

// roleArticles counts the articles that state a role: on bolt from the
// index's list of its type quads, without reading them (a role stated by
// 5,000 articles is one key), elsewhere by reading them.
func (r *reader) roleArticles(role cgraph.Ref) (int, error) {
	f := fixed{quad.Subject: role, quad.Predicate: r.ref(schema.PredType), quad.Object: r.ref(schema.TypeRole)}
	if n, ok := r.count(f); ok {
		return int(n), nil
	}
	return r.labelCount(f)
}

// roleInfo reads a role's facts and, unless given them (shown), the first
// sourcesShown articles that state it.
func (r *reader) roleInfo(role cgraph.Ref, articles int, shown []string) (RoleInfo, error) {
	var v [3]quad.Value
	for i, pred := range []quad.IRI{schema.PredHolder, schema.PredRoleName, schema.PredRoleIn} {
		var err error
		if v[i], err = r.sole(role, pred); err != nil {
			return RoleInfo{}, err
		}
	}
	info := RoleInfo{Key: r.keyOf(r.value(role)), Holder: r.keyOf(v[0]), Title: plainString(v[1]), Org: r.keyOf(v[2]),
		ArticleCount: articles}
	if shown != nil {
		info.Articles = shown
		return info, nil
	}
	f := fixed{quad.Subject: role, quad.Predicate: r.ref(schema.PredType), quad.Object: r.ref(schema.TypeRole)}
	err := r.eachQuad(f, func(q cgraph.Ref) error {
		if l := r.dir(q, quad.Label); r.articleLabel(l) {
			info.Articles = append(info.Articles, r.keysOf([]cgraph.Ref{l})...)
		}
		if len(info.Articles) >= sourcesShown {
			return errStop
		}
		return nil
	})
	return info, nilStop(err)
}
