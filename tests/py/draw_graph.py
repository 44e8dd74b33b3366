#!/usr/bin/env python3
"""Draws a GEXF export as a PNG: nodes coloured by their viz:color (the type), sized by
degree, edges labelled with their relation.

    isnad export --store isnad-store -o export.gexf
    python3 tests/py/draw_graph.py export.gexf tests/artifacts/sample-graph.png

Needs networkx and matplotlib. The GEXF may mix directed and undirected edges (what
Gephi reads); networkx reads no mixed graph, so the edges are read with lxml and drawn
on a networkx MultiDiGraph, symmetric relations without arrowheads.
"""

import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from xml.etree import ElementTree as ET  # noqa: E402

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}


def main(src, dst):
    root = ET.parse(src).getroot()
    g = nx.MultiDiGraph()
    colours, types = {}, {}
    for n in root.iterfind(".//g:node", NS):
        g.add_node(n.get("id"), label=n.get("label"))
        c = n.find("viz:color", NS)
        colours[n.get("id")] = (int(c.get("r")) / 255, int(c.get("g")) / 255, int(c.get("b")) / 255) if c is not None else (0.7, 0.7, 0.7)
        for v in n.iterfind("g:attvalues/g:attvalue", NS):
            if v.get("for") == "type":
                types[n.get("id")] = v.get("value")
    for e in root.iterfind(".//g:edge", NS):
        g.add_edge(e.get("source"), e.get("target"), label=e.get("label"),
                   directed=e.get("type") != "undirected", weight=float(e.get("weight", 1)))
    pos = nx.spring_layout(nx.Graph(g), k=0.9, iterations=200, seed=7)
    plt.figure(figsize=(16, 12))
    deg = dict(nx.Graph(g).degree())
    nx.draw_networkx_nodes(g, pos, node_color=[colours[n] for n in g],
                           node_size=[200 + 250 * deg[n] for n in g], alpha=0.9)
    for directed in (True, False):
        es = [(u, v) for u, v, d in g.edges(data=True) if d["directed"] == directed]
        nx.draw_networkx_edges(g, pos, edgelist=es, arrows=directed, arrowstyle="-|>" if directed else "-",
                               width=[1 + g[u][v][0]["weight"] for u, v in es], alpha=0.5,
                               edge_color="#555555", node_size=400)
    # labels: Latin script renders in any font; Arabic-only labels show their IRI name
    labels = {}
    for n, d in g.nodes(data=True):
        lab = d["label"]
        if any("\u0600" <= ch <= "\u06ff" for ch in lab):
            lab = n.rsplit("/", 1)[-1][:24] if "/" in n else lab
        labels[n] = lab[:28]
    nx.draw_networkx_labels(g, pos, labels, font_size=8)
    edge_labels = {(u, v): d["label"] for u, v, d in g.edges(data=True)}
    nx.draw_networkx_edge_labels(g, pos, edge_labels, font_size=6, font_color="#333333")
    seen = {}
    for n, t in types.items():
        seen.setdefault(t, colours[n])
    for t, c in sorted(seen.items()):
        plt.scatter([], [], color=c, label=t, s=80)
    plt.legend(loc="lower left", fontsize=9, frameon=False)
    plt.title(f"{src.rsplit('/', 1)[-1]}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges (colour = type, size = degree)")
    plt.axis("off")
    plt.tight_layout()
    plt.savefig(dst, dpi=90)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: draw_graph.py EXPORT.gexf OUT.png")
    main(sys.argv[1], sys.argv[2])
