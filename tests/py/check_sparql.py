#!/usr/bin/env python3
"""Checks a running `isnad serve` with real clients: SPARQLWrapper, rdflib and curl.

Usage: check_sparql.py BASE_URL   (the server must run on the sample store with
--timeout 5 --max-rows 500 --max-body 65536, as tests/serve.rs starts it)

Exits non-zero at the first failed check, printing what was expected.
"""
import csv
import io
import json
import subprocess
import sys
import time

from SPARQLWrapper import CSV, JSON, N3, TSV, XML, JSONLD, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
import rdflib

BASE = sys.argv[1].rstrip("/")
ISNAD = "https://w3id.org/isnad/ontology#"
E = "https://w3id.org/isnad/entity/"
VISITS = f"SELECT ?v ?p WHERE {{ ?v <{ISNAD}visited> ?p }} ORDER BY ?v"
GRAPH = f"CONSTRUCT {{ ?v <{ISNAD}visited> ?p }} WHERE {{ ?v <{ISNAD}visited> ?p }}"
checks = 0


def ok(cond, what):
    global checks
    if not cond:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)
    checks += 1


def wrapper(endpoint="/sparql", method="GET"):
    s = SPARQLWrapper(BASE + endpoint)
    s.setMethod(method)
    return s


def curl(*args):
    """Runs curl; returns (status, content type, body)."""
    out = subprocess.run(
        ["curl", "-s", "-S", "-o", "-", "-w", "\n%{http_code} %{content_type}", *args],
        capture_output=True, check=True,
    ).stdout.decode("utf-8")
    body, _, last = out.rpartition("\n")
    code, _, ctype = last.partition(" ")
    return int(code), ctype, body


# --- SELECT in every result format, GET and POST, on both paths ---
for endpoint in ["/sparql", "/query"]:
    for method in ["GET", "POST"]:
        s = wrapper(endpoint, method)
        s.setQuery(VISITS)
        s.setReturnFormat(JSON)
        r = s.query().convert()
        visitors = {b["v"]["value"] for b in r["results"]["bindings"]}
        ok(E + "RecepTayyipErdogan" in visitors, f"{method} {endpoint} JSON: Erdogan visited ({visitors})")

s = wrapper()
s.setQuery(VISITS)
s.setReturnFormat(XML)
doc = s.query().convert()
uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
ok(E + "Moscow" in uris, f"XML results name Moscow ({uris})")

for fmt, delim in [(CSV, ","), (TSV, "\t")]:
    s = wrapper()
    s.setQuery(VISITS)
    s.setReturnFormat(fmt)
    text = s.query().convert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    ok(rows[0][0].lstrip("?") == "v" and any("Moscow" in c for r in rows for c in r), f"{fmt}: {text!r}")

# --- ASK ---
s = wrapper()
s.setQuery(f"ASK {{ <{E}RecepTayyipErdogan> <{ISNAD}visited> <{E}Moscow> }}")
s.setReturnFormat(JSON)
ok(s.query().convert()["boolean"] is True, "ASK yes")
s.setQuery(f"ASK {{ <{E}RecepTayyipErdogan> <{ISNAD}visited> <{E}Algeria> }}")
ok(s.query().convert()["boolean"] is False, "ASK no")

