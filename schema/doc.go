// Package schema is newsgraph's vocabulary: the kinds of entity it knows, the
// values extraction produces (Article, Entity, Role, Statement, Document), the
// IRIs every node and predicate gets, and the one function that turns an
// extracted Document into Cayley quads.
//
// # The model
//
// An article is a node of type schema:NewsArticle. Every fact extracted from it
// is a quad whose label (the fourth element) is the article's IRI, so the
// provenance of a fact is always the article it came from, and removing or
// re-loading an article touches only its own quads.
//
//	<article> rdf:type schema:NewsArticle ; schema:datePublished "2022-03-14"^^xsd:date ;
//	          schema:headline "…" ; schema:url <…> ; schema:articleBody "…" ;
//	          schema:mentions <entity> .
//	<entity>  rdf:type schema:Person|schema:Country|schema:Corporation|schema:Organization ;
//	          schema:name "Elon Musk" ; schema:alternateName "Musk", "@elonmusk" ;
//	          ng:key "elon musk", "musk", "elonmusk" .
//	<role>    rdf:type ng:Role ; ng:holder <person> ; schema:roleName "ceo" ;
//	          ng:titleKey "chief executive officer" ; ng:roleIn <org> ;
//	          ng:roleStatus "current"|"former"|"incoming" .
//	<country> ng:iso3166Alpha2 "UA" ; ng:iso3166Alpha3 "UKR" .
//	<stmt>    rdf:type ng:Statement, schema:Quotation|ng:ReportedSpeech ;
//	          schema:spokenByCharacter <person> ; ng:speakerOrg <org> ; schema:text "…" ;
//	          schema:dateCreated "…"^^xsd:date ; ng:channel <company> ;
//	          schema:mentions <entity> ; schema:isPartOf <article> .
//
// # IRIs
//
// Entities are named by type and normalised canonical name
// (https://newsgraph.dev/id/person/elon-musk), so the same entity gets the same
// IRI in every article and facts from many articles meet in one node. Roles are
// named by a hash of holder, [TitleKey] of the title and organisation, so the
// same post stated by two articles, in any spelling ("ceo", "chief
// executive"), is one node with two sets of provenance; each article's own
// words stay as its schema:roleName.
//
// # Time
//
// Every article that states a role writes, under its own label, the role's
// ng:roleStatus as of the article's schema:datePublished: "incoming" ("will
// become"), "current" or "former" ("former", "stepped down"). A post can so be
// incoming in March and current in June, each with its article; the
// queries' holders and roles person= read the statuses in date order. Statements are named by
// a hash of article, speaker and text.
//
// ng:key literals hold every name of an entity in the normalised form of
// [NormalizeName]; they let a query resolve any alias ("Путин", "@elonmusk",
// "Ukrainian") to its node through the store's object index.
package schema
