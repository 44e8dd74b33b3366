//! SPARQL over the store: every named graph is part of the default graph, so queries
//! need no `GRAPH` clause (they can still use one to ask which article said what).
//!
//! Results come as a table for people or in the standard formats for programs.

use crate::store::GraphStore;
use crate::vocab;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::io::Write;

/// Why a query failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The query does not parse; the message has the line and column.
    #[error("SPARQL syntax error: {0}")]
    Syntax(String),
    /// The query parsed but evaluation failed.
    #[error("query evaluation failed: {0}")]
    Evaluation(String),
    /// The format does not fit the query's result (a table for a CONSTRUCT…).
    #[error("format {format} cannot print {kind} results")]
    Format {
        /// The format asked for.
        format: String,
        /// What the query returned.
        kind: &'static str,
    },
    /// Writing the results failed.
    #[error("cannot write results: {0}")]
    Io(#[from] std::io::Error),
}

/// Output formats of `isnad query`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// An aligned text table (SELECT, ASK); Turtle for graphs.
    Table,
    /// SPARQL CSV results.
    Csv,
    /// SPARQL TSV results.
    Tsv,
    /// SPARQL JSON results.
    Json,
    /// SPARQL XML results.
    Xml,
    /// Turtle (CONSTRUCT, DESCRIBE).
    Turtle,
    /// N-Triples (CONSTRUCT, DESCRIBE).
    Ntriples,
}

const PREFIXES: &[(&str, &str)] = &[
    ("e:", vocab::ENTITY),
    ("isnad:", vocab::ONT),
    ("article:", vocab::ARTICLE),
    ("position:", vocab::POSITION),
    ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
    ("rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("prov:", "http://www.w3.org/ns/prov#"),
    ("xsd:", "http://www.w3.org/2001/XMLSchema#"),
];

/// The prefixes every query may use without declaring them.
pub fn prologue() -> String {
    let mut s = String::new();
    for (p, iri) in PREFIXES {
        if *p == "e:" {
            s.push_str(&format!("PREFIX e: <{iri}>\n"));
        } else {
            s.push_str(&format!("PREFIX {p} <{iri}>\n"));
        }
    }
    s.push_str("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n");
    s
}

/// A serializer declaring the prefixes queries use, so graph results read like them
/// (the CLI and the HTTP endpoint write the same).
pub fn with_prefixes(mut ser: RdfSerializer) -> RdfSerializer {
    for (p, iri) in PREFIXES {
        ser = ser
            .with_prefix(p.trim_end_matches(':'), *iri)
            .expect("valid prefix IRI");
    }
    ser
}

/// A short display form of a term: prefixed IRIs, plain literal values.
pub fn short(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let s = n.as_str();
            for (p, iri) in PREFIXES {
                if let Some(rest) = s.strip_prefix(iri) {
                    return format!("{p}{rest}");
                }
            }
            format!("<{s}>")
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        Term::Triple(t) => format!(
            "<< {} {} {} >>",
            short(&t.subject.clone().into()),
            short(&t.predicate.clone().into()),
            short(&t.object)
        ),
    }
}

/// Runs a query and writes its results. Undeclared standard prefixes are added.
pub fn run(
    store: &GraphStore,
    sparql: &str,
    format: OutputFormat,
    out: &mut impl Write,
) -> Result<(), QueryError> {
    let text = if sparql.to_uppercase().contains("PREFIX E:") || sparql.contains("PREFIX isnad:") {
        sparql.to_string()
    } else {
        format!("{}{sparql}", prologue())
    };
    let offset = text.lines().count() - sparql.lines().count();
    let mut q = SparqlEvaluator::new()
        .parse_query(&text)
        .map_err(|e| QueryError::Syntax(shift_lines(&e.to_string(), offset)))?;
    if q.dataset().is_default_dataset() {
        q.dataset_mut().set_default_graph_as_union();
    }
    let results = q
        .on_store(store.inner())
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
    write_results(results, format, out)
}

/// Parse errors point into the user's query, not into the prologue added before it.
fn shift_lines(msg: &str, offset: usize) -> String {
    if offset == 0 {
        return msg.to_string();
    }
    let re = regex::Regex::new(r"(\d+):(\d+)").expect("static regex");
    re.replace(msg, |c: &regex::Captures| {
        let l: usize = c[1].parse().unwrap_or(0);
        format!("line {}, column {}", l.saturating_sub(offset), &c[2])
    })
    .into_owned()
}

