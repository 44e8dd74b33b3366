//! The JSON Lines contract of `isnad extract --format jsonl`: one fact per line.
//!
//! ```text
//! {"doc": "<article id>", "sentence": "<verbatim>", "span": [start, end],
//!  "subject": {"iri", "label", "label_ar", "type"}, "relation": "<local name>",
//!  "object": <entity> | {"value", "datatype"} | {"iri", "text"},
//!  "confidence": 0.85, "rule": "<rule id>"}
//! ```
//! `span` counts Unicode scalar values in the article text (title, newline, body).
//! Fields are only ever added, never renamed, so scripts can rely on them.

use crate::extract::{EntityInfo, ExtractedFact, Extraction, FactObject};
use crate::vocab::std_terms;
use serde::Serialize;

/// An entity in JSON.
#[derive(Debug, Serialize)]
pub struct JsonEntity<'a> {
    /// IRI.
    pub iri: &'a str,
    /// English label, else the Arabic one.
    pub label: &'a str,
    /// Arabic label, else the English one.
    pub label_ar: &'a str,
    /// Class local name.
    #[serde(rename = "type")]
    pub etype: &'static str,
}

impl<'a> JsonEntity<'a> {
    /// The JSON view of an entity.
    pub fn of(e: &'a EntityInfo) -> Self {
        let en = e
            .label_en
            .as_deref()
            .or(e.label_ar.as_deref())
            .unwrap_or("");
        let ar = e
            .label_ar
            .as_deref()
            .or(e.label_en.as_deref())
            .unwrap_or("");
        JsonEntity {
            iri: &e.iri,
            label: en,
            label_ar: ar,
            etype: e.etype.local_name(),
        }
    }
}

/// A fact's object in JSON.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum JsonObject<'a> {
    /// An entity.
    Entity(JsonEntity<'a>),
    /// A typed literal.
    Value {
        /// The lexical value.
        value: String,
        /// Its datatype IRI.
        datatype: &'static str,
    },
    /// A statement.
    Statement {
        /// The statement's IRI.
        iri: &'a str,
        /// The words said.
        text: &'a str,
    },
}

/// One fact in JSON.
#[derive(Debug, Serialize)]
pub struct JsonFact<'a> {
    /// Article id.
    pub doc: &'a str,
    /// The sentence, verbatim.
    pub sentence: &'a str,
    /// Its span in Unicode scalar values.
    pub span: [usize; 2],
    /// Subject.
    pub subject: JsonEntity<'a>,
    /// Relation local name.
    pub relation: &'a str,
    /// Object.
    pub object: JsonObject<'a>,
    /// Confidence, 0 to 1.
    pub confidence: f64,
    /// Rule id.
    pub rule: &'a str,
    /// Publication date, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// Outlet, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<&'a str>,
}

/// The JSON view of one fact of an extraction.
pub fn json_fact<'a>(ex: &'a Extraction, f: &'a ExtractedFact) -> JsonFact<'a> {
    let s = &ex.sentences[f.sentence];
    let object = match &f.object {
        FactObject::Entity(e) => JsonObject::Entity(JsonEntity::of(e)),
        FactObject::Integer(n) => JsonObject::Value {
            value: n.to_string(),
            datatype: std_terms::XSD_INTEGER,
        },
        FactObject::Quote { iri, text } => JsonObject::Statement { iri, text },
    };
    JsonFact {
        doc: &ex.article.id,
        sentence: ex.sentence_text(f.sentence),
        span: [s.chars.0, s.chars.1],
        subject: JsonEntity::of(&f.subject),
        relation: &f.relation,
        object,
        confidence: (f.confidence as f64 * 100.0).round() / 100.0,
        rule: &f.rule,
        date: ex.article.date.as_deref(),
        outlet: ex.outlet.as_deref(),
    }
}

/// Writes the facts of an extraction as JSON Lines.
pub fn write_jsonl(ex: &Extraction, w: &mut impl std::io::Write) -> std::io::Result<()> {
    for f in &ex.facts {
        serde_json::to_writer(&mut *w, &json_fact(ex, f))?;
        w.write_all(b"\n")?;
    }
    Ok(())
}
