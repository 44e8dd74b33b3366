//! The compiled-lexicon cache: the same lexicon as compiling, whatever happened to the
//! cache file or the ontology since.

use isnad::lexicon::{load_dir, load_dir_cached, Lexicon};
use std::path::{Path, PathBuf};

fn ontology() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("ontology")
}

fn cache_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// A copy of the ontology folder that a test may edit.
fn ontology_copy(to: &Path) -> PathBuf {
    let dst = to.join("ontology");
    for f in walk(&ontology()) {
        let rel = f.strip_prefix(ontology()).unwrap();
        std::fs::create_dir_all(dst.join(rel).parent().unwrap()).unwrap();
        std::fs::copy(&f, dst.join(rel)).unwrap();
    }
    dst
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn a_cached_lexicon_is_the_compiled_one() {
    let fresh = load_dir(&ontology()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    let first = load_dir_cached(&ontology(), Some(&cache)).unwrap();
    let files = cache_files(&cache);
    assert_eq!(files.len(), 1, "one cache file written: {files:?}");
    let written = std::fs::metadata(&files[0]).unwrap().modified().unwrap();
    let second = load_dir_cached(&ontology(), Some(&cache)).unwrap();
    assert_eq!(
        std::fs::metadata(&files[0]).unwrap().modified().unwrap(),
        written,
        "read, not written again"
    );
    assert!(fresh.entities.len() > 1000 && !fresh.ontology_triples.is_empty());
    assert!(first == fresh, "the first load compiles");
    assert!(
        second == fresh,
        "the cached lexicon differs from the compiled one"
    );
}

#[test]
fn a_damaged_cache_is_passed_over_and_written_again() {
    let fresh = load_dir(&ontology()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let cache = tmp.path().join("cache");
    load_dir_cached(&ontology(), Some(&cache)).unwrap();
    let file = cache_files(&cache).remove(0);
    let good = std::fs::read(&file).unwrap();
    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x20;
    for bad in [
        flipped,
        good[..good.len() / 3].to_vec(),
        Vec::new(),
        b"junk".to_vec(),
    ] {
        std::fs::write(&file, &bad).unwrap();
        let lex: Lexicon = load_dir_cached(&ontology(), Some(&cache)).unwrap();
        assert!(lex == fresh, "a damaged cache gave another lexicon");
        assert_eq!(std::fs::read(&file).unwrap(), good, "rewritten whole");
    }
}

#[test]
fn an_edited_ontology_is_compiled_again() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = ontology_copy(tmp.path());
    let cache = tmp.path().join("cache");
    let before = load_dir_cached(&dir, Some(&cache)).unwrap();
    assert!(before.lookup("زيد المختلق").is_none());
    let people = dir.join("lexicon/people.ttl");
    let mut ttl = std::fs::read_to_string(&people).unwrap();
    ttl.push_str(
        "\ne:ZaidInvented a isnad:Person ;\n    rdfs:label \"Zaid Invented\"@en , \"زيد المختلق\"@ar .\n",
    );
    std::fs::write(&people, ttl).unwrap();
    let after = load_dir_cached(&dir, Some(&cache)).unwrap();
    assert!(
        after.lookup("زيد المختلق").is_some(),
        "the new name is known"
    );
    assert!(after == load_dir(&dir).unwrap());
    assert_eq!(
        cache_files(&cache).len(),
        2,
        "one file per ontology content"
    );
}

#[test]
fn a_broken_ontology_is_an_error_even_with_a_cache() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = ontology_copy(tmp.path());
    let cache = tmp.path().join("cache");
    load_dir_cached(&dir, Some(&cache)).unwrap();
    std::fs::write(dir.join("words.ttl"), "this is not turtle").unwrap();
    let e = load_dir_cached(&dir, Some(&cache)).unwrap_err().to_string();
    assert!(e.contains("words.ttl"), "{e}");
}

#[test]
fn a_cache_folder_that_cannot_be_written_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    // a file where the folder should be
    let cache = tmp.path().join("not-a-folder");
    std::fs::write(&cache, "x").unwrap();
    let lex = load_dir_cached(&ontology(), Some(&cache)).unwrap();
    assert!(lex == load_dir(&ontology()).unwrap());
}
