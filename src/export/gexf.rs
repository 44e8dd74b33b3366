//! GEXF 1.3, Gephi's own format: declared, typed attributes so Gephi's filters and
//! rankings see numbers as numbers; `kind` on edges so parallel edges of different
//! relations stay apart; `viz:color` by type; spells for the timeline.

use super::{join_outlets, type_color, xml_attr, xml_clean, ExportGraph, ExportOptions};
use petgraph::visit::EdgeRef;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// Node attributes: (id, title, GEXF type).
pub(crate) const NODE_ATTRS: &[(&str, &str, &str)] = &[
    ("type", "type", "string"),
    ("label_ar", "label_ar", "string"),
    ("label_en", "label_en", "string"),
    ("iri", "iri", "string"),
    ("mentions", "mentions", "integer"),
    ("first_date", "first_date", "string"),
    ("last_date", "last_date", "string"),
];

/// Edge attributes: (id, title, GEXF type).
pub(crate) const EDGE_ATTRS: &[(&str, &str, &str)] = &[
    ("relation", "relation", "string"),
    ("relation_iri", "relation_iri", "string"),
    ("confidence", "confidence", "double"),
    ("first_sentence", "first_sentence", "string"),
    ("outlets", "outlets", "string"),
];

/// An element start whose attribute values are escaped by [`xml_attr`] (quick-xml's own
/// escaping leaves newlines, which readers would fold into spaces).
fn start<'a>(name: &'a str, attrs: &[(&str, String)]) -> BytesStart<'a> {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute(quick_xml::events::attributes::Attribute {
            key: quick_xml::name::QName(k.as_bytes()),
            value: xml_attr(v).into_bytes().into(),
        });
    }
    e
}

fn attvalues<W: Write>(w: &mut Writer<W>, values: &[(&str, Option<String>)]) -> io::Result<()> {
    if values.iter().all(|(_, v)| v.is_none()) {
        return Ok(());
    }
    w.write_event(Event::Start(BytesStart::new("attvalues")))?;
    for (k, v) in values {
        if let Some(v) = v {
            w.write_event(Event::Empty(start(
                "attvalue",
                &[("for", k.to_string()), ("value", v.clone())],
            )))?;
        }
    }
    w.write_event(Event::End(BytesEnd::new("attvalues")))
}

fn spells<W: Write>(w: &mut Writer<W>, dates: &BTreeSet<String>) -> io::Result<()> {
    if dates.is_empty() {
        return Ok(());
    }
    w.write_event(Event::Start(BytesStart::new("spells")))?;
    for d in dates {
        w.write_event(Event::Empty(start(
            "spell",
            &[("start", d.clone()), ("end", d.clone())],
        )))?;
    }
    w.write_event(Event::End(BytesEnd::new("spells")))
}

