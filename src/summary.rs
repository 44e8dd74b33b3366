//! The summary graph: counts kept up to date article by article.
//!
//! The queries that count or list over the whole store (co-mentions, facts per outlet,
//! positions) would otherwise read every `isnad:mentions`, evidence or label quad of
//! every article on each run (seconds on the 2018 corpus). Instead, each article's
//! *contribution* to a few counts is computed from its own quads, and the store adds it
//! when the article is written and subtracts it when the article is replaced. Nothing
//! here scans the store: an article's contribution depends on its graph alone, so the
//! summary after any sequence of builds equals a count made from scratch.
//!
//! A count is a *tally* of one triple, written in RDF's standard reification
//! vocabulary (the triple itself is not asserted) with one count property:
//!
//! ```text
//! <https://w3id.org/isnad/summary/co-mention/…>
//!     rdf:subject e:Russia ; rdf:predicate isnad:coMentionedWith ; rdf:object e:Turkey ;
//!     isnad:sentenceCount 412 .                 # sentences mentioning both
//! <…/outlet-relation/…>  rdf:subject e:AlJazeera ; rdf:predicate isnad:reportedRelation ;
//!     rdf:object isnad:visited ; isnad:evidenceCount 97 .   # evidence records
//! <…/position/…>   rdf:subject ?person ; rdf:predicate isnad:holdsPosition ; rdf:object ?pos ;
//!     isnad:articleCount 3 .                    # article graphs asserting it
//! ?person isnad:textPosition ?pos .             # the same, once, for queries
//! <…/label/…>      rdf:subject ?x ; rdf:predicate rdfs:label ; rdf:object "…"@ar ;
//!     isnad:articleCount 1976 .
//! ?x isnad:textLabel "…"@ar .
//! ```
//!
//! This module only computes tallies; [`crate::store`] writes them.

use crate::vocab::{self, ont, std_terms};
use oxigraph::model::{NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term, Triple};
use rustc_hash::{FxHashMap, FxHashSet};
use sha2::{Digest, Sha256};

/// What a tally counts, chosen by the predicate of the triple it reifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallyKind {
    /// Two entities in one sentence: the number of such sentences.
    CoMention,
    /// An outlet's articles and a relation: the number of evidence records.
    OutletRelation,
    /// A `holdsPosition` fact: the number of article graphs asserting it.
    Position,
    /// An `rdfs:label` written in article graphs: the number of graphs asserting it.
    Label,
}

impl TallyKind {
    /// The kind of a tally of a triple with this predicate, if it is one the summary keeps.
    pub fn of(predicate: &str) -> Option<Self> {
        match predicate.strip_prefix(vocab::ONT) {
            Some(ont::CO_MENTIONED_WITH) => Some(Self::CoMention),
            Some(ont::REPORTED_RELATION) => Some(Self::OutletRelation),
            Some(ont::HOLDS_POSITION) => Some(Self::Position),
            _ if predicate == std_terms::RDFS_LABEL => Some(Self::Label),
            _ => None,
        }
    }

    /// The property holding the count.
    pub fn count_property(self) -> String {
        vocab::ont_iri(match self {
            Self::CoMention => ont::SENTENCE_COUNT,
            Self::OutletRelation => ont::EVIDENCE_COUNT,
            Self::Position | Self::Label => ont::ARTICLE_COUNT,
        })
    }

    /// The summary-only predicate under which the tallied triple is also asserted in the
    /// summary graph, once, for queries to read with one pattern (labels and positions).
    /// Not `rdfs:label` and `isnad:holdsPosition` themselves: the union of all graphs
    /// would then hold one more copy of each, and give one more row to every query that
    /// looks labels up there.
    pub fn direct_property(self) -> Option<String> {
        match self {
            Self::Label => Some(vocab::ont_iri(ont::TEXT_LABEL)),
            Self::Position => Some(vocab::ont_iri(ont::TEXT_POSITION)),
            Self::CoMention | Self::OutletRelation => None,
        }
    }

    fn slug(self) -> &'static str {
        match self {
            Self::CoMention => "co-mention",
            Self::OutletRelation => "outlet-relation",
            Self::Position => "position",
            Self::Label => "label",
        }
    }
}

