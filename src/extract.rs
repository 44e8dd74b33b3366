//! One article in, facts out: the pipeline from text to facts, never failing.
//!
//! text (tokens, sentences, furniture) → mentions (names, titles, reference) →
//! relations → facts tied to their sentence, with the diagnostics of what was skipped.

use crate::input::Article;
use crate::lexicon::{date_num, EntityType, Lexicon};
use crate::mentions::coref::{resolve_sentence, Focus};
use crate::mentions::{Doc, Ent, How};
use crate::relations::{extract_sentence, Object};
use crate::text::{furniture, segment, tokenize};

/// An entity as it appears in output: IRI, type and labels.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EntityInfo {
    /// Its IRI.
    pub iri: String,
    /// Its class.
    pub etype: EntityType,
    /// English label, when known.
    pub label_en: Option<String>,
    /// Arabic label, in the source spelling for entities found in the text.
    pub label_ar: Option<String>,
}

/// The object of an extracted fact.
#[derive(Debug, Clone, PartialEq)]
pub enum FactObject {
    /// An entity.
    Entity(EntityInfo),
    /// A whole number.
    Integer(u64),
    /// The words of a statement, with the statement's IRI.
    Quote {
        /// The statement node's IRI.
        iri: String,
        /// The words said.
        text: String,
    },
}

/// A fact with the sentence it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractedFact {
    /// Subject.
    pub subject: EntityInfo,
    /// Relation local name.
    pub relation: String,
    /// Object.
    pub object: FactObject,
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
    /// The rule that fired.
    pub rule: String,
    /// Its confidence.
    pub confidence: f32,
}

/// A sentence of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceInfo {
    /// Byte range in [`Extraction::text`].
    pub bytes: (usize, usize),
    /// Range in Unicode scalar values (the `span` of the JSON output).
    pub chars: (usize, usize),
    /// Whether it is page furniture (read for nothing).
    pub furniture: bool,
    /// IRIs of the entities it mentions, in order, without repeats.
    pub mentions: Vec<String>,
}

/// Everything read from one article.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// The article as read.
    pub article: Article,
    /// Title, newline, body: what spans count in.
    pub text: String,
    /// The outlet: the input's `source`, else an "المصدر:" line.
    pub outlet: Option<String>,
    /// Its sentences.
    pub sentences: Vec<SentenceInfo>,
    /// The facts, in reading order.
    pub facts: Vec<ExtractedFact>,
    /// Notes on what was skipped (furniture, empty text).
    pub diagnostics: Vec<String>,
}

impl Extraction {
    /// The verbatim text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        let (a, b) = self.sentences[i].bytes;
        &self.text[a..b]
    }
}

fn info(doc: &Doc, e: Ent) -> EntityInfo {
    let (en, ar) = doc.labels(e);
    EntityInfo {
        iri: doc.iri(e).to_string(),
        etype: doc.etype(e),
        label_en: en.map(str::to_string),
        label_ar: ar.map(str::to_string),
    }
}

/// The IRI of a statement: per article, sentence and speaker, so a rebuild gives the same one.
pub fn statement_iri(doc_id: &str, sentence: usize, n: usize) -> String {
    format!(
        "{}statement/{}/{sentence}-{n}",
        crate::vocab::BASE,
        crate::mentions::local_iri("", doc_id)
    )
}

/// Extracts the facts of one article.
pub fn extract_article(lex: &Lexicon, article: Article) -> Extraction {
    let text = article.full_text();
    let tokens = tokenize::tokenize(&text);
    let sents = segment::split(&text, &tokens);
    let mut diagnostics = Vec::new();
    // paragraphs, for the furniture scan
    let npara = sents.last().map_or(0, |s| s.paragraph + 1);
    let mut para_text: Vec<(usize, usize)> = vec![(usize::MAX, 0); npara];
    for s in &sents {
        let p = &mut para_text[s.paragraph];
        p.0 = p.0.min(s.start);
        p.1 = p.1.max(s.end);
    }
    let furn = furniture::scan(
        para_text
            .iter()
            .map(|&(a, b)| if a <= b { &text[a..b] } else { "" }),
    );
    let outlet = article.source.clone().or(furn.source.clone());
    let date = article.date.as_deref().and_then(date_num);
    let id = article.id.clone();
    let mut facts = Vec::new();
    let mut infos = Vec::with_capacity(sents.len());
    {
        let mut doc = Doc::new(&id, lex, &text, tokens, date);
        let mut focus = Focus::default();
        // family names of the people the article names in full, wherever it names them:
        // a headline often says "الجعفري" before the body says "بشار الجعفري"
        for s in &sents {
            if furn.furniture.get(s.paragraph).copied().unwrap_or(false) {
                continue;
            }
            for m in crate::mentions::find_names(&doc, s.tok_start, s.tok_end) {
                let Ent::Lex(p) = m.ent else { continue };
                let e = lex.entity(p);
                if e.etype != EntityType::Person || m.end - m.start < 2 {
                    continue;
                }
                let last = doc.tokens[m.end - 1].key.clone();
                if last.chars().count() >= 3 {
                    focus.short_names.entry(last).or_insert(m.ent);
                }
            }
        }
        let mut chars = 0usize;
        let mut byte = 0usize;
        let mut skipped = 0;
        for (si, s) in sents.iter().enumerate() {
            chars += text[byte..s.start].chars().count();
            let c0 = chars;
            chars += text[s.start..s.end].chars().count();
            byte = s.end;
            let is_furn = furn.furniture.get(s.paragraph).copied().unwrap_or(false);
            let mut mentions = Vec::new();
            if is_furn {
                skipped += 1;
            } else {
                let sm = resolve_sentence(&mut doc, &mut focus, s.tok_start, s.tok_end);
                for m in &sm.mentions {
                    if m.how == How::Adjective || m.how == How::Described {
                        continue;
                    }
                    let iri = doc.iri(m.ent).to_string();
                    if !mentions.contains(&iri) {
                        mentions.push(iri);
                    }
                }
                let fs = extract_sentence(&doc, &sm, s.tok_start, s.tok_end, &mut focus);
                let mut nq = 0;
                for f in fs {
                    let object = match f.object {
                        Object::Entity(e) => FactObject::Entity(info(&doc, e)),
                        Object::Integer(n) => FactObject::Integer(n),
                        Object::Quote(q) => {
                            nq += 1;
                            FactObject::Quote {
                                iri: statement_iri(&id, si, nq),
                                text: q,
                            }
                        }
                    };
                    facts.push(ExtractedFact {
                        subject: info(&doc, f.subject),
                        relation: lex.relations[f.relation].name.clone(),
                        object,
                        sentence: si,
                        rule: f.rule,
                        confidence: f.confidence,
                    });
                }
            }
            infos.push(SentenceInfo {
                bytes: (s.start, s.end),
                chars: (c0, chars),
                furniture: is_furn,
                mentions,
            });
        }
        if skipped > 0 {
            diagnostics.push(format!("{skipped} sentence(s) of page furniture skipped"));
        }
    }
    if infos.is_empty() {
        diagnostics.push("no sentence found".into());
    }
    Extraction {
        article,
        text,
        outlet,
        sentences: infos,
        facts,
        diagnostics,
    }
}
