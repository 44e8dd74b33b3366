//! Graph exports for network tools: GEXF 1.3 (Gephi), GraphML, CSV (Gephi's spreadsheet
//! import) and DOT (Graphviz).
//!
//! The store is read once into a [`petgraph`] graph whose nodes are entities and whose
//! edges are facts aggregated over their evidence (one edge per subject, relation and
//! object, however many sentences and articles say it). Evidence is streamed from
//! SPARQL and folded into the edges as it comes, so a large store is never held twice:
//! only the aggregated graph lives in memory. Filters (relations, types, weight, dates,
//! the neighbourhood of one entity) are applied before anything is written, so every
//! format shows the same graph.
//!
//! Three networks can be exported: the facts ([`Network::Facts`]), entities mentioned in
//! the same sentence ([`Network::CoMention`]) and the result of any SPARQL query the user
//! writes ([`Network::Query`]).

mod build;
mod csv;
mod dot;
mod gexf;
mod graphml;

pub use build::build_graph;

use crate::query::QueryError;
use crate::store::StoreError;
use petgraph::graph::DiGraph;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The store could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A query (built in or given with `--query`) failed to parse or run.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// A `--query` result that is not a graph: a SELECT without `?source ?relation
    /// ?target`, or an ASK.
    #[error("the query cannot be exported as a graph: {0}")]
    QueryShape(String),
    /// A `--since`/`--until` value that is not a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[error("not a date: {0:?} (use YYYY-MM-DD, YYYY-MM or YYYY)")]
    BadDate(String),
    /// `--entity` matched no node of the graph.
    #[error("no entity named {0:?} in the exported graph (try its English or Arabic name, an alias, or its IRI)")]
    EntityNotFound(String),
    /// Writing the output failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file or folder written.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Writing a CSV file failed.
    #[error("cannot write CSV {path}: {source}")]
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// The underlying error.
        source: ::csv::Error,
    },
}

/// The file formats of `isnad export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[non_exhaustive]
pub enum Format {
    /// GEXF 1.3, Gephi's own format: typed attributes, colours, spells.
    Gexf,
    /// GraphML with typed keys (yEd, Cytoscape, Gephi, networkx).
    Graphml,
    /// `nodes.csv` and `edges.csv` in a folder, for Gephi's spreadsheet import.
    Csv,
    /// Graphviz DOT.
    Dot,
}

/// Which network to export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Network {
    /// Facts: subject –relation→ object, weighted by supporting sentences.
    #[default]
    Facts,
    /// Entities linked when one sentence mentions both, weighted by such sentences.
    CoMention,
    /// The graph of a CONSTRUCT query, or of a SELECT with `?source ?relation ?target`
    /// (and optionally `?weight`) columns.
    Query(String),
}

/// The language preferred for node labels (the other is the fallback).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Lang {
    /// English labels first.
    #[default]
    En,
    /// Arabic labels first.
    Ar,
}

/// What to export and how; `Default` exports every fact, statically, in English.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ExportOptions {
    /// The network to build.
    pub network: Network,
    /// Label language.
    pub lang: Lang,
    /// Only these relations (local names such as `met`, or full IRIs); empty = all.
    pub relations: Vec<String>,
    /// Only nodes of these types (`Person`, `Country` …); empty = all.
    pub types: Vec<String>,
    /// Drop edges supported by fewer sentences.
    pub min_weight: u64,
    /// Only evidence from articles dated on or after this day (`YYYY[-MM[-DD]]`).
    pub since: Option<String>,
    /// Only evidence from articles dated on or before this day (`YYYY[-MM[-DD]]`).
    pub until: Option<String>,
    /// Only the neighbourhood of this entity (label, alias or IRI).
    pub entity: Option<String>,
    /// How many hops around `entity` to keep.
    pub depth: usize,
    /// Give nodes and edges spells from their article dates (GEXF, CSV timesets).
    pub dynamic: bool,
}

impl ExportOptions {
    /// Options with defaults: all facts, depth 1 around an entity if one is set.
    pub fn new() -> Self {
        Self {
            depth: 1,
            ..Self::default()
        }
    }

