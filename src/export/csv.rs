//! Gephi's spreadsheet import: `nodes.csv` and `edges.csv` with the column names Gephi
//! recognizes (Id, Label, Source, Target, Type, Kind, Weight, Timeset), written with the
//! csv crate so quotes, commas and newlines in Arabic sentences survive.

use super::gexf::fmt_num;
use super::{join_outlets, ExportError, ExportGraph, ExportOptions};
use petgraph::visit::EdgeRef;
use std::collections::BTreeSet;
use std::path::Path;

/// Gephi's timeset cell: `<[2019-04-08,2019-04-08];[…]>`, one interval per date.
fn timeset(dates: &BTreeSet<String>) -> String {
    if dates.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = dates.iter().map(|d| format!("[{d},{d}]")).collect();
    format!("<{}>", parts.join(";"))
}

/// Writes `nodes.csv` and `edges.csv` into `dir` (created if missing).
pub(crate) fn write(g: &ExportGraph, opts: &ExportOptions, dir: &Path) -> Result<(), ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    let np = dir.join("nodes.csv");
    let cerr = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ExportError::Csv { path, source }
    };
    let mut w = csv::Writer::from_path(&np).map_err(cerr(&np))?;
    let mut header = vec![
        "Id",
        "Label",
        "Type",
        "label_ar",
        "label_en",
        "iri",
        "mentions",
        "first_date",
        "last_date",
    ];
    if opts.dynamic {
        header.push("Timeset");
    }
    w.write_record(&header).map_err(cerr(&np))?;
    for i in g.node_indices() {
        let n = &g[i];
        let mut row = vec![
            n.id.clone(),
            n.label(opts.lang),
            n.kind.clone(),
            n.label_ar.clone().unwrap_or_default(),
            n.label_en.clone().unwrap_or_default(),
            n.id.clone(),
            n.mentions.to_string(),
            n.first_date().unwrap_or_default().to_string(),
            n.last_date().unwrap_or_default().to_string(),
        ];
        if opts.dynamic {
            row.push(timeset(&n.dates));
        }
        w.write_record(&row).map_err(cerr(&np))?;
    }
    w.flush().map_err(|e| cerr(&np)(e.into()))?;

    let ep = dir.join("edges.csv");
    let mut w = csv::Writer::from_path(&ep).map_err(cerr(&ep))?;
    let mut header = vec![
        "Source",
        "Target",
        "Type",
        "Kind",
        "Label",
        "Weight",
        "Id",
        "relation_iri",
        "confidence",
        "first_sentence",
        "outlets",
    ];
    if opts.dynamic {
        header.push("Timeset");
    }
    w.write_record(&header).map_err(cerr(&ep))?;
    for e in g.edge_references() {
        let d = e.weight();
        let mut row = vec![
            g[e.source()].id.clone(),
            g[e.target()].id.clone(),
            if d.directed { "Directed" } else { "Undirected" }.to_string(),
            d.relation.clone(),
            d.relation.clone(),
            fmt_num(d.weight),
            format!("e{}", e.id().index()),
            d.relation_iri.clone(),
            d.confidence.map(fmt_num).unwrap_or_default(),
            d.first_sentence.clone().unwrap_or_default(),
            join_outlets(d),
        ];
        if opts.dynamic {
            row.push(timeset(&d.dates));
        }
        w.write_record(&row).map_err(cerr(&ep))?;
    }
    w.flush().map_err(|e| cerr(&ep)(e.into()))?;
    Ok(())
}
