//! GraphML with typed keys (numbers as `int`/`double`, not strings), the edge label
//! under `label` and the weight under `weight`, the names Gephi and networkx read.

use super::gexf::fmt_num;
use super::{join_outlets, xml_attr, xml_clean, ExportGraph, ExportOptions};
use petgraph::visit::EdgeRef;
use std::io::{self, Write};

/// Keys: (id, for, attr.name, attr.type).
const KEYS: &[(&str, &str, &str, &str)] = &[
    ("node_label", "node", "label", "string"),
    ("type", "node", "type", "string"),
    ("label_ar", "node", "label_ar", "string"),
    ("label_en", "node", "label_en", "string"),
    ("iri", "node", "iri", "string"),
    ("mentions", "node", "mentions", "int"),
    ("first_date", "node", "first_date", "string"),
    ("last_date", "node", "last_date", "string"),
    ("label", "edge", "label", "string"),
    ("weight", "edge", "weight", "double"),
    ("kind", "edge", "kind", "string"),
    ("relation_iri", "edge", "relation_iri", "string"),
    ("confidence", "edge", "confidence", "double"),
    ("first_sentence", "edge", "first_sentence", "string"),
    ("outlets", "edge", "outlets", "string"),
];

fn data(out: &mut dyn Write, key: &str, v: Option<&str>) -> io::Result<()> {
    if let Some(v) = v {
        // text content: escape like an attribute, but keep newlines as they are
        let v = xml_clean(v)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        writeln!(out, "      <data key=\"{key}\">{v}</data>")?;
    }
    Ok(())
}

/// Writes the graph as GraphML.
pub(crate) fn write(g: &ExportGraph, opts: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        out,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (id, f, name, ty) in KEYS {
        writeln!(
            out,
            "  <key id=\"{id}\" for=\"{f}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        )?;
    }
    let any_directed = g.edge_weights().any(|e| e.directed);
    writeln!(
        out,
        "  <graph id=\"isnad\" edgedefault=\"{}\">",
        if any_directed || g.edge_count() == 0 {
            "directed"
        } else {
            "undirected"
        }
    )?;
    for i in g.node_indices() {
        let n = &g[i];
        writeln!(out, "    <node id=\"{}\">", xml_attr(&n.id))?;
        data(out, "node_label", Some(&n.label(opts.lang)))?;
        data(out, "type", Some(&n.kind))?;
        data(out, "label_ar", n.label_ar.as_deref())?;
        data(out, "label_en", n.label_en.as_deref())?;
        data(out, "iri", Some(&n.id))?;
        data(out, "mentions", Some(&n.mentions.to_string()))?;
        data(out, "first_date", n.first_date())?;
        data(out, "last_date", n.last_date())?;
        writeln!(out, "    </node>")?;
    }
    for e in g.edge_references() {
        let d = e.weight();
        writeln!(
            out,
            "    <edge id=\"e{}\" source=\"{}\" target=\"{}\" directed=\"{}\">",
            e.id().index(),
            xml_attr(&g[e.source()].id),
            xml_attr(&g[e.target()].id),
            d.directed
        )?;
        data(out, "label", Some(&d.relation))?;
        data(out, "weight", Some(&fmt_num(d.weight)))?;
        data(out, "kind", Some(&d.relation))?;
        data(out, "relation_iri", Some(&d.relation_iri))?;
        data(out, "confidence", d.confidence.map(fmt_num).as_deref())?;
        data(out, "first_sentence", d.first_sentence.as_deref())?;
        let outlets = join_outlets(d);
        data(out, "outlets", (!outlets.is_empty()).then_some(&*outlets))?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")
}
