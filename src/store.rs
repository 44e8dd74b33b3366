//! The only module that writes to oxigraph.
//!
//! One article is one transaction: its named graph is cleared and its quads inserted
//! together, so a rebuild replaces what the article said, and a build killed at any
//! moment leaves a store holding whole articles only.

use crate::lexicon::Lexicon;
use crate::vocab;
use oxigraph::model::{GraphNameRef, NamedNodeRef, Quad};
use oxigraph::store::{StorageError, Store};
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
        Ok(Self {
            store,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store for reading only (it may be open for writing elsewhere).
    pub fn open_read_only(path: &Path) -> Result<Self, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
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

    /// Replaces the ontology graph with the lexicon's ontology, in one transaction.
    pub fn load_ontology(&self, lex: &Lexicon) -> Result<(), StoreError> {
        let quads = crate::provenance::ontology_quads(lex);
        self.replace_graph(vocab::ONTOLOGY_GRAPH, &quads)
    }

    /// Replaces the content of one named graph with `quads`, atomically.
    pub fn replace_graph(&self, graph: &str, quads: &[Quad]) -> Result<(), StoreError> {
        let g = NamedNodeRef::new_unchecked(graph);
        let mut t = self.store.start_transaction().map_err(|e| self.err(e))?;
        t.clear_graph(GraphNameRef::NamedNode(g))
            .map_err(|e| self.err(e))?;
        t.insert_named_graph(g);
        for q in quads {
            t.insert(q);
        }
        t.commit().map_err(|e| self.err(e))
    }

    /// Flushes writes to disk.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.store.flush().map_err(|e| self.err(e))
    }
}
