//! The summary graph stays equal to a count made from scratch whatever the sequence of
//! writes: a first build, an article rebuilt with other content, an incremental add, a
//! graph replaced in one transaction, a build killed between its steps (into a store
//! with articles, and into a fresh one), and a store written before the summary
//! existed. Also the store's bookkeeping there: the ontology graph is written only when
//! its digest changes.

use isnad::store::GraphStore;
use isnad::summary::Tallies;
use oxigraph::model::{GraphNameRef, Literal, NamedNode, Triple};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/samples")
}

fn build(store: &Path, inputs: &[&Path]) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
    c.current_dir(env!("CARGO_MANIFEST_DIR")).arg("build");
    for i in inputs {
        c.arg(i);
    }
    let o = c.arg("--store").arg(store).output().expect("run isnad");
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn sample_articles() -> Vec<serde_json::Value> {
    std::fs::read_to_string(samples().join("articles.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write_jsonl(path: &Path, articles: &[serde_json::Value]) {
    let mut f = std::fs::File::create(path).unwrap();
    for a in articles {
        writeln!(f, "{a}").unwrap();
    }
}

/// A store at `dir/name` built from `articles` written as `dir/name.jsonl`.
fn store_of(dir: &Path, name: &str, articles: &[serde_json::Value]) -> PathBuf {
    let input = dir.join(format!("{name}.jsonl"));
    write_jsonl(&input, articles);
    let s = dir.join(name);
    build(&s, &[&input]);
    s
}

/// The summary of the store at `path`, asserted equal to a count from scratch.
fn checked_summary(path: &Path) -> Tallies {
    let st = GraphStore::open_read_only(path).unwrap();
    let kept = st.summary().unwrap();
    let counted = st.summary_from_scratch().unwrap();
    assert_eq!(
        kept, counted,
        "the summary differs from a count from scratch"
    );
    kept
}

fn entity(name: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{name}", isnad::vocab::ENTITY))
}

/// A term of the isnad ontology, from its local name in `isnad::vocab::ont`.
fn ont(local: &str) -> NamedNode {
    NamedNode::new_unchecked(isnad::vocab::ont_iri(local))
}

fn co_mention(x: &str, y: &str) -> Triple {
    Triple::new(
        entity(x),
        ont(isnad::vocab::ont::CO_MENTIONED_WITH),
        entity(y),
    )
}

#[test]
fn a_build_keeps_the_counts_a_count_from_scratch_gives() {
    let d = tempfile::tempdir().unwrap();
    let s = d.path().join("store");
    build(&s, &[&samples()]);
    let t = checked_summary(&s);
    assert!(t.len() > 50, "too few tallies: {}", t.len());
    // Macron and Algeria share three sentences (tests/golden/co-mentions.tsv)
    assert_eq!(t.get(&co_mention("Algeria", "EmmanuelMacron")), 3);
    // building the same input again changes nothing
    build(&s, &[&samples()]);
    assert_eq!(checked_summary(&s), t);
}

#[test]
fn rebuilding_one_article_takes_its_old_contribution_away() {
    let d = tempfile::tempdir().unwrap();
    let arts = sample_articles();
    let s = store_of(d.path(), "store", &arts);
    let before = checked_summary(&s);
    // the first article's id now carries the second article's text
    let mut changed = arts[1].clone();
    changed["id"] = arts[0]["id"].clone();
    let one = d.path().join("one.jsonl");
    write_jsonl(&one, &[changed]);
    build(&s, &[&one]);
    let after = checked_summary(&s);
    assert_ne!(before, after);
    // what the first article alone said is gone: Erdoğan and Moscow no longer share a sentence
    let pair = co_mention("Moscow", "RecepTayyipErdogan");
    assert!(before.get(&pair) > 0);
    assert_eq!(after.get(&pair), 0);
    // and a store built from scratch with the same articles has the same summary
    let mut same = arts[1..].to_vec();
    let mut c = arts[1].clone();
    c["id"] = arts[0]["id"].clone();
    same.push(c);
    let fresh = store_of(d.path(), "fresh", &same);
    assert_eq!(checked_summary(&fresh), after);
}

#[test]
fn an_incremental_add_and_a_single_graph_replacement_keep_the_counts() {
    let d = tempfile::tempdir().unwrap();
    let arts = sample_articles();
    let s = store_of(d.path(), "store", &arts[..2]);
    checked_summary(&s);
    let rest = d.path().join("rest.jsonl");
    write_jsonl(&rest, &arts[2..]);
    build(&s, &[&rest, &samples().join("macron-algiers.md")]);
    let t = checked_summary(&s);
    // one graph replaced in a transaction (the path of the documentation's examples)
    let st = GraphStore::open(&s).unwrap();
    let g = isnad::provenance::graph_iri(arts[0]["id"].as_str().unwrap());
    st.replace_graph(&g, &[]).unwrap();
    drop(st);
    let emptied = checked_summary(&s);
    assert!(emptied.len() < t.len());
}

/// The quads of the articles in `input`, as `isnad extract --format nquads` gives them.
fn extracted_quads(input: &Path) -> Vec<oxigraph::model::Quad> {
    let o = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", "--format", "nquads"])
        .arg(input)
        .output()
        .unwrap();
    assert!(o.status.success());
    oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(&o.stdout)
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
}

fn pending_mark(graph: &str) -> oxigraph::model::Quad {
    let s = NamedNode::new_unchecked(isnad::vocab::SUMMARY_GRAPH);
    oxigraph::model::Quad::new(
        s.clone(),
        ont(isnad::vocab::ont::PENDING_GRAPH),
        NamedNode::new_unchecked(graph),
        s,
    )
}

#[test]
fn a_build_killed_between_its_steps_is_made_right_by_the_next_open() {
    let d = tempfile::tempdir().unwrap();
    let arts = sample_articles();
    let s = store_of(d.path(), "store", &arts[..2]);
    let rest = d.path().join("rest.jsonl");
    write_jsonl(&rest, &arts[2..]);
    let quads = extracted_quads(&rest);
    let graphs: Vec<String> = arts[2..]
        .iter()
        .map(|a| isnad::provenance::graph_iri(a["id"].as_str().unwrap()))
        .collect();
    {
        // the state a kill after step (2) leaves: the articles loaded, marked pending,
        // their contribution not counted; and a kill after step (1): marked, not loaded
        let raw = oxigraph::store::Store::open(&s).unwrap();
        raw.extend(
            quads
                .iter()
                .filter(|q| q.graph_name.to_string() != format!("<{}>", graphs[0]))
                .cloned(),
        )
        .unwrap();
        for g in &graphs {
            raw.insert(&pending_mark(g)).unwrap();
        }
    }
    let st = GraphStore::open_read_only(&s).unwrap();
    assert_ne!(st.summary().unwrap(), st.summary_from_scratch().unwrap());
    drop(st);
    // opening for writing adds what the marked graphs hold
    drop(GraphStore::open(&s).unwrap());
    checked_summary(&s);
    let raw = oxigraph::store::Store::open_read_only(&s).unwrap();
    for g in &graphs {
        assert!(!raw.contains(&pending_mark(g)).unwrap());
    }
}

#[test]
fn a_store_without_a_summary_is_counted_once_when_opened_for_writing() {
    let d = tempfile::tempdir().unwrap();
    let s = d.path().join("store");
    build(&s, &[&samples()]);
    let t = checked_summary(&s);
    {
        // as a store written before the summary existed
        let raw = oxigraph::store::Store::open(&s).unwrap();
        raw.clear_graph(GraphNameRef::NamedNode(
            NamedNode::new_unchecked(isnad::vocab::SUMMARY_GRAPH).as_ref(),
        ))
        .unwrap();
    }
    assert!(GraphStore::open_read_only(&s)
        .unwrap()
        .summary()
        .unwrap()
        .is_empty());
    drop(GraphStore::open(&s).unwrap());
    assert_eq!(checked_summary(&s), t);
    // an older version of the summary is counted again too
    {
        let raw = oxigraph::store::Store::open(&s).unwrap();
        let g = NamedNode::new_unchecked(isnad::vocab::SUMMARY_GRAPH);
        let v = ont(isnad::vocab::ont::SUMMARY_VERSION);
        let old: Vec<_> = raw
            .quads_for_pattern(Some(g.as_ref().into()), Some(v.as_ref()), None, None)
            .collect::<Result<_, _>>()
            .unwrap();
        for q in &old {
            raw.remove(q).unwrap();
        }
        raw.insert(&oxigraph::model::Quad::new(
            g.clone(),
            v,
            Literal::from(0),
            g,
        ))
        .unwrap();
    }
    drop(GraphStore::open(&s).unwrap());
    assert_eq!(checked_summary(&s), t);
}

/// Each article graph of `copies` renamed copies of the sample articles, with its quads,
/// in input order.
fn article_graphs(dir: &Path, copies: usize) -> Vec<(String, Vec<oxigraph::model::Quad>)> {
    let mut arts = Vec::new();
    for i in 0..copies {
        for (j, a) in sample_articles().into_iter().enumerate() {
            let mut a = a;
            a["id"] = format!("copy-{i}-{j}").into();
            arts.push(a);
        }
    }
    let input = dir.join("copies.jsonl");
    write_jsonl(&input, &arts);
    let mut graphs: Vec<(String, Vec<oxigraph::model::Quad>)> = Vec::new();
    for q in extracted_quads(&input) {
        let g = match &q.graph_name {
            oxigraph::model::GraphName::NamedNode(n) => n.as_str().to_string(),
            _ => panic!("an extracted quad outside an article graph"),
        };
        match graphs.last_mut() {
            Some((last, qs)) if *last == g => qs.push(q),
            _ => graphs.push((g, vec![q])),
        }
    }
    graphs
}

/// The store's quads as sorted N-Quads lines.
fn dump_lines(path: &Path) -> Vec<String> {
    let raw = oxigraph::store::Store::open_read_only(path).unwrap();
    let mut lines: Vec<String> = raw.iter().map(|q| q.unwrap().to_string()).collect();
    lines.sort();
    lines
}

/// Writes `graphs` into a fresh store at `path` in batches of `limit` quads, holding
/// `hold` quads before each ingestion; the batch is finished unless `finish` is false
/// (a killed build).
fn write_fresh(
    path: &Path,
    graphs: &[(String, Vec<oxigraph::model::Quad>)],
    limit: usize,
    hold: usize,
    finish: bool,
) {
    let st = GraphStore::open(path).unwrap();
    let mut batch = isnad::store::ArticleBatch::new(&st, limit).hold(hold);
    for (g, quads) in graphs {
        batch.add(g.clone(), quads.clone()).unwrap();
    }
    if finish {
        batch.finish().unwrap();
    }
}

#[test]
fn a_fresh_store_written_in_several_ingestions_equals_one_written_in_one() {
    let d = tempfile::tempdir().unwrap();
    let mut graphs = article_graphs(d.path(), 6);
    // an article written again a few articles later, in another batch, with other
    // content (half its quads): the held files that hold its first version must be
    // ingested before it is cleared
    let (g, quads) = graphs[1].clone();
    let second = (g, quads[..quads.len() / 2].to_vec());
    graphs.insert(6, second.clone());
    let one = d.path().join("one");
    write_fresh(&one, &graphs, usize::MAX, usize::MAX, true);
    let total: usize = graphs.iter().map(|(_, q)| q.len()).sum();
    let parts = d.path().join("parts");
    write_fresh(&parts, &graphs, total / 10, total / 2, true);
    assert_eq!(dump_lines(&parts), dump_lines(&one));
    let t = checked_summary(&parts);
    assert!(t.len() > 50, "too few tallies: {}", t.len());
    // and the second version of the article is the one stored
    let n = dump_lines(&parts)
        .iter()
        .filter(|l| l.ends_with(&format!("<{}>", second.0)))
        .count();
    let distinct = second.1.iter().collect::<std::collections::HashSet<_>>();
    assert_eq!(n, distinct.len());
}

#[test]
fn a_fresh_build_killed_while_holding_files_leaves_whole_articles() {
    let d = tempfile::tempdir().unwrap();
    let graphs = article_graphs(d.path(), 6);
    let total: usize = graphs.iter().map(|(_, q)| q.len()).sum();
    let s = d.path().join("store");
    // dropped without finishing: what was ingested stays, what was held is lost
    write_fresh(&s, &graphs, total / 10, total / 3, false);
    // nothing of the summary was written, and no graph was marked pending: the missing
    // version mark is what tells the next open to count the store
    let st = GraphStore::open_read_only(&s).unwrap();
    assert!(st.summary().unwrap().is_empty());
    assert!(!st.summary_from_scratch().unwrap().is_empty());
    drop(st);
    let pending = ont(isnad::vocab::ont::PENDING_GRAPH);
    let raw = oxigraph::store::Store::open_read_only(&s).unwrap();
    assert_eq!(
        raw.quads_for_pattern(None, Some(pending.as_ref()), None, None)
            .count(),
        0
    );
    drop(raw);
    drop(GraphStore::open(&s).unwrap());
    checked_summary(&s);
    let lines = dump_lines(&s);
    let mut stored = 0;
    for (g, quads) in &graphs {
        let n = lines
            .iter()
            .filter(|l| l.ends_with(&format!("<{g}>")))
            .count();
        let whole = quads.iter().collect::<std::collections::HashSet<_>>().len();
        assert!(n == 0 || n == whole, "{g}: {n} of {whole} quads");
        stored += usize::from(n > 0);
    }
    assert!(stored > 0, "nothing was ingested before the kill");
    assert!(stored < graphs.len(), "nothing was held at the kill");
}

/// The ontology graph's quads, as a set of N-Quads lines.
fn ontology_graph(path: &Path) -> std::collections::BTreeSet<String> {
    let raw = oxigraph::store::Store::open_read_only(path).unwrap();
    let g = NamedNode::new_unchecked(isnad::vocab::ONTOLOGY_GRAPH);
    raw.quads_for_pattern(None, None, None, Some(g.as_ref().into()))
        .map(|q| q.unwrap().to_string())
        .collect()
}

/// The summary's records of the ontology graph's digest.
fn ontology_digests(path: &Path) -> usize {
    let raw = oxigraph::store::Store::open_read_only(path).unwrap();
    let p = ont(isnad::vocab::ont::ONTOLOGY_DIGEST);
    raw.quads_for_pattern(None, Some(p.as_ref()), None, None)
        .count()
}

#[test]
fn the_ontology_graph_is_written_once_and_replaced_when_the_ontology_changes() {
    let d = tempfile::tempdir().unwrap();
    let s = d.path().join("store");
    let lex =
        isnad::lexicon::load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology")).unwrap();
    let want = |lex: &isnad::lexicon::Lexicon| -> std::collections::BTreeSet<String> {
        isnad::provenance::ontology_quads(lex)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    // a fresh store: bulk-loaded, with its digest
    GraphStore::open(&s).unwrap().load_ontology(&lex).unwrap();
    let first = ontology_graph(&s);
    assert_eq!(first, want(&lex));
    assert!(first.len() > 1000, "{} quads", first.len());
    assert_eq!(ontology_digests(&s), 1);
    // unchanged: left as it is (a quad taken out behind its back stays out)
    let gone = isnad::provenance::ontology_quads(&lex).swap_remove(0);
    oxigraph::store::Store::open(&s)
        .unwrap()
        .remove(&gone)
        .unwrap();
    GraphStore::open(&s).unwrap().load_ontology(&lex).unwrap();
    assert_eq!(ontology_graph(&s).len(), first.len() - 1);
    // changed: replaced whole, in one transaction, with the new digest only
    let mut changed = lex.clone();
    changed.ontology_triples.pop();
    changed.ontology_triples.push(Triple::new(
        NamedNode::new_unchecked("https://w3id.org/isnad/entity/Testland"),
        NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label"),
        Literal::new_language_tagged_literal_unchecked("Testland", "en"),
    ));
    GraphStore::open(&s)
        .unwrap()
        .load_ontology(&changed)
        .unwrap();
    assert_eq!(ontology_graph(&s), want(&changed));
    assert_eq!(ontology_digests(&s), 1);
    // and the build leaves what it found when nothing changed
    GraphStore::open(&s)
        .unwrap()
        .load_ontology(&changed)
        .unwrap();
    assert_eq!(ontology_graph(&s), want(&changed));
}
