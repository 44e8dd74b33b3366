//! From the store to a petgraph graph: evidence streamed from SPARQL and folded into
//! edges as it arrives, node details read by index look-ups, then the filters.

use super::{
    local_name, EdgeData, ExportError, ExportGraph, ExportOptions, Lang, Network, NodeData,
};
use crate::query::{prologue, QueryError};
use crate::store::GraphStore;
use crate::text::match_key;
use crate::vocab::{self, std_terms};
use oxigraph::model::{NamedNodeRef, NamedOrBlankNodeRef, Term, TermRef};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

const OWL_SYMMETRIC: &str = "http://www.w3.org/2002/07/owl#SymmetricProperty";
const DCT_DATE: &str = std_terms::DCT_DATE;
const CO_MENTION: &str = "coMention";

/// Builds the graph `opts` asks for (network and filters) from the store.
pub fn build_graph(store: &GraphStore, opts: &ExportOptions) -> Result<ExportGraph, ExportError> {
    let since = opts.since.as_deref().map(date_bound).transpose()?;
    let until = opts
        .until
        .as_deref()
        .map(|d| date_bound(d).map(|b| format!("{b}\u{10FFFF}")))
        .transpose()?;
    let mut b = Builder {
        st: store.inner(),
        lang: opts.lang,
        since,
        until,
        relations: opts
            .relations
            .iter()
            .flat_map(|r| r.split(','))
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty())
            .collect(),
        graph: ExportGraph::new(),
        nodes: HashMap::new(),
        edges: HashMap::new(),
        articles: HashMap::new(),
        outlet_labels: HashMap::new(),
        symmetric: HashMap::new(),
        sentences: HashMap::new(),
    };
    b.load_relations();
    match &opts.network {
        Network::Facts => b.facts()?,
        Network::CoMention => b.co_mentions()?,
        Network::Query(q) => b.query_graph(q)?,
    }
    b.resolve_nodes();
    let g = b.graph;
    filter(g, opts, store.inner())
}

/// A date bound as the prefix it must compare with (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
fn date_bound(s: &str) -> Result<String, ExportError> {
    let re = regex::Regex::new(r"^\d{4}(-\d{2}(-\d{2})?)?$").expect("static regex");
    if re.is_match(s.trim()) {
        Ok(s.trim().to_string())
    } else {
        Err(ExportError::BadDate(s.to_string()))
    }
}

/// Per-edge state that only matters while building: which sentences were counted and
/// the sort key of the earliest one.
#[derive(Default)]
struct EdgeState {
    sentences: HashSet<String>,
    first: Option<(String, String)>,
}

struct Builder<'a> {
    st: &'a Store,
    lang: Lang,
    since: Option<String>,
    until: Option<String>,
    relations: Vec<String>,
    graph: ExportGraph,
    nodes: HashMap<String, NodeIndex>,
    edges: HashMap<(NodeIndex, NodeIndex, String), (EdgeIndex, EdgeState)>,
    /// article IRI → (date, outlet label)
    articles: HashMap<String, (Option<String>, Option<String>)>,
    outlet_labels: HashMap<String, String>,
    /// relation IRI → symmetric
    symmetric: HashMap<String, bool>,
    /// sentence IRI → article IRI
    sentences: HashMap<String, Option<String>>,
}

fn nn(iri: &str) -> NamedNodeRef<'_> {
    NamedNodeRef::new_unchecked(iri)
}

