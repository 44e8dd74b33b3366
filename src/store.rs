//! The only module that writes to oxigraph.
//!
//! Every article has its own named graph, and a rebuild replaces what the article
//! said. Two ways in:
//!
//! - [`GraphStore::replace_graph`]: one transaction per graph (the ontology, single
//!   articles);
//! - [`ArticleBatch`]: whole articles gathered into batches of about
//!   [`ArticleBatch::DEFAULT_QUADS`] quads; each batch first clears its articles'
//!   graphs in one transaction, then goes in through oxigraph's bulk loader, whose
//!   SST files RocksDB ingests in one atomic step. A build killed at any moment thus
//!   leaves whole articles only: a batch is either all in, or (killed between the two
//!   steps) its articles are absent until built again. This is what `isnad build` uses;
//!   it is several times faster than a transaction per article.
//!
//! Both keep the summary graph ([`crate::summary`]) in step with the articles: an
//! article's old contribution is subtracted when its graph is cleared and its new one
//! added when it is written, so the cost is proportional to the articles written, never
//! to the store. With a transaction per graph this is all one transaction. A batch
//! takes three atomic steps: (1) clear its graphs, subtract their old contributions
//! and mark the graphs *pending* in the summary graph; (2) the bulk load; (3) add the
//! new contributions and remove the marks. A build killed after (1) or (2) leaves
//! marked graphs whose contribution is missing; opening the store for writing (any
//! `isnad build`) finds the marks and adds the contribution of whatever those graphs
//! hold, which is again proportional to one batch. A build into a store that holds no
//! article (a fresh store) sums the contributions in memory instead and writes the
//! summary once, in its last ingestion ([`ArticleBatch::finish`]). It clears and marks
//! nothing (no graph exists but one the build itself wrote, which is cleared as above):
//! it removes the summary's version mark at its first write and ingests it again with
//! the summary, so a build killed in between leaves a store that the next open counts
//! from scratch, in proportion to what that build ingested. Its batches' files are also
//! held back and ingested together, every [`ArticleBatch::HOLD_QUADS`] quads and with
//! the summary at the end: each ingestion is still one atomic step of whole articles,
//! and a killed build loses what was held (the store has none of those articles).

use crate::lexicon::Lexicon;
use crate::summary::{tally_iri, tally_quads, Tallies, TallyKind};
use crate::vocab::{self, ont};
use oxigraph::model::{
    GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
    Term, TermRef, Triple,
};
use oxigraph::store::{BulkLoader, StorageError, Store, Transaction};
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

/// Why the store could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// Another process has the store open for writing.
    #[error("the store at {path} is locked by another process (is another `isnad build` or `isnad serve` running?)")]
    Locked {
        /// The store folder.
        path: PathBuf,
    },
    /// The folder is not a store, or its files are damaged.
    #[error("the store at {path} cannot be opened (corrupt or not an isnad store): {message}")]
    Corrupt {
        /// The store folder.
        path: PathBuf,
        /// What oxigraph said.
        message: String,
    },
    /// No store at that path (for commands that only read).
    #[error("no store at {0}: run `isnad build` first, or give --store")]
    Missing(PathBuf),
    /// Reading or writing failed.
    #[error("store {path}: {source}")]
    Storage {
        /// The store folder.
        path: PathBuf,
        /// The underlying error.
        source: StorageError,
    },
}

/// An isnad store on disk.
pub struct GraphStore {
    store: Store,
    path: PathBuf,
}

fn classify(path: &Path, e: StorageError) -> StoreError {
    let m = e.to_string();
    let lower = m.to_lowercase();
    if lower.contains("lock") || lower.contains("resource temporarily unavailable") {
        StoreError::Locked {
            path: path.to_path_buf(),
        }
    } else if lower.contains("corrupt")
        || lower.contains("invalid argument")
        || lower.contains("no such file")
        || lower.contains("not a directory")
        || lower.contains("version")
    {
        StoreError::Corrupt {
            path: path.to_path_buf(),
            message: m,
        }
    } else {
        StoreError::Storage {
            path: path.to_path_buf(),
            source: e,
        }
    }
}

