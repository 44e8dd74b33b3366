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

/// Reads `inputs`, extracts every article and calls `each` in input order.
///
/// Input problems go to `on_error`; with `strict` the first one stops the run and is
/// returned. `each` may stop the run by returning an error.
pub fn for_each_extraction<E>(
    lex: &Lexicon,
    inputs: &[PathBuf],
    strict: bool,
    shard: Option<Shard>,
    mut on_error: impl FnMut(&InputError),
    mut each: impl FnMut(Extraction) -> Result<(), E>,
) -> Result<Result<(), InputError>, E> {
    let mut reader = ArticleReader::new(inputs);
    let mut index = 0usize;
    loop {
        let mut batch = Vec::with_capacity(CHUNK);
        let mut stop = None;
        for item in reader.by_ref() {
            match item {
                Ok(a) => {
                    index += 1;
                    if let Some(s) = shard {
                        if (index - 1) % s.n != s.k - 1 {
                            continue;
                        }
                    }
                    batch.push(a);
                    if batch.len() == CHUNK {
                        break;
                    }
                }
                Err(e) => {
                    on_error(&e);
                    if strict {
                        stop = Some(e);
                        break;
                    }
                }
            }
        }
        if batch.is_empty() && stop.is_none() {
            return Ok(Ok(()));
        }
        let done = batch.len() < CHUNK;
        let extractions: Vec<Extraction> = batch
            .into_par_iter()
            .map(|a| extract_article(lex, a))
            .collect();
        for ex in extractions {
            each(ex)?;
        }
        if let Some(e) = stop {
            return Ok(Err(e));
        }
        if done {
            return Ok(Ok(()));
        }
    }
}