    /// Sets the network.
    pub fn network(mut self, n: Network) -> Self {
        self.network = n;
        self
    }

    /// Sets the label language.
    pub fn lang(mut self, l: Lang) -> Self {
        self.lang = l;
        self
    }

    /// Keeps only these relations.
    pub fn relations(mut self, r: Vec<String>) -> Self {
        self.relations = r;
        self
    }

    /// Keeps only nodes of these types.
    pub fn types(mut self, t: Vec<String>) -> Self {
        self.types = t;
        self
    }

    /// Drops lighter edges.
    pub fn min_weight(mut self, w: u64) -> Self {
        self.min_weight = w;
        self
    }

    /// Restricts evidence to a date range (either end optional).
    pub fn dates(mut self, since: Option<String>, until: Option<String>) -> Self {
        self.since = since;
        self.until = until;
        self
    }

    /// Keeps the neighbourhood of one entity, `depth` hops.
    pub fn entity(mut self, name: Option<String>, depth: usize) -> Self {
        self.entity = name;
        self.depth = depth;
        self
    }

    /// Turns spells on or off.
    pub fn dynamic(mut self, d: bool) -> Self {
        self.dynamic = d;
        self
    }
}

/// A node of the exported graph: an entity (or a statement, position, agreement …).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct NodeData {
    /// The IRI (or `_:id` for a blank node, the value for a literal from `--query`):
    /// also the node id in every format, so exports of one store join up.
    pub id: String,
    /// The isnad class (`Person`, `Country` …), or `Thing` when it has none.
    pub kind: String,
    /// Arabic label, when the store has one.
    pub label_ar: Option<String>,
    /// English label, when the store has one.
    pub label_en: Option<String>,
    /// The number of sentences that mention it (`isnad:mentions`).
    pub mentions: u64,
    /// The dates (YYYY-MM-DD) of the articles that mention it or state its facts.
    pub dates: BTreeSet<String>,
}

impl NodeData {
    /// The display label in `lang`, falling back to the other language, then to the
    /// IRI's last segment.
    pub fn label(&self, lang: Lang) -> String {
        let (a, b) = match lang {
            Lang::En => (&self.label_en, &self.label_ar),
            Lang::Ar => (&self.label_ar, &self.label_en),
        };
        a.clone()
            .or_else(|| b.clone())
            .unwrap_or_else(|| local_name(&self.id).to_string())
    }

    /// The first article date, if any.
    pub fn first_date(&self) -> Option<&str> {
        self.dates.first().map(String::as_str)
    }

    /// The last article date, if any.
    pub fn last_date(&self) -> Option<&str> {
        self.dates.last().map(String::as_str)
    }
}

/// An edge: one relation between two nodes, aggregated over its evidence.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct EdgeData {
    /// The relation's local name (`met`, `visited`, `coMention` …): label and `kind`.
    pub relation: String,
    /// The relation's IRI.
    pub relation_iri: String,
    /// False for symmetric relations (`owl:SymmetricProperty`) and co-mentions.
    pub directed: bool,
    /// The number of supporting sentences (distinct evidence sentences).
    pub weight: f64,
    /// The highest confidence among its evidence, when it has any.
    pub confidence: Option<f64>,
    /// The text of the earliest supporting sentence (earliest article date first).
    pub first_sentence: Option<String>,
    /// The outlets of the articles that say it.
    pub outlets: BTreeSet<String>,
    /// The dates (YYYY-MM-DD) of the articles that say it.
    pub dates: BTreeSet<String>,
}

/// The node's id (petgraph's DOT writer needs `Display`).
impl std::fmt::Display for NodeData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.id)
    }
}

/// The relation's local name (petgraph's DOT writer needs `Display`).
impl std::fmt::Display for EdgeData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.relation)
    }
}

/// The graph every format writes: node and edge data on a petgraph `DiGraph`
/// (undirected edges are marked by [`EdgeData::directed`], as Gephi's mixed graphs are).
pub type ExportGraph = DiGraph<NodeData, EdgeData>;

