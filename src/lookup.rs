//! Fact lookups for scripts and people: resolve a name to an entity, list its facts with
//! their evidence, show its card, and answer yes/no or who/what questions.
//!
//! A name is anything the lexicon or the graph knows, in any spelling the match keys
//! fold together (بوتين، بوتن، "Vladimir Putin", putin) or an IRI (`e:VladimirPutin`).
//! Latin diacritics are folded too, so `erdogan` finds "Recep Tayyip Erdoğan".
//!
//! Every lookup returns one [`Document`], serialized with serde: the `--json` output of
//! `isnad facts`, `isnad entity` and `isnad ask`, and the body of the server's `/facts`,
//! `/entity` and `/ask`. Its shape is versioned by [`SCHEMA`]; fields are only ever added.

use crate::lexicon::{EntityType, Lexicon, NameHit, NameKind, RoleKind};
use crate::query::prologue;
use crate::store::GraphStore;
use crate::vocab;
use oxigraph::model::{NamedNode, Term};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use unicode_normalization::UnicodeNormalization;

/// The version tag of the JSON document, in its `schema` field.
pub const SCHEMA: &str = "isnad-lookup/1";

/// Why a lookup failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LookupError {
    /// The name belongs to several entities; the caller must pick one (exit status 3).
    #[error("{name:?} is ambiguous: {}", list_candidates(candidates))]
    Ambiguous {
        /// The name asked for.
        name: String,
        /// The entities it may mean.
        candidates: Vec<Node>,
    },
    /// No entity has that name (exit status 1); the closest names are suggested.
    #[error("no entity named {name:?}{}", suggest(suggestions))]
    Unknown {
        /// The name asked for.
        name: String,
        /// Known names closest to it by edit distance, best first.
        suggestions: Vec<String>,
    },
    /// The relation is not one of the ontology's.
    #[error("unknown relation {name:?}; known relations: {}", known.join(", "))]
    UnknownRelation {
        /// The relation asked for.
        name: String,
        /// The ontology's relations.
        known: Vec<String>,
    },
    /// An option has a value that cannot be used (a malformed date, an unknown role).
    #[error("{0}")]
    BadArgument(String),
    /// Querying the store failed.
    #[error("store query failed: {0}")]
    Store(String),
}

fn list_candidates(c: &[Node]) -> String {
    c.iter()
        .map(|n| {
            format!(
                "{} <{}>{}",
                n.label.as_deref().or(n.label_ar.as_deref()).unwrap_or("?"),
                n.iri.as_deref().unwrap_or(""),
                n.etype
                    .as_deref()
                    .map(|t| format!(" ({t})"))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean: {}?", s.join(", "))
    }
}

/// A term of the graph as scripts see it: an entity (`iri`, `type`, labels), a
/// statement (`iri`, `text`) or a literal (`value`, `datatype`). Absent fields are left
/// out of the JSON, the same shapes as `isnad extract --format jsonl`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// The IRI of an entity or statement.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub iri: Option<String>,
    /// English (or untagged) label.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub label: Option<String>,
    /// Arabic label.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub label_ar: Option<String>,
    /// The ontology class's local name (`Person`, `Country`, `Statement` …).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", default)]
    pub etype: Option<String>,
    /// The words of a statement.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub text: Option<String>,
    /// The lexical value of a literal.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub value: Option<String>,
    /// The datatype IRI of a literal.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub datatype: Option<String>,
}

impl Node {
    /// A short name for people: the English label, else Arabic, text, value or IRI.
    pub fn display(&self) -> String {
        self.label
            .clone()
            .or_else(|| self.label_ar.clone())
            .or_else(|| self.text.clone())
            .or_else(|| self.value.clone())
            .or_else(|| self.iri.clone())
            .unwrap_or_default()
    }
}

/// One sentence that backs a fact, and where it was published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence, as written.
    pub sentence: Option<String>,
    /// The article's identifier (`dcterms:identifier`).
    pub article: Option<String>,
    /// The article's IRI.
    pub article_iri: String,
    /// The outlet's name, when the article has one.
    pub outlet: Option<String>,
    /// The article's date as written (ISO 8601), when known.
    pub date: Option<String>,
    /// The extractor's confidence.
    pub confidence: Option<f64>,
    /// The extraction rule (trigger) that produced the fact.
    pub rule: Option<String>,
    /// The evidence node's IRI, to find it again in SPARQL.
    pub iri: String,
}

/// A fact (subject, relation, object) with every sentence that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Who or what the fact is about.
    pub subject: Node,
    /// The relation's local name in the ontology (`visited`).
    pub relation: String,
    /// The other end.
    pub object: Node,
    /// The evidence, oldest article first.
    pub evidence: Vec<Evidence>,
}