/// The key of a node term; literals have none in the facts network.
fn node_key(t: &Term) -> Option<String> {
    match t {
        Term::NamedNode(n) => Some(n.as_str().to_string()),
        Term::BlankNode(b) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}

fn literal(t: TermRef<'_>) -> Option<(String, Option<String>)> {
    match t {
        TermRef::Literal(l) => Some((l.value().to_string(), l.language().map(str::to_string))),
        _ => None,
    }
}

impl Builder<'_> {
    fn objects(&self, s: &str, p: &str) -> Vec<Term> {
        let subject: NamedOrBlankNodeRef<'_> = if let Some(b) = s.strip_prefix("_:") {
            match oxigraph::model::BlankNodeRef::new(b) {
                Ok(b) => b.into(),
                Err(_) => return Vec::new(),
            }
        } else {
            nn(s).into()
        };
        self.st
            .quads_for_pattern(Some(subject), Some(nn(p)), None, None)
            .filter_map(Result::ok)
            .map(|q| q.object)
            .collect()
    }

    fn first_literal(&self, s: &str, p: &str) -> Option<String> {
        self.objects(s, p)
            .iter()
            .find_map(|t| literal(t.as_ref()).map(|l| l.0))
    }

    fn load_relations(&mut self) {
        let fact = vocab::ont_iri("FactRelation");
        let rels: Vec<String> = self
            .st
            .quads_for_pattern(
                None,
                Some(nn(std_terms::RDF_TYPE)),
                Some(nn(&fact).into()),
                None,
            )
            .filter_map(Result::ok)
            .map(|q| q.subject.to_string().trim_matches(['<', '>']).to_string())
            .collect();
        for r in rels {
            let sym = self
                .objects(&r, std_terms::RDF_TYPE)
                .iter()
                .any(|t| matches!(t, Term::NamedNode(n) if n.as_str() == OWL_SYMMETRIC));
            self.symmetric.insert(r, sym);
        }
    }

    fn relation_wanted(&self, iri: &str) -> bool {
        self.relations.is_empty()
            || self
                .relations
                .iter()
                .any(|r| r == iri || r == local_name(iri))
    }

    fn date_ok(&self, date: Option<&str>) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let Some(d) = date else { return false };
        self.since.as_deref().is_none_or(|s| d >= s) && self.until.as_deref().is_none_or(|u| d <= u)
    }

    /// The date (YYYY-MM-DD) and outlet label of an article, cached.
    fn article(&mut self, a: &str) -> (Option<String>, Option<String>) {
        if let Some(v) = self.articles.get(a) {
            return v.clone();
        }
        let date = self
            .first_literal(a, DCT_DATE)
            .map(|d| d.chars().take(10).collect::<String>());
        let outlet = self
            .objects(a, &vocab::ont_iri(vocab::ont::OUTLET_PROP))
            .into_iter()
            .find_map(|t| node_key(&t))
            .map(|o| self.outlet_label(&o));
        let v = (date, outlet);
        self.articles.insert(a.to_string(), v.clone());
        v
    }

    fn outlet_label(&mut self, o: &str) -> String {
        if let Some(l) = self.outlet_labels.get(o) {
            return l.clone();
        }
        let (en, ar) = self.labels(o);
        let n = NodeData {
            id: o.to_string(),
            label_en: en,
            label_ar: ar,
            ..NodeData::default()
        };
        let l = n.label(self.lang);
        self.outlet_labels.insert(o.to_string(), l.clone());
        l
    }

    /// English and Arabic `rdfs:label`s (any graph).
    fn labels(&self, s: &str) -> (Option<String>, Option<String>) {
        let (mut en, mut ar, mut plain) = (None, None, None);
        for t in self.objects(s, std_terms::RDFS_LABEL) {
            if let Some((v, lang)) = literal(t.as_ref()) {
                match lang.as_deref() {
                    Some(l) if l.starts_with("en") => {
                        en.get_or_insert(v);
                    }
                    Some(l) if l.starts_with("ar") => {
                        ar.get_or_insert(v);
                    }
                    _ => {
                        plain.get_or_insert(v);
                    }
                }
            }
        }
        if en.is_none() && ar.is_none() {
            if let Some(p) = plain {
                if p.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                    ar = Some(p);
                } else {
                    en = Some(p);
                }
            }
        }
        (en, ar)
    }

    fn node(&mut self, key: &str) -> NodeIndex {
        if let Some(&i) = self.nodes.get(key) {
            return i;
        }
        let i = self.graph.add_node(NodeData {
            id: key.to_string(),
            ..NodeData::default()
        });
        self.nodes.insert(key.to_string(), i);
        i
    }

    /// Adds one piece of evidence (or one query row) to the edge `s –rel→ o`.
    #[allow(clippy::too_many_arguments)]
    fn add_evidence(
        &mut self,
        s: &str,
        rel_iri: &str,
        o: &str,
        directed: bool,
        sentence: Option<&str>,
        article: Option<&str>,
        confidence: Option<f64>,
        weight: f64,
    ) {
        let (date, outlet) = match article {
            Some(a) => self.article(a),
            None => (None, None),
        };
        if !self.date_ok(date.as_deref()) {
            return;
        }
        let (mut a, mut b) = (self.node(s), self.node(o));
        if !directed && self.graph[a].id > self.graph[b].id {
            std::mem::swap(&mut a, &mut b);
        }
        let key = (a, b, rel_iri.to_string());
        let (ei, state) = match self.edges.get_mut(&key) {
            Some(v) => v,
            None => {
                let ei = self.graph.add_edge(
                    a,
                    b,
                    EdgeData {
                        relation: local_name(rel_iri).to_string(),
                        relation_iri: rel_iri.to_string(),
                        directed,
                        ..EdgeData::default()
                    },
                );
                self.edges.entry(key).or_insert((ei, EdgeState::default()))
            }
        };
        let ei = *ei;
        let counted = match sentence {
            Some(sent) => state.sentences.insert(sent.to_string()),
            None => true,
        };
        let mut new_first = None;
        if let Some(sent) = sentence {
            let k = (
                date.clone().unwrap_or_else(|| "\u{10FFFF}".into()),
                sent.to_string(),
            );
            if state.first.as_ref().is_none_or(|f| k < *f) {
                state.first = Some(k);
                new_first = Some(sent.to_string());
            }
        }
        if let Some(sent) = new_first {
            let text = self.first_literal(&sent, &vocab::ont_iri(vocab::ont::TEXT));
            self.graph[ei].first_sentence = text;
        }
        let e = &mut self.graph[ei];
        if counted {
            e.weight += weight;
        }
        if let Some(c) = confidence {
            e.confidence = Some(e.confidence.map_or(c, |x: f64| x.max(c)));
        }
        if let Some(o) = outlet {
            e.outlets.insert(o);
        }
        if let Some(d) = date {
            e.dates.insert(d.clone());
            let (sa, sb) = self.graph.edge_endpoints(ei).expect("edge just added");
            self.graph[sa].dates.insert(d.clone());
            self.graph[sb].dates.insert(d);
        }
    }

    /// Every piece of evidence of every fact whose object is not a literal, streamed.
    fn facts(&mut self) -> Result<(), ExportError> {
        let q = "SELECT ?s ?p ?o ?conf ?sent ?a WHERE {
            ?ev rdf:reifies <<( ?s ?p ?o )>> .
            OPTIONAL { ?ev isnad:confidence ?conf }
            OPTIONAL { ?ev isnad:inSentence ?sent }
            OPTIONAL { ?ev prov:wasDerivedFrom ?a }
            FILTER(!isLiteral(?o))
        }";
        let QueryResults::Solutions(sols) = select(self.st, q)? else {
            return Ok(());
        };
        // Each row is folded into its edge as it comes: the evidence is never held.
        for s in sols {
            let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
            let get = |v: &str| s.get(v).and_then(node_key);
            let (Some(subj), Some(p), Some(o)) = (get("s"), get("p"), get("o")) else {
                continue;
            };
            let Some(&sym) = self.symmetric.get(&p) else {
                continue; // not a fact relation
            };
            if !self.relation_wanted(&p) {
                continue;
            }
            let conf = s
                .get("conf")
                .and_then(|t| literal(t.as_ref()))
                .and_then(|l| l.0.parse::<f64>().ok());
            let (sent, a) = (get("sent"), get("a"));
            self.add_evidence(
                &subj,
                &p,
                &o,
                !sym,
                sent.as_deref(),
                a.as_deref(),
                conf,
                1.0,
            );
        }
        Ok(())
    }

    /// Pairs of entities one sentence mentions, weighted by such sentences.
    fn co_mentions(&mut self) -> Result<(), ExportError> {
        let rel = vocab::ont_iri(CO_MENTION);
        if !self.relation_wanted(&rel) {
            return Ok(());
        }
        let q = "SELECT ?sent ?x ?a WHERE { ?sent isnad:mentions ?x . OPTIONAL { ?sent isnad:inArticle ?a } }";
        let QueryResults::Solutions(sols) = select(self.st, q)? else {
            return Ok(());
        };
        let mut by_sentence: HashMap<String, (Option<String>, BTreeSet<String>)> = HashMap::new();
        for s in sols {
            let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
            let (Some(sent), Some(x)) = (
                s.get("sent").and_then(node_key),
                s.get("x").and_then(node_key),
            ) else {
                continue;
            };
            let e = by_sentence.entry(sent).or_default();
            if e.0.is_none() {
                e.0 = s.get("a").and_then(node_key);
            }
            e.1.insert(x);
        }
        let mut sentences: Vec<_> = by_sentence.into_iter().collect();
        sentences.sort_by(|a, b| a.0.cmp(&b.0));
        for (sent, (article, xs)) in sentences {
            self.sentences.insert(sent.clone(), article.clone());
            let xs: Vec<_> = xs.into_iter().collect();
            for i in 0..xs.len() {
                for j in i + 1..xs.len() {
                    self.add_evidence(
                        &xs[i],
                        &rel,
                        &xs[j],
                        false,
                        Some(&sent),
                        article.as_deref(),
                        None,
                        1.0,
                    );
                }
            }
        }
        Ok(())
    }

    /// The graph of a user's CONSTRUCT, or of a SELECT with ?source ?relation ?target.
    fn query_graph(&mut self, sparql: &str) -> Result<(), ExportError> {
        let text =
            if sparql.to_uppercase().contains("PREFIX E:") || sparql.contains("PREFIX isnad:") {
                sparql.to_string()
            } else {
                format!("{}{sparql}", prologue())
            };
        let mut q = SparqlEvaluator::new()
            .parse_query(&text)
            .map_err(|e| QueryError::Syntax(e.to_string()))?;
        if q.dataset().is_default_dataset() {
            q.dataset_mut().set_default_graph_as_union();
        }
        let results = q
            .on_store(self.st)
            .execute()
            .map_err(|e| QueryError::Evaluation(e.to_string()))?;
        let key = |t: &Term| match t {
            Term::Literal(l) => Some(l.value().to_string()),
            t => node_key(t),
        };
        let mut rows = Vec::new();
        match results {
            QueryResults::Graph(triples) => {
                for t in triples {
                    let t = t.map_err(|e| QueryError::Evaluation(e.to_string()))?;
                    let Some(o) = node_key(&t.object) else {
                        continue; // a literal is a value, not a node
                    };
                    let s = node_key(&Term::from(t.subject)).unwrap_or_default();
                    rows.push((s, t.predicate.as_str().to_string(), o, 1.0));
                }
            }
            QueryResults::Solutions(sols) => {
                let vars: Vec<String> = sols
                    .variables()
                    .iter()
                    .map(|v| v.as_str().to_string())
                    .collect();
                for need in ["source", "relation", "target"] {
                    if !vars.iter().any(|v| v == need) {
                        return Err(ExportError::QueryShape(format!(
                            "a SELECT needs the columns ?source ?relation ?target (it has ?{})",
                            vars.join(" ?")
                        )));
                    }
                }
                for s in sols {
                    let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
                    let (Some(src), Some(rel), Some(dst)) = (
                        s.get("source").and_then(key),
                        s.get("relation").and_then(key),
                        s.get("target").and_then(key),
                    ) else {
                        continue;
                    };
                    let w = s
                        .get("weight")
                        .and_then(|t| literal(t.as_ref()))
                        .and_then(|l| l.0.parse::<f64>().ok())
                        .unwrap_or(1.0);
                    rows.push((src, rel, dst, w));
                }
            }
            QueryResults::Boolean(_) => {
                return Err(ExportError::QueryShape(
                    "an ASK query has no graph; use CONSTRUCT or SELECT ?source ?relation ?target"
                        .into(),
                ))
            }
        }
        for (s, rel, o, w) in rows {
            if !self.relation_wanted(&rel) {
                continue;
            }
            let directed = !self.symmetric.get(&rel).copied().unwrap_or(false);
            self.add_evidence(&s, &rel, &o, directed, None, None, None, w);
        }
        Ok(())
    }

    /// Types, labels, mentions and mention dates of every node.
    fn resolve_nodes(&mut self) {
        let mentions = vocab::ont_iri(vocab::ont::MENTIONS);
        let in_article = vocab::ont_iri(vocab::ont::IN_ARTICLE);
        let text = vocab::ont_iri(vocab::ont::TEXT);
        let idx: Vec<NodeIndex> = self.graph.node_indices().collect();
        for i in idx {
            let id = self.graph[i].id.clone();
            let is_iri = !id.starts_with("_:") && id.contains(':');
            let mut kind = "Thing".to_string();
            let (mut en, mut ar) = (None, None);
            let mut count = 0;
            let mut dates = BTreeSet::new();
            if is_iri || id.starts_with("_:") {
                let types: Vec<String> = self
                    .objects(&id, std_terms::RDF_TYPE)
                    .iter()
                    .filter_map(|t| match t {
                        Term::NamedNode(n) => {
                            n.as_str().strip_prefix(vocab::ONT).map(str::to_string)
                        }
                        _ => None,
                    })
                    .collect();
                if let Some(k) = pick_type(&types) {
                    kind = k;
                }
                (en, ar) = self.labels(&id);
                if en.is_none() && ar.is_none() {
                    // statements: their words are their label
                    if let Some(t) = self.first_literal(&id, &text) {
                        let short: String = if t.chars().count() > 80 {
                            format!("{}…", t.chars().take(79).collect::<String>())
                        } else {
                            t
                        };
                        ar = Some(short);
                    }
                }
                if is_iri {
                    let sents: BTreeSet<String> = self
                        .st
                        .quads_for_pattern(None, Some(nn(&mentions)), Some(nn(&id).into()), None)
                        .filter_map(Result::ok)
                        .map(|q| q.subject.to_string().trim_matches(['<', '>']).to_string())
                        .collect();
                    for s in sents {
                        let art = match self.sentences.get(&s) {
                            Some(a) => a.clone(),
                            None => {
                                let a = self
                                    .objects(&s, &in_article)
                                    .into_iter()
                                    .find_map(|t| node_key(&t));
                                self.sentences.insert(s.clone(), a.clone());
                                a
                            }
                        };
                        let date = art.and_then(|a| self.article(&a).0);
                        if self.date_ok(date.as_deref()) {
                            count += 1;
                            dates.extend(date);
                        }
                    }
                }
            }
            let n = &mut self.graph[i];
            n.kind = kind;
            n.label_en = en;
            n.label_ar = ar;
            n.mentions = count;
            n.dates.extend(dates);
        }
    }
}

