package queries

import (
	"sort"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

var neighborColumns = []string{"direction", "predicate", "value", "article"}

// runNeighbors lists the quads around an entity, one row per quad, ordered
// by direction (out, then in), predicate (newsgraph's own, by short name,
// then any others), value (for incoming quads the other node's key), then
// article. It reads the entity's quads one predicate at a time and builds
// rows only for the predicates the page reaches, so that the first page of
// a country every article mentions costs one predicate's quads, not all of
// them.
func runNeighbors(r *reader, args map[string]string) (*Result, error) {
	pg, err := parsePage(args)
	if err != nil {
		return nil, err
	}
	nodes, err := r.resolveRefs(args["entity"])
	if err != nil {
		return nil, err
	}
	nb := &neighborhood{r: r, nodes: nodes, page: pg, res: &Result{Columns: neighborColumns}}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		for _, pred := range listedPredicates() {
			if nb.stop {
				break
			}
			ref := r.ref(pred)
			if ref == nil || d == quad.Subject && lookupKey(pred) {
				continue
			}
			if nb.full() {
				if err := nb.checkMore(d, ref); err != nil {
					return nil, err
				}
				continue
			}
			quads, err := nb.quads(d, ref)
			if err != nil {
				return nil, err
			}
			if err := nb.group(d, pred, quads); err != nil {
				return nil, err
			}
		}
		if nb.stop {
			break
		}
		if err := nb.others(d); err != nil {
			return nil, err
		}
	}
	return nb.res, nil
}

// neighborhood builds the page of a neighbors answer group by group.
type neighborhood struct {
	r     *reader
	nodes []cgraph.Ref
	page  page
	res   *Result
	seen  int  // rows of the answer before the current group
	stop  bool // the page is full and more rows follow
}

// full tells whether the page has all its rows.
func (nb *neighborhood) full() bool {
	return nb.page.Limit > 0 && len(nb.res.Rows) >= nb.page.Limit
}

// checkMore, once the page is full, looks for one more quad of the group
// (d, pred) and stops the walk if there is one.
func (nb *neighborhood) checkMore(d quad.Direction, pred cgraph.Ref) error {
	if pred == nil {
		return nil
	}
	for _, n := range nb.nodes {
		err := nb.r.eachQuad(fixed{d: n, quad.Predicate: pred}, func(cgraph.Ref) error {
			nb.res.More, nb.stop = true, true
			return errStop
		})
		if err != nil && err != errStop {
			return err
		}
		if nb.stop {
			return nil
		}
	}
	return nil
}