/// Writes query results in a format.
pub fn write_results(
    results: QueryResults,
    format: OutputFormat,
    out: &mut impl Write,
) -> Result<(), QueryError> {
    let rf = match format {
        OutputFormat::Csv => Some(QueryResultsFormat::Csv),
        OutputFormat::Tsv => Some(QueryResultsFormat::Tsv),
        OutputFormat::Json => Some(QueryResultsFormat::Json),
        OutputFormat::Xml => Some(QueryResultsFormat::Xml),
        _ => None,
    };
    match results {
        QueryResults::Boolean(b) => match rf {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut *out, b)?;
            }
            None if format == OutputFormat::Table => {
                writeln!(out, "{}", if b { "yes" } else { "no" })?
            }
            None => {
                return Err(QueryError::Format {
                    format: format!("{format:?}").to_lowercase(),
                    kind: "boolean",
                })
            }
        },
        QueryResults::Solutions(solutions) => {
            let vars: Vec<_> = solutions.variables().to_vec();
            match rf {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut *out, vars)?;
                    for s in solutions {
                        w.serialize(&s.map_err(|e| QueryError::Evaluation(e.to_string()))?)?;
                    }
                    w.finish()?;
                }
                None if format == OutputFormat::Table => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(short).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(&header, &rows, out)?;
                }
                None => {
                    return Err(QueryError::Format {
                        format: format!("{format:?}").to_lowercase(),
                        kind: "SELECT",
                    })
                }
            }
        }
        QueryResults::Graph(triples) => {
            let f = match format {
                OutputFormat::Ntriples => RdfFormat::NTriples,
                OutputFormat::Turtle | OutputFormat::Table => RdfFormat::Turtle,
                _ => {
                    return Err(QueryError::Format {
                        format: format!("{format:?}").to_lowercase(),
                        kind: "graph (CONSTRUCT/DESCRIBE)",
                    })
                }
            };
            let mut w = with_prefixes(RdfSerializer::from_format(f)).for_writer(&mut *out);
            for t in triples {
                w.serialize_triple(&t.map_err(|e| QueryError::Evaluation(e.to_string()))?)?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

/// Writes an aligned table; cells longer than 80 characters are cut with an ellipsis.
pub fn write_table(
    header: &[String],
    rows: &[Vec<String>],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let cut = |s: &str| -> String {
        let s = s.replace(['\n', '\r', '\t'], " ");
        if s.chars().count() > 80 {
            format!("{}…", s.chars().take(79).collect::<String>())
        } else {
            s
        }
    };
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| cut(c)).collect())
        .collect();
    let mut w: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            w[i] = w[i].max(c.chars().count());
        }
    }
    let line = |cells: &[String]| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c}{}", " ".repeat(w[i] - c.chars().count())))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header))?;
    writeln!(
        out,
        "{}",
        w.iter()
            .map(|n| "-".repeat(*n))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in &rows {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(
        out,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

/// One section of `isnad stats`: its name and `(key, count)` rows.
pub type StatsSection = (String, Vec<(String, u64)>);

/// Counts for `isnad stats`: articles, facts per relation, entities per type.
pub fn stats(store: &GraphStore) -> Result<Vec<StatsSection>, QueryError> {
    let sections = [
        ("articles", "SELECT ('articles' AS ?k) (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a isnad:Article }"),
        ("facts per relation", "SELECT ?k (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?p a isnad:FactRelation . BIND(STRAFTER(STR(?p), '#') AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k"),
        ("evidence records", "SELECT ('evidence' AS ?k) (COUNT(?e) AS ?n) WHERE { ?e a isnad:Evidence }"),
        ("entities per type", "SELECT ?k (COUNT(DISTINCT ?x) AS ?n) WHERE { ?sent isnad:mentions ?x . ?x a ?t . FILTER(STRSTARTS(STR(?t), STR(isnad:))) BIND(STRAFTER(STR(?t), '#') AS ?k) } GROUP BY ?k ORDER BY DESC(?n) ?k"),
    ];
    let mut out = Vec::new();
    for (name, q) in sections {
        let text = format!("{}{q}", prologue());
        let mut pq = SparqlEvaluator::new()
            .parse_query(&text)
            .map_err(|e| QueryError::Syntax(e.to_string()))?;
        pq.dataset_mut().set_default_graph_as_union();
        let mut rows = Vec::new();
        if let QueryResults::Solutions(sols) = pq
            .on_store(store.inner())
            .execute()
            .map_err(|e| QueryError::Evaluation(e.to_string()))?
        {
            for s in sols {
                let s = s.map_err(|e| QueryError::Evaluation(e.to_string()))?;
                let k = s.get("k").map(short).unwrap_or_default();
                let n = s
                    .get("n")
                    .map(short)
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                rows.push((k, n));
            }
        }
        out.push((name.to_string(), rows));
    }
    Ok(out)
}
