//! The compiled lexicon kept on disk, so that a run starts without parsing the ontology.
//!
//! Parsing the Turtle files and compiling the name indexes takes about 75 ms of one core:
//! a tenth of extracting 10 MB of text, and all of a lookup's start-up. The compiled
//! lexicon decodes from its cache file in a few milliseconds.
//!
//! A cache file is named after everything the compiled lexicon depends on: the path and
//! content of every `.ttl` file below the ontology folder, and the program that compiled
//! it (the running executable's size and modification time, and the crate version), so
//! an edited ontology or a rebuilt isnad compiles again. The file carries a checksum of
//! its content. A cache that cannot be read, decoded or written, or whose checksum does
//! not match, is passed over and the lexicon compiled as without one: the cache can make
//! a run slower, never wrong, and it is never an error.

use super::load::{compile_files, read_ttl};
use super::{Lexicon, LexiconError};
use oxigraph::model::{BlankNode, Literal, NamedNode, NamedOrBlankNode, Term, Triple};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The first bytes of a cache file, with the version of its layout.
const MAGIC: &[u8; 16] = b"isnad-lexicon-02";

/// How many cache files a folder keeps (one per ontology folder and program version in
/// use); older ones are removed when a new one is written.
const KEEP: usize = 8;

/// Where the compiled lexicon is cached unless told otherwise: `$ISNAD_CACHE_DIR` (empty
/// or `off` turns the cache off), else `$XDG_CACHE_HOME/isnad`, else `~/.cache/isnad`.
pub fn default_cache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ISNAD_CACHE_DIR") {
        return (!d.is_empty() && d != "off").then(|| PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("isnad"));
    }
    std::env::var_os("HOME")
        .filter(|d| !d.is_empty())
        .map(|h| PathBuf::from(h).join(".cache").join("isnad"))
}

/// [`super::load_dir`], through a cache in the folder `cache` (none: always compile).
///
/// Errors are those of [`super::load_dir`]: a broken ontology file is reported as such,
/// and is never cached.
pub fn load_dir_cached(dir: &Path, cache: Option<&Path>) -> Result<Lexicon, LexiconError> {
    let files = read_ttl(dir)?;
    let Some(cache) = cache else {
        return compile_files(dir, &files);
    };
    let Some(key) = fingerprint(dir, &files) else {
        return compile_files(dir, &files);
    };
    let file = cache.join(format!("lexicon-{key}.bin"));
    if let Some(lex) = read(&file) {
        return Ok(lex);
    }
    let lex = compile_files(dir, &files)?;
    // best effort: a cache that cannot be written only costs the next run its time
    let _ = write(cache, &file, &lex);
    Ok(lex)
}

/// The cache key of the ontology files read from `dir` for this program, or `None` when
/// the program's own file cannot be looked at.
fn fingerprint(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Option<String> {
    let mut h = Sha256::new();
    h.update(MAGIC);
    h.update(env!("CARGO_PKG_VERSION").as_bytes());
    let exe = std::env::current_exe().ok()?.metadata().ok()?;
    let built = exe
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    h.update(exe.len().to_le_bytes());
    h.update(built.as_nanos().to_le_bytes());
    for (f, data) in files {
        let rel = f.strip_prefix(dir).unwrap_or(f).to_string_lossy();
        h.update((rel.len() as u64).to_le_bytes());
        h.update(rel.as_bytes());
        h.update((data.len() as u64).to_le_bytes());
        h.update(data);
    }
    Some(crate::digest::hex(&h.finalize()[..16]))
}

/// A cached lexicon, if the file is there, whole and decodable.
fn read(file: &Path) -> Option<Lexicon> {
    let data = std::fs::read(file).ok()?;
    let rest = data.strip_prefix(MAGIC.as_slice())?;
    let (sum, payload) = rest.split_at_checked(32)?;
    if Sha256::digest(payload).as_slice() != sum {
        return None;
    }
    let (mut lex, triples): (Lexicon, Vec<TripleRepr>) = postcard::from_bytes(payload).ok()?;
    lex.ontology_triples = triples
        .into_iter()
        .map(TripleRepr::into_triple)
        .collect::<Option<_>>()?;
    Some(lex)
}

/// Writes the cache file whole or not at all (a temporary file renamed into place), then
/// removes the oldest files beyond [`KEEP`]. `None` when the lexicon holds a term the
/// cache cannot represent, or on any I/O problem.
fn write(cache: &Path, file: &Path, lex: &Lexicon) -> Option<()> {
    let triples = lex
        .ontology_triples
        .iter()
        .map(TripleRepr::of)
        .collect::<Option<Vec<_>>>()?;
    let payload = postcard::to_stdvec(&(lex, &triples)).ok()?;
    std::fs::create_dir_all(cache).ok()?;
    let tmp = file.with_extension(format!("tmp{}", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&tmp).ok()?;
        f.write_all(MAGIC).ok()?;
        f.write_all(&Sha256::digest(&payload)).ok()?;
        f.write_all(&payload).ok()?;
        std::fs::rename(&tmp, file).ok()
    })();
    if written.is_none() {
        let _ = std::fs::remove_file(&tmp);
        return None;
    }
    prune(cache);
    Some(())
}