/// Runs one of the export's own queries on the union of all graphs.
fn select<'a>(st: &'a Store, body: &str) -> Result<QueryResults<'a>, ExportError> {
    let text = format!("{}{body}", prologue());
    let mut q = SparqlEvaluator::new()
        .parse_query(&text)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    q.dataset_mut().set_default_graph_as_union();
    Ok(q.on_store(st)
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))?)
}

/// The most specific isnad type of a node (an outlet is also an organization).
fn pick_type(types: &[String]) -> Option<String> {
    const ORDER: &[&str] = &[
        "Outlet",
        "Person",
        "Country",
        "City",
        "Region",
        "Organization",
        "Event",
        "Agreement",
        "Action",
        "Statement",
        "Position",
        "Article",
        "Sentence",
    ];
    ORDER
        .iter()
        .find(|o| types.iter().any(|t| t == *o))
        .map(|s| s.to_string())
        .or_else(|| types.first().cloned())
}

/// Types, weight, the entity's neighbourhood; then nodes left without edges go.
fn filter(g: ExportGraph, opts: &ExportOptions, st: &Store) -> Result<ExportGraph, ExportError> {
    let types: Vec<String> = opts
        .types
        .iter()
        .flat_map(|t| t.split(','))
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    let min = opts.min_weight as f64;
    let mut g = g.filter_map(
        |_, n| (types.is_empty() || types.contains(&n.kind.to_lowercase())).then(|| n.clone()),
        |_, e| (e.weight >= min).then(|| e.clone()),
    );
    let mut keep_alone: HashSet<NodeIndex> = HashSet::new();
    if let Some(name) = &opts.entity {
        let seeds = find_entity(&g, st, name);
        if seeds.is_empty() {
            return Err(ExportError::EntityNotFound(name.clone()));
        }
        let mut dist: HashMap<NodeIndex, usize> = HashMap::new();
        let mut queue = VecDeque::new();
        for s in seeds {
            dist.insert(s, 0);
            queue.push_back(s);
            keep_alone.insert(s);
        }
        while let Some(n) = queue.pop_front() {
            let d = dist[&n];
            if d >= opts.depth {
                continue;
            }
            let neighbours: Vec<NodeIndex> = g
                .edges_directed(n, petgraph::Direction::Outgoing)
                .map(|e| e.target())
                .chain(
                    g.edges_directed(n, petgraph::Direction::Incoming)
                        .map(|e| e.source()),
                )
                .collect();
            for m in neighbours {
                if let std::collections::hash_map::Entry::Vacant(v) = dist.entry(m) {
                    v.insert(d + 1);
                    queue.push_back(m);
                }
            }
        }
        g = g.filter_map(
            |i, n| dist.contains_key(&i).then(|| n.clone()),
            |_, e| Some(e.clone()),
        );
        // indices were compacted: find the seeds again
        keep_alone = find_entity(&g, st, name).into_iter().collect();
    }
    let connected: HashSet<NodeIndex> = g
        .edge_references()
        .flat_map(|e| [e.source(), e.target()])
        .collect();
    Ok(g.filter_map(
        |i, n| (connected.contains(&i) || keep_alone.contains(&i)).then(|| n.clone()),
        |_, e| Some(e.clone()),
    ))
}