/// A literal label with its language tag.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Label {
    /// The text.
    pub value: String,
    /// The language tag (`ar`, `en`), when any.
    pub lang: Option<String>,
}

/// An office held: from the lexicon's terms of office or from `holdsPosition` facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// The office's name (the position's label, else its kind).
    pub title: String,
    /// The position's IRI (graph positions only).
    pub iri: Option<String>,
    /// The office kind (`HeadOfState` …), from the lexicon.
    pub kind: Option<String>,
    /// The country or body it is of.
    pub of: Option<Node>,
    /// First day (yyyy-mm-dd).
    pub from: Option<String>,
    /// Last day, absent while the term runs.
    pub until: Option<String>,
    /// `lexicon` or `graph`.
    pub source: String,
}

/// What is known about an entity, without its facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityCard {
    /// Its IRI.
    pub iri: String,
    /// Its class's local name.
    #[serde(rename = "type")]
    pub etype: Option<String>,
    /// Preferred English label.
    pub label: Option<String>,
    /// Preferred Arabic label.
    pub label_ar: Option<String>,
    /// Every `rdfs:label`.
    pub labels: Vec<Label>,
    /// Every `skos:altLabel` (other spellings).
    pub aliases: Vec<Label>,
    /// Offices held.
    pub positions: Vec<Position>,
    /// Facts in and out of the entity that have evidence.
    pub fact_count: usize,
    /// Sentences that mention it.
    pub mention_count: usize,
}

/// The answer of [`Lookup::ask`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// The question, normalized (`Vladimir Putin visited ?`).
    pub question: String,
    /// The relation asked about.
    pub relation: String,
    /// Whether the graph has at least one fact that answers it.
    pub yes: bool,
}

/// The one JSON document of every lookup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The entity looked up (for `ask ? R OBJECT`, the object).
    pub entity: EntityCard,
    /// Its facts with evidence (empty for `isnad entity`).
    pub facts: Vec<Fact>,
    /// Present for `isnad ask` only.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub answer: Option<Answer>,
}

/// Which end of a fact the entity must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The entity is the subject.
    Subject,
    /// The entity is the object.
    Object,
    /// Either.
    #[default]
    Any,
}

impl std::str::FromStr for Role {
    type Err = LookupError;
    fn from_str(s: &str) -> Result<Self, LookupError> {
        match s {
            "subject" => Ok(Self::Subject),
            "object" => Ok(Self::Object),
            "any" | "" => Ok(Self::Any),
            _ => Err(LookupError::BadArgument(format!(
                "role must be subject, object or any, not {s:?}"
            ))),
        }
    }
}

/// Filters of [`Lookup::facts`].
#[derive(Debug, Clone, Default)]
pub struct FactFilter {
    /// Only this relation (local name, any case).
    pub relation: Option<String>,
    /// Which end the entity must be.
    pub role: Role,
    /// Only evidence from articles dated on or after (yyyy, yyyy-mm or yyyy-mm-dd).
    pub since: Option<String>,
    /// Only evidence from articles dated on or before.
    pub until: Option<String>,
}

/// Lookups over one store and lexicon. Building it indexes every name once, so a
/// server builds one and answers many lookups with it.
pub struct Lookup<'a> {
    store: &'a GraphStore,
    lex: &'a Lexicon,
    /// Folded name key → entity IRIs.
    names: HashMap<String, BTreeSet<String>>,
    /// Folded name key → one way it is written, for suggestions.
    shown: HashMap<String, String>,
}

/// The key names are compared by: the lexicon's token keys (hamza seats, ta marbuta,
/// case…) with Latin diacritics removed as well (Erdoğan = erdogan).
pub fn name_key(s: &str) -> String {
    fold_latin(&crate::lexicon::keys_of(s).join(" "))
}

fn fold_latin(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() || !c.is_alphabetic() || !is_latin(c) {
            out.push(c);
        } else {
            out.extend(
                c.to_string()
                    .nfd()
                    .filter(|d| !('\u{300}'..='\u{36f}').contains(d)),
            );
        }
    }
    out
}