/// The IRI of the tally of a triple: a hash of the triple, so the store finds the tally
/// to update without searching.
pub fn tally_iri(kind: TallyKind, t: &Triple) -> String {
    let h = Sha256::digest(t.to_string().as_bytes());
    format!(
        "{}/{}/{}",
        vocab::SUMMARY,
        kind.slug(),
        crate::digest::hex(&h[..16])
    )
}

/// Counts per tallied triple: an article's contribution (negative when it is taken
/// away), the sum of several, or the whole summary.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tallies {
    counts: FxHashMap<Triple, i64>,
}

impl Tallies {
    /// Adds `sign` times the contribution of one article graph, given all its quads.
    pub fn add_graph(&mut self, quads: &[Quad], sign: i64) {
        let mentions = vocab::ont_iri(ont::MENTIONS);
        let outlet = vocab::ont_iri(ont::OUTLET_PROP);
        let holds = vocab::ont_iri(ont::HOLDS_POSITION);
        let mut sentences: FxHashMap<&NamedOrBlankNode, Vec<&NamedNode>> = FxHashMap::default();
        let mut outlets: FxHashMap<&NamedOrBlankNode, Vec<&NamedNode>> = FxHashMap::default();
        let mut derived: FxHashMap<&NamedOrBlankNode, Vec<&Term>> = FxHashMap::default();
        let mut reified: Vec<(&NamedOrBlankNode, &NamedNode)> = Vec::new();
        let mut asserted: FxHashSet<Triple> = FxHashSet::default();
        for q in quads {
            let p = q.predicate.as_str();
            if p == mentions {
                if let Term::NamedNode(x) = &q.object {
                    sentences.entry(&q.subject).or_default().push(x);
                }
            } else if p == outlet {
                if let Term::NamedNode(o) = &q.object {
                    outlets.entry(&q.subject).or_default().push(o);
                }
            } else if p == std_terms::PROV_WAS_DERIVED_FROM {
                derived.entry(&q.subject).or_default().push(&q.object);
            } else if p == std_terms::RDF_REIFIES {
                if let Term::Triple(t) = &q.object {
                    reified.push((&q.subject, &t.predicate));
                }
            } else if p == holds || p == std_terms::RDFS_LABEL {
                asserted.insert(Triple::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    q.object.clone(),
                ));
            }
        }
        for t in asserted {
            self.add(t, sign);
        }
        let co = NamedNode::new_unchecked(vocab::ont_iri(ont::CO_MENTIONED_WITH));
        for mut xs in sentences.into_values() {
            // the same order as SPARQL's STR(?x) < STR(?y): code points, i.e. bytes
            xs.sort_unstable_by(|a, b| a.as_str().cmp(b.as_str()));
            xs.dedup();
            for (i, x) in xs.iter().enumerate() {
                for y in &xs[i + 1..] {
                    let t = Triple::new((*x).clone(), co.clone(), (*y).clone());
                    self.add(t, sign);
                }
            }
        }
        let rep = NamedNode::new_unchecked(vocab::ont_iri(ont::REPORTED_RELATION));
        for (ev, rel) in reified {
            for article in derived.get(ev).into_iter().flatten() {
                let Term::NamedNode(a) = article else {
                    continue;
                };
                let a = NamedOrBlankNode::NamedNode(a.clone());
                for out in outlets.get(&a).into_iter().flatten() {
                    let t = Triple::new((*out).clone(), rep.clone(), rel.clone());
                    self.add(t, sign);
                }
            }
        }
    }

    /// Adds `n` to the count of a triple.
    pub fn add(&mut self, t: Triple, n: i64) {
        let c = self.counts.entry(t).or_default();
        *c += n;
    }

    /// Adds another set of counts.
    pub fn merge(&mut self, other: &Tallies) {
        for (t, n) in &other.counts {
            self.add(t.clone(), *n);
        }
    }

    /// The triples whose count is not zero, with their count.
    pub fn iter(&self) -> impl Iterator<Item = (&Triple, i64)> {
        self.counts
            .iter()
            .filter(|(_, n)| **n != 0)
            .map(|(t, n)| (t, *n))
    }

    /// The count of one triple (0 if absent).
    pub fn get(&self, t: &Triple) -> i64 {
        self.counts.get(t).copied().unwrap_or(0)
    }

    /// The same counts without the zeros, to compare two summaries.
    pub fn normalized(mut self) -> Self {
        self.counts.retain(|_, n| *n != 0);
        self
    }

    /// Number of triples with a count other than zero.
    pub fn len(&self) -> usize {
        self.iter().count()
    }

    /// Whether every count is zero.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The quads of one tally (without its count), in the summary graph: the reification,
