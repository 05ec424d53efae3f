package schema

import "github.com/cayleygraph/quad"

// Namespaces used by the vocabulary. Only absolute IRIs are written to the
// store: Cayley's N-Quads reader drops documents with relative IRIs.
const (
	// NS is the project's own namespace for types and predicates that
	// schema.org does not have.
	NS = "https://newsgraph.dev/ns#"
	// IDBase is the prefix of every node the project mints.
	IDBase = "https://newsgraph.dev/id/"
	// SchemaOrg is schema.org's namespace, as Cayley's voc package spells it.
	SchemaOrg = "http://schema.org/"
	// RDF is the RDF namespace.
	RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// XSD is the XML Schema datatypes namespace.
	XSD = "http://www.w3.org/2001/XMLSchema#"
)

// Types.
var (
	TypeNewsArticle    = quad.IRI(SchemaOrg + "NewsArticle")
	TypePerson         = quad.IRI(SchemaOrg + "Person")
	TypeCountry        = quad.IRI(SchemaOrg + "Country")
	TypeCorporation    = quad.IRI(SchemaOrg + "Corporation")
	TypeOrganization   = quad.IRI(SchemaOrg + "Organization")
	TypeQuotation      = quad.IRI(SchemaOrg + "Quotation")
	TypeStatement      = quad.IRI(NS + "Statement")
	TypeReportedSpeech = quad.IRI(NS + "ReportedSpeech")
	TypeRole           = quad.IRI(NS + "Role")
	TypeSavedQuery     = quad.IRI(NS + "SavedQuery")
)

// Predicates.
var (
	PredType          = quad.IRI(RDF + "type")
	PredName          = quad.IRI(SchemaOrg + "name")
	PredAlternateName = quad.IRI(SchemaOrg + "alternateName")
	PredKey           = quad.IRI(NS + "key")
	PredMatchKey      = quad.IRI(NS + "matchKey")
	PredDatePublished = quad.IRI(SchemaOrg + "datePublished")
	PredHeadline      = quad.IRI(SchemaOrg + "headline")
	PredURL           = quad.IRI(SchemaOrg + "url")
	PredPublisher     = quad.IRI(SchemaOrg + "publisher")
	PredArticleBody   = quad.IRI(SchemaOrg + "articleBody")
	PredLoadedFrom    = quad.IRI(NS + "loadedFrom")
	PredMentions      = quad.IRI(SchemaOrg + "mentions")
	PredHolder        = quad.IRI(NS + "holder")
	PredRoleName      = quad.IRI(SchemaOrg + "roleName")
	PredRoleIn        = quad.IRI(NS + "roleIn")
	PredTitleKey      = quad.IRI(NS + "titleKey")
	PredRoleStatus    = quad.IRI(NS + "roleStatus")
	PredAlpha2        = quad.IRI(NS + "iso3166Alpha2")
	PredAlpha3        = quad.IRI(NS + "iso3166Alpha3")
	PredSpeaker       = quad.IRI(SchemaOrg + "spokenByCharacter")
	PredSpeakerOrg    = quad.IRI(NS + "speakerOrg")
	PredText          = quad.IRI(SchemaOrg + "text")
	PredDateCreated   = quad.IRI(SchemaOrg + "dateCreated")
	PredChannel       = quad.IRI(NS + "channel")
	PredIsPartOf      = quad.IRI(SchemaOrg + "isPartOf")
	PredSpan          = quad.IRI(NS + "span")
	PredConfidence    = quad.IRI(NS + "confidence")
	PredQueryText     = quad.IRI(NS + "queryText")
	PredDescription   = quad.IRI(SchemaOrg + "description")

	// Decisions about entities (graph/decision.go): who merged, kept apart
	// or unmerged which two, or lifted a keep-apart, and when.
	TypeMergeDecision         = quad.IRI(NS + "MergeDecision")
	TypeKeepApartDecision     = quad.IRI(NS + "KeepApartDecision")
	TypeUnmergeDecision       = quad.IRI(NS + "UnmergeDecision")
	TypeUndoKeepApartDecision = quad.IRI(NS + "UndoKeepApartDecision")
	PredInto                  = quad.IRI(NS + "into")
	PredFrom                  = quad.IRI(NS + "from")
	PredApart                 = quad.IRI(NS + "apart")
	PredRejoined              = quad.IRI(NS + "rejoined")
	PredDecidedBy             = quad.IRI(NS + "decidedBy")
	PredDecidedAt             = quad.IRI(NS + "decidedAt")
	PredFacts                 = quad.IRI(NS + "facts")
	PredMovedFact             = quad.IRI(NS + "movedFact")
	PredSharedFact            = quad.IRI(NS + "sharedFact")
	PredLeftFact              = quad.IRI(NS + "leftFact")
	PredUndoes                = quad.IRI(NS + "undoes")
	// PredContentHash is the SHA-256 of an article's content (package
	// graph, ContentHash).
	PredContentHash = quad.IRI(NS + "contentHash")
)

// Datatypes.
var (
	XSDDate    = quad.IRI(XSD + "date")
	XSDBoolean = quad.IRI(XSD + "boolean")
	XSDDecimal = quad.IRI(XSD + "decimal")
)

// AliasesLabel is the label of aliases users add by hand and of the
// alternate names an entity merge records: facts with no article behind them.
var AliasesLabel = quad.IRI(IDBase + "aliases")

// SavedQueriesLabel is the label of the quads that store users' saved queries,
// so they never mix with facts from articles.
var SavedQueriesLabel = quad.IRI(IDBase + "saved-queries")