impl GraphStore {
    /// Opens (creating if missing) a store for writing.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        if path.exists() && !path.is_dir() {
            return Err(StoreError::Corrupt {
                path: path.to_path_buf(),
                message: "not a directory".into(),
            });
        }
        let store = Store::open(path).map_err(|e| classify(path, e))?;
        let st = Self {
            store,
            path: path.to_path_buf(),
        };
        st.prepare_summary()?;
        Ok(st)
    }

    /// Opens an existing store for writing; none is created where there is none (for
    /// commands that work on a store already built, like `isnad compact`).
    pub fn open_existing(path: &Path) -> Result<Self, StoreError> {
        require(path)?;
        Self::open(path)
    }

    /// Opens an existing store for reading only (it may be open for writing elsewhere).
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        require(path)?;
        let store = Store::open_read_only(path).map_err(|e| classify(path, e))?;
        Ok(Self {
            store,
            path: path.to_path_buf(),
        })
    }

    /// The oxigraph store, for queries.
    pub fn inner(&self) -> &Store {
        &self.store
    }

    /// The folder of the store.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: StorageError) -> StoreError {
        classify(&self.path, e)
    }

    /// Makes the ontology graph hold the lexicon's ontology (35,000 quads), which every
    /// build does first, before any article: left as it is when the summary's record of
    /// its digest says it already does (an incremental build spent most of its time
    /// rewriting it), bulk-loaded into a store that has none (a fresh build: one
    /// ingestion instead of a transaction of a second), replaced in one transaction
    /// otherwise. The digest is written in the same atomic step as the graph.
    pub fn load_ontology(&self, lex: &Lexicon) -> Result<(), StoreError> {
        let mut quads = crate::provenance::ontology_quads(lex);
        let mark = ontology_digest_quad(&quads);
        let s = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
        let digest_p = NamedNode::new_unchecked(vocab::ont_iri(ont::ONTOLOGY_DIGEST));
        let old = self
            .store
            .quads_for_pattern(
                Some(s.into()),
                Some(digest_p.as_ref()),
                None,
                Some(s.into()),
            )
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.err(e))?;
        if old.contains(&mark) {
            return Ok(());
        }
        let g = NamedNodeRef::new_unchecked(vocab::ONTOLOGY_GRAPH);
        let present = self
            .store
            .quads_for_pattern(None, None, None, Some(g.into()))
            .next()
            .is_some();
        if !present && old.is_empty() {
            quads.push(mark);
            let mut loader = self.store.bulk_loader();
            loader.load_quads(quads).map_err(|e| self.err(e))?;
            return loader.commit().map_err(|e| self.err(e));
        }
        let mut t = self.store.start_transaction().map_err(|e| self.err(e))?;
        t.clear_graph(GraphNameRef::NamedNode(g))
            .map_err(|e| self.err(e))?;
        t.insert_named_graph(g);
        t.extend(quads.iter());
        for q in &old {
            t.remove(q.as_ref());
        }
        t.insert(mark.as_ref());
        t.commit().map_err(|e| self.err(e))
    }

    /// Replaces the content of one named graph with `quads`, atomically; for an article
    /// graph the summary changes in the same transaction.
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<(), StoreError> {
        let g = NamedNodeRef::new_unchecked(graph);
        let mut t = self.store.start_transaction().map_err(|e| self.err(e))?;
        let mut delta = Tallies::default();
        if is_article_graph(graph) {
            delta.add_graph(&graph_quads(&t, g).map_err(|e| self.err(e))?, -1);
            delta.add_graph(quads, 1);
        }
        t.clear_graph(GraphNameRef::NamedNode(g))
            .map_err(|e| self.err(e))?;
        t.insert_named_graph(g);
        for q in quads {
            t.insert(q);
        }
        apply_tallies(&mut t, &delta).map_err(|e| self.err(e))?;
        t.commit().map_err(|e| self.err(e))
    }

    /// The counts the summary graph holds now.
    pub fn summary(&self) -> Result<Tallies, StoreError> {
        let g = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
        let subject = NamedNodeRef::new_unchecked(vocab::std_terms::RDF_SUBJECT);
        let mut out = Tallies::default();
        for q in self
            .store
            .quads_for_pattern(None, Some(subject), None, Some(g.into()))
        {
            let q = q.map_err(|e| self.err(e))?;
            let node = q.subject.as_ref();
            let one = |p: &str| -> Result<Option<Term>, StorageError> {
                self.store
                    .quads_for_pattern(
                        Some(node),
                        Some(NamedNodeRef::new_unchecked(p)),
                        None,
                        Some(g.into()),
                    )
                    .next()
                    .transpose()
                    .map(|q| q.map(|q| q.object))
            };
            let get = |p: &str| one(p).map_err(|e| self.err(e));
            let (Some(Term::NamedNode(p)), Some(o)) = (
                get(vocab::std_terms::RDF_PREDICATE)?,
                get(vocab::std_terms::RDF_OBJECT)?,
            ) else {
                continue;
            };
            let Some(kind) = TallyKind::of(p.as_str()) else {
                continue;
            };
            let s: NamedOrBlankNode = match q.object {
                Term::NamedNode(n) => n.into(),
                Term::BlankNode(b) => b.into(),
                _ => continue,
            };
            let n = count_of(get(&kind.count_property())?.as_ref().map(Term::as_ref));
            out.add(Triple::new(s, p, o), n);
        }
        Ok(out.normalized())
    }

    /// The summary counted from scratch by reading every article graph: what
    /// [`GraphStore::summary`] must equal. Reads the whole store, so only for checks
    /// and for a store written before the summary existed.
    pub fn summary_from_scratch(&self) -> Result<Tallies, StoreError> {
        let mut out = Tallies::default();
        for g in self.store.named_graphs() {
            let g = g.map_err(|e| self.err(e))?;
            let NamedOrBlankNode::NamedNode(g) = g else {
                continue;
            };
            if !is_article_graph(g.as_str()) {
                continue;
            }
            let quads = self
                .store
                .quads_for_pattern(None, None, None, Some(g.as_ref().into()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.err(e))?;
            out.add_graph(&quads, 1);
        }
        Ok(out.normalized())
    }

    /// Makes the summary graph right before anything is written: counted from scratch
    /// when it is missing or of an older version (a store written before it existed:
    /// once), else the contribution of graphs a killed build left pending is added.
    fn prepare_summary(&self) -> Result<(), StoreError> {
        let g = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
        let version = self
            .store
            .quads_for_pattern(
                Some(g.into()),
                Some(NamedNodeRef::new_unchecked(&vocab::ont_iri(
                    ont::SUMMARY_VERSION,
                ))),
                None,
                Some(g.into()),
            )
            .next()
            .transpose()
            .map_err(|e| self.err(e))?;
        if count_of(version.as_ref().map(|q| q.object.as_ref())) != SUMMARY_VERSION {
            return self.recount_summary();
        }
        let pending = pending_graphs(&self.store).map_err(|e| self.err(e))?;
        if pending.is_empty() {
            return Ok(());
        }
        let mut t = self.store.start_transaction().map_err(|e| self.err(e))?;
        let mut delta = Tallies::default();
        for p in &pending {
            delta.add_graph(&graph_quads(&t, p.as_ref()).map_err(|e| self.err(e))?, 1);
            t.remove(pending_quad(p.as_ref()).as_ref());
        }
        apply_tallies(&mut t, &delta).map_err(|e| self.err(e))?;
        t.commit().map_err(|e| self.err(e))
    }

    /// Counts the summary from scratch: clears it, then bulk-loads the tallies with the
    /// version mark (a kill in between leaves no mark, so the next open counts again).
    fn recount_summary(&self) -> Result<(), StoreError> {
        let g = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
        self.store
            .clear_graph(GraphNameRef::NamedNode(g))
            .map_err(|e| self.err(e))?;
        let mut quads = summary_quads(&self.summary_from_scratch()?);
        quads.push(version_quad());
        if quads.len() < ArticleBatch::DEFAULT_QUADS / 10 {
            // a fresh or small store: a transaction costs less than the bulk loader's files
            let mut t = self.store.start_transaction().map_err(|e| self.err(e))?;
            t.extend(quads.iter());
            return t.commit().map_err(|e| self.err(e));
        }
        let mut loader = self
            .store
            .bulk_loader()
            .with_max_memory_size_in_megabytes(256);
        loader.load_quads(quads).map_err(|e| self.err(e))?;
        loader.commit().map_err(|e| self.err(e))
    }

    /// Flushes writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.err(e))
    }

    /// Compacts the store's files into a few sorted runs.
    ///
    /// Each bulk-loaded batch lands as overlapping files that every later lookup must
    /// search one by one; a build exits before RocksDB has merged them in the
    /// background. After a large build this makes queries several times faster (on the
    /// whole 2018 corpus, `visits` went from 2.0 s to 0.4 s) for a few seconds of work
    /// (about 5 s on that store).
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.store.optimize().map_err(|e| self.err(e))
    }
}

