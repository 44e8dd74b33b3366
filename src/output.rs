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
//!
//! Also the N-Quads lines of `isnad extract --format nquads` ([`write_nquads`]).

use crate::extract::{EntityInfo, ExtractedFact, Extraction, FactObject};
use crate::vocab::std_terms;
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphNameRef, LiteralRef, NamedOrBlankNodeRef, QuadRef, TermRef};
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

/// Appends quads as N-Quads lines, byte for byte what oxigraph's N-Quads serializer
/// writes. Why not that serializer: it goes through `fmt::Display` and writes a
/// literal one character at a time, which was 13 % of a one-core `extract --format
/// nquads` (the sentence texts are most of the bytes); this copies each literal's runs
/// of plain text whole.
pub fn write_nquads<'a>(quads: impl IntoIterator<Item = QuadRef<'a>>, out: &mut Vec<u8>) {
    for q in quads {
        subject(q.subject, out);
        out.push(b' ');
        iri(q.predicate.as_str(), out);
        out.push(b' ');
        term(q.object, out);
        match q.graph_name {
            GraphNameRef::NamedNode(n) => {
                out.push(b' ');
                iri(n.as_str(), out);
            }
            GraphNameRef::BlankNode(b) => {
                out.push(b' ');
                blank(b.as_str(), out);
            }
            GraphNameRef::DefaultGraph => {}
        }
        out.extend_from_slice(b" .\n");
    }
}

fn iri(iri: &str, out: &mut Vec<u8>) {
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

fn blank(id: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"_:");
    out.extend_from_slice(id.as_bytes());
}

fn subject(s: NamedOrBlankNodeRef<'_>, out: &mut Vec<u8>) {
    match s {
        NamedOrBlankNodeRef::NamedNode(n) => iri(n.as_str(), out),
        NamedOrBlankNodeRef::BlankNode(b) => blank(b.as_str(), out),
    }
}

fn term(t: TermRef<'_>, out: &mut Vec<u8>) {
    match t {
        TermRef::NamedNode(n) => iri(n.as_str(), out),
        TermRef::BlankNode(b) => blank(b.as_str(), out),
        TermRef::Literal(l) => literal(l, out),
        TermRef::Triple(t) => {
            out.extend_from_slice(b"<<( ");
            subject(t.subject.as_ref(), out);
            out.push(b' ');
            iri(t.predicate.as_str(), out);
            out.push(b' ');
            term(t.object.as_ref(), out);
            out.extend_from_slice(b" )>>");
        }
    }
}

fn literal(l: LiteralRef<'_>, out: &mut Vec<u8>) {
    quoted(l.value(), out);
    if let Some(lang) = l.language() {
        out.push(b'@');
        out.extend_from_slice(lang.as_bytes());
        if let Some(dir) = l.direction() {
            out.extend_from_slice(b"--");
            out.extend_from_slice(dir.to_string().as_bytes());
        }
    } else if l.datatype() != xsd::STRING {
        out.extend_from_slice(b"^^");
        iri(l.datatype().as_str(), out);
    }
}

/// A quoted string with N-Quads escapes: the short forms for backspace, tab, line
/// feed, form feed, carriage return, `"` and `\`; `\uXXXX` for the other control
/// characters, DEL, U+FFFE and U+FFFF; every other byte as it is.
fn quoted(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let b = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let (escape, len): (&[u8], usize) = match b[i] {
            0x08 => (b"\\b", 1),
            b'\t' => (b"\\t", 1),
            b'\n' => (b"\\n", 1),
            0x0C => (b"\\f", 1),
            b'\r' => (b"\\r", 1),
            b'"' => (b"\\\"", 1),
            b'\\' => (b"\\\\", 1),
            c @ (0x00..=0x1F | 0x7F) => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.extend_from_slice(&b[start..i]);
                out.extend_from_slice(b"\\u00");
                out.extend_from_slice(&[HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
                i += 1;
                start = i;
                continue;
            }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => (
                if b[i + 2] == 0xBE {
                    b"\\uFFFE"
                } else {
                    b"\\uFFFF"
                },
                3,
            ),
            _ => {
                i += 1;
                continue;
            }
        };
        out.extend_from_slice(&b[start..i]);
        out.extend_from_slice(escape);
        i += len;
        start = i;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::io::{RdfFormat, RdfSerializer};
    use oxigraph::model::{
        BaseDirection, BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term,
        Triple,
    };

    /// Checks that [`write_nquads`] writes the line oxigraph's serializer writes.
    fn check(
        subject: impl Into<NamedOrBlankNode>,
        object: impl Into<Term>,
        graph: impl Into<GraphName>,
    ) {
        let p = NamedNode::new_unchecked("http://example.org/p");
        let q = Quad::new(subject, p, object, graph);
        let mut theirs = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
        theirs.serialize_quad(&q).unwrap();
        let theirs = String::from_utf8(theirs.finish().unwrap()).unwrap();
        let mut ours = Vec::new();
        write_nquads([q.as_ref()], &mut ours);
        assert_eq!(String::from_utf8(ours).unwrap(), theirs, "{q:?}");
    }

    #[test]
    fn every_kind_of_term_and_escape_is_written_as_oxigraph_writes_it() {
        let s = NamedNode::new_unchecked("https://w3id.org/isnad/e/Q1");
        let g = NamedNode::new_unchecked("https://w3id.org/isnad/graph/a");
        let texts = [
            "",
            "plain",
            "قال الوزير \"إن\" الاتفاق",
            "tab\there, line\nfeed, return\r",
            "back\\slash and \\\"",
            "\u{8}\u{c}\u{0}\u{1}\u{1f}\u{7f}",
            "\u{fffe}\u{ffff}\u{fffd}\u{feff}",
            "ـــ tatweel, \u{200f} mark, emoji 🙂",
        ];
        for t in texts {
            check(s.clone(), Literal::new_simple_literal(t), g.clone());
            check(
                s.clone(),
                Literal::new_language_tagged_literal_unchecked(t, "ar"),
                g.clone(),
            );
            check(
                s.clone(),
                Literal::new_directional_language_tagged_literal_unchecked(
                    t,
                    "ar",
                    BaseDirection::Rtl,
                ),
                GraphName::DefaultGraph,
            );
            check(
                s.clone(),
                Literal::new_typed_literal(t, NamedNode::new_unchecked("http://example.org/dt")),
                g.clone(),
            );
        }
        check(s.clone(), Literal::from(42), g.clone());
        check(
            BlankNode::new_unchecked("b0"),
            BlankNode::new_unchecked("b1"),
            g.clone(),
        );
        check(s.clone(), g.clone(), BlankNode::new_unchecked("g"));
        let inner = Triple::new(
            s.clone(),
            NamedNode::new_unchecked("http://example.org/q"),
            Literal::new_language_tagged_literal_unchecked("\"x\"", "en"),
        );
        check(BlankNode::new_unchecked("r"), inner, g);
    }
}
