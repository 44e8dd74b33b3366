//! Every IRI the project writes or reads, in one place.
//!
//! Keeping them here (as oxigraph does in its own `vocab` module) means a namespace
//! change touches one file, and code elsewhere never spells an IRI by hand.

/// The base under which all isnad IRIs live.
pub const BASE: &str = "https://w3id.org/isnad/";
/// The ontology namespace: classes and properties (`isnad:`).
pub const ONT: &str = "https://w3id.org/isnad/ontology#";
/// Entities: people, places, organizations (`e:`).
pub const ENTITY: &str = "https://w3id.org/isnad/entity/";
/// Entities found from titles and appositions, keyed by their normalized Arabic name.
pub const ENTITY_AR: &str = "https://w3id.org/isnad/entity/ar/";
/// Positions (titles) built from the text, keyed by their normalized Arabic title.
pub const POSITION: &str = "https://w3id.org/isnad/position/";
/// Described objects (agreements, actions) keyed by their normalized Arabic words.
pub const THING: &str = "https://w3id.org/isnad/thing/";
/// Articles.
pub const ARTICLE: &str = "https://w3id.org/isnad/article/";
/// Per-article named graphs: rebuilding an article replaces exactly its graph.
pub const GRAPH: &str = "https://w3id.org/isnad/graph/";
/// The named graph that holds the ontology and the lexicon.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/isnad/graph/ontology";
/// Outlets found in articles but absent from the lexicon.
pub const OUTLET: &str = "https://w3id.org/isnad/outlet/";
/// The named graph of counts kept up to date as articles are built (`crate::summary`);
/// outside `GRAPH` so that no article id can name it. Its tallies are `SUMMARY/kind/hash`.
pub const SUMMARY_GRAPH: &str = "https://w3id.org/isnad/summary";
/// The base of the summary's tallies (`SUMMARY/co-mention/…`).
pub const SUMMARY: &str = "https://w3id.org/isnad/summary";

/// RDF, RDFS, OWL, SKOS, XSD, PROV-O and Dublin Core terms used in the graph.
pub mod std_terms {
    pub const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    pub const RDF_REIFIES: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies";
    pub const RDF_SUBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject";
    pub const RDF_PREDICATE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate";
    pub const RDF_OBJECT: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object";
    pub const RDFS_LABEL: &str = "http://www.w3.org/2000/01/rdf-schema#label";
    pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";
    pub const XSD_INTEGER: &str = "http://www.w3.org/2001/XMLSchema#integer";
    pub const XSD_DECIMAL: &str = "http://www.w3.org/2001/XMLSchema#decimal";
    pub const XSD_DATE: &str = "http://www.w3.org/2001/XMLSchema#date";
    pub const XSD_DATE_TIME: &str = "http://www.w3.org/2001/XMLSchema#dateTime";
    pub const PROV_ENTITY: &str = "http://www.w3.org/ns/prov#Entity";
    pub const PROV_WAS_DERIVED_FROM: &str = "http://www.w3.org/ns/prov#wasDerivedFrom";
    pub const PROV_WAS_ATTRIBUTED_TO: &str = "http://www.w3.org/ns/prov#wasAttributedTo";
    pub const PROV_VALUE: &str = "http://www.w3.org/ns/prov#value";
    pub const DCT_TITLE: &str = "http://purl.org/dc/terms/title";
    pub const DCT_DATE: &str = "http://purl.org/dc/terms/date";
    pub const DCT_SOURCE: &str = "http://purl.org/dc/terms/source";
    pub const DCT_IDENTIFIER: &str = "http://purl.org/dc/terms/identifier";
    pub const DCT_LANGUAGE: &str = "http://purl.org/dc/terms/language";
}

/// Local names of the ontology terms the code refers to (the full IRI is `ONT` + name).
pub mod ont {
    pub const ARTICLE: &str = "Article";
    pub const OUTLET: &str = "Outlet";
    pub const EVIDENCE: &str = "Evidence";
    pub const SENTENCE: &str = "Sentence";
    pub const STATEMENT: &str = "Statement";
    pub const POSITION: &str = "Position";
    pub const TRIGGER: &str = "Trigger";
    pub const OUTLET_PROP: &str = "outlet";
    pub const URL: &str = "url";
    pub const INPUT_PATH: &str = "inputPath";
    pub const SHA256: &str = "sha256";
    pub const IN_ARTICLE: &str = "inArticle";
    pub const IN_SENTENCE: &str = "inSentence";
    pub const TEXT: &str = "text";
    pub const START: &str = "start";
    pub const END: &str = "end";
    pub const RULE: &str = "rule";
    pub const CONFIDENCE: &str = "confidence";
    pub const MENTIONS: &str = "mentions";
    pub const ADJECTIVE: &str = "adjective";
    pub const PLURAL: &str = "plural";
    pub const CAPITAL: &str = "capital";
    pub const COUNTRY: &str = "country";
    pub const HELD_ROLE: &str = "heldRole";
    pub const ROLE_KIND: &str = "roleKind";
    pub const ROLE_OF: &str = "roleOf";
    pub const FROM: &str = "from";
    pub const UNTIL: &str = "until";
    pub const GENDER: &str = "gender";
    pub const RELATION: &str = "relation";
    pub const FRAME: &str = "frame";
    pub const FORMS: &str = "forms";
    pub const MARKER: &str = "marker";
    pub const CUE: &str = "cue";
    pub const WORD_CLASS: &str = "wordClass";
    pub const HOLDS_POSITION: &str = "holdsPosition";
    // the summary graph (`crate::summary`)
    pub const CO_MENTIONED_WITH: &str = "coMentionedWith";
    pub const REPORTED_RELATION: &str = "reportedRelation";
    pub const SENTENCE_COUNT: &str = "sentenceCount";
    pub const EVIDENCE_COUNT: &str = "evidenceCount";
    pub const ARTICLE_COUNT: &str = "articleCount";
    pub const TEXT_LABEL: &str = "textLabel";
    pub const TEXT_POSITION: &str = "textPosition";
    pub const SUMMARY_VERSION: &str = "summaryVersion";
    pub const PENDING_GRAPH: &str = "pendingGraph";
    pub const ONTOLOGY_DIGEST: &str = "ontologyDigest";
}

/// The full IRI of an ontology term.
pub fn ont_iri(local: &str) -> String {
    format!("{ONT}{local}")
}
