// The isnad page: example queries, a results table, a graph view drawn in SVG, and the
// fact lookup. Plain JavaScript, no libraries, so it works offline from the binary.
'use strict';

const $ = (s) => document.querySelector(s);
const SVG = 'http://www.w3.org/2000/svg';
const PREFIXES = [
  ['e:', 'https://w3id.org/isnad/entity/'],
  ['isnad:', 'https://w3id.org/isnad/ontology#'],
  ['article:', 'https://w3id.org/isnad/article/'],
  ['position:', 'https://w3id.org/isnad/position/'],
  ['rdf:', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'],
  ['rdfs:', 'http://www.w3.org/2000/01/rdf-schema#'],
  ['xsd:', 'http://www.w3.org/2001/XMLSchema#'],
  ['prov:', 'http://www.w3.org/ns/prov#'],
];
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const ARABIC = /[\u0600-\u06FF]/;

function short(iri) {
  for (const [p, ns] of PREFIXES) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return e;
}

function status(msg, error = false) {
  const s = $('#status');
  s.textContent = msg;
  s.className = error ? 'error' : '';
}

// ---- results table ----

function cell(value, iri) {
  const td = el('td', { dir: ARABIC.test(value) ? 'rtl' : 'auto' });
  if (iri && iri.startsWith('https://w3id.org/isnad/entity/')) {
    td.append(el('a', { title: iri, onclick: () => lookup(iri) }, value));
  } else td.append(value);
  return td;
}

function showTable(header, rows) {
  const t = $('#results');
  t.replaceChildren();
  t.append(el('thead', {}, el('tr', {}, ...header.map((h) => el('th', {}, h)))));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', {}, ...r.map(([v, iri]) => cell(v, iri))));
  t.append(body);
}

function termText(b) {
  if (!b) return ['', null];
  if (b.type === 'uri') return [short(b.value), b.value];
  if (b.type === 'triple') return ['<< … >>', null];
  return [b.value, null];
}

// ---- N-Triples (CONSTRUCT results) ----

const TERM = String.raw`(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)`;
const LINE = new RegExp(`^${TERM}\\s+${TERM}\\s+${TERM}\\s*\\.\\s*$`);

function parseTerm(t) {
  if (t.startsWith('<')) return { type: 'uri', value: t.slice(1, -1) };
  if (t.startsWith('_:')) return { type: 'bnode', value: t };
  const end = t.lastIndexOf('"');
  let value = t.slice(1, end);
  try { value = JSON.parse('"' + t.slice(1, end) + '"'); } catch (_) { /* keep as written */ }
  const rest = t.slice(end + 1);
  return { type: 'literal', value, lang: rest.startsWith('@') ? rest.slice(1) : undefined };
}

function parseNTriples(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = LINE.exec(line.trim());
    if (m) out.push([parseTerm(m[1]), parseTerm(m[2]), parseTerm(m[3])]);
  }
  return out;
}

// ---- graph view ----

function layout(nodes, edges, w, h) {
  const n = nodes.length;
  const k = Math.sqrt((w * h) / Math.max(n, 1)) * 0.75;
  nodes.forEach((d, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1);
    d.x = w / 2 + (w / 3) * Math.cos(a);
    d.y = h / 2 + (h / 3) * Math.sin(a);
    if (d.focus) { d.x = w / 2; d.y = h / 2; }
  });
  let temp = w / 8;
  for (let it = 0; it < 300; it++) {
    for (const d of nodes) { d.dx = 0; d.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const dist = Math.max(Math.hypot(dx, dy), 0.01);
        const f = (k * k) / dist;
        dx /= dist; dy /= dist;
        a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = e.source, b = e.target;
      if (a === b) continue;
      let dx = a.x - b.x, dy = a.y - b.y;
      const dist = Math.max(Math.hypot(dx, dy), 0.01);
      const f = (dist * dist) / k;
      dx /= dist; dy /= dist;
      a.dx -= dx * f; a.dy -= dy * f; b.dx += dx * f; b.dy += dy * f;
    }
    for (const d of nodes) {
      d.dx += (w / 2 - d.x) * 0.06; d.dy += (h / 2 - d.y) * 0.06;
      const len = Math.max(Math.hypot(d.dx, d.dy), 0.01);
      if (!d.focus) {
        d.x += (d.dx / len) * Math.min(len, temp);
        d.y += (d.dy / len) * Math.min(len, temp);
      }
      d.x = Math.min(w - 40, Math.max(40, d.x));
      d.y = Math.min(h - 20, Math.max(20, d.y));
    }
    temp *= 0.985;
  }
}

