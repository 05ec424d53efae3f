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

// What the console's article page and its links read of single nodes
// (see pages.go for the entity page).

// ArticleInfo is an article as its page shows it.
type ArticleInfo struct {
	Key, ID, Headline, Date, URL, Publisher, LoadedFrom, Body string
	Mentions                                                  []string // entity keys
	Statements                                                []StatementInfo
	// Names are the names of the entities it mentions, by key: the
	// canonical name, then aliases (a hub's read up to mentionAliasBudget
	// quads); Types their entity types.
	Names map[string][]string
	Types map[string]string
}

// StatementInfo is one statement of an article.
type StatementInfo struct {
	Key, Text, Date, Speaker, Org string
	Reported                      bool
	Span                          string // "start-end" in the body, or ""
}

// NodeName is what a link to a node shows: an entity's name and type; an
// article's headline (Name, else its id) and id; a statement's kind (Type:
// quote or reported).
type NodeName struct {
	Name, Type, ID string
}

// ArticlePage reads the article with the given id (its schema:name, or its
// key "article/…"). ok is false if the store has none.
func ArticlePage(ctx context.Context, s *graph.Store, id string) (a ArticleInfo, ok bool, err error) {
	err = s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		for _, iri := range []quad.IRI{schema.ArticleIRI(id), quad.IRI(schema.IDBase + id)} {
			if _, isArticle := schema.ArticleID(iri); !isArticle {
				continue
			}
			if ref := r.ref(iri); ref != nil {
				return r.articleInfo(iri, ref, &a)
			}
		}
		return nil
	})
	return a, a.Key != "", err
}

// Names reads what links to nodes show (NodeName), by key: "person/…",
// "article/…", "statement/…". Keys the store lacks are left out.
func Names(ctx context.Context, s *graph.Store, keys []string) (map[string]NodeName, error) {
	out := make(map[string]NodeName, len(keys))
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		for _, k := range keys {
			if n, ok := r.nodeName(k); ok {
				out[k] = n
			}
		}
		return ctx.Err()
	})
	return out, err
}

// ArticleMentions reads the entities each article mentions, by article key.
func ArticleMentions(ctx context.Context, s *graph.Store, articles []string) (map[string][]string, error) {
	out := make(map[string][]string, len(articles))
	err := s.Read(func(qs cgraph.QuadStore) error {
		r := newReader(ctx, qs)
		pred := r.ref(schema.PredMentions)
		for _, k := range articles {
			ref := r.ref(quad.IRI(schema.IDBase + k))
			objs, err := r.nodes(fixed{quad.Subject: ref, quad.Predicate: pred}, quad.Object)
			if err != nil {
				return err
			}
			out[k] = r.keysOf(objs)
		}
		return ctx.Err()
	})
	return out, err
}

func (r *reader) articleInfo(iri quad.IRI, ref cgraph.Ref, a *ArticleInfo) error {
	out, err := r.outEdges(ref)
	if err != nil {
		return err
	}
	if !r.hasType(out, schema.TypeNewsArticle) {
		return nil
	}
	text := func(p quad.IRI) string { return plainString(out.first(r, p)) }
	a.Key = strings.TrimPrefix(string(iri), schema.IDBase)
	a.ID, a.Headline, a.Date, a.Body = text(schema.PredName), text(schema.PredHeadline), text(schema.PredDatePublished), text(schema.PredArticleBody)
	a.URL, a.Publisher, a.LoadedFrom = text(schema.PredURL), text(schema.PredPublisher), text(schema.PredLoadedFrom)
	if a.ID == "" {
		a.ID = strings.TrimPrefix(a.Key, "article/")
	}
	a.Mentions = r.keysOf(out.all(r, schema.PredMentions))
	a.Names, a.Types = map[string][]string{}, map[string]string{}
	for _, e := range out.all(r, schema.PredMentions) {
		k := r.keyOf(r.value(e))
		names := []string{r.nameOf(e)}
		aliases, err := r.distinctObjects(e, schema.PredAlternateName, mentionAliasBudget)
		if err != nil {
			return err
		}
		a.Names[k], a.Types[k] = append(names, aliases...), r.typeOf(e)
	}
	stmts, err := r.subjects(ref, schema.PredIsPartOf)
	if err != nil {
		return err
	}
	for _, st := range stmts {
		se, err := r.outEdges(st)
		if err != nil {
			return err
		}
		a.Statements = append(a.Statements, StatementInfo{
			Key: r.keyOf(r.value(st)), Text: plainString(se.first(r, schema.PredText)),
			Date: plainString(se.first(r, schema.PredDateCreated)), Speaker: r.keyOf(se.first(r, schema.PredSpeaker)),
			Org: r.keyOf(se.first(r, schema.PredSpeakerOrg)), Reported: r.hasType(se, schema.TypeReportedSpeech),
			Span: plainString(se.first(r, schema.PredSpan)),
		})
	}
	sort.Slice(a.Statements, func(i, j int) bool { return a.Statements[i].Key < a.Statements[j].Key })
	return nil
}