/// Nodes whose IRI, local name, label or alias matches `name` (match keys compared, so
/// case, hamza seats, diacritics and the like do not matter).
fn find_entity(g: &ExportGraph, st: &Store, name: &str) -> Vec<NodeIndex> {
    let want = match_key(name);
    let want_lower = name.trim().to_lowercase();
    let alt = std_terms::SKOS_ALT_LABEL;
    g.node_indices()
        .filter(|&i| {
            let n = &g[i];
            if n.id == name.trim() || local_name(&n.id).to_lowercase() == want_lower {
                return true;
            }
            let mut names: Vec<String> = [&n.label_en, &n.label_ar]
                .into_iter()
                .flatten()
                .cloned()
                .collect();
            if !n.id.starts_with("_:") && n.id.contains(':') {
                for p in [std_terms::RDFS_LABEL, alt] {
                    names.extend(
                        st.quads_for_pattern(Some(nn(&n.id).into()), Some(nn(p)), None, None)
                            .filter_map(Result::ok)
                            .filter_map(|q| literal(q.object.as_ref()).map(|l| l.0)),
                    );
                }
            }
            names
                .iter()
                .any(|l| match_key(l) == want || l.to_lowercase() == want_lower)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_bounds() {
        for ok in ["2019", "2019-04", "2019-04-08"] {
            assert!(date_bound(ok).is_ok(), "{ok}");
        }
        for bad in ["19", "2019-4-8", "yesterday", "2019-04-08T10:00"] {
            assert!(date_bound(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn most_specific_type() {
        let t = |v: &[&str]| pick_type(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(t(&["Organization", "Outlet"]).as_deref(), Some("Outlet"));
        assert_eq!(t(&["Person"]).as_deref(), Some("Person"));
        assert_eq!(t(&["Odd"]).as_deref(), Some("Odd"));
        assert_eq!(t(&[]), None);
    }
}