// Term is one entry of the vocabulary, for documentation and for the JSON-LD
// @context that export writes.
type Term struct {
	Prefix string // "schema" or "ng"
	Name   string
	IRI    quad.IRI
	Doc    string
}

// Vocabulary lists every type and predicate the project writes.
func Vocabulary() []Term {
	return []Term{
		{"schema", "NewsArticle", TypeNewsArticle, "an article that was loaded"},
		{"schema", "Person", TypePerson, "a person"},
		{"schema", "Country", TypeCountry, "a sovereign state"},
		{"schema", "Corporation", TypeCorporation, "a company"},
		{"schema", "Organization", TypeOrganization, "any other organisation: ministry, agency, party, university"},
		{"schema", "Quotation", TypeQuotation, "a direct quotation (also ng:Statement)"},
		{"ng", "Statement", TypeStatement, "anything someone said: quotation or reported speech"},
		{"ng", "ReportedSpeech", TypeReportedSpeech, "a statement in reported speech (also ng:Statement)"},
		{"ng", "Role", TypeRole, "a post a person holds at an organisation or country"},
		{"ng", "SavedQuery", TypeSavedQuery, "a user's saved Gizmo query"},
		{"rdf", "type", PredType, "the type of a node"},
		{"schema", "name", PredName, "canonical name of an entity"},
		{"schema", "alternateName", PredAlternateName, "another name seen for the entity"},
		{"ng", "key", PredKey, "a normalised name, for alias lookup"},
		{"ng", "matchKey", PredMatchKey, "a name folded for matching across articles (see MatchKey)"},
		{"schema", "datePublished", PredDatePublished, "publication date of an article (xsd:date)"},
		{"schema", "headline", PredHeadline, "title of an article"},
		{"schema", "url", PredURL, "URL of an article"},
		{"schema", "publisher", PredPublisher, "publication an article came from"},
		{"schema", "articleBody", PredArticleBody, "text of an article"},
		{"ng", "loadedFrom", PredLoadedFrom, "file or stream an article was loaded from"},
		{"ng", "contentHash", PredContentHash, "SHA-256 of an article's id, date, title, url, publisher and text: a reload skips an article whose hash is stored"},
		{"schema", "mentions", PredMentions, "an article or statement mentions an entity"},
		{"ng", "holder", PredHolder, "the person who holds a role"},
		{"schema", "roleName", PredRoleName, "the title of a role (ceo, president)"},
		{"ng", "roleIn", PredRoleIn, "the organisation or country a role belongs to"},
		{"ng", "titleKey", PredTitleKey, "the normal form of a role's title that identifies the post (TitleKey: ceo and chief executive are one)"},
		{"ng", "roleStatus", PredRoleStatus, "current, former or incoming: a role's time as the article that labels the quad states it, as of that article's datePublished"},
		{"ng", "iso3166Alpha2", PredAlpha2, "a country's ISO 3166-1 alpha-2 code (UA)"},
		{"ng", "iso3166Alpha3", PredAlpha3, "a country's ISO 3166-1 alpha-3 code (UKR)"},
		{"schema", "spokenByCharacter", PredSpeaker, "who made a statement"},
		{"ng", "speakerOrg", PredSpeakerOrg, "the organisation a statement is attributed to"},
		{"schema", "text", PredText, "the words of a statement"},
		{"schema", "dateCreated", PredDateCreated, "when a statement was made (xsd:date)"},
		{"ng", "channel", PredChannel, "where a statement was made (Twitter, Facebook)"},
		{"schema", "isPartOf", PredIsPartOf, "the article a statement was found in"},
		{"ng", "span", PredSpan, "START-END byte offsets of a role or statement in the articleBody of the article that labels the quad"},
		{"ng", "confidence", PredConfidence, "how sure extraction was of a role or statement, 0 to 1 (xsd:decimal)"},
		{"ng", "queryText", PredQueryText, "the Gizmo source of a saved query"},
		{"schema", "description", PredDescription, "description of a saved query"},
		{"ng", "MergeDecision", TypeMergeDecision, "a person merged ng:from into ng:into"},
		{"ng", "KeepApartDecision", TypeKeepApartDecision, "a person kept the two ng:apart entities apart"},
		{"ng", "UnmergeDecision", TypeUnmergeDecision, "a person undid the merge named by ng:undoes"},
		{"ng", "UndoKeepApartDecision", TypeUndoKeepApartDecision, "a person lifted the keep-apart named by ng:undoes"},
		{"ng", "into", PredInto, "the entity a merge kept (xsd:anyURI)"},
		{"ng", "from", PredFrom, "the entity a merge folded into the other (xsd:anyURI)"},
		{"ng", "apart", PredApart, "one of two entities kept apart (xsd:anyURI)"},
		{"ng", "rejoined", PredRejoined, "one of two entities no longer kept apart (xsd:anyURI)"},
		{"ng", "decidedBy", PredDecidedBy, "who took a decision (--as, $USER, or console)"},
		{"ng", "decidedAt", PredDecidedAt, "when a decision was taken (xsd:dateTime, UTC)"},
		{"ng", "facts", PredFacts, "the node holding the facts a merge moved or an unmerge left"},
		{"ng", "movedFact", PredMovedFact, "a fact a merge moved, in N-Quads, as its article wrote it"},
		{"ng", "sharedFact", PredSharedFact, "a fact a merge moved that the kept entity already had"},
		{"ng", "leftFact", PredLeftFact, "a fact an unmerge left on the kept entity because another merge brought it too"},
		{"ng", "undoes", PredUndoes, "the decision an unmerge or an undone keep-apart undid"},
	}
}
