package schema

import (
	"encoding/json"
	"fmt"
	"github.com/cayleygraph/quad"
	"strconv"
	"strings"
)

// EntityType is the kind of a named entity.
type EntityType string

// The entity types newsgraph extracts.
const (
	Person       EntityType = "person"
	Country      EntityType = "country"
	Company      EntityType = "company"
	Organization EntityType = "organization"
)

// EntityTypes lists every entity type, in a stable order.
var EntityTypes = []EntityType{Person, Country, Company, Organization}

// ParseEntityType returns the EntityType named s, or an error naming the
// accepted values.
func ParseEntityType(s string) (EntityType, error) {
	for _, t := range EntityTypes {
		if string(t) == s {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown entity type %q (want person, country, company or organization)", s)
}

// IRI returns the rdf:type of entities of this type.
func (t EntityType) IRI() quad.IRI {
	switch t {
	case Person:
		return TypePerson
	case Country:
		return TypeCountry
	case Company:
		return TypeCorporation
	default:
		return TypeOrganization
	}
}

// TypeOfIRI is the inverse of EntityType.IRI; ok is false for IRIs that are
// not entity types.
func TypeOfIRI(iri quad.IRI) (t EntityType, ok bool) {
	for _, t := range EntityTypes {
		if t.IRI() == iri {
			return t, true
		}
	}
	return "", false
}

// Article is one news article as a loader read it.
type Article struct {
	// ID identifies the article: the id the input gave, or ContentID of its
	// text and date. Loading two articles with the same ID is idempotent.
	ID string `json:"id"`
	// Origin is where the article was read from: the path as given, with
	// ":LINE" for a JSON line; "-" for standard input.
	Origin    string `json:"source"`
	Date      string `json:"date"` // YYYY-MM-DD, or "" when the input had none
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"` // the "source" field of a JSON line
	Text      string `json:"-"`
}

// Span is a byte range [Start, End) of an article's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// String writes the span as "START-END", the form of ng:span literals.
func (s Span) String() string { return strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) }

// ParseSpan reads a "START-END" span.
func ParseSpan(s string) (Span, error) {
	a, b, ok := strings.Cut(s, "-")
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || start < 0 || end < start {
		return Span{}, fmt.Errorf("bad span %q (want START-END)", s)
	}
	return Span{Start: start, End: end}, nil
}

// Entity is one resolved entity of an article with every name it was called.
type Entity struct {
	ID       string     `json:"id"` // EntityKey(Type, Name)
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Mentions int        `json:"mentions"`
	Spans    []Span     `json:"spans,omitempty"`
	// Alpha2 and Alpha3 are a country's ISO 3166-1 codes ("UA", "UKR"),
	// "" when unknown and for other entities. They let the graph join
	// datasets keyed by country code (ng:iso3166Alpha2, ng:iso3166Alpha3).
	Alpha2 string `json:"iso3166_alpha2,omitempty"`
	Alpha3 string `json:"iso3166_alpha3,omitempty"`
}

// Role is a post a person holds: "SpaceX CEO Elon Musk". Person and Org are
// canonical entity names of the same Document; Org is "" when the text names
// no organisation.
//
// Former and Incoming give the post's time as of the article's date, as the
// text states it ("former CEO X", "X will become CEO"); a current post has
// neither. At most one is set; see Status.
type Role struct {
	Person     string  `json:"person"`
	Title      string  `json:"title"`
	Org        string  `json:"org"`
	Former     bool    `json:"former,omitempty"`
	Incoming   bool    `json:"incoming,omitempty"`
	Span       *Span   `json:"span,omitempty"`
	Confidence float64 `json:"confidence,omitempty"`
}

// RoleStatus is a role's time as one article states it, relative to the
// article's date; it is the literal of ng:roleStatus.
type RoleStatus string

// The three times of a role.
const (
	StatusCurrent  RoleStatus = "current"
	StatusFormer   RoleStatus = "former"
	StatusIncoming RoleStatus = "incoming"
)

// RoleStatuses lists the statuses in the order a post lives through them.
var RoleStatuses = []RoleStatus{StatusIncoming, StatusCurrent, StatusFormer}

// ParseRoleStatus returns the RoleStatus spelt s, or an error naming the
// accepted values.
func ParseRoleStatus(s string) (RoleStatus, error) {
	for _, st := range RoleStatuses {
		if string(st) == s {
			return st, nil
		}
	}
	return "", fmt.Errorf("unknown role status %q (want current, former or incoming)", s)
}

// Status is the role's time: former when Former is set (even if Incoming
// is set too, a producer's mistake: what the text calls former is past),
// else incoming when Incoming is set, else current.
func (r Role) Status() RoleStatus {
	switch {
	case r.Former:
		return StatusFormer
	case r.Incoming:
		return StatusIncoming
	}
	return StatusCurrent
}

// Statement is something said: a direct quotation, a quoted tweet or
// reported speech. Speaker and SpeakerOrg are canonical entity names of the
// same Document, "" when unknown.
type Statement struct {
	Speaker    string   `json:"speaker"`
	SpeakerOrg string   `json:"speaker_org"`
	Text       string   `json:"text"`
	Date       string   `json:"date"` // YYYY-MM-DD: the tweet's own date, else the article's
	Indirect   bool     `json:"indirect"`
	Channel    string   `json:"channel"` // canonical name of the medium (Twitter), or ""
	Mentions   []string `json:"mentions"`
	Span       *Span    `json:"span,omitempty"`
	Confidence float64  `json:"confidence,omitempty"`
}

// Document is everything extracted from one article.
type Document struct {
	Article
	Entities   []Entity    `json:"entities"`
	Roles      []Role      `json:"roles"`
	Statements []Statement `json:"statements"`
}

// MarshalJSON writes empty optional names as null, as `newsgraph extract`
// documents.
func (r Role) MarshalJSON() ([]byte, error) {
	type plain Role
	return json.Marshal(struct {
		plain
		Org *string `json:"org"`
	}{plain(r), nullable(r.Org)})
}

// MarshalJSON writes empty optional names as null.
func (s Statement) MarshalJSON() ([]byte, error) {
	type plain Statement
	if s.Mentions == nil {
		s.Mentions = []string{}
	}
	return json.Marshal(struct {
		plain
		Speaker    *string `json:"speaker"`
		SpeakerOrg *string `json:"speaker_org"`
		Channel    *string `json:"channel"`
	}{plain(s), nullable(s.Speaker), nullable(s.SpeakerOrg), nullable(s.Channel)})
}

// Entity returns the entity of d whose canonical name is name.
func (d *Document) Entity(name string) (Entity, bool) {
	for _, e := range d.Entities {
		if e.Name == name {
			return e, true
		}
	}
	return Entity{}, false
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Clone returns a copy of d that shares no slice with it: entity
// resolution renames a document's entities, aliases and mentions in place,
// and a load that tries an article again starts from the copy.
func (d Document) Clone() Document {
	d.Entities = append([]Entity(nil), d.Entities...)
	for i := range d.Entities {
		d.Entities[i].Aliases = append([]string(nil), d.Entities[i].Aliases...)
	}
	d.Roles = append([]Role(nil), d.Roles...)
	d.Statements = append([]Statement(nil), d.Statements...)
	for i := range d.Statements {
		d.Statements[i].Mentions = append([]string(nil), d.Statements[i].Mentions...)
	}
	return d
}
