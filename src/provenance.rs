//! The RDF model of an extraction: facts, and the chain that backs each one.
//!
//! Every article gets its own named graph, so rebuilding an article replaces exactly
//! what it said. In that graph:
//!
//! ```text
//! <article>  a isnad:Article ; dcterms:title ; dcterms:date ; isnad:outlet <outlet> ;
//!            isnad:url ; isnad:inputPath ; isnad:sha256 .
//! <sentence> a isnad:Sentence ; isnad:inArticle <article> ; isnad:text "…" ;
//!            isnad:start 12 ; isnad:end 80 ; isnad:mentions <entity> … .
//! <s> <p> <o> .                                   # the fact, asserted once
//! <evidence> rdf:reifies <<( <s> <p> <o> )>> ;    # one per sentence that says it
//!            a isnad:Evidence ; prov:wasDerivedFrom <article> ;
//!            isnad:inSentence <sentence> ; isnad:rule "visit-verb" ; isnad:confidence 0.9 .
//! ```
//! Statements (`stated`) are nodes with `isnad:text` and `prov:wasAttributedTo` the
//! speaker. Entities found only in the text carry their type and labels in the article
//! graph; lexicon entities have theirs in the ontology graph.

use crate::extract::{EntityInfo, Extraction, FactObject};
use crate::lexicon::{EntityType, Lexicon};
use crate::mentions::local_iri;
use crate::text::match_key;
use crate::vocab::{self, ont, std_terms};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term, Triple};
use sha2::{Digest, Sha256};
use std::collections::HashSet;

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}

fn o(local: &str) -> NamedNode {
    nn(&vocab::ont_iri(local))
}

/// The slug used for an article's IRIs.
pub fn article_slug(id: &str) -> String {
    let s = local_iri("", id);
    if s.is_empty() {
        "article".into()
    } else {
        s
    }
}

/// The IRI of an article.
pub fn article_iri(id: &str) -> String {
    format!("{}{}", vocab::ARTICLE, article_slug(id))
}

/// The IRI of an article's named graph.
pub fn graph_iri(id: &str) -> String {
    format!("{}{}", vocab::GRAPH, article_slug(id))
}

/// The IRI of an outlet: the lexicon's outlet of that name, else one made from the name.
pub fn outlet_iri(lex: &Lexicon, name: &str) -> String {
    let key = crate::lexicon::keys_of(name).join(" ");
    if let Some(hit) = lex.lookup(&key).and_then(|h| {
        h.iter()
            .find(|h| lex.entity(h.entity).etype == EntityType::Outlet)
    }) {
        return lex.entity(hit.entity).iri.clone();
    }
    let slug = match_key(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("_");
    format!("{}{}", vocab::OUTLET, slug)
}

/// SHA-256 of the article's title and text, hex.
pub fn content_hash(ex: &Extraction) -> String {
    crate::digest::hex(&Sha256::digest(ex.text.as_bytes()))
}

struct Out {
    g: GraphName,
    quads: Vec<Quad>,
}

impl Out {
    fn add(&mut self, s: impl Into<NamedOrBlankNode>, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(s, p, o, self.g.clone()));
    }
}

fn entity_node(
    out: &mut Out,
    e: &EntityInfo,
    lex: &Lexicon,
    seen: &mut HashSet<String>,
) -> NamedNode {
    let n = nn(&e.iri);
    // lexicon entities are described in the ontology graph
    if !lex.by_iri.contains_key(&e.iri) && seen.insert(e.iri.clone()) {
        out.add(n.clone(), nn(std_terms::RDF_TYPE), o(e.etype.local_name()));
        if let Some(ar) = &e.label_ar {
            out.add(
                n.clone(),
                nn(std_terms::RDFS_LABEL),
                Literal::new_language_tagged_literal_unchecked(ar, "ar"),
            );
        }
        if let Some(en) = &e.label_en {
            out.add(
                n.clone(),
                nn(std_terms::RDFS_LABEL),
                Literal::new_language_tagged_literal_unchecked(en, "en"),
            );
        }
    }
    n
}

