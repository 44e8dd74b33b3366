//! `isnad facts`, `isnad entity` and `isnad ask` on a store built from the sample
//! articles: spelling variants, exit statuses, and the JSON schema scripts rely on.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_isnad"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("run isnad")
}

fn store() -> &'static str {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let d = tempfile::tempdir().expect("tempdir");
            let s = d.path().join("store");
            let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/samples");
            let o = run(&[
                "build",
                samples.to_str().unwrap(),
                "--store",
                s.to_str().unwrap(),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            (d, s)
        })
        .1
        .to_str()
        .unwrap()
}

fn lookup(args: &[&str]) -> (i32, String, String) {
    let mut a = args.to_vec();
    a.extend(["--store", store()]);
    let o = run(&a);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = lookup(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
}

const ERDOGAN: &str = "https://w3id.org/isnad/entity/RecepTayyipErdogan";
const PUTIN: &str = "https://w3id.org/isnad/entity/VladimirPutin";

#[test]
fn every_spelling_finds_the_same_entity() {
    for name in [
        "أردوغان",
        "إردوغان",
        "اردوغان",
        "Recep Tayyip Erdogan",
        "Recep Tayyip Erdoğan",
        "erdogan",
        "ERDOGAN",
        "e:RecepTayyipErdogan",
        ERDOGAN,
    ] {
        let d = json(&["facts", name, "--json"]);
        assert_eq!(d["entity"]["iri"], ERDOGAN, "{name}");
    }
    for name in ["بوتين", "بوتن", "Vladimir Putin", "putin", "فلاديمير بوتين"]
    {
        let d = json(&["entity", name, "--json"]);
        assert_eq!(d["entity"]["iri"], PUTIN, "{name}");
    }
}

#[test]
fn facts_json_follows_the_schema() {
    let d = json(&["facts", "إردوغان", "--json"]);
    assert_eq!(d["schema"], "isnad-lookup/1");
    let e = &d["entity"];
    assert_eq!(e["type"], "Person");
    assert_eq!(e["label"], "Recep Tayyip Erdoğan");
    assert_eq!(e["label_ar"], "رجب طيب أردوغان");
    assert!(e["fact_count"].as_u64().unwrap() >= 3);
    assert!(e["mention_count"].as_u64().unwrap() >= 1);
    let facts = d["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    for f in facts {
        assert!(f["relation"].is_string());
        assert!(f["subject"].is_object() && f["object"].is_object());
        let ev = f["evidence"].as_array().unwrap();
        assert!(!ev.is_empty(), "a fact without evidence: {f}");
        for e in ev {
            for k in [
                "sentence",
                "article",
                "article_iri",
                "outlet",
                "date",
                "rule",
                "iri",
            ] {
                assert!(e.get(k).is_some(), "evidence lacks {k}: {e}");
            }
        }
    }
    let visit = facts
        .iter()
        .find(|f| f["relation"] == "visited")
        .expect("a visit");
    assert_eq!(visit["object"]["label"], "Moscow");
    let ev = &visit["evidence"][0];
    assert_eq!(ev["article"], "sample-ankara-moscow");
    assert_eq!(ev["outlet"], "Anadolu Agency");
    assert!(ev["date"].as_str().unwrap().starts_with("2019-04-08"));
    assert!(ev["sentence"].as_str().unwrap().contains("موسكو"));
}

#[test]
fn jsonl_prints_one_fact_per_line() {
    let (code, out, _) = lookup(&["facts", "erdogan", "--jsonl"]);
    assert_eq!(code, 0);
    let doc = json(&["facts", "erdogan", "--json"]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), doc["facts"].as_array().unwrap().len());
    assert_eq!(lines[0], doc["facts"][0]);
}

#[test]
fn filters_narrow_the_facts() {
    let d = json(&["facts", "erdogan", "--relation", "visited", "--json"]);
    let facts = d["facts"].as_array().unwrap();
    assert!(!facts.is_empty());
    assert!(facts.iter().all(|f| f["relation"] == "visited"));
    let d = json(&["facts", "Moscow", "--role", "object", "--json"]);
    assert!(d["facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["object"]["iri"] == "https://w3id.org/isnad/entity/Moscow"));
    let d = json(&["facts", "erdogan", "--since", "2020", "--json"]);
    assert_eq!(d["facts"].as_array().unwrap().len(), 0);
    let d = json(&[
        "facts",
        "erdogan",
        "--since",
        "2019-04",
        "--until",
        "2019-04-08",
        "--json",
    ]);
    assert!(!d["facts"].as_array().unwrap().is_empty());
    let (code, _, err) = lookup(&["facts", "erdogan", "--since", "April"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn unknown_names_exit_1_with_suggestions() {
    let (code, out, err) = lookup(&["facts", "Erdogen"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("did you mean") && err.contains("Erdogan"),
        "{err}"
    );
    let (code, _, err) = lookup(&["entity", "Zzyzx Qwerty"]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn ambiguous_names_exit_3_with_candidates() {
    let (code, out, err) = lookup(&["facts", "Mohammed"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("ambiguous") && err.contains("Mohammed bin Salman"),
        "{err}"
    );
}

#[test]
fn entity_card_has_aliases_and_positions() {
    let d = json(&["entity", "بوتين", "--json"]);
    let e = &d["entity"];
    assert_eq!(e["type"], "Person");
    let aliases: Vec<&str> = e["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["value"].as_str().unwrap())
        .collect();
    assert!(
        aliases.contains(&"بوتن") && aliases.contains(&"Putin"),
        "{aliases:?}"
    );
    assert!(e["positions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["kind"] == "HeadOfState" && p["of"]["label"] == "Russia"));
    assert!(d["facts"].as_array().unwrap().is_empty());
    let (code, text, _) = lookup(&["entity", "Putin"]);
    assert_eq!(code, 0);
    assert!(text.contains("aliases:") && text.contains("بوتن"), "{text}");
}

#[test]
fn ask_answers_what_and_yes_no() {
    let d = json(&["ask", "Erdogan", "visited", "--json"]);
    assert_eq!(d["answer"]["yes"], true);
    assert_eq!(d["facts"][0]["object"]["label"], "Moscow");
    let (code, out, _) = lookup(&["ask", "أردوغان", "visited", "موسكو"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("yes"));
    let (code, out, _) = lookup(&["ask", "Erdogan", "visited", "Algeria"]);
    assert_eq!(code, 1);
    assert!(out.contains("no"));
    // met is symmetric: asking from either side answers yes
    let (a, _, _) = lookup(&["ask", "Putin", "met", "Erdogan"]);
    let (b, _, _) = lookup(&["ask", "Erdogan", "met", "Putin"]);
    assert_eq!((a, b), (0, 0));
    let d = json(&["ask", "?", "visited", "Moscow", "--json"]);
    assert_eq!(d["facts"][0]["subject"]["iri"], ERDOGAN);
    let (code, _, err) = lookup(&["ask", "Putin", "flewTo"]);
    assert_eq!(code, 2);
    assert!(err.contains("visited"), "{err}");
}