/// Whole articles waiting to be bulk-loaded together (see the module documentation).
pub struct ArticleBatch<'a> {
    store: &'a GraphStore,
    graphs: Vec<String>,
    quads: Vec<Vec<Quad>>,
    index: FxHashMap<String, usize>,
    len: usize,
    limit: usize,
    loaded: usize,
    summary: SummaryMode,
    /// The bulk loader that holds the files of the batches written since the last
    /// ingestion: in a fresh store ([`SummaryMode::Fresh`]) ingested together every
    /// [`ArticleBatch::HOLD_QUADS`] quads and by [`ArticleBatch::finish`], otherwise
    /// after each batch.
    held: Option<BulkLoader<'a>>,
    /// The graphs whose quads `held` holds: a batch that writes one of them again
    /// ingests first, so that its clear sees them.
    held_graphs: FxHashSet<String>,
    /// The quads `held` holds.
    held_quads: usize,
    /// When `held` is ingested (see [`ArticleBatch::hold`]).
    hold: usize,
}

/// How a batch keeps the summary (decided at its first write).
enum SummaryMode {
    Undecided,
    /// Each write applies its contribution (three steps, see the module documentation).
    PerBatch,
    /// The store held no article when the build began: contributions are summed in
    /// memory and written once by [`ArticleBatch::finish`], in its last ingestion, with
    /// the version mark removed until then ([`version_quad`]). No graph is cleared or
    /// marked pending, except one this build already wrote (an article given twice).
    Fresh {
        /// The tallies of every graph written so far.
        sum: Tallies,
        /// Hashes of the graphs written so far: a graph is cleared only when its hash
        /// is here (a collision costs a needless clear, never a missed one).
        written: FxHashSet<u64>,
    },
}

