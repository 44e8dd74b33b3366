//! Streaming many articles through extraction, in parallel, in input order.
//!
//! Articles are read lazily in chunks, extracted on all cores (rayon), and handed to
//! the caller one by one in input order, so memory stays bounded whatever the corpus
//! size and output is deterministic.

use crate::extract::{extract_article, Extraction};
use crate::input::{ArticleReader, InputError};
use crate::lexicon::Lexicon;
use rayon::prelude::*;
use std::path::PathBuf;

/// How many articles are read before a parallel batch is extracted.
pub const CHUNK: usize = 256;

/// Which part of the input to take: every `n`-th article starting at `k` (1-based),
/// so N machines can each take a share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// This shard, 1..=n.
    pub k: usize,
    /// Number of shards.
    pub n: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 2/8")?;
        let k: usize = k.trim().parse().map_err(|_| "K must be a number")?;
        let n: usize = n.trim().parse().map_err(|_| "N must be a number")?;
        if n == 0 || k == 0 || k > n {
            return Err("expected 1 <= K <= N".into());
        }
        Ok(Shard { k, n })
    }
}

/// One chunk read from the input: the problems met while reading it (the last one
/// stops the run when `stopped`), and what was made of its articles, in order.
struct Chunk<T> {
    errors: Vec<InputError>,
    stopped: bool,
    extractions: Vec<T>,
}

/// Reads up to [`CHUNK`] articles of the shard.
fn read_chunk(
    reader: &mut ArticleReader,
    index: &mut usize,
    strict: bool,
    shard: Option<Shard>,
) -> (Vec<crate::input::Article>, Vec<InputError>, bool) {
    let mut batch = Vec::with_capacity(CHUNK);
    let mut errors = Vec::new();
    for item in reader.by_ref() {
        match item {
            Ok(a) => {
                *index += 1;
                if let Some(s) = shard {
                    if (*index - 1) % s.n != s.k - 1 {
                        continue;
                    }
                }
                batch.push(a);
                if batch.len() == CHUNK {
                    break;
                }
            }
            Err(e) => {
                errors.push(e);
                if strict {
                    return (batch, errors, true);
                }
            }
        }
    }
    (batch, errors, false)
}

/// Reads `inputs`, extracts every article and calls `each` in input order.
///
/// Input problems go to `on_error`; with `strict` the first one stops the run and is
/// returned. `each` may stop the run by returning an error.
///
/// Three stages overlap: a background thread reads chunk N+1 while rayon extracts
/// chunk N on all cores, and the calling thread hands chunk N-1 to `each` (which
/// serializes or stores it). At most three chunks are in memory at once.
pub fn for_each_extraction<E>(
    lex: &Lexicon,
    inputs: &[PathBuf],
    strict: bool,
    shard: Option<Shard>,
    on_error: impl FnMut(&InputError),
    each: impl FnMut(Extraction) -> Result<(), E>,
) -> Result<Result<(), InputError>, E> {
    for_each_prepared(lex, inputs, strict, shard, on_error, |ex| ex, each)
}

/// [`for_each_extraction`], with `prepare` applied to each extraction on the worker
/// threads before `each` gets its result on the calling thread.
///
/// Why: what `each` does runs on one thread; work that depends on the article alone
/// (its quads, its N-Quads or JSON bytes) belongs in `prepare`, so it runs on all
/// cores and the calling thread only writes.
pub fn for_each_prepared<T: Send, E>(
    lex: &Lexicon,
    inputs: &[PathBuf],
    strict: bool,
    shard: Option<Shard>,
    mut on_error: impl FnMut(&InputError),
    prepare: impl Fn(Extraction) -> T + Sync,
    mut each: impl FnMut(T) -> Result<(), E>,
) -> Result<Result<(), InputError>, E> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Chunk<T>>(1);
    let prepare = &prepare;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut reader = ArticleReader::new(inputs);
            let mut index = 0usize;
            let mut next = read_chunk(&mut reader, &mut index, strict, shard);
            loop {
                let (batch, errors, stopped) = next;
                let last = stopped || batch.len() < CHUNK;
                let (extractions, following) = rayon::join(
                    || {
                        batch
                            .into_par_iter()
                            .map(|a| prepare(extract_guarded(lex, a)))
                            .collect::<Vec<_>>()
                    },
                    || (!last).then(|| read_chunk(&mut reader, &mut index, strict, shard)),
                );
                let chunk = Chunk {
                    errors,
                    stopped,
                    extractions,
                };
                // the receiver hung up: `each` stopped the run
                if tx.send(chunk).is_err() {
                    return;
                }
                match following {
                    Some(f) => next = f,
                    None => return,
                }
            }
        });
        // owned here, so it is dropped (and the reader thread told to stop) before the
        // scope waits for that thread
        let rx = rx;
        for mut chunk in rx.iter() {
            let stop = if chunk.stopped {
                chunk.errors.pop()
            } else {
                None
            };
            for e in &chunk.errors {
                on_error(e);
            }
            if let Some(e) = &stop {
                on_error(e);
            }
            for ex in chunk.extractions {
                // returning drops `rx`, so the reader thread stops at its next send
                each(ex)?;
            }
            if let Some(e) = stop {
                return Ok(Err(e));
            }
        }
        Ok(Ok(()))
    })
}

/// Extracts one article; should a rule ever panic on some odd text, the article yields
/// no facts and a diagnostic instead of ending the whole run.
fn extract_guarded(lex: &Lexicon, a: crate::input::Article) -> Extraction {
    let keep = a.clone();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_article(lex, a))) {
        Ok(ex) => ex,
        Err(_) => {
            let text = keep.full_text();
            Extraction {
                article: keep,
                text,
                outlet: None,
                sentences: Vec::new(),
                facts: Vec::new(),
                diagnostics: vec!["extraction failed on this article; no facts kept".into()],
            }
        }
    }
}