// nodes: Map id → {id, label, literal, focus}; edges: [{s, t, label}]
function drawGraph(nodeMap, edgeList) {
  const svg = $('#graph');
  svg.replaceChildren();
  const view = $('#view');
  if (nodeMap.size === 0) { view.classList.add('no-graph'); return; }
  view.classList.remove('no-graph');
  let nodes = [...nodeMap.values()];
  if (nodes.length > 120) nodes = nodes.slice(0, 120);
  const keep = new Set(nodes.map((d) => d.id));
  const edges = edgeList
    .filter((e) => keep.has(e.s) && keep.has(e.t))
    .map((e) => ({ source: nodeMap.get(e.s), target: nodeMap.get(e.t), label: e.label }));
  const [w, h] = [800, 560];
  layout(nodes, edges, w, h);
  const g = (tag, attrs) => {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  for (const e of edges) {
    svg.append(g('line', { class: 'edge', x1: e.source.x, y1: e.source.y, x2: e.target.x, y2: e.target.y }));
    const t = g('text', { class: 'edge-label', x: (e.source.x + e.target.x) / 2, y: (e.source.y + e.target.y) / 2 - 2, 'text-anchor': 'middle' });
    t.textContent = e.label;
    svg.append(t);
  }
  for (const d of nodes) {
    const grp = g('g', { class: 'node' + (d.focus ? ' focus' : '') + (d.literal ? ' literal' : ''), 'data-id': d.id });
    grp.append(g('circle', { cx: d.x, cy: d.y, r: d.focus ? 9 : 6 }));
    const t = g('text', { x: d.x + 9, y: d.y + 4 });
    t.textContent = d.label.length > 40 ? d.label.slice(0, 39) + '…' : d.label;
    const title = g('title', {});
    title.textContent = d.id;
    grp.append(t, title);
    if (!d.literal && d.id.startsWith('https://w3id.org/isnad/entity/')) {
      grp.style.cursor = 'pointer';
      grp.addEventListener('click', () => lookup(d.id));
    }
    svg.append(grp);
  }
}

function graphFromTriples(triples) {
  const nodes = new Map();
  const edges = [];
  const node = (t) => {
    const id = t.type === 'literal' ? 'lit:' + t.value : t.value;
    if (!nodes.has(id)) {
      nodes.set(id, { id, label: t.type === 'uri' ? short(t.value) : t.value, literal: t.type === 'literal' });
    }
    return nodes.get(id);
  };
  const labels = new Map();
  for (const [s, p, o] of triples) {
    if (p.value === RDFS_LABEL && o.type === 'literal') {
      if (!labels.has(s.value) || o.lang === 'en') labels.set(s.value, o.value);
      continue;
    }
    edges.push({ s: node(s).id, t: node(o).id, label: short(p.value).replace(/^isnad:/, '') });
  }
  for (const [iri, l] of labels) if (nodes.has(iri)) nodes.get(iri).label = l;
  return [nodes, edges];
}

// ---- SPARQL ----

async function runQuery() {
  const q = $('#editor').value;
  status('running…');
  $('#card').replaceChildren();
  const t0 = performance.now();
  let r;
  try {
    r = await fetch('/sparql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/sparql-query',
        Accept: 'application/sparql-results+json, application/n-triples;q=0.9',
      },
      body: q,
    });
  } catch (e) {
    status('the server cannot be reached: ' + e, true);
    return;
  }
  const text = await r.text();
  if (!r.ok) {
    status(`${r.status} ${r.statusText}: ${text}`, true);
    return;
  }
  const ms = Math.round(performance.now() - t0);
  const type = r.headers.get('Content-Type') || '';
  if (type.startsWith('application/n-triples')) {
    const triples = parseNTriples(text);
    showTable(['subject', 'predicate', 'object'], triples.map((tr) => tr.map((t) =>
      t.type === 'uri' ? [short(t.value), t.value] : [t.value, null])));
    const [nodes, edges] = graphFromTriples(triples);
    drawGraph(nodes, edges);
    status(`${triples.length} triples in ${ms} ms`);
    return;
  }
  const data = JSON.parse(text);
  if ('boolean' in data) {
    showTable(['answer'], [[[data.boolean ? 'yes' : 'no', null]]]);
    drawGraph(new Map(), []);
    status(`ASK in ${ms} ms`);
    return;
  }
  const vars = data.head.vars;
  const rows = data.results.bindings.map((b) => vars.map((v) => termText(b[v])));
  showTable(vars, rows);
  drawGraph(new Map(), []);
  status(`${rows.length} row${rows.length === 1 ? '' : 's'} in ${ms} ms`);
}