/// The part of an IRI after the last `#` or `/`.
pub fn local_name(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// The colour Gephi shows for a node type (RGB), so types are told apart at a glance.
pub fn type_color(kind: &str) -> (u8, u8, u8) {
    match kind {
        "Person" => (31, 119, 180),
        "Country" => (214, 39, 40),
        "City" => (255, 127, 14),
        "Region" => (188, 189, 34),
        "Organization" => (44, 160, 44),
        "Outlet" => (148, 103, 189),
        "Event" => (140, 86, 75),
        "Agreement" => (227, 119, 194),
        "Action" => (127, 127, 127),
        "Statement" => (23, 190, 207),
        "Position" => (174, 199, 232),
        _ => (199, 199, 199),
    }
}

/// Writes `graph` in `format`. GEXF, GraphML and DOT go to the file `out` (stdout when
/// `None`); CSV goes to the folder `out` (created; `.` when `None`).
pub fn write(
    graph: &ExportGraph,
    format: Format,
    opts: &ExportOptions,
    out: Option<&Path>,
) -> Result<(), ExportError> {
    if format == Format::Csv {
        let dir = out.unwrap_or(Path::new("."));
        return csv::write(graph, opts, dir);
    }
    let path = out
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("<stdout>"));
    let werr = |source| ExportError::Write {
        path: path.clone(),
        source,
    };
    let mut w: Box<dyn std::io::Write> = match out {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(werr)?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let r = match format {
        Format::Gexf => gexf::write(graph, opts, &mut w),
        Format::Graphml => graphml::write(graph, opts, &mut w),
        Format::Dot => dot::write(graph, opts, &mut w),
        Format::Csv => unreachable!("handled above"),
    };
    r.and_then(|_| w.flush()).map_err(werr)
}

/// Builds the graph from the store and writes it: the whole export in one call.
pub fn export(
    store: &crate::store::GraphStore,
    format: Format,
    opts: &ExportOptions,
    out: Option<&Path>,
) -> Result<ExportGraph, ExportError> {
    let g = build_graph(store, opts)?;
    write(&g, format, opts, out)?;
    Ok(g)
}

/// Text safe for XML 1.0: characters XML cannot carry (most C0 controls) are dropped.
pub(crate) fn xml_clean(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\t' || c == '\n' || c == '\r' || c >= ' ')
        .filter(|&c| c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect()
}

/// An XML attribute value: escaped, with newlines and tabs as character references so
/// readers do not fold them into spaces.
pub(crate) fn xml_attr(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in xml_clean(s).chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            '\n' => o.push_str("&#10;"),
            '\r' => o.push_str("&#13;"),
            '\t' => o.push_str("&#9;"),
            c => o.push(c),
        }
    }
    o
}

/// Outlets as one cell: `|`-separated (a character no outlet name uses).
pub(crate) fn join_outlets(e: &EdgeData) -> String {
    e.outlets.iter().cloned().collect::<Vec<_>>().join("|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_names() {
        for (iri, want) in [
            ("https://w3id.org/isnad/ontology#met", "met"),
            (
                "https://w3id.org/isnad/entity/VladimirPutin",
                "VladimirPutin",
            ),
            ("plain", "plain"),
        ] {
            assert_eq!(local_name(iri), want);
        }
    }

    #[test]
    fn attribute_escaping() {
        for (s, want) in [
            ("a&b", "a&amp;b"),
            ("\"قال\" <x>", "&quot;قال&quot; &lt;x&gt;"),
            ("a\nb\u{1}", "a&#10;b"),
        ] {
            assert_eq!(xml_attr(s), want);
        }
    }

    #[test]
    fn labels_fall_back() {
        let mut n = NodeData {
            id: "https://w3id.org/isnad/entity/X".into(),
            ..NodeData::default()
        };
        assert_eq!(n.label(Lang::Ar), "X");
        n.label_en = Some("Ex".into());
        assert_eq!(n.label(Lang::Ar), "Ex");
        n.label_ar = Some("إكس".into());
        assert_eq!(n.label(Lang::Ar), "إكس");
        assert_eq!(n.label(Lang::En), "Ex");
    }
}