/// The version of the summary's content: a store whose summary has another is counted
/// again from scratch when opened for writing. Raise it when [`Tallies::add_graph`]
/// changes what it counts.
const SUMMARY_VERSION: i64 = 1;

/// An error unless a store was built at `path`.
fn require(path: &Path) -> Result<(), StoreError> {
    if path.join("CURRENT").exists() {
        Ok(())
    } else {
        Err(StoreError::Missing(path.to_path_buf()))
    }
}

/// The bulk loader of article batches. In a fresh store it is held across batches
/// ([`ArticleBatch::HOLD_QUADS`]) and writes each batch's files on its own threads (one
/// per core, oxigraph's default) while the next batch is gathered. One thread on two
/// cores, leaving the other to extraction, was 10 % slower for the 2018 file, for 80 MB
/// less memory.
fn batch_loader(store: &Store) -> BulkLoader<'_> {
    store.bulk_loader().with_max_memory_size_in_megabytes(512)
}

/// A graph IRI's hash, for [`SummaryMode::Fresh`]'s record of what a build wrote.
fn graph_hash(g: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(g)
}

/// Whether a graph holds one article (not the ontology, not the summary).
fn is_article_graph(g: &str) -> bool {
    g.starts_with(vocab::GRAPH) && g != vocab::ONTOLOGY_GRAPH
}

fn graph_quads(t: &Transaction<'_>, g: NamedNodeRef<'_>) -> Result<Vec<Quad>, StorageError> {
    t.quads_for_pattern(None, None, None, Some(g.into()))
        .collect()
}