fn is_latin(c: char) -> bool {
    ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

const TYPE_PREFIX: &str = "https://w3id.org/isnad/ontology#";

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

fn lit(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::Literal(l) => Some(l.value().to_string()),
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn iri_of(t: Option<&Term>) -> Option<String> {
    match t? {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        _ => None,
    }
}

fn date_str(d: crate::lexicon::DateNum) -> String {
    format!("{:04}-{:02}-{:02}", d / 10000, d / 100 % 100, d % 100)
}

fn check_date(d: &Option<String>) -> Result<(), LookupError> {
    if let Some(d) = d {
        let ok = regex::Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?$")
            .expect("static regex")
            .is_match(d);
        if !ok {
            return Err(LookupError::BadArgument(format!(
                "date {d:?} must be yyyy, yyyy-mm or yyyy-mm-dd"
            )));
        }
    }
    Ok(())
}

impl<'a> Lookup<'a> {
    /// Indexes the names of the lexicon and the labels of the graph.
    pub fn new(store: &'a GraphStore, lex: &'a Lexicon) -> Result<Self, LookupError> {
        let mut me = Self {
            store,
            lex,
            names: HashMap::new(),
            shown: HashMap::new(),
        };
        // in key order: which spelling is shown for a folded key must not depend on the
        // map's iteration order (a lexicon read from the cache iterates in another)
        let mut keys: Vec<(&String, &Vec<NameHit>)> = lex.names.iter().collect();
        keys.sort_unstable_by_key(|(k, _)| *k);
        for (key, hits) in keys {
            for h in hits.iter().filter(|h| h.how == NameKind::Name) {
                let e = lex.entity(h.entity);
                me.add(&fold_latin(key), &e.iri, key);
            }
        }
        for e in &lex.entities {
            for l in [&e.label_en, &e.label_ar].into_iter().flatten() {
                me.add(&name_key(l), &e.iri, l);
            }
        }
        let q = format!(
            "SELECT DISTINCT ?x ?l WHERE {{ ?x rdfs:label|skos:altLabel ?l . \
             FILTER(isIRI(?x) && STRSTARTS(STR(?x), \"{}\") && !STRSTARTS(STR(?x), \"{}\")) }}",
            vocab::BASE,
            vocab::ONT
        );
        for s in me.select(&q)? {
            if let (Some(x), Some(l)) = (iri_of(s.get("x")), lit(s.get("l"))) {
                me.add(&name_key(&l), &x, &l);
            }
        }
        Ok(me)
    }

    fn add(&mut self, key: &str, iri: &str, shown: &str) {
        if key.chars().count() < 2 {
            return;
        }
        self.names
            .entry(key.to_string())
            .or_default()
            .insert(iri.to_string());
        // the written form (a label) reads better than a bare key
        let better = self
            .shown
            .get(key)
            .is_none_or(|s| name_key(s) == *s && name_key(shown) != shown);
        if better {
            self.shown.insert(key.to_string(), shown.to_string());
        }
    }

    /// The store looked up.
    pub fn store(&self) -> &GraphStore {
        self.store
    }

    fn select(&self, body: &str) -> Result<Vec<QuerySolution>, LookupError> {
        let text = format!("{}{body}", prologue());
        let mut q = SparqlEvaluator::new()
            .parse_query(&text)
            .map_err(|e| LookupError::Store(format!("{e} in {body}")))?;
        q.dataset_mut().set_default_graph_as_union();
        match q
            .on_store(self.store.inner())
            .execute()
            .map_err(|e| LookupError::Store(e.to_string()))?
        {
            QueryResults::Solutions(sols) => sols
                .map(|s| s.map_err(|e| LookupError::Store(e.to_string())))
                .collect(),
            QueryResults::Boolean(b) => {
                Err(LookupError::Store(format!("unexpected boolean result {b}")))
            }
            QueryResults::Graph(_) => Err(LookupError::Store("unexpected graph result".into())),
        }
    }

    fn known_iri(&self, iri: &str) -> Result<bool, LookupError> {
        if self.lex.by_iri.contains_key(iri) || self.names.values().any(|s| s.contains(iri)) {
            return Ok(true);
        }
        let q =
            format!("SELECT ?p WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} LIMIT 1");
        Ok(!self.select(&q)?.is_empty())
    }

    /// Resolves a name, spelling or IRI to one entity's IRI.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # let (store, lex) = isnad::lookup::example_store(dir.path())?;
    /// let lookup = isnad::lookup::Lookup::new(&store, &lex)?;
    /// let e = "https://w3id.org/isnad/entity/RecepTayyipErdogan";
    /// for spelling in ["أردوغان", "إردوغان", "Recep Tayyip Erdogan", "erdogan", "e:RecepTayyipErdogan"] {
    ///     assert_eq!(lookup.resolve(spelling)?, e);
    /// }
    /// assert!(matches!(lookup.resolve("Erdogen"),
    ///     Err(isnad::lookup::LookupError::Unknown { .. })));
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve(&self, name: &str) -> Result<String, LookupError> {
        let name = name.trim();
        let iri = if let Some(rest) = name.strip_prefix("e:") {
            Some(format!("{}{rest}", vocab::ENTITY))
        } else if name.starts_with("http://") || name.starts_with("https://") {
            Some(name.to_string())
        } else if name.starts_with('<') && name.ends_with('>') && name.len() > 2 {
            Some(name[1..name.len() - 1].to_string())
        } else {
            None
        };
        if let Some(iri) = iri {
            let n = NamedNode::new(&iri).map_err(|e| {
                LookupError::BadArgument(format!("{iri:?} is not a valid IRI: {e}"))
            })?;
            if self.known_iri(n.as_str())? {
                return Ok(n.into_string());
            }
            return Err(LookupError::Unknown {
                name: name.to_string(),
                suggestions: Vec::new(),
            });
        }
        let key = name_key(name);
        if let Some(set) = self.names.get(&key) {
            return self.one_of(name, set.iter().cloned().collect());
        }
        // a part of a longer name, on word boundaries ("Tayyip" → Erdoğan)
        let toks: Vec<&str> = key.split(' ').collect();
        if key.chars().count() >= 3 {
            let mut found: BTreeSet<String> = BTreeSet::new();
            for (k, set) in &self.names {
                let kt: Vec<&str> = k.split(' ').collect();
                if kt.len() > toks.len() && kt.windows(toks.len()).any(|w| w == toks.as_slice()) {
                    found.extend(set.iter().cloned());
                }
            }
            if !found.is_empty() {
                return self.one_of(name, found.into_iter().collect());
            }
        }
        Err(LookupError::Unknown {
            name: name.to_string(),
            suggestions: self.closest(&key),
        })
    }

    fn one_of(&self, name: &str, iris: Vec<String>) -> Result<String, LookupError> {
        if iris.len() == 1 {
            return Ok(iris.into_iter().next().expect("one"));
        }
        let mut candidates = self.describe(&iris)?;
        candidates.sort_by_key(|n| {
            (
                n.etype
                    .as_deref()
                    .and_then(EntityType::from_local_name)
                    .map_or(9, |t| t.priority()),
                n.display(),
            )
        });
        Err(LookupError::Ambiguous {
            name: name.to_string(),
            candidates,
        })
    }

    fn closest(&self, key: &str) -> Vec<String> {
        let n = key.chars().count();
        let limit = (n / 3).max(2);
        let mut scored: Vec<(usize, &String, &String)> = self
            .names
            .keys()
            .filter(|k| k.chars().count().abs_diff(n) <= limit)
            .map(|k| (levenshtein(key, k), k, &self.shown[k]))
            .filter(|(d, _, _)| *d <= limit)
            .collect();
        scored.sort();
        let mut out: Vec<String> = Vec::new();
        let mut entities: BTreeSet<&String> = BTreeSet::new();
        for (_, k, shown) in scored {
            // one spelling per entity
            let set = &self.names[k];
            if set.iter().all(|e| entities.contains(e)) {
                continue;
            }
            entities.extend(set.iter());
            out.push(shown.clone());
            if out.len() == 5 {
                break;
            }
        }
        out
    }

    /// Types, labels and texts of terms, for the JSON.
    fn describe(&self, iris: &[String]) -> Result<Vec<Node>, LookupError> {
        let map = self.describe_map(iris)?;
        Ok(iris.iter().map(|i| map[i].clone()).collect())
    }

    fn describe_map(&self, iris: &[String]) -> Result<HashMap<String, Node>, LookupError> {
        let mut out: HashMap<String, Node> = HashMap::new();
        for chunk in iris.chunks(200) {
            let values: String = chunk.iter().map(|i| format!("<{i}> ")).collect();
            let q = format!(
                "SELECT ?x ?t ?l ?text WHERE {{ VALUES ?x {{ {values}}} \
                 OPTIONAL {{ ?x a ?t FILTER(STRSTARTS(STR(?t), \"{TYPE_PREFIX}\")) }} \
                 OPTIONAL {{ ?x rdfs:label ?l }} OPTIONAL {{ ?x isnad:text ?text }} }}"
            );
            for s in self.select(&q)? {
                let Some(x) = iri_of(s.get("x")) else {
                    continue;
                };
                let n = out.entry(x.clone()).or_insert_with(|| Node {
                    iri: Some(x.clone()),
                    ..Node::default()
                });
                if let Some(t) = iri_of(s.get("t")) {
                    let t = local(&t).to_string();
                    if n.etype.is_none() || n.etype.as_deref() == Some("Entity") {
                        n.etype = Some(t);
                    }
                }
                if let Some(Term::Literal(l)) = s.get("l") {
                    match l.language() {
                        Some("ar") if n.label_ar.is_none() => {
                            n.label_ar = Some(l.value().to_string())
                        }
                        Some("ar") => {}
                        _ if n.label.is_none() => n.label = Some(l.value().to_string()),
                        _ => {}
                    }
                }
                if let Some(t) = lit(s.get("text")) {
                    n.text.get_or_insert(t);
                }
            }
        }
        for i in iris {
            let n = out.entry(i.clone()).or_insert_with(|| Node {
                iri: Some(i.clone()),
                ..Node::default()
            });
            // the lexicon's preferred labels win over whichever label came first
            if let Some(&id) = self.lex.by_iri.get(i) {
                let e = self.lex.entity(id);
                n.label = e.label_en.clone().or(n.label.take());
                n.label_ar = e.label_ar.clone().or(n.label_ar.take());
                n.etype = Some(e.etype.local_name().to_string());
            }
        }
        Ok(out)
    }

    /// The card of an entity: IRI, type, labels, aliases, positions, counts.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # let (store, lex) = isnad::lookup::example_store(dir.path())?;
    /// let lookup = isnad::lookup::Lookup::new(&store, &lex)?;
    /// let doc = lookup.entity("بوتين")?;
    /// assert_eq!(doc.entity.iri, "https://w3id.org/isnad/entity/VladimirPutin");
    /// assert_eq!(doc.entity.etype.as_deref(), Some("Person"));
    /// assert!(doc.entity.aliases.iter().any(|a| a.value == "بوتن"));
    /// assert!(doc.facts.is_empty());
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn entity(&self, name: &str) -> Result<Document, LookupError> {
        let iri = self.resolve(name)?;
        Ok(Document {
            schema: SCHEMA.to_string(),
            entity: self.card(&iri)?,
            facts: Vec::new(),
            answer: None,
        })
    }

    fn card(&self, iri: &str) -> Result<EntityCard, LookupError> {
        let node = self.describe(&[iri.to_string()])?.remove(0);
        let mut labels = BTreeSet::new();
        let mut aliases = BTreeSet::new();
        let q = format!(
            "SELECT DISTINCT ?k ?l WHERE {{ {{ <{iri}> rdfs:label ?l BIND(\"label\" AS ?k) }} \
             UNION {{ <{iri}> skos:altLabel ?l BIND(\"alias\" AS ?k) }} }}"
        );
        for s in self.select(&q)? {
            if let Some(Term::Literal(l)) = s.get("l") {
                let lab = Label {
                    value: l.value().to_string(),
                    lang: l.language().map(str::to_string),
                };
                if lit(s.get("k")).as_deref() == Some("label") {
                    labels.insert(lab);
                } else {
                    aliases.insert(lab);
                }
            }
        }
        let aliases: Vec<Label> = aliases
            .into_iter()
            .filter(|a| !labels.contains(a))
            .collect();
        let mut positions = Vec::new();
        if let Some(&id) = self.lex.by_iri.get(iri) {
            for r in &self.lex.entity(id).roles {
                let of = r.of.map(|o| {
                    let e = self.lex.entity(o);
                    Node {
                        iri: Some(e.iri.clone()),
                        label: e.label_en.clone(),
                        label_ar: e.label_ar.clone(),
                        etype: Some(e.etype.local_name().to_string()),
                        ..Node::default()
                    }
                });
                let kind = role_kind_name(r.kind);
                positions.push(Position {
                    title: match &of {
                        Some(o) => format!("{} of {}", split_camel(&kind), o.display()),
                        None => split_camel(&kind),
                    },
                    iri: None,
                    kind: Some(kind),
                    of,
                    from: r.from.map(date_str),
                    until: r.until.map(date_str),
                    source: "lexicon".into(),
                });
            }
        }
        let q = format!(
            "SELECT DISTINCT ?pos WHERE {{ <{iri}> isnad:holdsPosition ?pos }} ORDER BY ?pos"
        );
        let pos: Vec<String> = self
            .select(&q)?
            .iter()
            .filter_map(|s| iri_of(s.get("pos")))
            .collect();
        for p in self.describe(&pos)? {
            positions.push(Position {
                title: p.display(),
                iri: p.iri.clone(),
                kind: None,
                of: None,
                from: None,
                until: None,
                source: "graph".into(),
            });
        }
        let count = |q: String| -> Result<usize, LookupError> {
            Ok(self
                .select(&q)?
                .first()
                .and_then(|s| lit(s.get("n")))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0))
        };
        let fact_count = count(format!(
            "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ \
             {{ ?ev rdf:reifies <<( ?s ?p ?o )>> FILTER(?s = <{iri}>) }} UNION \
             {{ ?ev rdf:reifies <<( ?s ?p ?o )>> FILTER(?o = <{iri}>) }} }} }}"
        ))?;
        let mention_count = count(format!(
            "SELECT (COUNT(DISTINCT ?sn) AS ?n) WHERE {{ ?sn isnad:mentions <{iri}> }}"
        ))?;
        Ok(EntityCard {
            iri: iri.to_string(),
            etype: node.etype,
            label: node.label,
            label_ar: node.label_ar,
            labels: labels.into_iter().collect(),
            aliases,
            positions,
            fact_count,
            mention_count,
        })
    }

    fn relation_name(&self, r: &str) -> Result<String, LookupError> {
        let r = r.strip_prefix("isnad:").unwrap_or(r);
        self.lex
            .relations
            .iter()
            .find(|d| d.name.eq_ignore_ascii_case(r))
            .map(|d| d.name.clone())
            .ok_or_else(|| LookupError::UnknownRelation {
                name: r.to_string(),
                known: self.lex.relations.iter().map(|d| d.name.clone()).collect(),
            })
    }

    /// Every fact about an entity, with its evidence (sentence, article, outlet, date).
    ///
    /// ```
    /// use isnad::lookup::{FactFilter, Lookup, Role};
    /// # let dir = tempfile::tempdir()?;
    /// # let (store, lex) = isnad::lookup::example_store(dir.path())?;
    /// let lookup = Lookup::new(&store, &lex)?;
    /// let filter = FactFilter { relation: Some("visited".into()), role: Role::Subject, ..Default::default() };
    /// let doc = lookup.facts("إردوغان", &filter)?;
    /// let fact = &doc.facts[0];
    /// assert_eq!(fact.object.label.as_deref(), Some("Moscow"));
    /// assert!(fact.evidence[0].sentence.as_deref().unwrap().contains("موسكو"));
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn facts(&self, name: &str, filter: &FactFilter) -> Result<Document, LookupError> {
        let iri = self.resolve(name)?;
        let facts = self.facts_of(&iri, filter)?;
        Ok(Document {
            schema: SCHEMA.to_string(),
            entity: self.card(&iri)?,
            facts,
            answer: None,
        })
    }

    fn facts_of(&self, iri: &str, filter: &FactFilter) -> Result<Vec<Fact>, LookupError> {
        check_date(&filter.since)?;
        check_date(&filter.until)?;
        let relation = match &filter.relation {
            Some(r) => Some(self.relation_name(r)?),
            None => None,
        };
        let mut branches = Vec::new();
        if filter.role != Role::Object {
            branches.push(format!(
                "{{ ?ev rdf:reifies <<( ?s ?p ?o )>> FILTER(?s = <{iri}>) }}"
            ));
        }
        if filter.role != Role::Subject {
            branches.push(format!(
                "{{ ?ev rdf:reifies <<( ?s ?p ?o )>> FILTER(?o = <{iri}>) }}"
            ));
        }
        let q = format!(
            "SELECT DISTINCT ?s ?p ?o ?ev ?article ?sentence ?conf ?rule ?id ?date ?outlet WHERE {{ \
             {} ?ev prov:wasDerivedFrom ?article . \
             OPTIONAL {{ ?ev isnad:inSentence ?sn . ?sn isnad:text ?sentence }} \
             OPTIONAL {{ ?ev isnad:confidence ?conf }} OPTIONAL {{ ?ev isnad:rule ?rule }} \
             OPTIONAL {{ ?article dcterms:identifier ?id }} OPTIONAL {{ ?article dcterms:date ?date }} \
             OPTIONAL {{ ?article isnad:outlet ?outlet }} }}",
            branches.join(" UNION ")
        );
        let in_range = |d: &Option<String>| -> bool {
            if filter.since.is_none() && filter.until.is_none() {
                return true;
            }
            let Some(d) = d else { return false };
            let ok_since = filter
                .since
                .as_ref()
                .is_none_or(|s| d.get(..s.len()).unwrap_or(d) >= s.as_str());
            let ok_until = filter
                .until
                .as_ref()
                .is_none_or(|u| d.get(..u.len()).unwrap_or(d) <= u.as_str());
            ok_since && ok_until
        };
        type Key = (String, String, String);
        let mut grouped: BTreeMap<Key, (Term, Term, Vec<Evidence>)> = BTreeMap::new();
        let mut outlets: BTreeMap<String, Vec<(Key, usize)>> = BTreeMap::new();
        for s in self.select(&q)? {
            let (Some(subj), Some(p), Some(obj)) = (s.get("s"), iri_of(s.get("p")), s.get("o"))
            else {
                continue;
            };
            let rel = local(&p).to_string();
            if relation.as_ref().is_some_and(|r| *r != rel) {
                continue;
            }
            let date = lit(s.get("date"));
            if !in_range(&date) {
                continue;
            }
            let key: Key = (subj.to_string(), rel, obj.to_string());
            let ev = Evidence {
                sentence: lit(s.get("sentence")),
                article: lit(s.get("id")),
                article_iri: iri_of(s.get("article")).unwrap_or_default(),
                outlet: None,
                date,
                confidence: lit(s.get("conf")).and_then(|c| c.parse().ok()),
                rule: lit(s.get("rule")),
                iri: s
                    .get("ev")
                    .map(|t| match t {
                        Term::NamedNode(n) => n.as_str().to_string(),
                        t => t.to_string(),
                    })
                    .unwrap_or_default(),
            };
            let entry = grouped
                .entry(key.clone())
                .or_insert_with(|| (subj.clone(), obj.clone(), Vec::new()));
            if entry.2.iter().any(|e| e.iri == ev.iri) {
                continue;
            }
            if let Some(o) = iri_of(s.get("outlet")) {
                outlets.entry(o).or_default().push((key, entry.2.len()));
            }
            entry.2.push(ev);
        }
        // names of outlets and of the facts' ends
        let outlet_iris: Vec<String> = outlets.keys().cloned().collect();
        for (o, node) in outlet_iris.iter().zip(self.describe(&outlet_iris)?) {
            for (k, i) in &outlets[o] {
                if let Some(g) = grouped.get_mut(k) {
                    g.2[*i].outlet = Some(node.display());
                }
            }
        }
        let mut ends: BTreeSet<String> = BTreeSet::new();
        for (s, o, _) in grouped.values() {
            for t in [s, o] {
                if let Term::NamedNode(n) = t {
                    ends.insert(n.as_str().to_string());
                }
            }
        }
        let ends: Vec<String> = ends.into_iter().collect();
        let described = self.describe_map(&ends)?;
        let node = |t: &Term| -> Node {
            match t {
                Term::NamedNode(n) => described.get(n.as_str()).cloned().unwrap_or(Node {
                    iri: Some(n.as_str().to_string()),
                    ..Node::default()
                }),
                Term::Literal(l) => Node {
                    value: Some(l.value().to_string()),
                    datatype: Some(l.datatype().as_str().to_string()),
                    ..Node::default()
                },
                t => Node {
                    value: Some(t.to_string()),
                    ..Node::default()
                },
            }
        };
        let mut facts: Vec<Fact> = grouped
            .into_iter()
            .map(|((_, rel, _), (s, o, mut evidence))| {
                evidence.sort_by(|a, b| {
                    (&a.date, &a.article, &a.iri).cmp(&(&b.date, &b.article, &b.iri))
                });
                Fact {
                    subject: node(&s),
                    relation: rel,
                    object: node(&o),
                    evidence,
                }
            })
            .collect();
        let outward = |f: &Fact| f.subject.iri.as_deref() != Some(iri);
        facts.sort_by(|a, b| {
            (
                outward(a),
                &a.relation,
                a.object.display(),
                a.subject.display(),
            )
                .cmp(&(
                    outward(b),
                    &b.relation,
                    b.object.display(),
                    b.subject.display(),
                ))
        });
        Ok(facts)
    }

    /// Answers `SUBJECT RELATION [OBJECT]`: with an object, whether the graph says so
    /// (both directions for symmetric relations); without one, what or whom (the facts
    /// are the answers). A subject of `?` asks who: `? visited Moscow`.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// # let (store, lex) = isnad::lookup::example_store(dir.path())?;
    /// let lookup = isnad::lookup::Lookup::new(&store, &lex)?;
    /// let doc = lookup.ask("Erdogan", "visited", None)?;
    /// let answer = doc.answer.unwrap();
    /// assert!(answer.yes);
    /// assert_eq!(doc.facts[0].object.label.as_deref(), Some("Moscow"));
    /// let no = lookup.ask("Erdogan", "visited", Some("Algeria"))?;
    /// assert!(!no.answer.unwrap().yes);
    /// # Ok::<_, Box<dyn std::error::Error>>(())
    /// ```
    pub fn ask(
        &self,
        subject: &str,
        relation: &str,
        object: Option<&str>,
    ) -> Result<Document, LookupError> {
        let rel = self.relation_name(relation)?;
        let symmetric = self
            .lex
            .relations
            .iter()
            .any(|d| d.name == rel && d.symmetric);
        let who = matches!(subject.trim(), "?" | "who" | "what" | "من" | "ماذا");
        let (focus, other, role) = match (who, object) {
            (true, Some(o)) => (self.resolve(o)?, None, Role::Object),
            (true, None) => {
                return Err(LookupError::BadArgument(
                    "`?` as the subject needs an object: ? RELATION OBJECT".into(),
                ))
            }
            (false, Some(o)) => (
                self.resolve(subject)?,
                Some(self.resolve(o)?),
                Role::Subject,
            ),
            (false, None) => (self.resolve(subject)?, None, Role::Subject),
        };
        let filter = FactFilter {
            relation: Some(rel.clone()),
            role: if symmetric { Role::Any } else { role },
            ..FactFilter::default()
        };
        let mut facts = self.facts_of(&focus, &filter)?;
        if let Some(other) = &other {
            facts.retain(|f| {
                f.object.iri.as_deref() == Some(other.as_str())
                    || (symmetric && f.subject.iri.as_deref() == Some(other.as_str()))
            });
        }
        let entity = self.card(&focus)?;
        let name = |n: &EntityCard| {
            n.label
                .clone()
                .or(n.label_ar.clone())
                .unwrap_or(n.iri.clone())
        };
        let question = match (who, &other) {
            (true, _) => format!("? {rel} {}", name(&entity)),
            (false, Some(o)) => {
                let on = self.describe(std::slice::from_ref(o))?.remove(0);
                format!("{} {rel} {}", name(&entity), on.display())
            }
            (false, None) => format!("{} {rel} ?", name(&entity)),
        };
        Ok(Document {
            schema: SCHEMA.to_string(),
            answer: Some(Answer {
                question,
                relation: rel,
                yes: !facts.is_empty(),
            }),
            entity,
            facts,
        })
    }
}

fn role_kind_name(k: RoleKind) -> String {
    format!("{k:?}")
}

fn split_camel(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && c.is_uppercase() {
            out.push(' ');
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl Document {
    /// Writes the document for people: the entity, then each fact with its evidence.
    pub fn write_text(&self, out: &mut impl Write) -> std::io::Result<()> {
        let e = &self.entity;
        let name = e
            .label
            .clone()
            .or(e.label_ar.clone())
            .unwrap_or(e.iri.clone());
        if let Some(a) = &self.answer {
            writeln!(out, "{}: {}", a.question, if a.yes { "yes" } else { "no" })?;
        }
        write!(out, "{name}")?;
        if let (Some(ar), Some(_)) = (&e.label_ar, &e.label) {
            write!(out, " / {ar}")?;
        }
        writeln!(
            out,
            " <{}>{}",
            e.iri,
            e.etype
                .as_deref()
                .map(|t| format!(" {t}"))
                .unwrap_or_default()
        )?;
        for f in &self.facts {
            let s = if f.subject.iri.as_deref() == Some(e.iri.as_str()) {
                "·".to_string()
            } else {
                f.subject.display()
            };
            let o = if f.object.iri.as_deref() == Some(e.iri.as_str()) {
                "·".to_string()
            } else {
                f.object.display()
            };
            writeln!(out, "  {s} {} {o}", f.relation)?;
            for ev in &f.evidence {
                let mut src: Vec<String> = Vec::new();
                src.extend(ev.article.clone());
                src.extend(ev.outlet.clone());
                src.extend(ev.date.clone());
                writeln!(
                    out,
                    "      {} — {}",
                    ev.sentence.as_deref().unwrap_or("(no sentence)"),
                    src.join(", ")
                )?;
            }
        }
        Ok(())
    }

    /// Writes the entity card for people.
    pub fn write_card(&self, out: &mut impl Write) -> std::io::Result<()> {
        let e = &self.entity;
        writeln!(out, "iri:       {}", e.iri)?;
        writeln!(out, "type:      {}", e.etype.as_deref().unwrap_or("?"))?;
        let show = |ls: &[Label]| -> String {
            ls.iter()
                .map(|l| match &l.lang {
                    Some(t) => format!("{}@{t}", l.value),
                    None => l.value.clone(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(out, "labels:    {}", show(&e.labels))?;
        writeln!(out, "aliases:   {}", show(&e.aliases))?;
        for (i, p) in e.positions.iter().enumerate() {
            let span = match (&p.from, &p.until) {
                (None, None) => String::new(),
                (f, u) => format!(
                    " ({}–{})",
                    f.as_deref().unwrap_or(""),
                    u.as_deref().unwrap_or("")
                ),
            };
            writeln!(
                out,
                "{}{}{span} [{}]",
                if i == 0 { "positions: " } else { "           " },
                p.title,
                p.source
            )?;
        }
        writeln!(out, "facts:     {}", e.fact_count)?;
        writeln!(out, "mentions:  {}", e.mention_count)?;
        Ok(())
    }

    /// Writes one fact per line as JSON (`--jsonl`).
    pub fn write_jsonl(&self, out: &mut impl Write) -> std::io::Result<()> {
        for f in &self.facts {
            serde_json::to_writer(&mut *out, f)?;
            writeln!(out)?;
        }
        Ok(())
    }
}

/// Builds a store from the sample articles of this repository, for the examples in the
/// documentation (not part of the stable API).
#[doc(hidden)]
pub fn example_store(
    dir: &std::path::Path,
) -> Result<(GraphStore, Lexicon), Box<dyn std::error::Error>> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let lex = crate::lexicon::load_dir(&root.join("ontology"))?;
    let store = GraphStore::open(&dir.join("store"))?;
    store.load_ontology(&lex)?;
    let inputs = vec![root.join("tests/data/samples")];
    let res = crate::pipeline::for_each_extraction(
        &lex,
        &inputs,
        true,
        None,
        |_| {},
        |ex| -> Result<(), crate::store::StoreError> {
            let quads = crate::provenance::article_quads(&lex, &ex);
            store.replace_graph(&crate::provenance::graph_iri(&ex.article.id), &quads)
        },
    )?;
    res?;
    store.flush()?;
    Ok((store, lex))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_latin_and_case() {
        assert_eq!(name_key("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(name_key("إردوغان"), name_key("اردوغان"));
        assert_eq!(levenshtein("putin", "putn"), 1);
    }
}
