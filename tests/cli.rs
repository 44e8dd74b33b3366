//! End-to-end tests of the `isnad` binary: input formats, idempotent and interrupted
//! builds, bad input, locked and corrupt stores, queries and their golden results.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run isnad")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/samples")
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

/// The sample articles built once into a store shared by the read-only tests.
fn sample_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let d = tmp();
            let s = d.path().join("store");
            let o = run(&[
                "build",
                samples().to_str().unwrap(),
                "--store",
                s.to_str().unwrap(),
            ]);
            assert!(o.status.success(), "build failed: {}", stderr(&o));
            (d, s)
        })
        .1
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn every_input_format_is_read() {
    let d = tmp();
    // .jsonl.gz made from the sample .jsonl
    let gz = d.path().join("a.jsonl.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    enc.write_all(&std::fs::read(samples().join("articles.jsonl")).unwrap())
        .unwrap();
    enc.finish().unwrap();
    for (input, doc) in [
        (
            samples().join("cairo-amman-summit.txt"),
            "cairo-amman-summit",
        ),
        (samples().join("macron-algiers.md"), "macron-algiers"),
        (samples().join("articles.jsonl"), "sample-ankara-moscow"),
        (gz.clone(), "sample-ankara-moscow"),
    ] {
        let o = run(&["extract", input.to_str().unwrap()]);
        assert!(o.status.success(), "{}: {}", input.display(), stderr(&o));
        let out = stdout(&o);
        assert!(!out.is_empty(), "{}: no facts", input.display());
        for line in out.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            for k in [
                "doc",
                "sentence",
                "span",
                "subject",
                "relation",
                "object",
                "confidence",
                "rule",
            ] {
                assert!(v.get(k).is_some(), "{k} missing in {line}");
            }
        }
        assert!(
            out.contains(&format!("\"doc\":\"{doc}\"")),
            "{}: doc id {doc} missing",
            input.display()
        );
    }
}

#[test]
fn spans_point_at_the_sentence() {
    let o = run(&[
        "extract",
        samples().join("articles.jsonl").to_str().unwrap(),
    ]);
    let text: std::collections::HashMap<String, String> =
        std::fs::read_to_string(samples().join("articles.jsonl"))
            .unwrap()
            .lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["id"].as_str().unwrap().to_string(),
                    format!(
                        "{}\n{}",
                        v["title"].as_str().unwrap(),
                        v["text"].as_str().unwrap()
                    ),
                )
            })
            .collect();
    for line in stdout(&o).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let full = &text[v["doc"].as_str().unwrap()];
        let (a, b) = (
            v["span"][0].as_u64().unwrap() as usize,
            v["span"][1].as_u64().unwrap() as usize,
        );
        let got: String = full.chars().skip(a).take(b - a).collect();
        assert_eq!(got, v["sentence"].as_str().unwrap());
    }
}

#[test]
fn rebuilding_gives_the_same_graph() {
    let d = tmp();
    let s = d.path().join("store");
    let s = s.to_str().unwrap();
    assert!(run(&["build", samples().to_str().unwrap(), "--store", s])
        .status
        .success());
    let first = stdout(&run(&["dump", "--store", s]));
    assert!(run(&["build", samples().to_str().unwrap(), "--store", s])
        .status
        .success());
    let second = stdout(&run(&["dump", "--store", s]));
    assert!(!first.is_empty());
    let (a, b) = (sorted_lines(&first), sorted_lines(&second));
    assert_eq!(a.len(), b.len(), "the rebuild changed the number of quads");
    if let Some((x, y)) = a.iter().zip(&b).find(|(x, y)| x != y) {
        panic!("the rebuild changed the graph:\n{x}\n{y}");
    }
}