/// and the direct triple for the kinds that have one.
pub fn tally_quads(kind: TallyKind, t: &Triple) -> Vec<Quad> {
    let g = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    let node = NamedOrBlankNode::from(NamedNode::new_unchecked(tally_iri(kind, t)));
    let subject: Term = match &t.subject {
        NamedOrBlankNode::NamedNode(n) => n.clone().into(),
        NamedOrBlankNode::BlankNode(b) => b.clone().into(),
    };
    let mut out = Vec::with_capacity(4);
    if let Some(p) = kind.direct_property() {
        out.push(Quad::new(
            t.subject.clone(),
            NamedNode::new_unchecked(p),
            t.object.clone(),
            g,
        ));
    }
    out.extend([
        Quad::new(
            node.clone(),
            NamedNode::new_unchecked(std_terms::RDF_SUBJECT),
            subject,
            g,
        ),
        Quad::new(
            node.clone(),
            NamedNode::new_unchecked(std_terms::RDF_PREDICATE),
            t.predicate.clone(),
            g,
        ),
        Quad::new(
            node,
            NamedNode::new_unchecked(std_terms::RDF_OBJECT),
            t.object.clone(),
            g,
        ),
    ]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{GraphName, Literal};

    fn q(s: &str, p: &str, o: impl Into<Term>) -> Quad {
        Quad::new(
            NamedNode::new_unchecked(s),
            NamedNode::new_unchecked(p),
            o,
            GraphName::NamedNode(NamedNode::new_unchecked("http://g")),
        )
    }

    #[test]
    fn an_article_contributes_pairs_outlet_counts_positions_and_labels() {
        let m = vocab::ont_iri(ont::MENTIONS);
        let visited = NamedNode::new_unchecked(vocab::ont_iri("visited"));
        let (a, b, c) = ("http://e/a", "http://e/b", "http://e/c");
        let fact = Triple::new(
            NamedNode::new_unchecked(a),
            visited.clone(),
            NamedNode::new_unchecked(b),
        );
        let quads = vec![
            q("http://s1", &m, NamedNode::new_unchecked(b)),
            q("http://s1", &m, NamedNode::new_unchecked(a)),
            q("http://s1", &m, NamedNode::new_unchecked(c)),
            q("http://s2", &m, NamedNode::new_unchecked(a)),
            q("http://s2", &m, NamedNode::new_unchecked(b)),
            q(
                "http://art",
                &vocab::ont_iri(ont::OUTLET_PROP),
                NamedNode::new_unchecked("http://out"),
            ),
            q("http://ev", std_terms::RDF_REIFIES, fact),
            q(
                "http://ev",
                std_terms::PROV_WAS_DERIVED_FROM,
                NamedNode::new_unchecked("http://art"),
            ),
            q(
                a,
                std_terms::RDFS_LABEL,
                Literal::new_language_tagged_literal_unchecked("A", "en"),
            ),
        ];
        let mut t = Tallies::default();
        t.add_graph(&quads, 1);
        let co = NamedNode::new_unchecked(vocab::ont_iri(ont::CO_MENTIONED_WITH));
        let pair = |x: &str, y: &str| {
            Triple::new(
                NamedNode::new_unchecked(x),
                co.clone(),
                NamedNode::new_unchecked(y),
            )
        };
        assert_eq!(t.get(&pair(a, b)), 2);
        assert_eq!(t.get(&pair(a, c)), 1);
        assert_eq!(t.get(&pair(b, a)), 0, "each pair once, in code point order");
        let rep = Triple::new(
            NamedNode::new_unchecked("http://out"),
            NamedNode::new_unchecked(vocab::ont_iri(ont::REPORTED_RELATION)),
            visited,
        );
        assert_eq!(t.get(&rep), 1);
        assert_eq!(t.len(), 5);
        // taking the same article away leaves nothing
        t.add_graph(&quads, -1);
        assert!(t.is_empty());
    }
}
