package schema

import (
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// Quads returns the facts of d as quads, each labelled with the article's
// IRI. The result is deterministic: the same Document always gives the same
// quads, which is what makes loading idempotent.
func (d *Document) Quads() []quad.Quad {
	b := quadBuilder{label: ArticleIRI(d.ID)}
	b.article(&d.Article)
	for _, e := range d.Entities {
		b.entity(e)
	}
	for _, r := range d.Roles {
		b.role(d, r)
	}
	for _, s := range d.Statements {
		b.statement(d, s)
	}
	return b.quads
}

// EntityNames returns the quads that name the entity e: its type, canonical
// name, aliases and lookup keys, labelled with label.
func EntityNames(e Entity, label quad.Value) []quad.Quad {
	b := quadBuilder{label: label}
	b.names(EntityIRI(e.Type, e.Name), e)
	return b.quads
}

// Date returns the literal for a YYYY-MM-DD date.
func Date(s string) quad.Value {
	return quad.TypedString{Value: quad.String(s), Type: XSDDate}
}

// Bool returns the literal for a boolean, spelt as RDF wants it.
func Bool(v bool) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatBool(v)), Type: XSDBoolean}
}

// Decimal returns the literal for a number between 0 and 1, rounded to two
// places so the same extraction always writes the same quad.
func Decimal(v float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(v, 'f', 2, 64)), Type: XSDDecimal}
}

// RoleIRI is the node of the role title held by person at org (org may be
// ""): the same post stated by many articles, in any of its spellings
// ("ceo", "chief executive"), is one node, named by the title's TitleKey.
func RoleIRI(person quad.IRI, title string, org quad.IRI) quad.IRI {
	return quad.IRI(IDBase + "role/" + hashOf(string(person), TitleKey(title), string(org))[:20])
}

// StatementIRI is the node of a statement of an article.
func StatementIRI(articleID string, speaker quad.IRI, text string) quad.IRI {
	return quad.IRI(IDBase + "statement/" + hashOf(articleID, string(speaker), text)[:20])
}

type quadBuilder struct {
	label quad.Value
	quads []quad.Quad
}

func (b *quadBuilder) add(s, p, o quad.Value) {
	b.quads = append(b.quads, quad.Quad{Subject: s, Predicate: p, Object: validText(o), Label: b.label})
}

func (b *quadBuilder) addString(s, p quad.Value, o string) {
	if o != "" {
		b.add(s, p, quad.String(o))
	}
}

func (b *quadBuilder) article(a *Article) {
	n := ArticleIRI(a.ID)
	b.add(n, PredType, TypeNewsArticle)
	b.addString(n, PredName, a.ID)
	if a.Date != "" {
		b.add(n, PredDatePublished, Date(a.Date))
	}
	b.addString(n, PredHeadline, a.Title)
	b.url(n, a.URL)
	b.addString(n, PredPublisher, a.Publisher)
	b.addString(n, PredLoadedFrom, a.Origin)
	b.addString(n, PredArticleBody, a.Text)
}

func (b *quadBuilder) entity(e Entity) {
	n := EntityIRI(e.Type, e.Name)
	b.names(n, e)
	b.countryCodes(n, e)
	if b.label != nil {
		b.add(b.label, PredMentions, n)
	}
}

func (b *quadBuilder) names(n quad.IRI, e Entity) {
	b.add(n, PredType, e.Type.IRI())
	b.add(n, PredName, quad.String(e.Name))
	keys := map[string]bool{}
	for _, name := range append([]string{e.Name}, e.Aliases...) {
		if name != e.Name {
			b.add(n, PredAlternateName, quad.String(name))
		}
		if k := NormalizeName(name); k != "" && !keys[k] {
			keys[k] = true
			b.add(n, PredKey, quad.String(k))
		}
	}
	for _, k := range matchKeys(e) {
		b.add(n, PredMatchKey, quad.String(k))
	}
}

func (b *quadBuilder) role(d *Document, r Role) {
	person := d.entityIRI(r.Person, Person)
	var org quad.IRI
	if r.Org != "" {
		org = d.entityIRI(r.Org, Organization)
	}
	n := RoleIRI(person, r.Title, org)
	b.add(n, PredType, TypeRole)
	b.add(n, PredHolder, person)
	b.addString(n, PredRoleName, NormalizeName(r.Title))
	b.addString(n, PredTitleKey, TitleKey(r.Title))
	if org != "" {
		b.add(n, PredRoleIn, org)
	}
	// The status carries the article's label like every other quad, so a
	// post can be incoming in one article and current in a later one;
	// the article's date places each (queries' holders and roles).
	b.add(n, PredRoleStatus, quad.String(r.Status()))
	b.provenance(n, r.Span, r.Confidence)
}

// countryCodes writes a country's ISO 3166-1 codes. A code that is not two
// or three ASCII capitals is a producer's mistake and is left out, as are
// codes on entities that are not countries.
func (b *quadBuilder) countryCodes(n quad.IRI, e Entity) {
	if e.Type != Country {
		return
	}
	if isCode(e.Alpha2, 2) {
		b.add(n, PredAlpha2, quad.String(e.Alpha2))
	}
	if isCode(e.Alpha3, 3) {
		b.add(n, PredAlpha3, quad.String(e.Alpha3))
	}
}

func isCode(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < n; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// provenance records where in the article a role or statement was found
// and how sure extraction was; the quads carry the article's label, so a
// role stated by two articles keeps one span per article.
func (b *quadBuilder) provenance(n quad.IRI, span *Span, confidence float64) {
	if span != nil {
		b.add(n, PredSpan, quad.String(span.String()))
	}
	if confidence > 0 {
		b.add(n, PredConfidence, Decimal(confidence))
	}
}

func (b *quadBuilder) statement(d *Document, s Statement) {
	var speaker quad.IRI
	if s.Speaker != "" {
		speaker = d.entityIRI(s.Speaker, Person)
	}
	n := StatementIRI(d.ID, speaker, s.Text)
	b.add(n, PredType, TypeStatement)
	if s.Indirect {
		b.add(n, PredType, TypeReportedSpeech)
	} else {
		b.add(n, PredType, TypeQuotation)
	}
	if speaker != "" {
		b.add(n, PredSpeaker, speaker)
	}
	if s.SpeakerOrg != "" {
		b.add(n, PredSpeakerOrg, d.entityIRI(s.SpeakerOrg, Organization))
	}
	b.add(n, PredText, quad.String(s.Text))
	if s.Date != "" {
		b.add(n, PredDateCreated, Date(s.Date))
	}
	if s.Channel != "" {
		b.add(n, PredChannel, d.entityIRI(s.Channel, Company))
	}
	for _, m := range s.Mentions {
		b.add(n, PredMentions, d.entityIRI(m, Organization))
	}
	b.add(n, PredIsPartOf, ArticleIRI(d.ID))
	b.provenance(n, s.Span, s.Confidence)
}

// entityIRI finds the entity called name in d; a name the Document does not
// list (a producer's mistake) gets the IRI of type fallback rather than a
// dangling node of unknown type.
func (d *Document) entityIRI(name string, fallback EntityType) quad.IRI {
	if e, ok := d.Entity(name); ok {
		return EntityIRI(e.Type, e.Name)
	}
	return EntityIRI(fallback, name)
}

// Text renders a value as plain text for people and indexes: IRIs without
// brackets, literals without quotes, datatype or language.
func Text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(v)
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Time:
		return time.Time(v).Format(time.RFC3339)
	case quad.TypedStringer: // numbers and booleans: their lexical form
		return string(v.TypedString().Value)
	}
	return quad.StringOf(v)
}