/// The integer value of a count literal (0 if absent or not a number).
fn count_of(t: Option<TermRef<'_>>) -> i64 {
    match t {
        Some(TermRef::Literal(l)) => l.value().parse().unwrap_or(0),
        _ => 0,
    }
}

fn count_quad(kind: TallyKind, t: &Triple, n: i64) -> Quad {
    Quad::new(
        NamedNode::new_unchecked(tally_iri(kind, t)),
        NamedNode::new_unchecked(kind.count_property()),
        Literal::from(n),
        NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH),
    )
}

/// Every quad of a summary holding `tallies`, for a bulk load into an empty summary.
fn summary_quads(tallies: &Tallies) -> Vec<Quad> {
    let mut quads = Vec::with_capacity(tallies.len() * 5 + 1);
    for (t, n) in tallies.iter() {
        let Some(kind) = TallyKind::of(t.predicate.as_str()) else {
            continue;
        };
        quads.extend(tally_quads(kind, t));
        quads.push(count_quad(kind, t, n));
    }
    quads
}

/// The mark of a graph whose contribution is not in the summary yet.
fn pending_quad(g: NamedNodeRef<'_>) -> Quad {
    let s = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    Quad::new(
        s,
        NamedNode::new_unchecked(vocab::ont_iri(ont::PENDING_GRAPH)),
        g,
        s,
    )
}

/// The mark that the summary counts every article graph (see [`SUMMARY_VERSION`]). A
/// build into a fresh store removes it until its summary is written: killed in between,
/// the store is counted from scratch when next opened for writing.
fn version_quad() -> Quad {
    let s = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    Quad::new(
        s,
        NamedNode::new_unchecked(vocab::ont_iri(ont::SUMMARY_VERSION)),
        Literal::from(SUMMARY_VERSION),
        s,
    )
}

/// The summary graph's record of the ontology graph's content: the SHA-256 of its quads
/// as N-Quads, in the order the lexicon gives them.
fn ontology_digest_quad(quads: &[Quad]) -> Quad {
    use sha2::{Digest, Sha256};
    let mut nq = Vec::with_capacity(quads.len() * 128);
    crate::output::write_nquads(quads.iter().map(Quad::as_ref), &mut nq);
    let s = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    Quad::new(
        s,
        NamedNode::new_unchecked(vocab::ont_iri(ont::ONTOLOGY_DIGEST)),
        Literal::new_simple_literal(crate::digest::hex(&Sha256::digest(&nq))),
        s,
    )
}

