//! Graphviz DOT through `petgraph::dot`: labels by language, colours by type, and
//! `dir=none` on the edges of symmetric relations (DOT has no mixed graphs).

use super::gexf::fmt_num;
use super::{type_color, ExportGraph, ExportOptions};
use petgraph::dot::{Config, Dot};
use std::io::{self, Write};

/// A DOT double-quoted string.
fn quote(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' | '\r' => o.push_str("\\n"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// Writes the graph as DOT.
pub(crate) fn write(g: &ExportGraph, opts: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    let node_attrs = |_: &ExportGraph, (_, n): (petgraph::graph::NodeIndex, &super::NodeData)| {
        let (r, gg, b) = type_color(&n.kind);
        format!(
            "label = {}, tooltip = {}, style = filled, fillcolor = \"#{r:02x}{gg:02x}{b:02x}\"",
            quote(&n.label(lang)),
            quote(&format!("{} ({})", n.id, n.kind))
        )
    };
    let edge_attrs = |_: &ExportGraph, e: petgraph::graph::EdgeReference<'_, super::EdgeData>| {
        let d = e.weight();
        format!(
            "label = {}, weight = {}, penwidth = {}{}",
            quote(&d.relation),
            fmt_num(d.weight.max(1.0).round()),
            fmt_num((1.0 + d.weight.ln_1p()).min(6.0)),
            if d.directed { "" } else { ", dir = none" }
        )
    };
    let dot = Dot::with_attr_getters(
        g,
        &[Config::EdgeNoLabel, Config::NodeNoLabel],
        &edge_attrs,
        &node_attrs,
    );
    writeln!(out, "{dot}")
}