/// The quads of one extraction, all in the article's named graph.
pub fn article_quads(lex: &Lexicon, ex: &Extraction) -> Vec<Quad> {
    let a = &ex.article;
    let mut out = Out {
        g: GraphName::NamedNode(nn(&graph_iri(&a.id))),
        quads: Vec::with_capacity(16 + ex.facts.len() * 10),
    };
    let art = nn(&article_iri(&a.id));
    out.add(art.clone(), nn(std_terms::RDF_TYPE), o(ont::ARTICLE));
    out.add(
        art.clone(),
        nn(std_terms::RDF_TYPE),
        nn(std_terms::PROV_ENTITY),
    );
    out.add(
        art.clone(),
        nn(std_terms::DCT_IDENTIFIER),
        Literal::new_simple_literal(&a.id),
    );
    if let Some(t) = &a.title {
        out.add(
            art.clone(),
            nn(std_terms::DCT_TITLE),
            Literal::new_simple_literal(t),
        );
    }
    if let Some(d) = &a.date {
        // a well-formed ISO date or date-time is typed, anything else kept as written
        let iso = d.len() >= 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-';
        let lit = match (iso, d.len()) {
            (true, 10) => Literal::new_typed_literal(d, nn(std_terms::XSD_DATE)),
            (true, _) if d.contains('T') => {
                Literal::new_typed_literal(d, nn(std_terms::XSD_DATE_TIME))
            }
            _ => Literal::new_simple_literal(d),
        };
        out.add(art.clone(), nn(std_terms::DCT_DATE), lit);
    }
    if let Some(name) = &ex.outlet {
        let oi = nn(&outlet_iri(lex, name));
        out.add(art.clone(), o(ont::OUTLET_PROP), oi.clone());
        if !lex.by_iri.contains_key(oi.as_str()) {
            out.add(oi.clone(), nn(std_terms::RDF_TYPE), o(ont::OUTLET));
            out.add(
                oi,
                nn(std_terms::RDFS_LABEL),
                Literal::new_simple_literal(name),
            );
        }
    }
    if let Some(u) = &a.url {
        out.add(art.clone(), o(ont::URL), Literal::new_simple_literal(u));
    }
    if let Some(l) = &a.lang {
        out.add(
            art.clone(),
            nn(std_terms::DCT_LANGUAGE),
            Literal::new_simple_literal(l),
        );
    }
    out.add(
        art.clone(),
        o(ont::INPUT_PATH),
        Literal::new_simple_literal(&a.path),
    );
    out.add(
        art.clone(),
        o(ont::SHA256),
        Literal::new_simple_literal(content_hash(ex)),
    );

    let slug = article_slug(&a.id);
    let sentence_iri = |i: usize| nn(&format!("{}{slug}/s{i}", vocab::ARTICLE));
    let mut with_evidence: HashSet<usize> = ex.facts.iter().map(|f| f.sentence).collect();
    for (i, s) in ex.sentences.iter().enumerate() {
        if !s.mentions.is_empty() && !s.furniture {
            with_evidence.insert(i);
        }
    }
    let mut sorted: Vec<usize> = with_evidence.into_iter().collect();
    sorted.sort_unstable();
    for i in sorted {
        let s = &ex.sentences[i];
        let sn = sentence_iri(i);
        out.add(sn.clone(), nn(std_terms::RDF_TYPE), o(ont::SENTENCE));
        out.add(sn.clone(), o(ont::IN_ARTICLE), art.clone());
        out.add(
            sn.clone(),
            o(ont::TEXT),
            Literal::new_simple_literal(ex.sentence_text(i)),
        );
        out.add(sn.clone(), o(ont::START), Literal::from(s.chars.0 as i64));
        out.add(sn.clone(), o(ont::END), Literal::from(s.chars.1 as i64));
        for m in &s.mentions {
            out.add(sn.clone(), o(ont::MENTIONS), nn(m));
        }
    }
    let mut seen = HashSet::new();
    for (k, f) in ex.facts.iter().enumerate() {
        let s = entity_node(&mut out, &f.subject, lex, &mut seen);
        let p = o(&f.relation);
        let obj: Term = match &f.object {
            FactObject::Entity(e) => entity_node(&mut out, e, lex, &mut seen).into(),
            FactObject::Integer(n) => {
                Literal::new_typed_literal(n.to_string(), nn(std_terms::XSD_INTEGER)).into()
            }
            FactObject::Quote { iri, text } => {
                let st = nn(iri);
                out.add(st.clone(), nn(std_terms::RDF_TYPE), o(ont::STATEMENT));
                out.add(st.clone(), o(ont::TEXT), Literal::new_simple_literal(text));
                out.add(st.clone(), nn(std_terms::PROV_WAS_ATTRIBUTED_TO), s.clone());
                st.into()
            }
        };
        out.add(s.clone(), p.clone(), obj.clone());
        let ev = nn(&format!("{}{slug}/e{k}", vocab::ARTICLE));
        out.add(
            ev.clone(),
            nn(std_terms::RDF_REIFIES),
            Triple::new(s, p, obj),
        );
        out.add(ev.clone(), nn(std_terms::RDF_TYPE), o(ont::EVIDENCE));
        out.add(
            ev.clone(),
            nn(std_terms::PROV_WAS_DERIVED_FROM),
            art.clone(),
        );
        out.add(ev.clone(), o(ont::IN_SENTENCE), sentence_iri(f.sentence));
        out.add(
            ev.clone(),
            o(ont::RULE),
            Literal::new_simple_literal(&f.rule),
        );
        let c = format!("{:.2}", f.confidence);
        out.add(
            ev,
            o(ont::CONFIDENCE),
            Literal::new_typed_literal(c, nn(std_terms::XSD_DECIMAL)),
        );
    }
    out.quads
}

/// The ontology folder's triples, in the ontology graph.
pub fn ontology_quads(lex: &Lexicon) -> Vec<Quad> {
    let g = GraphName::NamedNode(nn(vocab::ONTOLOGY_GRAPH));
    lex.ontology_triples
        .iter()
        .map(|t| {
            Quad::new(
                t.subject.clone(),
                t.predicate.clone(),
                t.object.clone(),
                g.clone(),
            )
        })
        .collect()
}