/// Whether the store holds no article graph (only the ontology and the summary).
fn holds_no_article(store: &Store) -> Result<bool, StorageError> {
    for g in store.named_graphs() {
        if let NamedOrBlankNode::NamedNode(g) = g? {
            if is_article_graph(g.as_str()) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

fn pending_graphs(store: &Store) -> Result<Vec<NamedNode>, StorageError> {
    let s = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    let p = NamedNode::new_unchecked(vocab::ont_iri(ont::PENDING_GRAPH));
    let mut out = Vec::new();
    for q in store.quads_for_pattern(
        Some(NamedOrBlankNodeRef::from(s)),
        Some(p.as_ref()),
        None,
        Some(s.into()),
    ) {
        if let Term::NamedNode(g) = q?.object {
            out.push(g);
        }
    }
    Ok(out)
}

/// Adds counts to the summary's tallies: a tally whose count reaches zero is removed,
/// one that did not exist is created. Reads and writes one tally per changed count.
fn apply_tallies(t: &mut Transaction<'_>, delta: &Tallies) -> Result<(), StorageError> {
    let g = NamedNodeRef::new_unchecked(vocab::SUMMARY_GRAPH);
    for (triple, d) in delta.iter() {
        let Some(kind) = TallyKind::of(triple.predicate.as_str()) else {
            continue;
        };
        let node = NamedNode::new_unchecked(tally_iri(kind, triple));
        let prop = NamedNode::new_unchecked(kind.count_property());
        let old = t
            .quads_for_pattern(
                Some(node.as_ref().into()),
                Some(prop.as_ref()),
                None,
                Some(g.into()),
            )
            .next()
            .transpose()?;
        let before = count_of(old.as_ref().map(|q| q.object.as_ref()));
        // a count below zero would mean a contribution taken away twice: keep none
        let after = (before + d).max(0);
        if let Some(old) = &old {
            t.remove(old.as_ref());
        }
        if after > 0 {
            t.insert(count_quad(kind, triple, after).as_ref());
            if before == 0 {
                for q in tally_quads(kind, triple) {
                    t.insert(q.as_ref());
                }
            }
        } else if before > 0 {
            for q in tally_quads(kind, triple) {
                t.remove(q.as_ref());
            }
        }
    }
    Ok(())
}

impl<'a> ArticleBatch<'a> {
    /// Quads gathered before a batch is written: large enough for the bulk loader to
    /// pay off, small enough to keep memory low (about 100 MB per batch).
    pub const DEFAULT_QUADS: usize = 200_000;

    /// In a fresh store, quads whose files are held back and ingested together.
    ///
    /// Every ingestion lands as files overlapping all the others (each batch spans the
    /// whole key space), and RocksDB merges them into what is there, again and again:
    /// ingested batch by batch, the 2018 file (3.2M quads) spent 43 % of its build's
    /// CPU time in those merges. Held together, they are merged once, by the final
    /// compaction. The bound keeps that one merge, and the files waiting for it, in
    /// proportion for a corpus many times larger, whose earlier parts RocksDB then
    /// merges in the background while the rest is extracted.
    pub const HOLD_QUADS: usize = 4_000_000;

    /// An empty batch writing into `store`, flushed every `limit` quads.
    pub fn new(store: &'a GraphStore, limit: usize) -> Self {
        Self {
            store,
            graphs: Vec::new(),
            quads: Vec::new(),
            index: FxHashMap::default(),
            len: 0,
            limit: limit.max(1),
            loaded: 0,
            summary: SummaryMode::Undecided,
            held: None,
            held_graphs: FxHashSet::default(),
            held_quads: 0,
            hold: Self::HOLD_QUADS,
        }
    }

    /// Holds at most `quads` quads before ingesting, in a fresh store (default
    /// [`ArticleBatch::HOLD_QUADS`]): small values let tests write a fresh store in
    /// several ingestions.
    pub fn hold(mut self, quads: usize) -> Self {
        self.hold = quads.max(1);
        self
    }

    /// Adds an article's graph; an article already in the batch is replaced. Writes the
    /// batch when it is full.
    pub fn add(&mut self, graph: String, quads: Vec<Quad>) -> Result<(), StoreError> {
        self.len += quads.len();
        if let Some(&i) = self.index.get(&graph) {
            self.len -= self.quads[i].len();
            self.quads[i] = quads;
        } else {
            self.index.insert(graph.clone(), self.graphs.len());
            self.graphs.push(graph);
            self.quads.push(quads);
        }
        if self.len >= self.limit {
            self.flush()?;
        }
        Ok(())
    }

    /// Quads written so far by this batch's bulk loads: a build that wrote at least
    /// [`ArticleBatch::DEFAULT_QUADS`] is worth a [`GraphStore::optimize`].
    pub fn loaded_quads(&self) -> usize {
        self.loaded
    }

    /// Writes what is gathered: clears the batch's graphs (one transaction), then loads
    /// its quads with the bulk loader (one atomic ingestion).
    pub fn flush(&mut self) -> Result<(), StoreError> {
        if self.graphs.is_empty() {
            return Ok(());
        }
        let st = self.store;
        if matches!(self.summary, SummaryMode::Undecided) {
            self.summary = if holds_no_article(&st.store).map_err(|e| st.err(e))? {
                // until the summary is written, a kill leaves a store to count again
                st.store
                    .remove(version_quad().as_ref())
                    .map_err(|e| st.err(e))?;
                SummaryMode::Fresh {
                    sum: Tallies::default(),
                    written: FxHashSet::default(),
                }
            } else {
                SummaryMode::PerBatch
            };
        }
        if self.graphs.iter().any(|g| self.held_graphs.contains(g)) {
            self.ingest_held()?;
        }
        // the new contributions, before the loader takes the quads
        let mut added = Tallies::default();
        for quads in &self.quads {
            added.add_graph(quads, 1);
        }
        // (1) clear, subtract what the old graphs gave, mark the graphs pending (in a
        // fresh store only the graphs this build wrote before exist, and none is marked)
        let mut t = st.store.start_transaction().map_err(|e| st.err(e))?;
        let mut removed = Tallies::default();
        let fresh = match &mut self.summary {
            SummaryMode::Fresh { written, .. } => Some(written),
            _ => None,
        };
        let mut wrote = fresh.is_none();
        for g in &self.graphs {
            if let Some(written) = &fresh {
                if !written.contains(&graph_hash(g)) {
                    continue;
                }
            }
            let g = NamedNodeRef::new_unchecked(g);
            removed.add_graph(&graph_quads(&t, g).map_err(|e| st.err(e))?, -1);
            t.clear_graph(GraphNameRef::NamedNode(g))
                .map_err(|e| st.err(e))?;
            if fresh.is_none() {
                t.insert(pending_quad(g).as_ref());
            }
            wrote = true;
        }
        if let SummaryMode::Fresh { sum, written } = &mut self.summary {
            written.extend(self.graphs.iter().map(|g| graph_hash(g)));
            sum.merge(&removed);
            sum.merge(&added);
        } else {
            apply_tallies(&mut t, &removed).map_err(|e| st.err(e))?;
        }
        if wrote {
            t.commit().map_err(|e| st.err(e))?;
        }
        // (2) the articles, in one atomic ingestion
        // (held back in a fresh store; a store with a summary ingests at once, as its
        // step (3) needs the articles in)
        let loader = self.held.get_or_insert_with(|| batch_loader(&st.store));
        loader
            .load_quads(self.quads.drain(..).flatten())
            .map_err(|e| st.err(e))?;
        self.held_graphs.extend(self.graphs.iter().cloned());
        self.held_quads += self.len;
        if self.held_quads >= self.hold || matches!(self.summary, SummaryMode::PerBatch) {
            self.ingest_held()?;
        }
        // (3) add the new contributions, unmark
        if matches!(self.summary, SummaryMode::PerBatch) {
            let mut t = st.store.start_transaction().map_err(|e| st.err(e))?;
            apply_tallies(&mut t, &added).map_err(|e| st.err(e))?;
            for g in &self.graphs {
                t.remove(pending_quad(NamedNodeRef::new_unchecked(g)).as_ref());
            }
            t.commit().map_err(|e| st.err(e))?;
        }
        self.graphs.clear();
        self.index.clear();
        self.loaded += self.len;
        self.len = 0;
        Ok(())
    }

    /// Ingests the files of the held loader, if any, in one atomic step.
    fn ingest_held(&mut self) -> Result<(), StoreError> {
        if let Some(loader) = self.held.take() {
            loader.commit().map_err(|e| self.store.err(e))?;
        }
        self.held_graphs.clear();
        self.held_quads = 0;
        Ok(())
    }

    /// Writes what is gathered and completes the summary; returns the quads written by
    /// bulk loads (a build that wrote at least [`ArticleBatch::DEFAULT_QUADS`] is worth a
    /// [`GraphStore::optimize`]). A batch dropped without it leaves its graphs marked
    /// pending, which the next [`GraphStore::open`] counts; in a fresh store it leaves
    /// no version mark, and the next open counts the summary from scratch (the store
    /// holds only what this batch ingested).
    pub fn finish(mut self) -> Result<usize, StoreError> {
        self.flush()?;
        let st = self.store;
        let SummaryMode::Fresh { sum, .. } =
            std::mem::replace(&mut self.summary, SummaryMode::PerBatch)
        else {
            return Ok(self.loaded);
        };
        // the tallies, all new, and the version mark, ingested with the articles held
        // so far: one atomic step completes the store
        let mut quads = summary_quads(&sum);
        drop(sum);
        quads.push(version_quad());
        let loader = self.held.get_or_insert_with(|| batch_loader(&st.store));
        loader.load_quads(quads).map_err(|e| st.err(e))?;
        self.ingest_held()?;
        Ok(self.loaded)
    }
}