/// Removes all but the [`KEEP`] newest cache files.
fn prune(cache: &Path) {
    let Ok(rd) = std::fs::read_dir(cache) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = rd
        .filter_map(Result::ok)
        .filter(|e| {
            let n = e.file_name();
            let n = n.to_string_lossy();
            n.starts_with("lexicon-") && n.ends_with(".bin")
        })
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, p) in files.into_iter().skip(KEEP) {
        let _ = std::fs::remove_file(p);
    }
}

/// An ontology triple in a form serde can write (oxigraph's terms are not serde types).
#[derive(Serialize, Deserialize)]
struct TripleRepr(TermRepr, String, TermRepr);

#[derive(Serialize, Deserialize)]
enum TermRepr {
    Iri(String),
    Blank(String),
    Simple(String),
    Lang(String, String),
    Typed(String, String),
}

impl TripleRepr {
    fn of(t: &Triple) -> Option<Self> {
        let s = match &t.subject {
            NamedOrBlankNode::NamedNode(n) => TermRepr::Iri(n.as_str().into()),
            NamedOrBlankNode::BlankNode(b) => TermRepr::Blank(b.as_str().into()),
        };
        let o = match &t.object {
            Term::NamedNode(n) => TermRepr::Iri(n.as_str().into()),
            Term::BlankNode(b) => TermRepr::Blank(b.as_str().into()),
            Term::Literal(l) if l.direction().is_some() => return None,
            Term::Literal(l) => match l.language() {
                Some(lang) => TermRepr::Lang(l.value().into(), lang.into()),
                None if l.datatype() == oxigraph::model::vocab::xsd::STRING => {
                    TermRepr::Simple(l.value().into())
                }
                None => TermRepr::Typed(l.value().into(), l.datatype().as_str().into()),
            },
            // a triple term (RDF 1.2) is kept out of the cache: compiled each time
            Term::Triple(_) => return None,
        };
        Some(Self(s, t.predicate.as_str().into(), o))
    }

    /// The triple back; unchecked, as the file's checksum matched and what was written
    /// came from valid terms.
    fn into_triple(self) -> Option<Triple> {
        let Self(s, p, o) = self;
        let subject: NamedOrBlankNode = match s {
            TermRepr::Iri(i) => NamedNode::new_unchecked(i).into(),
            TermRepr::Blank(b) => BlankNode::new_unchecked(b).into(),
            _ => return None,
        };
        let object: Term = match o {
            TermRepr::Iri(i) => NamedNode::new_unchecked(i).into(),
            TermRepr::Blank(b) => BlankNode::new_unchecked(b).into(),
            TermRepr::Simple(v) => Literal::new_simple_literal(v).into(),
            TermRepr::Lang(v, l) => Literal::new_language_tagged_literal_unchecked(v, l).into(),
            TermRepr::Typed(v, d) => {
                Literal::new_typed_literal(v, NamedNode::new_unchecked(d)).into()
            }
        };
        Some(Triple::new(subject, NamedNode::new_unchecked(p), object))
    }
}