async function loadExamples() {
  const r = await fetch('/examples');
  const list = await r.json();
  const sel = $('#examples');
  for (const ex of list) sel.append(el('option', { value: ex.name }, ex.name));
  sel.addEventListener('change', () => {
    const ex = list.find((x) => x.name === sel.value);
    if (ex) $('#editor').value = ex.query;
  });
}

// ---- lookup ----

function label(n) {
  return n.label || n.label_ar || n.text || n.value || short(n.iri || '');
}

function showCard(e) {
  const dl = el('dl');
  const row = (k, v) => { if (v !== undefined && v !== null && v !== '') dl.append(el('dt', {}, k), el('dd', { dir: 'auto' }, v)); };
  row('entity', e.label || '');
  row('Arabic', e.label_ar || '');
  row('type', e.type || '');
  row('IRI', e.iri);
  row('aliases', e.aliases.map((a) => a.value).join(' · '));
  row('positions', e.positions.map((p) => p.title + (p.from ? ` (${p.from}–${p.until || ''})` : '')).join(' · '));
  row('facts', e.fact_count);
  row('mentions', e.mention_count);
  $('#card').replaceChildren(el('h2', {}, 'Entity'), dl);
}

async function lookup(name) {
  $('#lookup-input').value = name;
  $('#choices').replaceChildren();
  status('looking up ' + name + '…');
  const r = await fetch('/facts?entity=' + encodeURIComponent(name));
  const doc = await r.json();
  if (!r.ok) {
    status(doc.error, true);
    const names = doc.candidates ? doc.candidates.map((c) => [label(c), c.iri]) : (doc.suggestions || []).map((s) => [s, s]);
    if (names.length) {
      $('#choices').append(doc.candidates ? 'Which one? ' : 'Did you mean: ',
        ...names.map(([l, v]) => el('button', { class: 'choice', type: 'button', onclick: () => lookup(v) }, l)));
    }
    return;
  }
  const e = doc.entity;
  showCard(e);
  const rows = [];
  const nodes = new Map();
  const edges = [];
  nodes.set(e.iri, { id: e.iri, label: e.label || e.label_ar || short(e.iri), focus: true });
  for (const f of doc.facts) {
    for (const n of [f.subject, f.object]) {
      const id = n.iri || 'lit:' + label(n);
      if (!nodes.has(id)) nodes.set(id, { id, label: label(n), literal: !n.iri || n.type === 'Statement' });
    }
    edges.push({ s: f.subject.iri, t: f.object.iri || 'lit:' + label(f.object), label: f.relation });
    for (const ev of f.evidence) {
      rows.push([[label(f.subject), f.subject.iri], [f.relation, null], [label(f.object), f.object.iri],
        [ev.sentence || '', null], [ev.article || '', null], [ev.outlet || '', null], [(ev.date || '').slice(0, 10), null]]);
    }
  }
  showTable(['subject', 'relation', 'object', 'sentence', 'article', 'outlet', 'date'], rows);
  drawGraph(nodes, edges);
  status(`${doc.facts.length} facts about ${e.label || e.label_ar}`);
}

window.addEventListener('DOMContentLoaded', () => {
  loadExamples().catch((e) => status('cannot load the examples: ' + e, true));
  $('#run').addEventListener('click', runQuery);
  $('#editor').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runQuery(); }
  });
  $('#lookup-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = $('#lookup-input').value.trim();
    if (v) lookup(v);
  });
  $('#view').classList.add('no-graph');
});