// quads returns the quads with one of the nodes in direction d and
// predicate pred (any predicate if nil).
func (nb *neighborhood) quads(d quad.Direction, pred cgraph.Ref) ([]cgraph.Ref, error) {
	var out []cgraph.Ref
	for _, n := range nb.nodes {
		f := fixed{d: n}
		if pred != nil {
			f[quad.Predicate] = pred
		}
		err := nb.r.eachQuad(f, func(q cgraph.Ref) error {
			out = append(out, q)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// others adds the groups of the predicates outside newsgraph's vocabulary,
// sorted by their IRI; it reads all the nodes' quads in direction d, so it
// runs only when the page reaches past the vocabulary's groups.
func (nb *neighborhood) others(d quad.Direction) error {
	known := map[any]bool{}
	for _, p := range listedPredicates() {
		if ref := nb.r.ref(p); ref != nil {
			known[ref.Key()] = true
		}
	}
	all, err := nb.quads(d, nil)
	if err != nil {
		return err
	}
	byPred := map[any][]cgraph.Ref{}
	var preds []quad.Value
	for _, q := range all {
		p := nb.r.dir(q, quad.Predicate)
		if p == nil || known[p.Key()] {
			continue
		}
		if byPred[p.Key()] == nil {
			preds = append(preds, nb.r.value(p))
		}
		byPred[p.Key()] = append(byPred[p.Key()], q)
	}
	sort.Slice(preds, func(i, j int) bool { return plainString(preds[i]) < plainString(preds[j]) })
	for _, p := range preds {
		if nb.stop {
			return nil
		}
		if err := nb.group(d, p, byPred[nb.r.ref(p).Key()]); err != nil {
			return err
		}
	}
	return nil
}

// neighbor is one quad of a group, with its sort keys.
type neighbor struct {
	value, article string // sort keys
	show           any    // an outgoing value as the row shows it
	other, label   cgraph.Ref
}

// group adds the rows of one predicate's quads that fall in the page.
func (nb *neighborhood) group(d quad.Direction, pred quad.Value, quads []cgraph.Ref) error {
	if len(quads) == 0 {
		return nil
	}
	if nb.full() {
		nb.res.More, nb.stop = true, true
		return nil
	}
	n, err := nb.rows(d, quads)
	if err != nil {
		return err
	}
	if nb.seen+n <= nb.page.Offset {
		nb.seen += n
		return nil
	}
	list, err := nb.sorted(d, quads)
	if err != nil {
		return err
	}
	from := max(nb.page.Offset-nb.seen, 0)
	nb.seen += len(list)
	list = list[min(from, len(list)):]
	if room := nb.page.Limit - len(nb.res.Rows); nb.page.Limit > 0 && len(list) > room {
		list, nb.res.More, nb.stop = list[:room], true, true
	}
	dir, predText := "out", plainString(pred)
	if d == quad.Object {
		dir = "in"
	}
	for _, x := range list {
		val := x.show
		if d == quad.Object {
			val = nb.r.label(nb.r.value(x.other))
		}
		nb.res.Rows = append(nb.res.Rows, map[string]any{
			"direction": dir, "predicate": predText, "value": val, "article": nb.r.article(nb.r.value(x.label)),
		})
	}
	return nil
}

// rows counts the rows a group's quads make, without building them: one
// per quad, unless two outgoing values show alike ("US" and "US"@en),
// which sorted then merges.
func (nb *neighborhood) rows(d quad.Direction, quads []cgraph.Ref) (int, error) {
	if d == quad.Object {
		return len(quads), nil
	}
	objs := map[any]cgraph.Ref{}
	for _, q := range quads {
		if o := nb.r.dir(q, quad.Object); o != nil {
			objs[o.Key()] = o
		}
	}
	shown := map[string]bool{}
	for _, o := range objs {
		k := cell(nb.r.shown(nb.r.value(o)))
		if shown[k] {
			list, err := nb.sorted(d, quads)
			return len(list), err
		}
		shown[k] = true
	}
	return len(quads), nil
}

// sorted turns a group's quads into neighbors sorted by value and article,
// without repeats: an outgoing value shown as its text, an incoming node by
// its key, an article by its node's key.
func (nb *neighborhood) sorted(d quad.Direction, quads []cgraph.Ref) ([]neighbor, error) {
	other := quad.Object
	if d == quad.Object {
		other = quad.Subject
	}
	list := make([]neighbor, 0, len(quads))
	var refs []cgraph.Ref
	for _, q := range quads {
		n := neighbor{other: nb.r.dir(q, other), label: nb.r.dir(q, quad.Label)}
		list = append(list, n)
		refs = append(refs, n.other, n.label)
	}
	if err := nb.r.prefetch(refs); err != nil {
		return nil, err
	}
	shown := map[any]any{} // outgoing values as shown, by ref
	for i := range list {
		n := &list[i]
		n.article = plainString(nb.r.value(n.label))
		if d == quad.Object {
			n.value = plainString(nb.r.value(n.other))
			continue
		}
		k := n.other.Key()
		if _, ok := shown[k]; !ok {
			shown[k] = nb.r.shown(nb.r.value(n.other))
		}
		n.show, n.value = shown[k], cell(shown[k])
	}
	sort.SliceStable(list, func(i, j int) bool {
		if list[i].value != list[j].value {
			return list[i].value < list[j].value
		}
		return list[i].article < list[j].article
	})
	out := list[:0]
	for i, n := range list {
		if i == 0 || n.value != list[i-1].value || n.article != list[i-1].article {
			out = append(out, n)
		}
	}
	return out, nil
}

// shown renders the value of an outgoing quad: a node by its name or key,
// a literal as its text.
func (r *reader) shown(v quad.Value) any {
	if _, ok := v.(quad.IRI); ok {
		return r.label(v)
	}
	return plain(v)
}

// listedPredicates are the predicates of newsgraph's vocabulary, sorted as
// neighbors shows them (by short name).
var listedPredicates = sync.OnceValue(func() []quad.IRI {
	var out []quad.IRI
	for _, t := range schema.Vocabulary() {
		if t.Name != "" && strings.ToLower(t.Name[:1]) == t.Name[:1] {
			out = append(out, t.IRI)
		}
	}
	sort.Slice(out, func(i, j int) bool { return shortIRI(out[i]) < shortIRI(out[j]) })
	return out
})

// lookupKey tells the predicates that only serve alias lookup: they are
// normalised copies of names the row list already shows.
func lookupKey(p quad.Value) bool {
	return p == schema.PredKey || p == schema.PredMatchKey
}

// quadsOf calls fn with every quad that has v in direction d.
func (r *reader) quadsOf(d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref, err := r.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return iterator.Iterate(r.ctx, r.qs.QuadIterator(d, ref)).Paths(false).Each(func(ref cgraph.Ref) error {
		q, err := r.qs.Quad(ref)
		if err == nil {
			fn(q)
		}
		return err
	})
}