# --- CONSTRUCT as Turtle, N-Triples, JSON-LD, parsed by rdflib ---
for fmt, rdflib_fmt in [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld")]:
    s = wrapper()
    s.setQuery(GRAPH)
    s.setReturnFormat(fmt)
    res = s.query()
    g = rdflib.Graph()
    g.parse(data=res.response.read().decode("utf-8"), format=rdflib_fmt)
    ok((rdflib.URIRef(E + "RecepTayyipErdogan"), rdflib.URIRef(ISNAD + "visited"),
        rdflib.URIRef(E + "Moscow")) in g, f"CONSTRUCT as {fmt}: {len(g)} triples")

# the standard prefixes need no declaration
s = wrapper()
s.setQuery("SELECT ?p WHERE { e:RecepTayyipErdogan isnad:visited ?p }")
s.setReturnFormat(JSON)
ok(len(s.query().convert()["results"]["bindings"]) == 1, "undeclared e: and isnad: prefixes")

# --- content negotiation with curl ---
q = ["--get", "--data-urlencode", f"query={VISITS}"]
for accept, want in [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
]:
    code, ctype, _ = curl("-H", f"Accept: {accept}", *q, BASE + "/sparql")
    ok(code == 200 and ctype.startswith(want), f"Accept {accept} gave {code} {ctype}, wanted {want}")
code, ctype, _ = curl("-H", "Accept: image/png", *q, BASE + "/sparql")
ok(code == 406, f"Accept image/png: 406, got {code}")
g = ["--get", "--data-urlencode", f"query={GRAPH}"]
for accept, want in [
    ("text/turtle", "text/turtle"),
    ("application/n-triples", "application/n-triples"),
    ("application/ld+json", "application/ld+json"),
    ("application/rdf+xml", "application/rdf+xml"),
]:
    code, ctype, body = curl("-H", f"Accept: {accept}", *g, BASE + "/sparql")
    ok(code == 200 and ctype.startswith(want) and "Moscow" in body, f"CONSTRUCT Accept {accept}: {code} {ctype}")
code, _, body = curl("-H", "Content-Type: application/sparql-query", "-H", "Accept: text/csv",
                     "--data-binary", VISITS, BASE + "/query")
ok(code == 200 and "Moscow" in body, f"POST application/sparql-query: {code}")
code, _, body = curl("--data-urlencode", f"query={VISITS}", "-H", "Accept: text/csv", BASE + "/sparql")
ok(code == 200 and "Moscow" in body, f"POST form: {code}")

# --- errors: bad query 400 (SPARQLWrapper and curl), UPDATE refused, size cap, timeout, body bound ---
s = wrapper()
s.setQuery("SELECT ?s WHERE { ?s ?p }")
try:
    s.query()
    ok(False, "a malformed query must fail")
except QueryBadFormed as e:
    ok("line 1" in str(e), f"the parser's message: {e}")
code, _, body = curl("--data-urlencode", "query=SELECT ?s WHERE { ?s ?p }", BASE + "/sparql")
ok(code == 400 and "syntax error" in body and "line 1, column" in body, f"bad query: {code} {body}")

for args in [
    ["--data-urlencode", "update=CLEAR ALL"],
    ["-H", "Content-Type: application/sparql-update", "--data-binary", "CLEAR ALL"],
    ["-H", "Authorization: Bearer guess", "--data-urlencode", "update=CLEAR ALL"],
]:
    code, _, body = curl(*args, BASE + "/sparql")
    ok(code == 403 and "read-only" in body, f"UPDATE refused: {code} {body}")
s = wrapper(method="POST")
s.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
try:
    s.query()
    ok(False, "UPDATE through SPARQLWrapper must be refused")
except Exception as e:  # SPARQLWrapper raises on 403
    ok("403" in str(e) or "read-only" in str(e) or "Forbidden" in str(e), f"UPDATE refused: {e}")
code, _, body = curl("--get", "--data-urlencode", "query=SELECT ?n WHERE { e:RecepTayyipErdogan isnad:visited ?p }", BASE + "/sparql")
ok(code == 200, "the store is unchanged and still answers")

code, _, body = curl("--get", "--data-urlencode", "query=SELECT * WHERE { ?s ?p ?o }", BASE + "/sparql")
ok(code == 413 and "500 rows" in body, f"size cap: {code} {body}")
code, _, body = curl("--get", "--data-urlencode", "query=SELECT * WHERE { ?s ?p ?o } LIMIT 500", BASE + "/sparql")
ok(code == 200, f"exactly the cap passes: {code}")

t0 = time.time()
code, _, body = curl("--get", "--data-urlencode",
                     "query=SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", BASE + "/sparql")
took = time.time() - t0
ok(code == 503 and "timeout" in body and took < 15, f"timeout: {code} in {took:.1f}s: {body}")

code, _, body = curl("-H", "Content-Type: application/sparql-query", "--data-binary",
                     "SELECT * WHERE { ?s ?p ?o } #" + "x" * 70000, BASE + "/sparql")
ok(code == 413 and "larger than" in body, f"body bound: {code} {body}")

# no CORS unless asked
out = subprocess.run(["curl", "-s", "-i", "--get", "--data-urlencode", f"query={VISITS}", BASE + "/sparql"],
                     capture_output=True, check=True).stdout.decode()
ok("access-control-allow-origin" not in out.lower(), "no CORS header by default")

# --- lookups as JSON ---
code, ctype, body = curl("--get", "--data-urlencode", "entity=إردوغان", BASE + "/facts")
d = json.loads(body)
ok(code == 200 and d["schema"] == "isnad-lookup/1" and d["entity"]["iri"] == E + "RecepTayyipErdogan",
   f"/facts by an Arabic spelling: {code}")
ok(any(f["relation"] == "visited" and f["evidence"][0]["sentence"] for f in d["facts"]), "facts carry evidence")
code, _, body = curl("--get", "--data-urlencode", "name=Vladimir Putin", BASE + "/entity")
ok(code == 200 and json.loads(body)["entity"]["type"] == "Person", f"/entity: {code}")
code, _, body = curl("--get", "--data-urlencode", "entity=Mohammed", BASE + "/facts")
ok(code == 300 and len(json.loads(body)["candidates"]) > 1, f"ambiguous: {code}")
code, _, body = curl("--get", "--data-urlencode", "entity=Erdogen", BASE + "/facts")
ok(code == 404 and "Erdogan" in json.loads(body)["suggestions"], f"unknown: {code} {body}")
code, _, body = curl(BASE + "/ask?subject=Erdogan&relation=visited&object=Moscow")
ok(code == 200 and json.loads(body)["answer"]["yes"] is True, f"/ask: {code}")

print(f"check_sparql.py: {checks} checks passed")