#[test]
fn a_build_left_uncompacted_is_compacted_later_with_the_same_graph() {
    let d = tmp();
    let (a, b) = (d.path().join("a"), d.path().join("b"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let input = samples();
    let input = input.to_str().unwrap();
    assert!(run(&["build", input, "--store", a]).status.success());
    assert!(run(&["build", input, "--store", b, "--no-compact"])
        .status
        .success());
    let o = run(&["compact", "--store", b]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("compacted"), "{}", stderr(&o));
    let (da, db) = (
        stdout(&run(&["dump", "--store", a])),
        stdout(&run(&["dump", "--store", b])),
    );
    assert!(!da.is_empty());
    assert_eq!(sorted_lines(&da), sorted_lines(&db));
    let missing = d.path().join("none");
    let o = run(&["compact", "--store", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no store at"), "{}", stderr(&o));
    assert!(!missing.exists(), "compact created a store");
}

#[test]
fn changed_article_replaces_its_facts() {
    let d = tmp();
    let s = d.path().join("store");
    let f = d.path().join("a.txt");
    std::fs::write(&f, "زار الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الخميس.").unwrap();
    assert!(
        run(&["build", f.to_str().unwrap(), "--store", s.to_str().unwrap()])
            .status
            .success()
    );
    std::fs::write(&f, "زار الرئيس الفرنسي إيمانويل ماكرون المغرب يوم الخميس.").unwrap();
    assert!(
        run(&["build", f.to_str().unwrap(), "--store", s.to_str().unwrap()])
            .status
            .success()
    );
    let o = run(&[
        "query",
        "--store",
        s.to_str().unwrap(),
        "--format",
        "csv",
        "SELECT ?p WHERE { e:EmmanuelMacron isnad:visited ?p }",
    ]);
    let out = stdout(&o);
    assert!(out.contains("Morocco"), "{out}");
    assert!(!out.contains("Algeria"), "{out}");
}

#[test]
fn a_build_killed_part_way_leaves_whole_articles() {
    let d = tmp();
    let input = d.path().join("many.jsonl");
    let base: Vec<serde_json::Value> = std::fs::read_to_string(samples().join("articles.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut f = std::fs::File::create(&input).unwrap();
    for i in 0..4000 {
        let mut a = base[i % base.len()].clone();
        a["id"] = format!("copy-{i}").into();
        writeln!(f, "{a}").unwrap();
    }
    drop(f);
    let s = d.path().join("store");
    let mut child = bin()
        .args([
            "build",
            input.to_str().unwrap(),
            "--store",
            s.to_str().unwrap(),
        ])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // kill it once some articles are stored
    let t0 = std::time::Instant::now();
    while t0.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(300));
        if s.join("CURRENT").exists() && t0.elapsed() > std::time::Duration::from_millis(1500) {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // the store opens, and every article it holds is complete: same quads as a fresh extraction
    let dump = run(&["dump", "--store", s.to_str().unwrap()]);
    assert!(dump.status.success(), "{}", stderr(&dump));
    let expected = stdout(&run(&[
        "extract",
        "--format",
        "nquads",
        input.to_str().unwrap(),
    ]));
    let per_graph = |s: &str| {
        let mut m: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for l in s.lines().filter(|l| l.contains("/graph/copy-")) {
            let g = l
                .rsplit('<')
                .next()
                .unwrap()
                .trim_end_matches(" .")
                .trim_end_matches('>')
                .to_string();
            // the summary graph's marks name article graphs too: only article graphs count
            if g.contains("/graph/copy-") {
                *m.entry(g).or_default() += 1;
            }
        }
        m
    };
    let got = per_graph(&stdout(&dump));
    let want = per_graph(&expected);
    for (g, n) in &got {
        assert_eq!(Some(n), want.get(g), "article graph {g} is incomplete");
    }
    // the summary the next open leaves counts exactly the articles stored
    {
        let st = isnad::store::GraphStore::open(&s).unwrap();
        assert_eq!(st.summary().unwrap(), st.summary_from_scratch().unwrap());
    }
    // and a new build finishes the job
    let o = run(&[
        "build",
        input.to_str().unwrap(),
        "--store",
        s.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        per_graph(&stdout(&run(&["dump", "--store", s.to_str().unwrap()]))).len(),
        want.len()
    );
}

#[test]
fn bad_inputs_are_reported_skipped_and_the_rest_stored() {
    let d = tmp();
    let dir = d.path().join("in");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "زار الرئيس الفرنسي إيمانويل ماكرون الجزائر يوم الخميس.",
    )
    .unwrap();
    std::fs::write(dir.join("latin1.txt"), [0x7a, 0xe9, 0xe8, 0xff, 0x20]).unwrap();
    std::fs::write(dir.join("binary.txt"), [0x00, 0x01, 0x02, 0x50]).unwrap();
    std::fs::write(dir.join("empty.txt"), "  \n").unwrap();
    std::fs::create_dir(dir.join("unreadable.txt")).unwrap(); // a folder where a file should be
    std::fs::write(dir.join("bad.jsonl"), "{\"id\": \"ok-1\", \"text\": \"التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ.\"}\n{not json\n{\"text\": \"بلا معرف\"}\n").unwrap();
    let s = d.path().join("store");
    let missing = d.path().join("nowhere.jsonl");
    let o = run(&[
        "build",
        dir.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--store",
        s.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    for want in [
        "latin1.txt: not valid UTF-8",
        "binary.txt: binary file",
        "empty.txt",
        "bad.jsonl:2: malformed JSON line",
        "bad.jsonl:3: malformed JSON line",
        "nowhere.jsonl: no such file",
    ] {
        assert!(err.contains(want), "stderr lacks {want:?}:\n{err}");
    }
    // the good articles were stored
    let q = run(&[
        "query",
        "--store",
        s.to_str().unwrap(),
        "--format",
        "csv",
        "SELECT ?id WHERE { ?a a isnad:Article ; dcterms:identifier ?id } ORDER BY ?id",
    ]);
    assert_eq!(
        stdout(&q).lines().skip(1).collect::<Vec<_>>(),
        vec!["good", "ok-1"]
    );
    // --strict stops at the first problem
    let o = run(&[
        "build",
        "--strict",
        dir.to_str().unwrap(),
        "--store",
        d.path().join("s2").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("stopped at the first bad input"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn locked_and_corrupt_stores_get_clear_messages() {
    let d = tmp();
    let s = d.path().join("store");
    let held = isnad::store::GraphStore::open(&s).unwrap();
    let o = run(&[
        "build",
        samples().join("macron-algiers.md").to_str().unwrap(),
        "--store",
        s.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("locked"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    drop(held);
    let c = d.path().join("corrupt");
    std::fs::create_dir(&c).unwrap();
    std::fs::write(c.join("CURRENT"), "MANIFEST-999999\n").unwrap();
    let o = run(&["stats", "--store", c.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot be opened"), "{}", stderr(&o));
    let o = run(&["stats", "--store", d.path().join("none").to_str().unwrap()]);
    assert!(stderr(&o).contains("no store at"), "{}", stderr(&o));
}

#[test]
fn query_syntax_errors_exit_2_with_position() {
    let o = run(&[
        "query",
        "--store",
        sample_store().to_str().unwrap(),
        "SELECT ?s WHERE {\n  ?s ?p \n}",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("line 3, column"), "{}", stderr(&o));
}

#[test]
fn query_formats() {
    let s = sample_store().to_str().unwrap();
    let q = "SELECT ?o WHERE { e:EmmanuelMacron isnad:visited ?o }";
    let csv = stdout(&run(&["query", "--store", s, "--format", "csv", q]));
    assert!(csv.starts_with("o\r\n") && csv.contains("Algeria"), "{csv}");
    let json: serde_json::Value = serde_json::from_str(&stdout(&run(&[
        "query", "--store", s, "--format", "json", q,
    ])))
    .unwrap();
    assert_eq!(json["head"]["vars"][0], "o");
    let xml = stdout(&run(&["query", "--store", s, "--format", "xml", q]));
    assert!(xml.contains("<sparql"));
    let tsv = stdout(&run(&["query", "--store", s, "--format", "tsv", q]));
    assert!(tsv.starts_with("?o\n"));
    let ask = stdout(&run(&[
        "query",
        "--store",
        s,
        "ASK { e:EmmanuelMacron isnad:visited e:Algeria }",
    ]));
    assert_eq!(ask.trim(), "yes");
    let ttl = stdout(&run(&[
        "query",
        "--store",
        s,
        "--format",
        "turtle",
        "CONSTRUCT { ?a isnad:visited ?b } WHERE { ?a isnad:visited ?b }",
    ]));
    assert!(ttl.contains("isnad:visited"), "{ttl}");
    let nt = stdout(&run(&[
        "query",
        "--store",
        s,
        "--format",
        "ntriples",
        "DESCRIBE e:EmmanuelMacron",
    ]));
    assert!(nt.contains("<https://w3id.org/isnad/entity/EmmanuelMacron>"));
    let table = stdout(&run(&["query", "--store", s, q]));
    assert!(
        table.contains("(1 row)") || table.contains("rows)"),
        "{table}"
    );
}

#[test]
fn provenance_model_is_reachable_from_sparql() {
    // one asserted triple per article graph, one evidence record per supporting sentence
    let s = sample_store().to_str().unwrap();
    let q = "SELECT ?rule ?conf ?text ?article WHERE { ?ev rdf:reifies <<( e:EmmanuelMacron isnad:visited e:Algeria )>> ; isnad:rule ?rule ; isnad:confidence ?conf ; isnad:inSentence/isnad:text ?text ; prov:wasDerivedFrom/dcterms:identifier ?article }";
    let out = stdout(&run(&["query", "--store", s, "--format", "csv", q]));
    assert!(out.contains("macron-algiers"), "{out}");
    let stats = stdout(&run(&["stats", "--store", s, "--json"]));
    let v: serde_json::Value = serde_json::from_str(&stats).unwrap();
    assert_eq!(v["articles"]["articles"], 6);
}

/// The sort key that `co-mentions`, `positions` and `entity-profile` order by (words, a
/// control separator, datatype, language) must give the order of the literal itself:
/// prefixes, the same words in two languages or without one, Latin and Arabic.
#[test]
fn sort_keys_in_queries_order_as_their_literals() {
    let s = sample_store().to_str().unwrap();
    let values = r#""Iran"@en "Iran"@ar "Iran" "Ira"@en "Iran Air"@en "Iraq"@en "إيران"@ar "إيران الشمالية"@ar "ايران"@ar "" "A"@en "a"@en"#;
    let by = |order: &str| {
        let q = format!(
            r#"SELECT ?l WHERE {{ VALUES ?l {{ {values} }} BIND(CONCAT(STR(?l), "\u0001", STR(DATATYPE(?l)), LANG(?l)) AS ?key) }} ORDER BY {order}"#
        );
        let o = run(&["query", "--store", s, "--format", "tsv", &q]);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o)
    };
    let by_literal = by("?l");
    assert_eq!(by_literal.lines().count(), 13, "{by_literal}");
    assert_eq!(by("?key"), by_literal);
    assert_eq!(by("DESC(?key)"), by("DESC(?l)"));
    for q in ["co-mentions", "positions", "entity-profile"] {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("queries/{q}.rq")),
        )
        .unwrap();
        assert!(
            text.contains(r#""\u0001", STR(DATATYPE("#),
            "{q}.rq sorts on the key tested here"
        );
    }
}

#[test]
fn every_query_matches_its_golden_result() {
    let s = sample_store().to_str().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut names: Vec<String> = std::fs::read_dir(dir.join("queries"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 8, "at least eight queries");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    for n in names {
        let text = std::fs::read_to_string(dir.join(format!("queries/{n}.rq"))).unwrap();
        assert!(text.starts_with('#'), "{n}.rq opens with a comment");
        let o = run(&["query", &n, "--store", s, "--format", "tsv"]);
        assert!(o.status.success(), "{n}: {}", stderr(&o));
        let got = stdout(&o);
        assert!(
            got.lines().count() > 1,
            "{n}: no result rows on the samples"
        );
        let golden = dir.join(format!("tests/golden/{n}.tsv"));
        if update {
            std::fs::write(&golden, &got).unwrap();
        } else {
            let want = std::fs::read_to_string(&golden).unwrap_or_else(|_| {
                panic!("{} missing: run with UPDATE_GOLDEN=1", golden.display())
            });
            assert_eq!(got, want, "{n}: result differs from {}", golden.display());
        }
    }
}