func (r *reader) hasType(e edges, t quad.IRI) bool {
	for _, o := range e.all(r, schema.PredType) {
		if sameRef(o, r.ref(t)) {
			return true
		}
	}
	return false
}

// nodeName names the entity or article with the given key.
func (r *reader) nodeName(key string) (NodeName, bool) {
	iri := quad.IRI(schema.IDBase + key)
	if r.ref(iri) == nil {
		return NodeName{}, false
	}
	if strings.HasPrefix(key, "statement/") {
		n := NodeName{Type: "quote"}
		f := fixed{quad.Subject: r.ref(iri), quad.Predicate: r.ref(schema.PredType), quad.Object: r.ref(schema.TypeReportedSpeech)}
		if ok, err := r.has(f); err == nil && ok {
			n.Type = "reported"
		}
		return n, true
	}
	if strings.HasPrefix(key, "article/") {
		node := r.ref(iri)
		id, _ := r.firstObject(node, schema.PredName)
		title, _ := r.firstObject(node, schema.PredHeadline)
		n := NodeName{Name: plainString(title), ID: plainString(id)}
		if n.ID == "" {
			n.ID = strings.TrimPrefix(key, "article/")
		}
		if n.Name == "" {
			n.Name = n.ID
		}
		return n, true
	}
	n := NodeName{Name: r.nameOf(r.ref(iri)), Type: r.typeOf(r.ref(iri))}
	if n.Name == "" {
		n.Name = key
	}
	return n, true
}

// keysOf returns the keys of the IRI nodes among refs, in order.
func (r *reader) keysOf(refs []cgraph.Ref) []string {
	out := make([]string, 0, len(refs))
	for _, ref := range refs {
		if k := r.keyOf(r.value(ref)); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// keyOf is the key of one of the project's IRIs, or "".
func (r *reader) keyOf(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	k, ok := strings.CutPrefix(string(iri), schema.IDBase)
	if !ok {
		return ""
	}
	return k
}

// typeOf returns the entity type of a node ("person"), or "". A hub's type
// is restated by each article that mentions it: sole reads it once.
func (r *reader) typeOf(node cgraph.Ref) string {
	if t, err := r.sole(node, schema.PredType); err == nil {
		if et, ok := entityTypeOf(t); ok {
			return et
		}
	}
	types, err := r.objects(node, schema.PredType) // several types
	if err != nil {
		return ""
	}
	for _, t := range types {
		if et, ok := entityTypeOf(r.value(t)); ok {
			return et
		}
	}
	return ""
}

func entityTypeOf(v quad.Value) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	et, ok := schema.TypeOfIRI(iri)
	return string(et), ok
}

// nameOf is a node's schema:name (the smallest, if articles disagree), or
// "".
func (r *reader) nameOf(node cgraph.Ref) string {
	v, err := r.sole(node, schema.PredName)
	if err != nil {
		return ""
	}
	return plainString(v)
}

// sole returns node's pred value when the store can tell, from the counts
// of its index, that every such quad has the one value the first holds:
// one quad read and two counts where firstObject reads a hundred quads
// before it asks (a role's holder, restated by each of its 5,000 articles).
// Otherwise, and on stores that cannot count, it is firstObject.
func (r *reader) sole(node cgraph.Ref, pred quad.IRI) (quad.Value, error) {
	f := fixed{quad.Subject: node, quad.Predicate: r.ref(pred)}
	var first cgraph.Ref
	err := r.eachQuad(f, func(q cgraph.Ref) error {
		first = r.dir(q, quad.Object)
		return errStop
	})
	if err = nilStop(err); err != nil || first == nil {
		return nil, err
	}
	if r.allHave(f, quad.Object, first) {
		return r.value(first), nil
	}
	return r.firstObject(node, pred)
}