/// Writes the graph as GEXF 1.3.
pub(crate) fn write(g: &ExportGraph, opts: &ExportOptions, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.write_event(Event::Start(start(
        "gexf",
        &[
            ("xmlns", "http://gexf.net/1.3".into()),
            ("xmlns:viz", "http://gexf.net/1.3/viz".into()),
            (
                "xmlns:xsi",
                "http://www.w3.org/2001/XMLSchema-instance".into(),
            ),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd".into(),
            ),
            ("version", "1.3".into()),
        ],
    )))?;
    w.write_event(Event::Start(BytesStart::new("meta")))?;
    for (tag, text) in [
        ("creator", format!("isnad {}", env!("CARGO_PKG_VERSION"))),
        (
            "description",
            "Facts read from Arabic news; edge weight = number of supporting sentences".into(),
        ),
    ] {
        w.write_event(Event::Start(BytesStart::new(tag)))?;
        w.write_event(Event::Text(BytesText::new(&xml_clean(&text))))?;
        w.write_event(Event::End(BytesEnd::new(tag)))?;
    }
    w.write_event(Event::End(BytesEnd::new("meta")))?;

    let any_directed = g.edge_weights().any(|e| e.directed);
    let mut graph_attrs = vec![(
        "defaultedgetype",
        if any_directed || g.edge_count() == 0 {
            "directed"
        } else {
            "undirected"
        }
        .to_string(),
    )];
    if opts.dynamic {
        graph_attrs.push(("mode", "dynamic".into()));
        graph_attrs.push(("timeformat", "date".into()));
    } else {
        graph_attrs.push(("mode", "static".into()));
    }
    w.write_event(Event::Start(start("graph", &graph_attrs)))?;
    for (class, attrs) in [("node", NODE_ATTRS), ("edge", EDGE_ATTRS)] {
        w.write_event(Event::Start(start(
            "attributes",
            &[("class", class.into()), ("mode", "static".into())],
        )))?;
        for (id, title, ty) in attrs {
            w.write_event(Event::Empty(start(
                "attribute",
                &[
                    ("id", id.to_string()),
                    ("title", title.to_string()),
                    ("type", ty.to_string()),
                ],
            )))?;
        }
        w.write_event(Event::End(BytesEnd::new("attributes")))?;
    }

    w.write_event(Event::Start(start(
        "nodes",
        &[("count", g.node_count().to_string())],
    )))?;
    for i in g.node_indices() {
        let n = &g[i];
        w.write_event(Event::Start(start(
            "node",
            &[("id", n.id.clone()), ("label", n.label(opts.lang))],
        )))?;
        attvalues(
            &mut w,
            &[
                ("type", Some(n.kind.clone())),
                ("label_ar", n.label_ar.clone()),
                ("label_en", n.label_en.clone()),
                ("iri", Some(n.id.clone())),
                ("mentions", Some(n.mentions.to_string())),
                ("first_date", n.first_date().map(str::to_string)),
                ("last_date", n.last_date().map(str::to_string)),
            ],
        )?;
        if opts.dynamic {
            spells(&mut w, &n.dates)?;
        }
        let (r, gg, b) = type_color(&n.kind);
        w.write_event(Event::Empty(start(
            "viz:color",
            &[
                ("r", r.to_string()),
                ("g", gg.to_string()),
                ("b", b.to_string()),
            ],
        )))?;
        w.write_event(Event::End(BytesEnd::new("node")))?;
    }
    w.write_event(Event::End(BytesEnd::new("nodes")))?;

    w.write_event(Event::Start(start(
        "edges",
        &[("count", g.edge_count().to_string())],
    )))?;
    for e in g.edge_references() {
        let d = e.weight();
        w.write_event(Event::Start(start(
            "edge",
            &[
                ("id", format!("e{}", e.id().index())),
                ("source", g[e.source()].id.clone()),
                ("target", g[e.target()].id.clone()),
                (
                    "type",
                    if d.directed { "directed" } else { "undirected" }.into(),
                ),
                ("label", d.relation.clone()),
                ("kind", d.relation.clone()),
                ("weight", fmt_num(d.weight)),
            ],
        )))?;
        attvalues(
            &mut w,
            &[
                ("relation", Some(d.relation.clone())),
                ("relation_iri", Some(d.relation_iri.clone())),
                ("confidence", d.confidence.map(fmt_num)),
                ("first_sentence", d.first_sentence.clone()),
                ("outlets", (!d.outlets.is_empty()).then(|| join_outlets(d))),
            ],
        )?;
        if opts.dynamic {
            spells(&mut w, &d.dates)?;
        }
        w.write_event(Event::End(BytesEnd::new("edge")))?;
    }
    w.write_event(Event::End(BytesEnd::new("edges")))?;
    w.write_event(Event::End(BytesEnd::new("graph")))?;
    w.write_event(Event::End(BytesEnd::new("gexf")))?;
    w.get_mut().write_all(b"\n")
}

/// Numbers without a trailing `.0` when whole (weights are counts).
pub(crate) fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
